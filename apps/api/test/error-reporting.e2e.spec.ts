import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { ReadStore } from '../../../libs/read-store/src/read-store.port.js';
import { createApp } from '../src/app.js';
import { READ_STORE } from '../src/infrastructure/tokens.js';
import { givenStaff, graphql, tempSqlitePath, testConfig, tokenFor } from './api-test-support.js';
import { mutate, readAudit, run } from './case-file-audit.client.js';
import { AUDITOR } from './case-file-audit.scenarios.js';

/** Keeps what the service logs as errors, instead of printing it. */
class RecordingLogger extends ConsoleLogger {
  readonly errors: string[] = [];
  override error(message: unknown, ...rest: unknown[]): void {
    this.errors.push([message, ...rest].map(String).join(' '));
  }
  override log(): void {}
  override warn(): void {}
}

describe('Error reporting in production', () => {
  const db = tempSqlitePath();
  const logger = new RecordingLogger();
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    app = await createApp(testConfig({ NODE_ENV: 'production', SQLITE_PATH: db.path }), { logger });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When requests are refused for expected reasons (no token, bad input, a broken rule)', () => {
    it('should log no error', async () => {
      await mutate(app, undefined, 'start', { auditId: randomUUID() });
      await mutate(app, auditor, 'schedule', { azeusNumber: 'AZ-1', auditType: 'MONTHLY', auditorId: AUDITOR, dueDate: 'soon' });
      await mutate(app, auditor, 'start', { auditId: randomUUID() });
      // GraphQL's own refusals: a literal that is not an enum value, a field that does not exist, unparsable text.
      await graphql(app, 'mutation { scheduleCaseFileAudit(input: { azeusNumber: "AZ-1", auditType: "MONTHLY", auditorId: "a", dueDate: "2025-06-30" }) { id } }', {}, auditor);
      await graphql(app, '{ noSuchField }', {}, auditor);
      await graphql(app, '{ caseFileAudit(', {}, auditor);
      expect(logger.errors).toEqual([]);
    });
  });

  // The case file audits' documents become unreadable under the running service; the staff
  // registry, which every request's actor comes from (issue 6), still answers.
  describe('When something unexpected fails (the audit read model cannot be read)', () => {
    it('should answer INTERNAL_SERVER_ERROR without internals, log the cause, and keep serving', async () => {
      const store = app.get<ReadStore>(READ_STORE);
      const get = store.get.bind(store);
      store.get = ((collection: string, id: string) =>
        collection.startsWith('caseFileAudits.') ? Promise.reject(new Error('SQLITE_IOERR: disk I/O error at /var/lib/secret')) : get(collection, id)) as ReadStore['get'];

      const read = await readAudit(app, auditor, randomUUID());
      expect(read.errors).toEqual([
        { message: 'Internal server error', locations: expect.any(Array), path: ['caseFileAudit'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(read)).not.toContain('SQLITE_IOERR');
      expect(logger.errors.some((line) => line.includes('Unexpected error in GraphQL operation Read'))).toBe(true);

      const scheduled = await run(app, auditor, 'schedule', { azeusNumber: 'AZ-2', auditType: 'MONTHLY', auditorId: AUDITOR, dueDate: '2025-06-30' });
      expect(scheduled.revision).toBe(0);
    });
  });
});
