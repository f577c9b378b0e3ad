import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { AnyProjection } from '../../libs/read-store/src/projection-batch.js';
import { projectionKey } from '../../libs/read-store/src/projection.js';
import { actionEvents, escalationEvents, ACTION_ID, AZEUS_NUMBER, MANAGER_ID, OWNER_ID, AUDITOR_ID as ACTION_AUDITOR_ID } from '../../libs/domain/src/remedial-action/remedial-action.fixtures.js';
import { events as auditEvents, AUDITOR_ID, TEAM_ID } from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { caseFileAuditsProjection } from '../case-file-audits/case-file-audits.projection.js';
import { stream as auditStream } from '../case-file-audits/case-file-audits.test-support.js';
import { immediateEscalationsProjection } from '../remedial-actions/immediate-escalations.projection.js';
import { remedialActionsProjection } from '../remedial-actions/remedial-actions.projection.js';
import { actionStream, escalationStream } from '../remedial-actions/remedial-actions.test-support.js';
import type { StaffMemberDocument } from '../staff/staff.document.js';
import { STAFF_COLLECTION } from '../staff/staff.projection.js';
import type { TeamDocument } from '../teams/teams.document.js';
import { TEAMS_COLLECTION } from '../teams/teams.projection.js';
import { COMPLIANCE_AUDITS_COLLECTION } from '../compliance-audits/compliance-audits.projection.js';
import { LATE_SOURCES, lateSources } from './late-sources.js';
import { PRACTICE_OBSERVATIONS_COLLECTION } from '../practice-observations/practice-observations.projection.js';
import { listLate, type LateItem } from './overdue.js';
import { CRS_ESCALATIONS_COLLECTION, withClosedMonth } from '../crs-escalations/crs-escalations.projection.js';
import type { CrsEscalationDocument } from '../crs-escalations/crs-escalations.document.js';
import { MIDWAY_REVIEWS_COLLECTION } from '../crs-monitoring/midway-reviews.projection.js';
import { MONITORING_FORMS_COLLECTION } from '../crs-monitoring/monitoring-forms.projection.js';
import { OBSERVATION_LEARNING_REPORTS_COLLECTION } from '../observation-learning-reports/observation-learning-reports.projection.js';
import { SUPERVISION_AUDITS_COLLECTION, withSettledMonths } from '../supervision-audits/supervision-audits.projection.js';
import type { SupervisionAuditDocument } from '../supervision-audits/supervision-audits.document.js';
import { SUPERVISION_LEARNING_SUMMARIES_COLLECTION } from '../supervision-learning-summaries/supervision-learning-summaries.projection.js';
import { SUPERVISION_SESSIONS_COLLECTION } from '../staff/supervision-sessions.projection.js';

const STRAND_COLLECTIONS = [
  SUPERVISION_AUDITS_COLLECTION,
  SUPERVISION_SESSIONS_COLLECTION,
  SUPERVISION_LEARNING_SUMMARIES_COLLECTION,
  OBSERVATION_LEARNING_REPORTS_COLLECTION,
  CRS_ESCALATIONS_COLLECTION,
  MONITORING_FORMS_COLLECTION,
  MIDWAY_REVIEWS_COLLECTION,
];

const AUDIT_LATE = 'a0000000-0000-4000-8000-000000000001';
const AUDIT_IN_TIME = 'a0000000-0000-4000-8000-000000000002';
const HOS_ID = 'staff-hos-0003';

async function project(store: MemoryReadStore, projection: AnyProjection, events: readonly RecordedEvent[]): Promise<void> {
  await store.defineCollection(projection.collection);
  const documents = new Map<string, Record<string, unknown> | null>();
  for (const event of events) {
    for (const id of projection.documentIds(event)) {
      const current = documents.has(id) ? documents.get(id)! : await store.get(projection.collection.name, id);
      documents.set(id, projection.evolve(current, event));
    }
  }
  const key = projectionKey(projection);
  await store.commit(key, await store.checkpoint(key), 1n, [...documents].map(([id, document]) => ({ collection: projection.collection.name, id, document })));
}

