import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { AnyProjection } from '../../libs/read-store/src/projection-batch.js';
import { projectionKey } from '../../libs/read-store/src/projection.js';
import {
  ACTION_ID,
  AZEUS_NUMBER,
  ESCALATION_ID,
  MANAGER_ID,
  OWNER_ID,
  SUBMITTED_AT,
  TEAM_ID,
  actionEvents,
  escalationEvents,
} from '../../libs/domain/src/remedial-action/remedial-action.fixtures.js';
import { immediateEscalationsProjection } from './immediate-escalations.projection.js';
import { remedialActionsProjection } from './remedial-actions.projection.js';
import {
  getImmediateEscalation,
  getRemedialAction,
  listImmediateEscalations,
  listRemedialActions,
  remedialActionsByCase,
  remedialActionsByOwner,
  remedialActionsByTeam,
} from './remedial-actions.queries.js';
import { actionStream, escalationStream } from './remedial-actions.test-support.js';

const OTHER_ACTION = '7d4e2f10-1111-4a2b-9c3d-5e6f7a8b9c0d';
const LATE_ACTION = '9a8b7c6d-2222-4e5f-8a9b-0c1d2e3f4a5b';
const STRAND_ACTION = '3c2b1a09-3333-4d5e-8f70-1a2b3c4d5e6f';

/** Folds events into the store as the projection runner would, one commit per projection. */
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
  await store.commit(key, await store.checkpoint(key), events[events.length - 1]!.position, [...documents].map(([id, document]) => ({
    collection: projection.collection.name,
    id,
    document,
  })));
}

describe('remedialActions queries', () => {
  let store: MemoryReadStore;

  beforeEach(async () => {
    store = new MemoryReadStore();
    await project(store, remedialActionsProjection, [
      // Notified within 48 hours, completed in time.
      ...actionStream([actionEvents.raised(), actionEvents.notificationSent('2025-06-12T15:00:05.000Z'), actionEvents.acknowledged(), actionEvents.completed()]),
      // Same owner, another team's case, never notified, timescale 2025-06-20.
      ...actionStream(
        [actionEvents.raised({ actionId: OTHER_ACTION, azeusNumber: 'AZ-200001', teamId: 'team-south-2', timescale: '2025-06-20' })],
        OTHER_ACTION,
      ),
      // Another owner in the team, notified only after 48 hours.
      ...actionStream(
        [
          actionEvents.raised({ actionId: LATE_ACTION, ownerId: 'staff-sw-0400', timescale: '2025-06-30' }),
          actionEvents.notificationSent('2025-06-15T09:00:00.000Z', ['staff-sw-0400', MANAGER_ID], 'notification-late', LATE_ACTION),
        ],
        LATE_ACTION,
      ),
    ]);
  });

  describe('When a worker asks for their actions (by owner)', () => {
    it('should list theirs by timescale with each clock as of the given instant', async () => {
      const views = await remedialActionsByOwner(store, OWNER_ID, '2025-06-21T09:00:00Z');
      expect(views.map((v) => v.id)).toEqual([OTHER_ACTION, ACTION_ID]);
      const [other, done] = views;
      expect(other).toMatchObject({
        asOf: '2025-06-21T09:00:00.000Z',
        notificationClock: { state: 'OVERDUE', dueBy: '2025-06-14T14:00:00.000Z' },
        timescaleClock: { state: 'OVERDUE', daysLate: 1 },
      });
      // Completed on 1 July: as of 21 June it was still running against its timescale of 15 July.
      expect(done).toMatchObject({ notificationClock: { state: 'MET' }, timescaleClock: { state: 'RUNNING', completedOn: null } });
      const [, later] = await remedialActionsByOwner(store, OWNER_ID, '2025-07-02T09:00:00Z');
      expect(later).toMatchObject({ timescaleClock: { state: 'MET', completedOn: '2025-07-01' } });
    });

    it('should show the notification clock still running as at a time inside the 48 hours', async () => {
      const [other] = await remedialActionsByOwner(store, OWNER_ID, '2025-06-13T14:00:00Z');
      expect(other).toMatchObject({ notificationClock: { state: 'RUNNING', remainingMs: 24 * 3600_000 } });
    });
  });

  describe('When a team manager tracks the team (by team)', () => {
    it('should list the team\'s actions, met and breached 48-hour clocks visible', async () => {
      const views = await remedialActionsByTeam(store, TEAM_ID, '2025-07-02T00:00:00Z');
      expect(views.map((v) => [v.id, v.notificationClock.state])).toEqual([
        [LATE_ACTION, 'BREACHED'],
        [ACTION_ID, 'MET'],
      ]);
      expect(views[0]!.notificationClock.lateByMs).toBe(Date.parse('2025-06-15T09:00:00Z') - Date.parse('2025-06-14T14:00:00Z'));
    });
  });

  describe('When the actions of a case are asked for (by case)', () => {
    it('should list those recorded against its Azeus number', async () => {
      expect((await remedialActionsByCase(store, AZEUS_NUMBER, '2025-07-02T00:00:00Z')).map((v) => v.id)).toEqual([LATE_ACTION, ACTION_ID]);
      expect(await remedialActionsByCase(store, 'AZ-000000', '2025-07-02T00:00:00Z')).toEqual([]);
    });
  });

  describe('When every open action is asked for, whatever strand it came from (item 7)', () => {
    it('should list actions not yet verified from every source, and filter by the source kind', async () => {
      await project(store, remedialActionsProjection, [
        ...actionStream(
          [actionEvents.raised({ actionId: STRAND_ACTION, source: { kind: 'THEMED_AUDIT_DAY', id: 'day-1', submittedAt: '2025-06-12T14:00:00.000Z' }, azeusNumber: null })],
          STRAND_ACTION,
        ),
      ]);
      const open = await listRemedialActions(store, { open: true }, '2025-07-02T00:00:00Z');
      expect(open.map((v) => v.id).sort()).toEqual([ACTION_ID, LATE_ACTION, OTHER_ACTION, STRAND_ACTION].sort());
      expect((await listRemedialActions(store, { sourceKind: 'THEMED_AUDIT_DAY' })).map((v) => [v.id, v.azeusNumber])).toEqual([[STRAND_ACTION, null]]);
      expect(await listRemedialActions(store, { open: false })).toEqual([]);
    });
  });

  describe('When filtered by clock state', () => {
    it('should list only actions overdue at asOf, or not notified in time', async () => {
      const overdue = await listRemedialActions(store, { timescaleState: 'OVERDUE' }, '2025-07-01T09:00:00Z');
      expect(overdue.map((v) => v.id)).toEqual([OTHER_ACTION, LATE_ACTION]);
      const breached = await listRemedialActions(store, { managerId: MANAGER_ID, notificationState: 'BREACHED' }, '2025-07-01T09:00:00Z');
      expect(breached.map((v) => v.id)).toEqual([LATE_ACTION]);
    });

    it('should refuse an unknown clock state', async () => {
      await expect(listRemedialActions(store, { timescaleState: 'LATE' as never })).rejects.toMatchObject({
        code: 'REMEDIAL_ACTION.CLOCK_STATE_UNKNOWN',
        field: 'timescaleState',
      });
    });
  });

  describe('When one action is asked for', () => {
    it('should answer it with its clocks, or null', async () => {
      expect(await getRemedialAction(store, ACTION_ID, SUBMITTED_AT)).toMatchObject({ id: ACTION_ID, status: 'COMPLETED' });
      expect(await getRemedialAction(store, 'nope')).toBeNull();
    });

    it('should refuse an asOf that is not an instant', async () => {
      await expect(getRemedialAction(store, ACTION_ID, '2025-06-12')).rejects.toMatchObject({
        code: 'REMEDIAL_ACTION.INVALID_INSTANT',
        field: 'asOf',
      });
    });
  });
});

