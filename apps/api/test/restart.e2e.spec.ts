import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { mutate, readAudit, run } from './case-file-audit.client.js';
import { AUDITOR, fillInForm, scheduleAndStart } from './case-file-audit.scenarios.js';

describe('Restart on the same SQLite file (memory read store rebuilt by replay)', () => {
  const db = tempSqlitePath();
  let auditor: string;
  let auditId: string;
  let before: Record<string, unknown>;
  let headBefore: bigint | null;
  let restarted: INestApplication;

  beforeAll(async () => {
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    const first = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(first, { [AUDITOR]: 'TEAM_MANAGER' });
    ({ auditId } = await scheduleAndStart(first, auditor));
    await fillInForm(first, auditor, auditId);
    const submitted = await run(first, auditor, 'submit', { auditId, overallGrade: 'REQUIRES_IMPROVEMENT', rationale: 'Plan not SMART' });
    before = dataOf(await readAudit(first, auditor, auditId, submitted.position, '2025-06-12')).caseFileAudit!;
    headBefore = await first.get<EventStore>(EVENT_STORE).headPosition();
    await first.close();

    restarted = await startApp({ SQLITE_PATH: db.path });
  });

  afterAll(async () => {
    await restarted.close();
    db.remove();
  });

  describe('When the service is closed and started again', () => {
    it('should have lost no event', async () => {
      expect(await restarted.get<EventStore>(EVENT_STORE).headPosition()).toBe(headBefore);
    });

    it('should read the audit back exactly as before, without waiting for a position', async () => {
      const after = dataOf(await readAudit(restarted, auditor, auditId, null, '2025-06-12')).caseFileAudit;
      expect(after).toEqual(before);
    });

    it('should refuse to change the submitted audit, as before the restart', async () => {
      const { errors } = await mutate(restarted, auditor, 'grade', {
        auditId,
        criterion: 1,
        evaluation: 'Changed my mind',
        grade: 'OUTSTANDING',
      });
      expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CASE_FILE_AUDIT.ALREADY_SUBMITTED' });
    });
  });
});
