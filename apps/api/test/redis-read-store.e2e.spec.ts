import type { INestApplication } from '@nestjs/common';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../../../libs/read-store/src/testing/redis-test-support.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { listAudits, readAudit, run } from './case-file-audit.client.js';
import { AUDITOR, fillInForm, scheduleAndStart } from './case-file-audit.scenarios.js';

// Redis is shared: this run uses its own key prefix and deletes only its own keys.
const describeRedis = await describeWithRedis('Case file audit over GraphQL on Redis');

describeRedis('Case file audit over GraphQL (SQLite + Redis read store)', () => {
  const db = tempSqlitePath();
  const prefix = uniqueTestPrefix('api-e2e');
  const env = { SQLITE_PATH: db.path, READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: prefix };
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    app = await startApp(env);
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app?.close();
    const cleaner = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: prefix });
    await cleaner.deleteAllKeys();
    await cleaner.close();
    db.remove();
  });

  describe('When a client takes an audit from scheduled to submitted and the service restarts', () => {
    it('should read it back from Redis at the submission position, before and after the restart', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      await fillInForm(app, auditor, auditId);
      const submitted = await run(app, auditor, 'submit', { auditId, overallGrade: 'INADEQUATE', rationale: 'Risk not managed' });

      const before = dataOf(await readAudit(app, auditor, auditId, submitted.position, '2025-06-12')).caseFileAudit!;
      expect(before).toMatchObject({
        id: auditId,
        status: 'SUBMITTED',
        revision: submitted.revision,
        overallGrade: 'INADEQUATE',
        escalations: [expect.objectContaining({ scope: 'OVERALL', criterion: null, reason: 'Risk not managed' })],
      });
      const listed = dataOf(await listAudits(app, auditor, { auditorId: AUDITOR, status: 'SUBMITTED' }, submitted.position));
      expect(listed.caseFileAudits.map((a) => a['id'])).toEqual([auditId]);

      await app.close();
      // The read model and its checkpoint live in Redis under this run's prefix, not in the process.
      // (At or past the submission: the service records and notifies the escalation on its own, CFA-13.)
      const direct = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: prefix });
      expect(await direct.checkpoint('caseFileAudits.v2')).toBeGreaterThanOrEqual(BigInt(submitted.position!));
      await direct.close();

      app = await startApp(env);
      const after = dataOf(await readAudit(app, auditor, auditId, null, '2025-06-12')).caseFileAudit;
      expect(after).toEqual(before);
    });
  });
});
