import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { THEMED_AUDIT_DAY_EVENT_TYPES, type ThemedAuditDayEvent } from '../../libs/domain/src/index.js';
import {
  AGREED_AT,
  CLOSED_AT,
  DAY_ID,
  HOS_ID,
  SQA_ID,
  caseAction,
  events,
  serviceAction,
  withAgreedPlan,
} from '../../libs/domain/src/themed-audit-day/themed-audit-day.fixtures.js';
import type { RemedialActionDocument } from '../remedial-actions/remedial-actions.document.js';
import { REMEDIAL_ACTIONS_COLLECTION } from '../remedial-actions/remedial-actions.projection.js';
import { fold, recorded, stream } from '../staff/people.test-support.js';
import type { ThemedAuditDayDocument } from './themed-audit-days.document.js';
import { THEMED_AUDIT_DAYS_COLLECTION, evolveThemedAuditDayDocument, themedAuditDaysProjection } from './themed-audit-days.projection.js';
import { getThemedAuditDay, listThemedAuditDays } from './themed-audit-days.queries.js';

const STREAM = `themedAuditDay-${DAY_ID}`;
const history: ThemedAuditDayEvent[] = [
  events.planned(),
  events.audited(),
  events.audited({ auditId: 'audit-2', azeusNumber: 'AZ-100002', mode: 'PREPARED', caseFileAuditId: 'cfa-9', grade: 'GOOD' }),
  events.closed(),
  events.agreed(),
];