function staff(staffId: string, lineManagerId: string | null, changedManagerOn?: { date: string; to: string }): StaffMemberDocument {
  const lineManagers = [{ effectiveFrom: '2020-01-01', value: lineManagerId }, ...(changedManagerOn ? [{ effectiveFrom: changedManagerOn.date, value: changedManagerOn.to }] : [])];
  return {
    id: staffId, staffId, name: staffId, role: 'TEAM_MANAGER', teamId: TEAM_ID, lineManagerId: lineManagers[lineManagers.length - 1]!.value,
    startDate: '2020-01-01', leavingDate: null, status: 'ACTIVE', inAsye: false, needsPerformanceSupport: false,
    history: { role: [{ effectiveFrom: '2020-01-01', value: 'TEAM_MANAGER' }], teamId: [{ effectiveFrom: '2020-01-01', value: TEAM_ID }], lineManagerId: lineManagers, inAsye: [], needsPerformanceSupport: [] },
    revision: 0, registeredAt: '2020-01-01T00:00:00.000Z', lastUpdatedAt: '2020-01-01T00:00:00.000Z',
  };
}

const team: TeamDocument = {
  id: TEAM_ID, teamId: TEAM_ID, name: 'North 1', serviceAreaId: 'area-south', status: 'ACTIVE', closedOn: null,
  serviceAreaHistory: [{ effectiveFrom: '2020-01-01', value: 'area-north' }, { effectiveFrom: '2025-07-15', value: 'area-south' }],
  revision: 0, registeredAt: '2020-01-01T00:00:00.000Z', lastUpdatedAt: '2020-01-01T00:00:00.000Z',
};

const summary = (items: LateItem[]) => items.map((i) => [i.kind, i.id, i.state]);

