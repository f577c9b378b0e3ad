import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import {
  DomainError,
  caseFileAuditDecider,
  caseFileAuditStreamId,
  immediateEscalationDecider,
  immediateEscalationStreamId,
  remedialActionDecider,
  remedialActionStreamId,
  type CaseFileAuditCommand,
  type CommandMetadata,
  type RemedialActionCommand,
  type Role,
} from '../../libs/domain/src/index.js';
import { keyInformationInput, PEN_PICTURE } from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import {
  ImmediateEscalationRecorder,
  LogTransport,
  NotificationDispatcher,
  StaticRecipientDirectory,
  notificationOutboxProjection,
} from '../../libs/notifications/src/index.js';
import { immediateEscalationsProjection } from './immediate-escalations.projection.js';
import { remedialActionsProjection } from './remedial-actions.projection.js';
import {
  getImmediateEscalation,
  getRemedialAction,
  remedialActionsByCase,
  remedialActionsByOwner,
  remedialActionsByTeam,
} from './remedial-actions.queries.js';

// Remedial actions and immediate escalations end to end on the embedded stores: an audit through
// the one command handler into SQLite, its escalation raised, actions raised, notified through the
// outbox, followed to verified, and every read model folded into the memory read store.
const AUDIT_ID = '1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b';
const AUDITOR = { staffId: 'staff-ap-0042', role: 'ADVANCED_PRACTITIONER' as Role };
const TM = 'staff-tm-0007';
const SW = 'staff-sw-0311';
const IRO = 'staff-iro-0003';
const TEAM = 'team-north-1';
const AZEUS = 'AZ-104233';
const ACTION_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const ACTION_B = 'aaaaaaaa-0000-4000-8000-000000000002';