describe('immediateEscalations queries (CFA-13)', () => {
  let store: MemoryReadStore;

  beforeEach(async () => {
    store = new MemoryReadStore();
    await project(store, immediateEscalationsProjection, [
      ...escalationStream([escalationEvents.raised(), escalationEvents.acknowledged('2025-06-12T17:00:00.000Z')]),
      ...escalationStream(
        [escalationEvents.raised({ escalationId: 'audit-2:1', escalatedAt: '2025-06-13T08:00:00.000Z', source: { kind: 'CASE_FILE_AUDIT', id: 'audit-2' } })],
        'audit-2:1',
      ),
    ]);
  });

  it('should list a manager\'s escalations with their clocks, acknowledged or overdue', async () => {
    const views = await listImmediateEscalations(store, { managerId: MANAGER_ID }, '2025-06-14T09:00:00Z');
    expect(views.map((v) => [v.id, v.status, v.clock.state])).toEqual([
      [ESCALATION_ID, 'ACKNOWLEDGED', 'MET'],
      ['audit-2:1', 'RAISED', 'OVERDUE'],
    ]);
  });

  it('should take a council\'s own threshold', async () => {
    const view = await getImmediateEscalation(store, ESCALATION_ID, '2025-06-14T09:00:00Z', 60 * 60 * 1000);
    expect(view!.clock).toMatchObject({ state: 'BREACHED', dueBy: '2025-06-12T14:40:00.000Z' });
  });

  it('should filter by clock state and by audit', async () => {
    expect((await listImmediateEscalations(store, { clockState: 'OVERDUE' }, '2025-06-14T09:00:00Z')).map((v) => v.id)).toEqual(['audit-2:1']);
    expect((await listImmediateEscalations(store, { auditId: 'audit-2' }, '2025-06-13T09:00:00Z'))[0]!.clock.state).toBe('RUNNING');
  });
});
