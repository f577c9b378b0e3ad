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
