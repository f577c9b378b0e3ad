import { randomUUID } from 'node:crypto';
import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import {
  remedialActionDecider,
  remedialActionStreamId,
  themedAuditDayAgreedActions,
  themedAuditDayDecider,
  themedAuditDayStreamId,
  type Actor,
  type RemedialActionCommand,
  type ThemedAuditDayCommand,
} from '../../libs/domain/src/index.js';
import {
  DAY_ID,
  HOS_ID,
  TM_ID,
  caseAction,
  commands,
  hos,
  metadata,
  serviceAction,
  tm,
} from '../../libs/domain/src/themed-audit-day/themed-audit-day.fixtures.js';
import { remedialActionsProjection } from '../remedial-actions/remedial-actions.projection.js';
import { themedAuditDaysProjection } from './themed-audit-days.projection.js';
import { getThemedAuditDay, listThemedAuditDays } from './themed-audit-days.queries.js';

// A themed audit day end to end on the embedded stores: its commands through the one command
// handler into SQLite, its plan's actions raised as remedial actions from the agreed-action source
// (as the service does) and taken through their lifecycle, both read models folded by runToHead
// and joined by the queries.
describe('Themed audit day slice on SQLite and the memory read store (TAD-1)', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;
  // Each command its own commandId, as each request has: a repeated one is a retry and records nothing.
  const fresh = <C extends { metadata: object }>(command: C): C => ({ ...command, metadata: { ...command.metadata, commandId: randomUUID() } });
  const day = (command: ThemedAuditDayCommand) => handleCommand(events, themedAuditDayStreamId(DAY_ID), themedAuditDayDecider, fresh(command));
  const action = (actionId: string, type: RemedialActionCommand['type'], data: Record<string, unknown>, actor: Actor, now: string) =>
    handleCommand(events, remedialActionStreamId(actionId), remedialActionDecider, fresh({
      type,
      data: { actionId, ...data },
      metadata: metadata(actor, now),
    } as RemedialActionCommand));
  const project = () => runToHead(events, reads, [themedAuditDaysProjection, remedialActionsProjection]);

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  describe('When S&QA plans a morning, audits two cases, closes the day and agrees a plan whose actions are then done', () => {
    it('should show the day, track its actions to completion, and close the plan only when every action is verified', async () => {
      await day(commands.plan());
      await day(commands.recordAudit());
      await day(commands.recordAudit({ auditId: 'audit-2', azeusNumber: 'AZ-100002', mode: 'PREPARED', grade: 'GOOD' }));
      await day(commands.close());
      await expect(day(commands.recordAudit({ auditId: 'audit-3' }))).rejects.toMatchObject({ code: 'THEMED_AUDIT_DAY.DAY_CLOSED', rule: 'TAD-1' });
      await day(commands.agree());

      // The service raises one remedial action per agreed action, from the day.
      const agreed = (await events.readStream(themedAuditDayStreamId(DAY_ID))).find((e) => themedAuditDayAgreedActions.eventTypes.includes(e.type));
      const agreedActions = themedAuditDayAgreedActions.agreedActions({ type: agreed!.type, data: agreed!.data });
      expect(agreedActions.map((a) => [a.actionId, a.azeusNumber])).toEqual([
        [caseAction.actionId, 'AZ-100001'],
        [serviceAction.actionId, null],
      ]);
      for (const a of agreedActions) {
        await action(
          a.actionId,
          'RaiseRemedialAction',
          {
            source: { kind: a.sourceKind, id: a.sourceId, submittedAt: a.agreedAt },
            azeusNumber: a.azeusNumber,
            teamId: a.teamId,
            ownerId: a.ownerId,
            managerId: a.managerId,
            description: a.description,
            timescale: a.timescale,
          },
          hos,
          '2025-06-19T11:00:00.000Z',
        );
      }
      await project();
      expect((await listThemedAuditDays(reads, { theme: 'neglect', status: 'ACTION_PLAN_AGREED' }, '2025-06-20')).map((d) => d.id)).toEqual([DAY_ID]);
      let read = await getThemedAuditDay(reads, DAY_ID, '2025-06-20');
      expect(read).toMatchObject({ liveAuditCount: 1, gradeCounts: { GOOD: 1, REQUIRES_IMPROVEMENT: 1 } });
      expect(read!.actionPlan).toMatchObject({ actionsTotal: 2, actionsDone: 0, allActionsDone: false });
      expect(read!.actionPlan!.actions.map((a) => a.status)).toEqual(['RAISED', 'RAISED']);

      // The case action is done and verified; the service action only completed.
      const owner = (staffId: string): Actor => ({ staffId, role: staffId === TM_ID ? 'TEAM_MANAGER' : 'SOCIAL_WORKER' });
      const manager = (staffId: string): Actor => (staffId === HOS_ID ? hos : tm);
      for (const a of [caseAction, serviceAction]) {
        await action(a.actionId, 'AcknowledgeRemedialAction', {}, owner(a.ownerId), '2025-06-20T09:00:00.000Z');
        await action(a.actionId, 'CompleteRemedialAction', { evidence: 'Done and recorded' }, owner(a.ownerId), '2025-07-10T09:00:00.000Z');
      }
      await action(caseAction.actionId, 'VerifyRemedialAction', { supervisionDate: '2025-07-15' }, manager(caseAction.managerId), '2025-07-15T15:00:00.000Z');
      await project();
      read = await getThemedAuditDay(reads, DAY_ID, '2025-07-16');
      expect(read!.actionPlan!.actions.map((a) => [a.status, a.done])).toEqual([
        ['VERIFIED', true],
        ['COMPLETED', false],
      ]);
      const statuses = (view: typeof read) => Object.fromEntries(view!.actionPlan!.actions.map((a) => [a.actionId, a.status]));
      await expect(day(commands.closePlan(statuses(read)))).rejects.toMatchObject({ code: 'THEMED_AUDIT_DAY.ACTIONS_NOT_DONE', rule: 'TAD-1' });

      await action(serviceAction.actionId, 'VerifyRemedialAction', { supervisionDate: '2025-07-20' }, manager(serviceAction.managerId), '2025-07-20T15:00:00.000Z');
      await project();
      read = await getThemedAuditDay(reads, DAY_ID, '2025-07-21');
      expect(read!.actionPlan).toMatchObject({ actionsDone: 2, allActionsDone: true });
      await day(commands.closePlan(statuses(read)));
      await project();
      expect(await getThemedAuditDay(reads, DAY_ID, '2025-09-02')).toMatchObject({
        status: 'ACTION_PLAN_CLOSED',
        actionPlanClosedBy: HOS_ID,
        outcome: 'The toolkit is used in every neglect case',
      });
    });
  });
});