describe('themedAuditDays projection (TAD-1)', () => {
  it('should be themedAuditDays v1, handling every themed audit day event, keyed by the day id', () => {
    expect(themedAuditDaysProjection).toMatchObject({ name: 'themedAuditDays', version: 1, collection: { name: 'themedAuditDays.v1' } });
    expect([...themedAuditDaysProjection.handles].sort()).toEqual([...THEMED_AUDIT_DAY_EVENT_TYPES].sort());
    expect(themedAuditDaysProjection.documentIds(recorded(STREAM, history[0]!, 0))).toEqual([DAY_ID]);
    expect(themedAuditDaysProjection.documentIds(recorded('caseFileAudit-x', history[0]!, 0))).toEqual([]);
  });

  describe('When a day is planned', () => {
    it('should show its theme, each reason with the framework\'s words for its origin, its half-day and its teams (TAD-1)', () => {
      const document = fold(evolveThemedAuditDayDocument, stream(STREAM, [events.planned()]))!;
      expect(document).toMatchObject({
        id: DAY_ID,
        theme: 'Neglect',
        date: '2025-06-12',
        session: 'MORNING',
        teamIds: ['team-north', 'team-south'],
        serviceAreaIds: ['safeguarding'],
        leadId: SQA_ID,
        status: 'PLANNED',
        audits: [],
        actionPlan: null,
        revision: 0,
      });
      expect(document.reasons.map((r) => [r.origin, r.label])).toEqual([
        ['PERFORMANCE_DATA', 'Local performance data'],
        ['SERIOUS_INCIDENTS', 'Serious incidents'],
      ]);
    });
  });

  describe('When cases are audited, the day closed and a plan agreed', () => {
    it('should hold the audits with their grades, the closing and the task-and-finish group\'s plan (TAD-1)', () => {
      const document = fold(evolveThemedAuditDayDocument, stream(STREAM, history))!;
      expect(document).toMatchObject({
        status: 'ACTION_PLAN_AGREED',
        liveAuditCount: 1,
        gradeCounts: { OUTSTANDING: 0, GOOD: 1, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 0 },
        summary: 'Neglect is recognised late across teams',
        closedAt: CLOSED_AT,
        actionPlan: {
          groupName: 'Neglect task and finish group',
          groupLeadId: HOS_ID,
          agreedAt: AGREED_AT,
          actions: [caseAction, serviceAction],
        },
        revision: history.length - 1,
      });
      expect(document.audits.map((a) => [a.auditId, a.mode, a.caseFileAuditId, a.grade])).toEqual([
        ['audit-1', 'LIVE', null, 'REQUIRES_IMPROVEMENT'],
        ['audit-2', 'PREPARED', 'cfa-9', 'GOOD'],
      ]);
      const closed = fold(evolveThemedAuditDayDocument, stream(STREAM, [...history, events.planClosed()]))!;
      expect(closed).toMatchObject({ status: 'ACTION_PLAN_CLOSED', outcome: 'The toolkit is used in every neglect case', actionPlanClosedBy: HOS_ID });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const recordedHistory = stream(STREAM, [...history, events.planClosed()]);
      const once = fold(evolveThemedAuditDayDocument, recordedHistory);
      const twice = recordedHistory.reduce<ThemedAuditDayDocument | null>(
        (d, e) => evolveThemedAuditDayDocument(evolveThemedAuditDayDocument(d, e), e),
        null,
      );
      expect(twice).toEqual(once);
      expect(twice!.audits).toHaveLength(2);
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw, and keep what it knows', () => {
      const planned = fold(evolveThemedAuditDayDocument, stream(STREAM, [events.planned()]))!;
      expect(evolveThemedAuditDayDocument(null, recorded('elsewhere', { type: 'ThemedAuditDayPlanned', data: {} }, 0))).toBeNull();
      expect(evolveThemedAuditDayDocument(null, recorded(STREAM, { type: 'ThemedAuditRecorded', data: {} }, 1))).toBeNull();
      expect(evolveThemedAuditDayDocument(planned, recorded(STREAM, { type: 'ThemedAuditRecorded', data: { auditId: 'a', azeusNumber: 'AZ-1', grade: 'POOR' } }, 1))).toMatchObject({
        revision: 1,
        audits: [],
      });
      expect(evolveThemedAuditDayDocument(planned, recorded(STREAM, { type: 'ThemedAuditDayActionPlanAgreed', data: 'garbage' }, 2))).toMatchObject({
        status: 'ACTION_PLAN_AGREED',
        actionPlan: { groupName: '', actions: [] },
      });
    });
  });

  describe('When themed audit days are queried', () => {
    async function storeWith(days: Record<string, ThemedAuditDayEvent[]>, remedialActions: RemedialActionDocument[] = []): Promise<MemoryReadStore> {
      const store = new MemoryReadStore();
      await store.defineCollection(THEMED_AUDIT_DAYS_COLLECTION);
      await store.defineCollection(REMEDIAL_ACTIONS_COLLECTION);
      await store.commit(
        'themedAuditDays.v1',
        null,
        1n,
        Object.entries(days).map(([id, h]) => ({
          collection: THEMED_AUDIT_DAYS_COLLECTION.name,
          id,
          document: fold(evolveThemedAuditDayDocument, stream(`themedAuditDay-${id}`, h.map((e) => withId(e, id)))),
        })),
      );
      await store.commit(
        'remedialActions.v3',
        null,
        1n,
        remedialActions.map((document) => ({ collection: REMEDIAL_ACTIONS_COLLECTION.name, id: document.id, document })),
      );
      return store;
    }

    it('should list by theme words, period, status and reason, by date and session (TAD-1)', async () => {
      const store = await storeWith({
        d1: [events.planned({ date: '2025-06-12', session: 'AFTERNOON' })],
        d2: [events.planned({ date: '2025-06-12', theme: 'Neglect and drift' })],
        d3: [events.planned({ date: '2025-09-01', theme: 'Voice of the child', reasons: [{ origin: 'SUCCESSES', text: 'Praised by Ofsted' }] }), events.audited(), events.closed()],
      });
      expect((await listThemedAuditDays(store, {}, '2025-10-01')).map((d) => d.id)).toEqual(['d2', 'd1', 'd3']);
      expect((await listThemedAuditDays(store, { theme: 'NEGLECT' })).map((d) => d.id)).toEqual(['d2', 'd1']);
      expect((await listThemedAuditDays(store, { from: '2025-07-01', to: '2025-12-31' })).map((d) => d.id)).toEqual(['d3']);
      expect((await listThemedAuditDays(store, { to: '2025-06-12' })).map((d) => d.id)).toEqual(['d2', 'd1']);
      expect((await listThemedAuditDays(store, { status: 'CLOSED' })).map((d) => d.id)).toEqual(['d3']);
      expect((await listThemedAuditDays(store, { origin: 'SUCCESSES' })).map((d) => d.id)).toEqual(['d3']);
      expect(await getThemedAuditDay(store, 'nope')).toBeNull();
    });

    it('should track each plan action through its remedial action, counting the verified ones as done (TAD-1, CFA-7)', async () => {
      const store = await storeWith({ [DAY_ID]: withAgreedPlan() }, [
        remedialAction(caseAction.actionId, { status: 'VERIFIED', completedAt: '2025-07-20T10:00:00.000Z', verifiedAt: '2025-07-25T10:00:00.000Z' }),
      ]);
      const day = await getThemedAuditDay(store, DAY_ID, '2025-09-02');
      expect(day!.actionPlan).toMatchObject({ actionsTotal: 2, actionsDone: 1, actionsOverdue: 1, allActionsDone: false });
      expect(day!.actionPlan!.actions.map((a) => [a.actionId, a.status, a.done, a.timescaleState, a.daysLate])).toEqual([
        [caseAction.actionId, 'VERIFIED', true, 'MET', 0],
        [serviceAction.actionId, 'NOT_RAISED', false, 'OVERDUE', 2],
      ]);
    });

    it('should show every action done once each is verified, and ignore another source\'s action of the same id (TAD-1)', async () => {
      const store = await storeWith({ [DAY_ID]: withAgreedPlan() }, [
        remedialAction(caseAction.actionId, { status: 'VERIFIED', completedAt: '2025-07-20T10:00:00.000Z' }),
        remedialAction(serviceAction.actionId, { status: 'VERIFIED', completedAt: '2025-08-20T10:00:00.000Z' }),
      ]);
      expect((await getThemedAuditDay(store, DAY_ID, '2025-08-21'))!.actionPlan).toMatchObject({ actionsDone: 2, allActionsDone: true });
      const other = await storeWith({ [DAY_ID]: withAgreedPlan() }, [
        { ...remedialAction(caseAction.actionId, { status: 'VERIFIED' }), source: { kind: 'DIP_SAMPLE', id: DAY_ID, submittedAt: AGREED_AT } },
      ]);
      expect((await getThemedAuditDay(other, DAY_ID, '2025-07-01'))!.actionPlan!.actions[0]).toMatchObject({ status: 'NOT_RAISED', timescaleState: 'RUNNING' });
    });
  });
});

function withId(event: ThemedAuditDayEvent, dayId: string): ThemedAuditDayEvent {
  return { ...event, data: { ...event.data, dayId } } as ThemedAuditDayEvent;
}

function remedialAction(id: string, overrides: Partial<RemedialActionDocument>): RemedialActionDocument {
  const action = [caseAction, serviceAction].find((a) => a.actionId === id)!;
  return {
    id,
    source: { kind: 'THEMED_AUDIT_DAY', id: DAY_ID, submittedAt: AGREED_AT },
    sourceId: DAY_ID,
    recommendationId: null,
    azeusNumber: action.azeusNumber ?? '',
    teamId: action.teamId,
    ownerId: action.ownerId,
    managerId: action.managerId,
    copyTo: [],
    description: action.description,
    timescale: action.timescale,
    status: 'RAISED',
    revision: 0,
    raisedBy: null,
    raisedAt: AGREED_AT,
    notifications: [],
    acknowledgedAt: null,
    completedAt: null,
    evidence: null,
    verifiedBy: null,
    verifiedAt: null,
    supervisionDate: null,
    supervisionSessionId: null,
    reopenings: [],
    lastUpdatedAt: AGREED_AT,
    ...overrides,
  };
}
