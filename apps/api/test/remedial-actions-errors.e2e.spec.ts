import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { remedialActionStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import {
  dayFromToday,
  eventually,
  mutate,
  readRemedialAction,
  run,
} from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { AUDITOR, scheduleAndStart, submittedAudit } from './case-file-audit.scenarios.js';

const SW = keyInformation.socialWorkerId;
const TM = keyInformation.teamManagerId;

describe('Remedial action refusals over GraphQL (CFA-5, CFA-7)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let auditor: string;
  let owner: string;
  let otherSocialWorker: string;
  let auditId: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [SW]: 'SOCIAL_WORKER', 'staff-sw-0999': 'SOCIAL_WORKER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    owner = await tokenFor(SW, 'SOCIAL_WORKER');
    otherSocialWorker = await tokenFor('staff-sw-0999', 'SOCIAL_WORKER');
    ({ auditId } = await submittedAudit(app, auditor, {}, 'GOOD'));
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const streamLength = async (actionId: string) => (await store.readStream(remedialActionStreamId(actionId))).length;

  describe('When the input has the wrong shape', () => {
    it('should refuse with BAD_USER_INPUT naming each field, and record nothing', async () => {
      const actionId = randomUUID();
      const response = await mutate(app, auditor, 'raiseRemedialAction', {
        auditId,
        actionId,
        description: 'Update the plan',
        timescale: '2025-02-30',
        copyTo: [{ staffId: '', role: 'IRO' }],
      });
      expect(response.data).toBeNull();
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'INPUT.INVALID',
        field: 'input.timescale',
        invalidFields: expect.arrayContaining([
          expect.objectContaining({ field: 'input.timescale' }),
          expect.objectContaining({ field: 'input.copyTo.0.staffId', constraint: 'isNotEmpty' }),
        ]),
      });
      expect(await streamLength(actionId)).toBe(0);
    });
  });

  describe('When the timescale is before today', () => {
    it('should refuse with BAD_USER_INPUT naming the field and the rule, and record nothing', async () => {
      const actionId = randomUUID();
      const response = await mutate(app, auditor, 'raiseRemedialAction', {
        auditId,
        actionId,
        description: 'Update the plan',
        timescale: dayFromToday(-1),
      });
      expect(response.errors![0]!.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        errorCode: 'REMEDIAL_ACTION.TIMESCALE_BEFORE_RAISED',
        field: 'timescale',
        rule: 'CFA-7',
      });
      expect(await streamLength(actionId)).toBe(0);
    });
  });

  describe('When the owner would also be the manager (CFA-5)', () => {
    it('should refuse, naming the manager field', async () => {
      const response = await mutate(app, auditor, 'raiseRemedialAction', {
        auditId,
        ownerId: TM,
        description: 'Update the plan',
        timescale: dayFromToday(7),
      });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'managerId', rule: 'CFA-5' });
    });
  });

  describe('When the audit does not exist or is not submitted', () => {
    it('should answer NOT_FOUND for an unknown audit', async () => {
      const response = await mutate(app, auditor, 'raiseRemedialAction', { auditId: randomUUID(), description: 'x', timescale: dayFromToday(7) });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', errorCode: 'REMEDIAL_ACTION.SOURCE_NOT_FOUND', field: 'auditId' });
    });

    it('should answer CONFLICT for an audit still in progress', async () => {
      const { auditId: inProgress } = await scheduleAndStart(app, auditor);
      const actionId = randomUUID();
      const response = await mutate(app, auditor, 'raiseRemedialAction', { auditId: inProgress, actionId, description: 'x', timescale: dayFromToday(7) });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'REMEDIAL_ACTION.SOURCE_NOT_SUBMITTED', rule: 'CFA-7' });
      expect(await streamLength(actionId)).toBe(0);
    });
  });

  describe('When a social worker tries to raise an action', () => {
    it('should refuse with FORBIDDEN naming the rule', async () => {
      const response = await mutate(app, owner, 'raiseRemedialAction', { auditId, description: 'x', timescale: dayFromToday(7) });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });
  });

  describe('When a social worker who is not the owner completes an action', () => {
    it('should refuse with FORBIDDEN and record nothing', async () => {
      const { id: actionId } = await run(app, auditor, 'raiseRemedialAction', { auditId, description: 'Update the chronology', timescale: dayFromToday(7) });
      // Once the service has recorded the notification, nothing else writes to the action's stream.
      await eventually(
        async () => dataOf(await readRemedialAction(app, auditor, actionId)).remedialAction,
        (action) => action?.['notifications'].length === 1,
      );
      await run(app, owner, 'acknowledgeRemedialAction', { actionId });
      const before = await streamLength(actionId);

      const response = await mutate(app, otherSocialWorker, 'completeRemedialAction', { actionId, evidence: 'Done it for them' });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'REMEDIAL_ACTION.NOT_THE_OWNER', rule: 'CFA-7' });
      expect(await streamLength(actionId)).toBe(before);

      // Nor may the owner verify their own work: that is the manager's, in supervision (CFA-5).
      await run(app, owner, 'completeRemedialAction', { actionId, evidence: 'Chronology updated' });
      const verify = await mutate(app, owner, 'verifyRemedialAction', { actionId, supervisionDate: dayFromToday(0) });
      expect(verify.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'REMEDIAL_ACTION.NOT_THE_MANAGER', rule: 'CFA-5' });
    });
  });

  describe('When an action is acted on that was never raised', () => {
    it('should answer NOT_FOUND, and the query null', async () => {
      const actionId = randomUUID();
      const response = await mutate(app, owner, 'acknowledgeRemedialAction', { actionId });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', errorCode: 'REMEDIAL_ACTION.NOT_FOUND' });
      expect(dataOf(await readRemedialAction(app, auditor, actionId)).remedialAction).toBeNull();
    });
  });

  describe('When a raise is retried with the same commandId', () => {
    it('should raise one action and answer the retry as a duplicate', async () => {
      const commandId = randomUUID();
      const input = { auditId, description: 'Seek the family\'s feedback', timescale: dayFromToday(7) };
      const first = await run(app, auditor, 'raiseRemedialAction', input, { commandId });
      const retry = await run(app, auditor, 'raiseRemedialAction', input, { commandId });
      expect(retry).toEqual({ ...first, duplicate: true });
    });
  });
});
