import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { SUPERVISION_SESSION_EVENT_TYPES, type SupervisionSessionEvent } from '../../libs/domain/src/index.js';
import { fold, recorded, stream } from './people.test-support.js';
import type { SupervisionSessionDocument } from './supervision-sessions.document.js';
import {
  SUPERVISION_SESSIONS_COLLECTION,
  evolveSupervisionSessionDocument as evolve,
  supervisionSessionsProjection,
} from './supervision-sessions.projection.js';
import { getSupervisionSession, listSupervisionSessions, nextSupervision } from './supervision-sessions.queries.js';

const NOW = '2025-06-12T14:00:00.000Z';
const planned = (sessionId: string, plannedFor: string, superviseeId = 'sw-01'): SupervisionSessionEvent => ({
  type: 'SupervisionSessionPlanned',
  data: { sessionId, supervisorId: 'tm-01', superviseeId, plannedFor, plannedAt: NOW },
});
const held = (sessionId: string, heldOn: string, supervisorId = 'tm-01'): SupervisionSessionEvent => ({
  type: 'SupervisionSessionHeld',
  data: { sessionId, supervisorId, superviseeId: 'sw-01', heldOn, recordedAt: NOW },
});

describe('supervisionSessions projection', () => {
  it('should be supervisionSessions v2 (indexed by month for CFA-4), handling every supervision session event', () => {
    expect(supervisionSessionsProjection).toMatchObject({ name: 'supervisionSessions', version: 2, collection: { name: 'supervisionSessions.v2', indexes: ['supervisorId', 'superviseeId', 'status', 'month'] } });
    expect([...supervisionSessionsProjection.handles].sort()).toEqual([...SUPERVISION_SESSION_EVENT_TYPES].sort());
    expect(supervisionSessionsProjection.documentIds(recorded('supervisionSession-s1', planned('s1', '2025-06-20'), 0))).toEqual(['s1']);
  });

  describe('When a session is planned, rescheduled and held', () => {
    it('should be known by the date it was held on, keeping the planned date', () => {
      const doc = fold(
        evolve,
        stream('supervisionSession-s1', [
          planned('s1', '2025-06-20'),
          { type: 'SupervisionSessionRescheduled', data: { sessionId: 's1', plannedFor: '2025-06-24', previouslyPlannedFor: '2025-06-20', rescheduledAt: NOW } },
          held('s1', '2025-06-25', 'ap-01'),
        ]),
      );
      expect(doc).toEqual({
        id: 's1',
        sessionId: 's1',
        supervisorId: 'ap-01',
        superviseeId: 'sw-01',
        status: 'HELD',
        plannedFor: '2025-06-24',
        heldOn: '2025-06-25',
        cancelledReason: null,
        date: '2025-06-25',
        revision: 2,
        lastUpdatedAt: NOW,
      } satisfies SupervisionSessionDocument);
    });

    it('should record a session held without a plan', () => {
      expect(fold(evolve, stream('supervisionSession-s2', [held('s2', '2025-05-02')]))).toMatchObject({ status: 'HELD', plannedFor: null, date: '2025-05-02' });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const events = stream('supervisionSession-s1', [
        planned('s1', '2025-06-20'),
        { type: 'SupervisionSessionCancelled', data: { sessionId: 's1', reason: 'Sickness', cancelledAt: NOW } },
      ]);
      const once = fold(evolve, events);
      expect(events.reduce<SupervisionSessionDocument | null>((d, e) => evolve(evolve(d, e), e), null)).toEqual(once);
      expect(once).toMatchObject({ status: 'CANCELLED', cancelledReason: 'Sickness' });
    });
  });

  describe('When sessions are queried', () => {
    it('should list a supervisee’s sessions in date order and find the next one (CFA-4)', async () => {
      const store = new MemoryReadStore();
      await store.defineCollection(SUPERVISION_SESSIONS_COLLECTION);
      const histories: Record<string, SupervisionSessionEvent[]> = {
        s1: [planned('s1', '2025-05-01'), held('s1', '2025-05-02')],
        s2: [planned('s2', '2025-06-20'), { type: 'SupervisionSessionCancelled', data: { sessionId: 's2', reason: 'Sickness', cancelledAt: NOW } }],
        s3: [planned('s3', '2025-06-27')],
        s4: [planned('s4', '2025-06-05', 'sw-02')],
      };
      await store.commit(
        'supervisionSessions.v2',
        null,
        1n,
        Object.entries(histories).map(([id, h]) => ({ collection: SUPERVISION_SESSIONS_COLLECTION.name, id, document: fold(evolve, stream(`supervisionSession-${id}`, h)) })),
      );
      expect((await listSupervisionSessions(store, { superviseeId: 'sw-01' })).map((s) => s.id)).toEqual(['s1', 's2', 's3']);
      expect((await listSupervisionSessions(store, { status: 'PLANNED', from: '2025-06-01', to: '2025-06-30' })).map((s) => s.id)).toEqual(['s4', 's3']);
      expect((await nextSupervision(store, 'sw-01', '2025-06-01'))?.id).toBe('s3');
      expect(await nextSupervision(store, 'sw-01', '2025-07-01')).toBeNull();
      expect(await getSupervisionSession(store, 's1')).toMatchObject({ status: 'HELD' });
    });
  });
});