describe('Remedial actions slice on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  let clock: number;
  let counter = 0;
  const now = () => new Date(clock);
  const at = (iso: string) => {
    clock = Date.parse(iso);
  };

  const metadata = (actor: { staffId: string; role: Role }): CommandMetadata => {
    counter += 1;
    const id = `40000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
    return { actor, now: now().toISOString(), commandId: id, correlationId: id, causationId: id };
  };
  const audit = (command: Omit<CaseFileAuditCommand, 'metadata'>) =>
    handleCommand(events, caseFileAuditStreamId(AUDIT_ID), caseFileAuditDecider, { ...command, metadata: metadata(AUDITOR) } as CaseFileAuditCommand);
  const action = (actionId: string, command: Omit<RemedialActionCommand, 'metadata'>, actor: { staffId: string; role: Role }) =>
    handleCommand(events, remedialActionStreamId(actionId), remedialActionDecider, { ...command, metadata: metadata(actor) } as RemedialActionCommand);
  const project = () => runToHead(events, reads, [remedialActionsProjection, immediateEscalationsProjection, notificationOutboxProjection]);

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When an audit graded Inadequate is submitted and its actions followed through (CFA-7, CFA-13)', () => {
    it('should show each clock met or breached, and each action from raised to verified', async () => {
      const lines: string[] = [];
      const dispatcher = new NotificationDispatcher({
        eventStore: events,
        readStore: reads,
        transport: new LogTransport((line) => lines.push(line), now),
        directory: new StaticRecipientDirectory({ [TM]: 'tm@council.example', [SW]: 'sw@council.example', [IRO]: 'iro@council.example' }),
        messageIdDomain: 'council.example',
        now,
        log: () => {},
      });
      const recorder = new ImmediateEscalationRecorder({ eventStore: events, readStore: reads, now, log: () => {} });

      // The audit: criterion 2 Inadequate (CFA-13 escalation), then submitted.
      at('2025-06-12T10:00:00.000Z');
      await audit({ type: 'ScheduleCaseFileAudit', data: { auditId: AUDIT_ID, azeusNumber: AZEUS, auditType: 'MONTHLY', auditorId: AUDITOR.staffId, dueDate: '2025-06-30', teamId: TEAM } });
      await audit({ type: 'StartCaseFileAudit', data: { auditId: AUDIT_ID } });
      await audit({ type: 'RecordKeyInformation', data: { auditId: AUDIT_ID, penPicture: PEN_PICTURE, keyInformation: { ...keyInformationInput, teamManagerId: TM, socialWorkerId: SW } } });
      await audit({ type: 'GradeCriterion', data: { auditId: AUDIT_ID, criterion: 2, evaluation: 'Risk not reassessed', grade: 'INADEQUATE' } });
      for (let criterion = 1; criterion <= 16; criterion++) {
        if (criterion === 2) continue;
        await audit({ type: 'GradeCriterion', data: { auditId: AUDIT_ID, criterion, evaluation: `Evidence ${criterion}`, grade: 'REQUIRES_IMPROVEMENT' } });
      }
      await audit({ type: 'RecordFamilyFeedbackNotSought', data: { auditId: AUDIT_ID, reason: 'Family in court proceedings', anotherManagerShouldSeek: true } });
      const submittedAt = '2025-06-12T14:00:00.000Z';
      at(submittedAt);
      await audit({ type: 'SubmitCaseFileAudit', data: { auditId: AUDIT_ID, overallGrade: 'REQUIRES_IMPROVEMENT', rationale: 'Risk management inadequate; planning inconsistent' } });
      const submitted = (await events.readStream(caseFileAuditStreamId(AUDIT_ID))).find((e) => e.type === 'CaseFileAuditSubmitted')!;
      expect(submitted.data['submittedAt']).toBe(submittedAt);

      // The escalation is raised and notified at once; the manager acknowledges it within the day.
      await recorder.runToHead();
      await project();
      at('2025-06-12T14:00:30.000Z');
      expect(await dispatcher.dispatchPending()).toMatchObject({ sent: 1, recorded: 1 });
      const escalationId = `${AUDIT_ID}:1`;
      at('2025-06-12T18:00:00.000Z');
      await handleCommand(events, immediateEscalationStreamId(escalationId), immediateEscalationDecider, {
        type: 'AcknowledgeImmediateEscalation',
        data: { escalationId, response: 'Strategy discussion tomorrow 9am' },
        metadata: metadata({ staffId: TM, role: 'TEAM_MANAGER' }),
      });

      // Two actions from the submitted audit: A notified at once; B only after the 48 hours.
      at('2025-06-12T15:00:00.000Z');
      const raise = (actionId: string, description: string, copyTo: { staffId: string; role: string }[]) =>
        action(
          actionId,
          {
            type: 'RaiseRemedialAction',
            data: {
              actionId,
              source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt },
              azeusNumber: AZEUS,
              teamId: TEAM,
              ownerId: SW,
              managerId: TM,
              copyTo,
              description,
              timescale: '2025-06-30',
            },
          },
          AUDITOR,
        );
      await raise(ACTION_A, 'Reassess risk with a strategy discussion', [{ staffId: IRO, role: 'IRO' }]);
      await project();
      expect(await dispatcher.dispatchPending()).toMatchObject({ sent: 1, recorded: 1 });
      await raise(ACTION_B, 'Update the chronology', []);

      // B's notification goes out late (the dispatcher was down for three days).
      at('2025-06-15T09:00:00.000Z');
      await project();
      expect(await dispatcher.dispatchPending()).toMatchObject({ sent: 1, recorded: 1 });

      // A: acknowledged, completed, reopened, acknowledged, completed late, verified in supervision.
      const sw = { staffId: SW, role: 'SOCIAL_WORKER' as Role };
      const tm = { staffId: TM, role: 'TEAM_MANAGER' as Role };
      at('2025-06-16T09:00:00.000Z');
      await action(ACTION_A, { type: 'AcknowledgeRemedialAction', data: { actionId: ACTION_A } }, sw);
      at('2025-06-20T09:00:00.000Z');
      await action(ACTION_A, { type: 'CompleteRemedialAction', data: { actionId: ACTION_A, evidence: 'Strategy discussion held 19 June' } }, sw);
      at('2025-06-23T09:00:00.000Z');
      await action(ACTION_A, { type: 'ReopenRemedialAction', data: { actionId: ACTION_A, reason: 'No updated risk assessment on file', timescale: '2025-07-04' } }, tm);
      await expect(action(ACTION_A, { type: 'CompleteRemedialAction', data: { actionId: ACTION_A, evidence: 'Done' } }, sw)).rejects.toBeInstanceOf(DomainError);
      at('2025-06-24T09:00:00.000Z');
      await action(ACTION_A, { type: 'AcknowledgeRemedialAction', data: { actionId: ACTION_A } }, sw);
      at('2025-07-07T09:00:00.000Z');
      await action(ACTION_A, { type: 'CompleteRemedialAction', data: { actionId: ACTION_A, evidence: 'Risk assessment updated 7 July' } }, sw);
      at('2025-07-08T16:00:00.000Z');
      await action(ACTION_A, { type: 'VerifyRemedialAction', data: { actionId: ACTION_A, supervisionDate: '2025-07-08' } }, tm);
      await project();

      const asOf = '2025-07-10T00:00:00.000Z';
      const a = await getRemedialAction(reads, ACTION_A, asOf);
      expect(a).toMatchObject({
        status: 'VERIFIED',
        timescale: '2025-07-04',
        supervisionDate: '2025-07-08',
        notificationClock: { state: 'MET', dueBy: '2025-06-14T14:00:00.000Z', doneAt: '2025-06-12T15:00:00.000Z' },
        timescaleClock: { state: 'BREACHED', completedOn: '2025-07-07', daysLate: 3 },
        reopenings: [{ reason: 'No updated risk assessment on file', previousTimescale: '2025-06-30', evidence: 'Strategy discussion held 19 June' }],
      });
      expect(a!.notifications[0]).toMatchObject({ channel: 'LOG', recipients: [SW, TM, IRO] });

      const b = await getRemedialAction(reads, ACTION_B, asOf);
      expect(b).toMatchObject({
        status: 'RAISED',
        notificationClock: { state: 'BREACHED', doneAt: '2025-06-15T09:00:00.000Z', lateByMs: Date.parse('2025-06-15T09:00:00Z') - Date.parse('2025-06-14T14:00:00Z') },
        timescaleClock: { state: 'OVERDUE', daysLate: 10 },
      });

      // By owner, by team, by case: the same two actions, clocks computed at the asOf asked for.
      for (const list of [
        await remedialActionsByOwner(reads, SW, asOf),
        await remedialActionsByTeam(reads, TEAM, asOf),
        await remedialActionsByCase(reads, AZEUS, asOf),
      ]) {
        expect(list.map((v) => v.id).sort()).toEqual([ACTION_A, ACTION_B]);
      }
      // As at an earlier instant, B's notification clock was still running.
      expect((await getRemedialAction(reads, ACTION_B, '2025-06-13T00:00:00.000Z'))!.notificationClock.state).toBe('RUNNING');

      // CFA-13: notified at once, acknowledged within the threshold.
      expect(await getImmediateEscalation(reads, escalationId, asOf)).toMatchObject({
        status: 'ACKNOWLEDGED',
        managerId: TM,
        socialWorkerId: SW,
        response: 'Strategy discussion tomorrow 9am',
        notifications: [{ recipients: [TM, SW], channel: 'LOG' }],
        clock: { state: 'MET', doneAt: '2025-06-12T18:00:00.000Z' },
      });

      // Three notifications in the log, each recorded once, and the outbox owes nothing.
      expect(lines).toHaveLength(3);
      expect(await dispatcher.dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 0, waiting: 0 });
    });
  });
});
