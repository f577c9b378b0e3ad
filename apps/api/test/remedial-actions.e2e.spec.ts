import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { remedialActionStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { DomainRecipientDirectory, LogTransport, NotificationDispatcher } from '../../../libs/notifications/src/index.js';
import type { ProjectionRunner } from '../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../libs/read-store/src/read-store.port.js';
import { EVENT_STORE, PROJECTION_RUNNER, READ_STORE } from '../src/infrastructure/tokens.js';
import type { NotificationServices } from '../src/notifications/notification-services.js';
import { NOTIFICATIONS } from '../src/notifications/notifications.providers.js';
import {
  HOUR_MS,
  after,
  dayFromToday,
  eventually,
  listImmediateEscalations,
  listRemedialActions,
  mutate,
  readImmediateEscalation,
  readRemedialAction,
  run,
} from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { readAudit } from './case-file-audit.client.js';
import { AUDITOR, submittedAudit } from './case-file-audit.scenarios.js';

// The audit's section 1 names the social worker and the team manager: the action's owner and
// manager by default, and whom an escalation goes to (CFA-7, CFA-13).
const SW = keyInformation.socialWorkerId;
const TM = keyInformation.teamManagerId;
const IRO = 'staff-iro-0003';

describe('Remedial actions (CFA-7) and immediate escalations (CFA-13) over GraphQL, notified by the running service', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let auditor: string;
  let socialWorker: string;
  let teamManager: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [SW]: 'SOCIAL_WORKER', [TM]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    socialWorker = await tokenFor(SW, 'SOCIAL_WORKER');
    teamManager = await tokenFor(TM, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const sentEvents = async (actionId: string) =>
    (await store.readStream(remedialActionStreamId(actionId))).filter((e) => e.type === 'RemedialActionNotificationSent');

  /** The action once the service has notified it (the dispatcher runs on its own). */
  const notified = async (actionId: string) =>
    eventually(
      async () => dataOf(await readRemedialAction(app, auditor, actionId)).remedialAction,
      (action) => (action?.['notifications'] as unknown[] | undefined)?.length === 1,
    );

  describe('When an audit is submitted with an Inadequate grade (CFA-13)', () => {
    let auditId: string;
    let audit: Record<string, any>;
    let escalation: Record<string, any>;

    beforeAll(async () => {
      let submitted: { position: string | null };
      ({ auditId, submitted } = await submittedAudit(app, auditor, {}, 'INADEQUATE'));
      audit = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!;
      // Recorded by the service from the audit's own escalation, and sent to the manager and SW.
      escalation = (
        await eventually(
          async () => dataOf(await listImmediateEscalations(app, teamManager, { auditId })).immediateEscalations,
          (list) => list.length === 1 && list[0]!['notifications'].length === 1,
        )
      )[0]!;
    });

    it('should show the immediate escalation to the manager and social worker, notified, with its clock running', async () => {
      expect(escalation).toMatchObject({
        id: `${auditId}:1`,
        auditId,
        azeusNumber: 'AZ-104233',
        scope: 'OVERALL',
        criterion: null,
        managerId: TM,
        socialWorkerId: SW,
        escalatedBy: AUDITOR,
        escalatedAt: audit['submittedAt'],
        status: 'RAISED',
        notifications: [{ recipients: [TM, SW], channel: 'LOG', messageId: expect.stringMatching(/^<.+@qa-learning\.invalid>$/) }],
        clock: { state: 'RUNNING', startedAt: audit['submittedAt'], dueBy: after(audit['submittedAt'], 24 * HOUR_MS), doneAt: null, lateBy: 'PT0S' },
      });
    });

    it('should show the clock overdue when read as of a day and an hour later, unacknowledged', async () => {
      const later = after(escalation['escalatedAt'], 25 * HOUR_MS);
      const read = dataOf(await readImmediateEscalation(app, teamManager, escalation['id'], { asOf: later })).immediateEscalation!;
      expect(read['clock']).toMatchObject({ state: 'OVERDUE', lateByMs: HOUR_MS, lateBy: 'PT1H' });
      const overdue = dataOf(await listImmediateEscalations(app, teamManager, { managerId: TM, clockState: 'OVERDUE' }, { asOf: later }));
      expect(overdue.immediateEscalations.map((e) => e['id'])).toContain(escalation['id']);
    });

    it('should refuse the social worker acknowledging it: only the manager it went to does (FORBIDDEN)', async () => {
      const response = await mutate(app, socialWorker, 'acknowledgeImmediateEscalation', { escalationId: escalation['id'], response: 'Seen' });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        errorCode: 'ACCESS.ROLE_NOT_PERMITTED',
      });
    });

    it('should show it acknowledged by the manager with the clock met', async () => {
      const acknowledged = await run(app, teamManager, 'acknowledgeImmediateEscalation', {
        escalationId: escalation['id'],
        response: 'Strategy discussion tomorrow at 9am',
      });
      const read = dataOf(await readImmediateEscalation(app, teamManager, escalation['id'], { atLeastPosition: acknowledged.position }))
        .immediateEscalation!;
      expect(read).toMatchObject({
        status: 'ACKNOWLEDGED',
        acknowledgedBy: TM,
        response: 'Strategy discussion tomorrow at 9am',
        revision: acknowledged.revision,
        clock: { state: 'MET', doneAt: read['acknowledgedAt'], lateByMs: 0 },
      });
      // Met stays met, however late it is read.
      const muchLater = dataOf(await readImmediateEscalation(app, teamManager, escalation['id'], { asOf: after(read['escalatedAt'], 30 * 24 * HOUR_MS) }));
      expect(muchLater.immediateEscalation!['clock']['state']).toBe('MET');
    });
  });

  describe('When a remedial action is raised from a submitted audit and followed through (CFA-7, CFA-5)', () => {
    let auditId: string;
    let submittedAt: string;
    let actionId: string;
    const timescale = dayFromToday(14);

    beforeAll(async () => {
      const { auditId: id, submitted } = await submittedAudit(app, auditor, {}, 'REQUIRES_IMPROVEMENT');
      auditId = id;
      submittedAt = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!['submittedAt'];
      ({ id: actionId } = await run(app, auditor, 'raiseRemedialAction', {
        auditId,
        description: 'Update the CP plan with measurable outcomes',
        timescale,
        copyTo: [{ staffId: IRO, role: 'IRO' }],
      }));
    });

    it('should be notified by the service to the worker, the manager and the IRO, its 48-hour clock met', async () => {
      const action = await notified(actionId);
      expect(action).toMatchObject({
        id: actionId,
        source: { kind: 'CASE_FILE_AUDIT', id: auditId, submittedAt },
        azeusNumber: 'AZ-104233',
        teamId: 'team-north-1',
        ownerId: SW,
        managerId: TM,
        copyTo: [{ staffId: IRO, role: 'IRO' }],
        timescale,
        status: 'RAISED',
        raisedBy: { staffId: AUDITOR, role: 'TEAM_MANAGER' },
        notifications: [{ recipients: [SW, TM, IRO], channel: 'LOG' }],
        notificationClock: { state: 'MET', startedAt: submittedAt, dueBy: after(submittedAt, 48 * HOUR_MS), lateByMs: 0 },
        timescaleClock: { timescale, state: 'RUNNING', completedOn: null, daysLate: 0 },
      });
      expect(action!['notificationClock']['doneAt']).toBe(action!['notifications'][0]['sentAt']);
      expect(await sentEvents(actionId)).toHaveLength(1);
    });

    it('should still show the 48-hour clock met, and the timescale overdue, when read as of a later instant', async () => {
      const later = `${dayFromToday(16)}T12:00:00.000Z`;
      const action = dataOf(await readRemedialAction(app, auditor, actionId, { asOf: later })).remedialAction!;
      expect(action).toMatchObject({
        asOf: later,
        notificationClock: { state: 'MET' },
        timescaleClock: { state: 'OVERDUE', daysLate: 2 },
      });
    });

    it('should be listed by owner, by team and by case with its clocks', async () => {
      for (const filter of [{ ownerId: SW }, { teamId: 'team-north-1' }, { azeusNumber: 'AZ-104233' }, { sourceId: auditId }]) {
        const list = dataOf(await listRemedialActions(app, auditor, filter)).remedialActions;
        expect(list.find((a) => a['id'] === actionId)).toMatchObject({ notificationClock: { state: 'MET' } });
      }
    });

    it('should go from acknowledged to completed with evidence to verified in supervision, notified once', async () => {
      await run(app, socialWorker, 'acknowledgeRemedialAction', { actionId });
      await run(app, socialWorker, 'completeRemedialAction', { actionId, evidence: 'CP plan updated with SMART outcomes' });
      const verified = await run(app, teamManager, 'verifyRemedialAction', { actionId, supervisionDate: dayFromToday(0) });

      const action = dataOf(await readRemedialAction(app, auditor, actionId, { atLeastPosition: verified.position })).remedialAction!;
      expect(action).toMatchObject({
        status: 'VERIFIED',
        evidence: 'CP plan updated with SMART outcomes',
        verifiedBy: TM,
        supervisionDate: dayFromToday(0),
        revision: verified.revision,
        notificationClock: { state: 'MET' },
        timescaleClock: { state: 'MET', completedOn: dayFromToday(0), daysLate: 0 },
      });
      // The outbox has moved on since the sending: it is recorded once, never again.
      expect(await sentEvents(actionId)).toHaveLength(1);
      expect(action['notifications']).toHaveLength(1);
    });

    it('should be reopened by the manager with a reason and a new timescale, and verified once done', async () => {
      const { id } = await run(app, auditor, 'raiseRemedialAction', {
        auditId,
        description: 'Record the father\'s details',
        timescale,
      });
      await run(app, socialWorker, 'acknowledgeRemedialAction', { actionId: id });
      await run(app, socialWorker, 'completeRemedialAction', { actionId: id, evidence: 'Asked the mother' });
      const newTimescale = dayFromToday(21);
      const reopened = await run(app, teamManager, 'reopenRemedialAction', {
        actionId: id,
        reason: 'Details still not on file',
        timescale: newTimescale,
      });

      const open = dataOf(await readRemedialAction(app, auditor, id, { atLeastPosition: reopened.position })).remedialAction!;
      expect(open).toMatchObject({
        status: 'REOPENED',
        timescale: newTimescale,
        completedAt: null,
        evidence: null,
        reopenings: [
          { reason: 'Details still not on file', previousTimescale: timescale, timescale: newTimescale, evidence: 'Asked the mother', reopenedBy: TM },
        ],
        timescaleClock: { timescale: newTimescale, state: 'RUNNING' },
      });

      // A reopened action is acknowledged again before it is completed.
      const early = await mutate(app, socialWorker, 'completeRemedialAction', { actionId: id, evidence: 'Done' });
      expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'REMEDIAL_ACTION.NOT_ACKNOWLEDGED' });

      await run(app, socialWorker, 'acknowledgeRemedialAction', { actionId: id });
      await run(app, socialWorker, 'completeRemedialAction', { actionId: id, evidence: "Father's details recorded on the case" });
      const verified = await run(app, teamManager, 'verifyRemedialAction', { actionId: id, supervisionDate: dayFromToday(0) });
      const done = dataOf(await readRemedialAction(app, auditor, id, { atLeastPosition: verified.position })).remedialAction!;
      expect(done).toMatchObject({ status: 'VERIFIED', evidence: "Father's details recorded on the case", reopenings: [expect.any(Object)] });
    });
  });

  describe('When an action cannot be notified, because its owner has no mailbox (CFA-7)', () => {
    const agencyWorker = 'agency worker 17';
    let actionId: string;
    let submittedAt: string;

    beforeAll(async () => {
      const { auditId, submitted } = await submittedAudit(app, auditor, {}, 'REQUIRES_IMPROVEMENT');
      submittedAt = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!['submittedAt'];
      ({ id: actionId } = await run(app, auditor, 'raiseRemedialAction', {
        auditId,
        ownerId: agencyWorker,
        description: 'Complete the chronology',
        timescale: dayFromToday(7),
      }));
    });

    it('should show the notification pending and retried, and why, on /health/notifications', async () => {
      const health = await eventually(
        async () => (await request(app.getHttpServer()).get('/health/notifications').set('authorization', `Bearer ${auditor}`)).body,
        (body) => body.pending === 1 && typeof body.lastError === 'string' && body.lastError.includes(agencyWorker),
      );
      expect(health).toMatchObject({ state: 'running', channel: 'LOG', pending: 1, retrying: 1 });
      expect((await request(app.getHttpServer()).get('/health/notifications')).status).toBe(401);
    });

    it('should show the 48-hour clock running now and overdue when read as of 49 hours after the submission', async () => {
      const now = dataOf(await readRemedialAction(app, auditor, actionId)).remedialAction!;
      expect(now).toMatchObject({ notifications: [], notificationClock: { state: 'RUNNING', doneAt: null } });

      const later = after(submittedAt, 49 * HOUR_MS);
      const read = dataOf(await readRemedialAction(app, auditor, actionId, { asOf: later })).remedialAction!;
      expect(read['notificationClock']).toMatchObject({ state: 'OVERDUE', doneAt: null, lateByMs: HOUR_MS, lateBy: 'PT1H' });
      const overdue = dataOf(await listRemedialActions(app, auditor, { notificationState: 'OVERDUE' }, { asOf: later })).remedialActions;
      expect(overdue.map((a) => a['id'])).toEqual([actionId]);
    });
  });

  // Last in this file: it stops the service's notifications.
  describe('When the notifications were down for three days and the action was notified late (CFA-7)', () => {
    it('should show its 48-hour clock breached, and by how much', async () => {
      await app.get<NotificationServices>(NOTIFICATIONS).stop();
      const { auditId, submitted } = await submittedAudit(app, auditor, {}, 'REQUIRES_IMPROVEMENT');
      const submittedAt = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!['submittedAt'] as string;
      const raised = await run(app, auditor, 'raiseRemedialAction', { auditId, description: 'Visit the child alone', timescale: dayFromToday(7) });
      expect(await app.get<ProjectionRunner>(PROJECTION_RUNNER).waitForPosition(BigInt(raised.position!), 5_000)).toBe(true);

      // A dispatcher started three days later on the same stores sends what the outbox still owes.
      const threeDaysLater = Date.parse(submittedAt) + 72 * HOUR_MS;
      const lines: string[] = [];
      const late = new NotificationDispatcher({
        eventStore: store,
        readStore: app.get<ReadStore>(READ_STORE),
        transport: new LogTransport((line) => lines.push(line)),
        directory: new DomainRecipientDirectory('qa-learning.invalid'),
        messageIdDomain: 'qa-learning.invalid',
        now: () => new Date(threeDaysLater),
        log: () => {},
      });
      expect(await late.dispatchPending()).toMatchObject({ sent: 1, recorded: 1 });

      const head = String(await store.headPosition());
      const asOf = new Date(threeDaysLater + HOUR_MS).toISOString();
      const action = dataOf(await readRemedialAction(app, auditor, raised.id, { atLeastPosition: head, asOf })).remedialAction!;
      expect(action['notificationClock']).toMatchObject({
        state: 'BREACHED',
        dueBy: after(submittedAt, 48 * HOUR_MS),
        doneAt: new Date(threeDaysLater).toISOString(),
        lateByMs: 24 * HOUR_MS,
        lateBy: 'P1D',
      });
      const breached = dataOf(await listRemedialActions(app, auditor, { notificationState: 'BREACHED' }, { asOf })).remedialActions;
      expect(breached.map((a) => a['id'])).toEqual([raised.id]);
      expect(lines).toHaveLength(1);
    });
  });
});