describe('Overdue: one view of everything late or about to be (issue 5 item 2)', () => {
  let store: MemoryReadStore;

  beforeEach(async () => {
    store = new MemoryReadStore();
    // An audit due 2025-06-30 (late from 1 July) and one due 2025-07-31; the action's timescale is 2025-07-15.
    await project(store, caseFileAuditsProjection, [
      ...auditStream([auditEvents.scheduled({ dueDate: '2025-06-30' })], { auditId: AUDIT_LATE }),
      ...auditStream([auditEvents.scheduled({ dueDate: '2025-07-31' })], { auditId: AUDIT_IN_TIME }),
    ]);
    // Raised 2025-06-12 15:00 from an audit submitted 14:00; never notified; escalation never acknowledged.
    await project(store, remedialActionsProjection, actionStream([actionEvents.raised()]));
    await project(store, immediateEscalationsProjection, escalationStream([escalationEvents.raised()]));
    await store.defineCollection(COMPLIANCE_AUDITS_COLLECTION);
    await store.defineCollection(PRACTICE_OBSERVATIONS_COLLECTION);
    await store.defineCollection(STAFF_COLLECTION);
    await store.defineCollection(TEAMS_COLLECTION);
    for (const collection of STRAND_COLLECTIONS) await store.defineCollection(collection);
    await store.commit('fixtures', null, 1n, [
      { collection: STAFF_COLLECTION.name, id: AUDITOR_ID, document: staff(AUDITOR_ID, HOS_ID, { date: '2025-07-10', to: 'staff-hos-0009' }) },
      { collection: STAFF_COLLECTION.name, id: ACTION_AUDITOR_ID, document: staff(ACTION_AUDITOR_ID, MANAGER_ID) },
      { collection: TEAMS_COLLECTION.name, id: TEAM_ID, document: team },
    ]);
  });

  describe('When read as at 2 July 2025', () => {
    it('should list the audit past its due date (CFA-6), the action not notified within 48 hours (CFA-7) and the escalation not acknowledged (CFA-13), most late first', async () => {
      const items = await listLate(store, LATE_SOURCES, { asOf: new Date('2025-07-02T09:00:00Z') });

      expect(summary(items)).toEqual([
        ['IMMEDIATE_ESCALATION', escalationEvents.raised().data.escalationId, 'OVERDUE'],
        ['ACTION_NOTIFICATION', ACTION_ID, 'OVERDUE'],
        ['CASE_FILE_AUDIT', AUDIT_LATE, 'OVERDUE'],
      ]);
      const audit = items.find((i) => i.kind === 'CASE_FILE_AUDIT')!;
      expect(audit).toMatchObject({ rule: 'CFA-6', dueAt: '2025-07-01T00:00:00.000Z', lateByMs: 33 * 3_600_000, ownerId: AUDITOR_ID, managerId: HOS_ID, teamId: TEAM_ID, serviceAreaId: 'area-north' });
      expect(items.find((i) => i.kind === 'ACTION_NOTIFICATION')).toMatchObject({ rule: 'CFA-7', dueAt: '2025-06-14T14:00:00.000Z', ownerId: ACTION_AUDITOR_ID, managerId: MANAGER_ID });
    });
  });

  describe('When read as at a later date, after a change of line manager and of service area', () => {
    it('should name the manager and the area as they stood on that date, and the action past its timescale, managed by its own manager', async () => {
      const items = await listLate(store, LATE_SOURCES, { asOf: new Date('2025-07-20T09:00:00Z'), filter: { kinds: ['CASE_FILE_AUDIT', 'ACTION_TIMESCALE'] } });

      expect(summary(items)).toEqual([
        ['CASE_FILE_AUDIT', AUDIT_LATE, 'OVERDUE'],
        ['ACTION_TIMESCALE', ACTION_ID, 'OVERDUE'],
      ]);
      expect(items[0]).toMatchObject({ managerId: 'staff-hos-0009', serviceAreaId: 'area-south' });
      expect(items[1]).toMatchObject({ rule: 'CFA-7', ownerId: OWNER_ID, managerId: MANAGER_ID, azeusNumber: AZEUS_NUMBER, dueAt: '2025-07-16T00:00:00.000Z' });
    });
  });

  describe('When asked also for what falls due soon', () => {
    it('should add what falls due within the horizon as DUE_SOON with the time left, and nothing beyond it', async () => {
      const asOf = new Date('2025-07-30T12:00:00Z');
      const items = await listLate(store, LATE_SOURCES, { asOf, dueWithinHours: 48, filter: { kinds: ['CASE_FILE_AUDIT'] } });
      expect(summary(items)).toEqual([
        ['CASE_FILE_AUDIT', AUDIT_LATE, 'OVERDUE'],
        ['CASE_FILE_AUDIT', AUDIT_IN_TIME, 'DUE_SOON'],
      ]);
      expect(items[1]).toMatchObject({ lateByMs: 0, remainingMs: 36 * 3_600_000 });
      expect(summary(await listLate(store, LATE_SOURCES, { asOf, dueWithinHours: 24, filter: { kinds: ['CASE_FILE_AUDIT'] } }))).toEqual([
        ['CASE_FILE_AUDIT', AUDIT_LATE, 'OVERDUE'],
      ]);
    });
  });

  describe('When filtered by whose it is and who manages them, and sorted by owner', () => {
    it('should keep only the matching items', async () => {
      const asOf = new Date('2025-07-20T09:00:00Z');
      expect(summary(await listLate(store, LATE_SOURCES, { asOf, filter: { ownerId: OWNER_ID } }))).toEqual([['ACTION_TIMESCALE', ACTION_ID, 'OVERDUE']]);
      expect(summary(await listLate(store, LATE_SOURCES, { asOf, filter: { managerId: 'staff-hos-0009' } }))).toEqual([['CASE_FILE_AUDIT', AUDIT_LATE, 'OVERDUE']]);
      const byOwner = await listLate(store, LATE_SOURCES, { asOf, sort: 'OWNER' });
      expect(byOwner.map((i) => i.ownerId)).toEqual([...byOwner.map((i) => i.ownerId)].sort());
    });
  });

  describe('When a social worker has not been observed for over a year (OBS-1)', () => {
    it("should list their observation overdue, the line manager's to do", async () => {
      const worker = { ...staff('sw-9', AUDITOR_ID), role: 'SOCIAL_WORKER' as const, history: { ...staff('sw-9', AUDITOR_ID).history, role: [{ effectiveFrom: '2020-01-01', value: 'SOCIAL_WORKER' as const }] } };
      await store.commit('worker', null, 1n, [{ collection: STAFF_COLLECTION.name, id: 'sw-9', document: worker }]);

      const items = await listLate(store, lateSources(), { asOf: new Date('2025-07-02T09:00:00Z'), filter: { kinds: ['PRACTICE_OBSERVATION'] } });

      expect(items).toEqual([expect.objectContaining({ kind: 'PRACTICE_OBSERVATION', id: 'sw-9', rule: 'OBS-1', state: 'OVERDUE', ownerId: AUDITOR_ID, managerId: HOS_ID, teamId: TEAM_ID })]);
    });
  });

  describe('When the horizon or the sort is not one the view knows', () => {
    it('should refuse naming the field', async () => {
      await expect(listLate(store, LATE_SOURCES, { dueWithinHours: -1 })).rejects.toMatchObject({ code: 'OVERDUE.HORIZON_INVALID', field: 'dueWithinHours' });
      await expect(listLate(store, LATE_SOURCES, { sort: 'LOUDEST' as never })).rejects.toMatchObject({ code: 'OVERDUE.SORT_UNKNOWN', field: 'sort' });
    });
  });

  describe('When read as at a date before anything was due', () => {
    it('should list nothing', async () => {
      expect(await listLate(store, LATE_SOURCES, { asOf: new Date('2025-06-12T16:00:00Z') })).toEqual([]);
    });
  });
});

