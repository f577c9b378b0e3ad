import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { dayFromToday, run as runAction } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, graphql, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { run as runAudit } from './case-file-audit.client.js';
import { AUDITOR, HEAD_OF_SERVICE, submittedAudit } from './case-file-audit.scenarios.js';

const SW = keyInformation.socialWorkerId;
const TM = keyInformation.teamManagerId;

const OVERDUE = `query Overdue($asOf: String, $dueWithinHours: Float, $filter: LateFilterInput, $sort: LateSort, $atLeastPosition: String) {
  overdue(asOf: $asOf, dueWithinHours: $dueWithinHours, filter: $filter, sort: $sort, atLeastPosition: $atLeastPosition) {
    kind id rule state dueAt lateByHours daysLate remainingHours ownerId managerId teamId azeusNumber title
  }
}`;

describe('Overdue over GraphQL: one view of everything late or about to be (issue 5 item 2)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let headOfService: string;
  let auditId: string;
  let actionId: string;
  let position: string | null;

  const read = async (variables: Record<string, unknown>) =>
    dataOf(await graphql<{ overdue: Record<string, any>[] }>(app, OVERDUE, { atLeastPosition: position, ...variables }, headOfService)).overdue;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    const auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    // Given an audit due in 3 days, and an action due in 7 days from a submitted audit (the service notifies it at once).
    ({ id: auditId } = await runAudit(app, auditor, 'schedule', {
      azeusNumber: 'AZ-300001',
      auditType: 'MONTHLY',
      auditorId: AUDITOR,
      dueDate: dayFromToday(3),
      teamId: 'team-north-1',
    }));
    const { auditId: submittedId } = await submittedAudit(app, auditor, { azeusNumber: 'AZ-300002', dueDate: dayFromToday(20) });
    const raised = await runAction(app, auditor, 'raiseRemedialAction', { auditId: submittedId, description: 'Update the chronology', timescale: dayFromToday(7) });
    actionId = raised.id;
    position = raised.position;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When read now', () => {
    it('should list nothing overdue, and with a 5-day horizon the audit due soon (CFA-6)', async () => {
      expect(await read({})).toEqual([]);
      const soon = await read({ dueWithinHours: 5 * 24 });
      expect(soon.map((i) => [i.kind, i.id, i.state])).toEqual([['CASE_FILE_AUDIT', auditId, 'DUE_SOON']]);
      expect(soon[0]).toMatchObject({ rule: 'CFA-6', ownerId: AUDITOR, lateByHours: 0, azeusNumber: 'AZ-300001' });
      expect(soon[0].remainingHours).toBeGreaterThan(0);
    });
  });

  describe('When read as at ten days from now', () => {
    it('should list the audit past its due date and the action past its timescale, most late first; the notification was sent in time', async () => {
      const items = await read({ asOf: `${dayFromToday(10)}T12:00:00.000Z` });
      expect(items.map((i) => [i.kind, i.id])).toEqual([
        ['CASE_FILE_AUDIT', auditId],
        ['ACTION_TIMESCALE', actionId],
      ]);
      expect(items[0]).toMatchObject({ state: 'OVERDUE', daysLate: 6, lateByHours: 6 * 24 + 12 });
      expect(items[1]).toMatchObject({ rule: 'CFA-7', ownerId: SW, managerId: TM, azeusNumber: 'AZ-300002' });
    });

    it('should filter by kind and by whose it is, and sort by owner', async () => {
      const asOf = `${dayFromToday(10)}T12:00:00.000Z`;
      expect((await read({ asOf, filter: { kinds: ['ACTION_TIMESCALE'] } })).map((i) => i.kind)).toEqual(['ACTION_TIMESCALE']);
      expect((await read({ asOf, filter: { ownerId: SW } })).map((i) => [i.kind, i.ownerId])).toEqual([['ACTION_TIMESCALE', SW]]);
      const byOwner = await read({ asOf, sort: 'OWNER' });
      expect(byOwner.map((i) => i.ownerId)).toEqual([...byOwner.map((i) => i.ownerId)].sort());
    });
  });

  describe('When the horizon is negative or the kind unknown', () => {
    it('should refuse naming the field, and keep serving', async () => {
      const bad = await graphql(app, OVERDUE, { dueWithinHours: -1 }, headOfService);
      expect(JSON.stringify(bad.errors)).toContain('dueWithinHours');
      const unknown = await graphql(app, OVERDUE, { filter: { kinds: ['LATE_LUNCH'] } }, headOfService);
      expect(unknown.errors?.[0]?.message).toContain('LATE_LUNCH');
      expect(await read({})).toEqual([]);
    });
  });
});
