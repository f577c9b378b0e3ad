import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { dayFromToday, run as runAction } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';
import { run as runAudit } from './case-file-audit.client.js';
import { AUDITOR, HEAD_OF_SERVICE, scheduleAndStart, submittedAudit } from './case-file-audit.scenarios.js';

// The audit's section 1 names the social worker: the owner of an action raised from it (CFA-7).
const SW = keyInformation.socialWorkerId;

const WORK_LIST = `
  staffId role asOf total overdue inProgress
  items {
    kind id title status azeusNumber due overdue inProgress
    remedialAction { id ownerId timescale notificationClock { state dueBy } timescaleClock { timescale state daysLate } }
  }
`;

function readWorkList(
  app: INestApplication,
  token: string,
  options: { staffId?: string; asOf?: string; atLeastPosition?: string | null } = {},
): Promise<GraphQLResponse<{ workList: Record<string, any> }>> {
  return graphql(
    app,
    `query WorkList($staffId: ID, $asOf: String, $atLeastPosition: String) {
      workList(staffId: $staffId, asOf: $asOf, atLeastPosition: $atLeastPosition) { ${WORK_LIST} }
    }`,
    { staffId: options.staffId ?? null, asOf: options.asOf ?? null, atLeastPosition: options.atLeastPosition ?? null },
    token,
  );
}

describe("A person's work list over GraphQL: what is due, overdue and in progress", () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;
  let socialWorker: string;
  let headOfService: string;
  let dueAuditId: string;
  let inProgressAuditId: string;
  let submittedAuditId: string;
  let actionId: string;
  let lastPosition: string | null;
  const dueSoon = dayFromToday(5);
  const dueLater = dayFromToday(20);

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [SW]: 'SOCIAL_WORKER', [HEAD_OF_SERVICE]: 'HEAD_OF_SERVICE' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    socialWorker = await tokenFor(SW, 'SOCIAL_WORKER');
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    // Issue 6 item 2: the auditor manages the worker in team-north-1 under the Head of Service, so a manager sees the worker's list.
    await givenStaff(app, {
      [AUDITOR]: { role: 'TEAM_MANAGER', teamId: 'team-north-1', lineManagerId: HEAD_OF_SERVICE },
      [SW]: { role: 'SOCIAL_WORKER', teamId: 'team-north-1', lineManagerId: AUDITOR },
    });

    ({ id: dueAuditId } = await runAudit(app, auditor, 'schedule', {
      azeusNumber: 'AZ-200001',
      auditType: 'MONTHLY',
      auditorId: AUDITOR,
      dueDate: dueSoon,
      teamId: 'team-north-1',
    }));
    ({ auditId: inProgressAuditId } = await scheduleAndStart(app, auditor, { azeusNumber: 'AZ-200002', dueDate: dueLater }));
    ({ auditId: submittedAuditId } = await submittedAudit(app, auditor, { azeusNumber: 'AZ-200003', dueDate: dueLater }));
    const raised = await runAction(app, auditor, 'raiseRemedialAction', {
      auditId: submittedAuditId,
      description: 'Update the chronology',
      timescale: dayFromToday(7),
    });
    actionId = raised.id;
    lastPosition = raised.position;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe("When the auditor reads their own list today (CFA-6)", () => {
    let list: Record<string, any>;

    beforeAll(async () => {
      list = dataOf(await readWorkList(app, auditor, { atLeastPosition: lastPosition })).workList;
    });

    it('should show the scheduled audit due and the started one in progress, by due date, and not the submitted one', () => {
      expect(list).toMatchObject({ staffId: AUDITOR, role: 'TEAM_MANAGER', total: 2, overdue: 0, inProgress: 1 });
      expect(list['items'].map((i: Record<string, any>) => [i.kind, i.id, i.status, i.due, i.overdue, i.inProgress])).toEqual([
        ['CASE_FILE_AUDIT', dueAuditId, 'SCHEDULED', dueSoon, false, false],
        ['CASE_FILE_AUDIT', inProgressAuditId, 'IN_PROGRESS', dueLater, false, true],
      ]);
      expect(list['items'][0].title).toBe('Monthly case file audit of AZ-200001');
    });
  });

  describe('When the same list is read as of a day after the first due date', () => {
    it('should show that audit overdue and the other still in time', async () => {
      const later = dataOf(await readWorkList(app, auditor, { asOf: dayFromToday(6) })).workList;
      expect(later['overdue']).toBe(1);
      const byId = Object.fromEntries(later['items'].map((i: Record<string, any>) => [i.id, i]));
      expect(byId[dueAuditId]).toMatchObject({ overdue: true });
      expect(byId[inProgressAuditId]).toMatchObject({ overdue: false, inProgress: true });
    });
  });

  describe("When the action's owner reads their list (CFA-7)", () => {
    it('should show the open remedial action with its timescale and clocks', async () => {
      const list = dataOf(await readWorkList(app, socialWorker)).workList;
      expect(list).toMatchObject({ staffId: SW, role: 'SOCIAL_WORKER', total: 1 });
      expect(list['items'][0]).toMatchObject({
        kind: 'REMEDIAL_ACTION',
        id: actionId,
        title: 'Update the chronology',
        status: 'RAISED',
        azeusNumber: 'AZ-200003',
        due: dayFromToday(7),
        overdue: false,
        remedialAction: { id: actionId, ownerId: SW, timescaleClock: { timescale: dayFromToday(7), state: 'RUNNING' } },
      });
    });

    it('should show it overdue once its timescale has passed, also to a manager asking for the owner', async () => {
      const list = dataOf(await readWorkList(app, auditor, { staffId: SW, asOf: dayFromToday(8) })).workList;
      expect(list['items'][0]).toMatchObject({ kind: 'REMEDIAL_ACTION', id: actionId, overdue: true, remedialAction: { timescaleClock: { state: 'OVERDUE' } } });
    });
  });

  describe('When a head of service reads their list (CFA-9)', () => {
    it('should show the submitted audit awaiting moderation', async () => {
      const list = dataOf(await readWorkList(app, headOfService)).workList;
      expect(list['items']).toEqual([
        expect.objectContaining({ kind: 'MODERATION', id: submittedAuditId, status: 'SUBMITTED', due: null, overdue: false }),
      ]);
    });
  });
});