describe("Overdue: the strands' own clocks (SUP-3, SUP-5, SUP-6, OBS-6, CRS-1, CRS-3)", () => {
  let store: MemoryReadStore;
  const doc = (fields: Record<string, unknown>) => fields as unknown as Record<string, unknown>;
  const supervisionAuditIndexed = (fields: Record<string, unknown>) => withSettledMonths(fields as unknown as SupervisionAuditDocument) as unknown as Record<string, unknown>;
  const crsEscalationIndexed = (fields: Record<string, unknown>) => withClosedMonth(fields as unknown as CrsEscalationDocument) as unknown as Record<string, unknown>;
  const asOf = new Date('2025-07-02T09:00:00Z');
  const withRole = (staffId: string, role: 'HEAD_OF_SERVICE' | 'IRO', lineManagerId: string | null = null) => {
    const base = staff(staffId, lineManagerId);
    return { ...base, role, history: { ...base.history, role: [{ effectiveFrom: '2020-01-01', value: role }] } };
  };
  // As the projection stores them: with the overdue view's month indexes.
  const escalatedAudit = (id: string, escalatedAt: string, acknowledgedAt: string | null) =>
    supervisionAuditIndexed({
      id, kind: 'CASE', auditorId: 'tm-7', supervisorId: 'tm-7', superviseeId: 'sw-7', teamId: TEAM_ID, azeusNumber: 'AZ-700001', auditDate: '2025-06-30',
      status: 'IN_PROGRESS', completedAt: null, findingsReview: null,
      escalation: { headOfServiceId: 'hos-7', comments: 'Not safe', escalatedBy: 'tm-7', escalatedAt, acknowledgedAt, acknowledgedBy: acknowledgedAt ? 'hos-7' : null },
    });
  const completedAudit = (id: string, completedAt: string, findingsReview: Record<string, unknown> | null) =>
    supervisionAuditIndexed({
      id, kind: 'PROFESSIONAL', auditorId: 'hos-7', supervisorId: 'tm-7', superviseeId: 'sw-7', teamId: TEAM_ID, azeusNumber: null, auditDate: '2025-06-20',
      status: 'COMPLETED', completedAt, escalation: null, findingsReview,
    });
  const session = (id: string, date: string, status: 'PLANNED' | 'HELD' | 'CANCELLED') =>
    doc({ id, sessionId: id, supervisorId: 'tm-7', superviseeId: 'sw-7', status, date, plannedFor: date, heldOn: status === 'HELD' ? date : null });
  const summary = (quarter: string, status: string, submittedAt: string | null) =>
    doc({ id: `hos-7-${quarter}`, headOfServiceId: 'hos-7', quarter, status, submittedAt });
  const crsEscalation = (id: string, startedAt: string, respondedAt: string | null, closedAt: string | null) =>
    crsEscalationIndexed({
      id, azeusNumber: 'AZ-700002', teamId: TEAM_ID, raisedBy: 'iro-7', status: closedAt ? 'RESOLVED' : 'OPEN', stage: 'INFORMAL', recipientId: 'tm-7', raisedAt: startedAt, closedAt,
      stages: [{ stage: 'INFORMAL', recipientId: 'tm-7', startedAt, reason: null, notified: [], response: respondedAt ? 'Agreed' : null, respondedBy: null, respondedAt, endedAt: null }],
    });
  const form = (id: string, azeusNumber: string, meetingDate: string, nextMeetingDate: string) =>
    doc({ id, azeusNumber, planKind: 'CP', meetingType: 'CP_REVIEW', meetingDate, nextMeetingDate, chairId: 'iro-7', socialWorkerId: 'sw-7', teamManagerId: 'tm-7', teamId: TEAM_ID });
  const kinds = (items: LateItem[]) => items.map((i) => [i.kind, i.id, i.rule, i.state]);

  beforeEach(async () => {
    store = new MemoryReadStore();
    for (const collection of [STAFF_COLLECTION, TEAMS_COLLECTION, ...STRAND_COLLECTIONS]) await store.defineCollection(collection);
    await store.commit('fixtures', null, 1n, [
      { collection: STAFF_COLLECTION.name, id: 'hos-7', document: withRole('hos-7', 'HEAD_OF_SERVICE', 'dir-7') },
      { collection: STAFF_COLLECTION.name, id: 'tm-7', document: staff('tm-7', 'hos-7') },
      { collection: STAFF_COLLECTION.name, id: 'iro-7', document: withRole('iro-7', 'IRO', 'crs-tm-7') },
      { collection: TEAMS_COLLECTION.name, id: TEAM_ID, document: team },
    ]);
  });

  describe('When a child was found not safe in a supervision audit and the Head of Service has not acknowledged it (SUP-3)', () => {
    it('should list it late 24 hours after it was raised, the Head of Service\'s to do, and one raised since as due soon', async () => {
      await store.commit('audits', null, 1n, [
        { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-late', document: escalatedAudit('sa-late', '2025-07-01T08:00:00.000Z', null) },
        { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-soon', document: escalatedAudit('sa-soon', '2025-07-02T08:00:00.000Z', null) },
        { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-done', document: escalatedAudit('sa-done', '2025-07-01T07:00:00.000Z', '2025-07-01T09:00:00.000Z') },
      ]);

      const items = await listLate(store, lateSources(), { asOf, dueWithinHours: 24, filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } });

      expect(kinds(items)).toEqual([
        ['SUPERVISION_AUDIT_ESCALATION', 'sa-late', 'SUP-3', 'OVERDUE'],
        ['SUPERVISION_AUDIT_ESCALATION', 'sa-soon', 'SUP-3', 'DUE_SOON'],
      ]);
      expect(items[0]).toMatchObject({ dueAt: '2025-07-02T08:00:00.000Z', ownerId: 'hos-7', managerId: 'dir-7', azeusNumber: 'AZ-700001', teamId: TEAM_ID, lateByMs: 3_600_000 });
      expect(await listLate(store, lateSources(), { asOf: new Date('2025-06-30T09:00:00Z'), dueWithinHours: 24 * 7, filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } })).toEqual([]);
    });
  });

  describe('When a Head of Service acknowledged an escalation in August, and the list is read as at July (SUP-3)', () => {
    it('should list it as late then, read through the month it was acknowledged in, and not as at August', async () => {
      await store.commit('audits', null, 1n, [
        { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-august', document: escalatedAudit('sa-august', '2025-07-01T08:00:00.000Z', '2025-08-04T09:00:00.000Z') },
      ]);

      const inJuly = await listLate(store, lateSources(), { asOf, filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } });
      const inAugust = await listLate(store, lateSources(), { asOf: new Date('2025-08-05T09:00:00Z'), filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } });

      expect(kinds(inJuly)).toEqual([['SUPERVISION_AUDIT_ESCALATION', 'sa-august', 'SUP-3', 'OVERDUE']]);
      expect(inAugust).toEqual([]);
    });
  });

  describe("When a completed supervision audit's findings were not reviewed at the supervisee's next supervision (SUP-5)", () => {
    it('should list it late from the day after that supervision (a cancelled one does not count), the auditor\'s to do; a reviewed one not at all', async () => {
      await store.commit('audits', null, 1n, [
        { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-open', document: completedAudit('sa-open', '2025-06-20T10:00:00.000Z', null) },
        { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'sa-reviewed', document: completedAudit('sa-reviewed', '2025-06-20T10:00:00.000Z', { supervisionDate: '2025-06-30', agreedActions: [], reviewedBy: 'hos-7', recordedAt: '2025-06-30T15:00:00.000Z' }) },
        { collection: SUPERVISION_SESSIONS_COLLECTION.name, id: 's-1', document: session('s-1', '2025-06-10', 'HELD') },
        { collection: SUPERVISION_SESSIONS_COLLECTION.name, id: 's-2', document: session('s-2', '2025-06-25', 'CANCELLED') },
        { collection: SUPERVISION_SESSIONS_COLLECTION.name, id: 's-3', document: session('s-3', '2025-06-30', 'PLANNED') },
      ]);

      const items = await listLate(store, lateSources(), { asOf, filter: { kinds: ['SUPERVISION_AUDIT_FINDINGS_REVIEW'] } });

      expect(kinds(items)).toEqual([['SUPERVISION_AUDIT_FINDINGS_REVIEW', 'sa-open', 'SUP-5', 'OVERDUE']]);
      expect(items[0]).toMatchObject({ dueAt: '2025-07-01T00:00:00.000Z', ownerId: 'hos-7' });
    });
  });

  describe('When a Head of Service has not submitted quarterly summaries (SUP-6) or the annual observation learning report (OBS-6)', () => {
    it('should list each ended quarter of the last year not submitted by asOf, and last year\'s report, theirs to do', async () => {
      await store.commit('summaries', null, 1n, [
        { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: 'hos-7-2025-Q1', document: summary('2025-Q1', 'SUBMITTED', '2025-03-28T10:00:00.000Z') },
        // Submitted, but only after the view's date: still late as at asOf.
        { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: 'hos-7-2024-Q4', document: summary('2024-Q4', 'SUBMITTED', '2025-08-01T10:00:00.000Z') },
        { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: 'hos-7-2024-Q3', document: summary('2024-Q3', 'DRAFT', null) },
        { collection: OBSERVATION_LEARNING_REPORTS_COLLECTION.name, id: 'hos-7-2024', document: doc({ id: 'hos-7-2024', headOfServiceId: 'hos-7', year: 2024, status: 'DRAFT', submittedAt: null }) },
      ]);

      const items = await listLate(store, lateSources(), { asOf, filter: { kinds: ['SUPERVISION_LEARNING_SUMMARY', 'OBSERVATION_LEARNING_REPORT'] } });

      expect(kinds(items)).toEqual([
        ['SUPERVISION_LEARNING_SUMMARY', 'hos-7-2024-Q3', 'SUP-6', 'OVERDUE'],
        ['OBSERVATION_LEARNING_REPORT', 'hos-7-2024', 'OBS-6', 'OVERDUE'],
        ['SUPERVISION_LEARNING_SUMMARY', 'hos-7-2024-Q4', 'SUP-6', 'OVERDUE'],
        ['SUPERVISION_LEARNING_SUMMARY', 'hos-7-2025-Q2', 'SUP-6', 'OVERDUE'],
      ]);
      expect(items.find((i) => i.id === 'hos-7-2025-Q2')).toMatchObject({ dueAt: '2025-07-01T00:00:00.000Z', ownerId: 'hos-7', managerId: 'dir-7' });
      expect(items.find((i) => i.id === 'hos-7-2024')).toMatchObject({ dueAt: '2025-01-01T00:00:00.000Z' });
    });

    it('should list the running quarter (SUP-6) only when the horizon reaches its end', async () => {
      const late = new Date('2025-09-29T12:00:00Z');
      const within = await listLate(store, lateSources(), { asOf: late, dueWithinHours: 48, filter: { kinds: ['SUPERVISION_LEARNING_SUMMARY'], state: 'DUE_SOON' } });
      expect(kinds(within)).toEqual([['SUPERVISION_LEARNING_SUMMARY', 'hos-7-2025-Q3', 'SUP-6', 'DUE_SOON']]);
      expect(await listLate(store, lateSources(), { asOf: late, dueWithinHours: 24, filter: { kinds: ['SUPERVISION_LEARNING_SUMMARY'], state: 'DUE_SOON' } })).toEqual([]);
    });
  });

  describe('When a CRS escalation has not been answered at its stage within its working days (CRS-1)', () => {
    it("should list it late from the day after the stage's due day, the recipient's to do; one answered or resolved not at all", async () => {
      await store.commit('crs', null, 1n, [
        // Began Monday 2 June: five working days, due Monday 9 June.
        { collection: CRS_ESCALATIONS_COLLECTION.name, id: 'crs-late', document: crsEscalation('crs-late', '2025-06-02T10:00:00.000Z', null, null) },
        { collection: CRS_ESCALATIONS_COLLECTION.name, id: 'crs-answered', document: crsEscalation('crs-answered', '2025-06-02T10:00:00.000Z', '2025-06-04T10:00:00.000Z', null) },
        { collection: CRS_ESCALATIONS_COLLECTION.name, id: 'crs-resolved', document: crsEscalation('crs-resolved', '2025-06-02T10:00:00.000Z', null, '2025-06-05T10:00:00.000Z') },
      ]);

      const items = await listLate(store, lateSources(), { asOf, filter: { kinds: ['CRS_ESCALATION'] } });

      expect(kinds(items)).toEqual([['CRS_ESCALATION', 'crs-late', 'CRS-1', 'OVERDUE']]);
      expect(items[0]).toMatchObject({ dueAt: '2025-06-10T00:00:00.000Z', ownerId: 'tm-7', managerId: 'hos-7', azeusNumber: 'AZ-700002', teamId: TEAM_ID });
    });
  });

  describe('When the list is read as at a date before a CRS escalation was resolved, or before one was raised (CRS-1)', () => {
    it('should list the one still open then, and not the one not yet raised', async () => {
      await store.commit('crs', null, 1n, [
        // Resolved on 20 June, late from 10 June: late as at 15 June.
        { collection: CRS_ESCALATIONS_COLLECTION.name, id: 'crs-resolved-later', document: crsEscalation('crs-resolved-later', '2025-06-02T10:00:00.000Z', null, '2025-06-20T10:00:00.000Z') },
        { collection: CRS_ESCALATIONS_COLLECTION.name, id: 'crs-raised-later', document: crsEscalation('crs-raised-later', '2025-06-18T10:00:00.000Z', null, null) },
      ]);

      const items = await listLate(store, lateSources(), { asOf: new Date('2025-06-15T09:00:00Z'), filter: { kinds: ['CRS_ESCALATION'] } });

      expect(kinds(items)).toEqual([['CRS_ESCALATION', 'crs-resolved-later', 'CRS-1', 'OVERDUE']]);
    });
  });

  describe('When no midway review was held by the midpoint between two conferences and its tolerance (CRS-3)', () => {
    it("should list it late, the chair's to do; one held not at all", async () => {
      await store.commit('crs', null, 1n, [
        // 1 May to 1 August: midpoint 16 June, late after 23 June.
        { collection: MONITORING_FORMS_COLLECTION.name, id: 'mf-late', document: form('mf-late', 'AZ-700003', '2025-05-01', '2025-08-01') },
        { collection: MONITORING_FORMS_COLLECTION.name, id: 'mf-held', document: form('mf-held', 'AZ-700004', '2025-05-01', '2025-08-01') },
        { collection: MIDWAY_REVIEWS_COLLECTION.name, id: 'mr-1', document: doc({ id: 'mr-1', azeusNumber: 'AZ-700004', planKind: 'CP', heldOn: '2025-06-18' }) },
      ]);

      const items = await listLate(store, lateSources(), { asOf, filter: { kinds: ['MIDWAY_REVIEW'] } });

      expect(kinds(items)).toEqual([['MIDWAY_REVIEW', 'mf-late', 'CRS-3', 'OVERDUE']]);
      expect(items[0]).toMatchObject({ dueAt: '2025-06-24T00:00:00.000Z', ownerId: 'iro-7', managerId: 'crs-tm-7', azeusNumber: 'AZ-700003', teamId: TEAM_ID });
    });
  });

  describe('When the GraphQL enum is built', () => {
    it('should find every kind in the one list of sources', () => {
      expect(LATE_SOURCES.flatMap((s) => s.kinds)).toEqual(expect.arrayContaining([
        'SUPERVISION_AUDIT_ESCALATION', 'SUPERVISION_AUDIT_FINDINGS_REVIEW', 'SUPERVISION_LEARNING_SUMMARY', 'OBSERVATION_LEARNING_REPORT', 'CRS_ESCALATION', 'MIDWAY_REVIEW',
      ]));
    });
  });
});
