import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { PracticeObservationEvent } from '../../libs/domain/src/practice-observation/index.js';
import { events, readyToComplete } from '../../libs/domain/src/practice-observation/practice-observation.fixtures.js';
import type { PracticeObservationDocument } from './practice-observations.document.js';
import { PRACTICE_OBSERVATIONS_COLLECTION, practiceObservationsProjection } from './practice-observations.projection.js';
import {
  getPracticeObservation,
  listPracticeObservationsAwaitingSharing,
  listPracticeObservations,
  listPracticeObservationsByObserver,
  practiceObservationsOfWorker,
} from './practice-observations.queries.js';
import { stream } from './practice-observations.test-support.js';

// Worker sw-1 observed twice (by tm-1 and ap-2), worker sw-2 once by tm-1 (completed), sw-3 never.
const observations: Record<string, PracticeObservationEvent[]> = {
  'obs-a': [events.recorded({ workerId: 'sw-1', observerId: 'tm-1', observedOn: '2024-05-20' })],
  'obs-b': [
    events.recorded({ workerId: 'sw-1', observerId: 'ap-2', observerRole: 'ADVANCED_PRACTITIONER', observedOn: '2025-03-15' }),
  ],
  'obs-c': [
    { ...readyToComplete()[0]!, data: { ...events.recorded().data, workerId: 'sw-2', observerId: 'tm-1', observedOn: '2025-01-10' } },
    ...readyToComplete().slice(1),
    events.completed(),
  ] as PracticeObservationEvent[],
};

async function storeWithObservations(deliverTwice = false): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(PRACTICE_OBSERVATIONS_COLLECTION);
  const changes = Object.entries(observations).map(([observationId, history]) => {
    const delivered = stream(history, { observationId }).flatMap((event) => (deliverTwice ? [event, event] : [event]));
    const document = delivered.reduce<PracticeObservationDocument | null>(
      (doc, event) => practiceObservationsProjection.evolve(doc, event),
      null,
    );
    return { collection: PRACTICE_OBSERVATIONS_COLLECTION.name, id: observationId, document };
  });
  await store.commit(practiceObservationsProjection.name, null, 100n, changes);
  return store;
}

const plainWorker = { needsPerformanceSupport: false, asye: false };

describe('When observations are in the read store', () => {
  it('should get one by id', async () => {
    const store = await storeWithObservations();
    expect((await getPracticeObservation(store, 'obs-c'))?.status).toBe('COMPLETED');
    expect(await getPracticeObservation(store, 'obs-z')).toBeNull();
  });

  it('should list an observer’s observations newest first', async () => {
    const store = await storeWithObservations();
    expect((await listPracticeObservationsByObserver(store, 'tm-1')).map((o) => o.id)).toEqual(['obs-c', 'obs-a']);
    expect((await listPracticeObservationsByObserver(store, 'tm-1', { status: 'RECORDED' })).map((o) => o.id)).toEqual(['obs-a']);
    expect((await listPracticeObservationsByObserver(store, 'ap-2')).map((o) => o.id)).toEqual(['obs-b']);
  });

  it('should list by worker, observer and status together, or all when no filter is given (OBS-5)', async () => {
    const store = await storeWithObservations();
    expect((await listPracticeObservations(store)).map((o) => o.id)).toEqual(['obs-b', 'obs-c', 'obs-a']);
    expect((await listPracticeObservations(store, { workerId: 'sw-1' })).map((o) => o.id)).toEqual(['obs-b', 'obs-a']);
    expect((await listPracticeObservations(store, { workerId: 'sw-1', observerId: 'tm-1' })).map((o) => o.id)).toEqual(['obs-a']);
    expect((await listPracticeObservations(store, { status: 'COMPLETED' })).map((o) => o.id)).toEqual(['obs-c']);
  });

  it("should give a worker's last observation, next due date 12 months on, not overdue (OBS-1)", async () => {
    const store = await storeWithObservations();
    const summary = await practiceObservationsOfWorker(store, 'sw-1', plainWorker, '2025-06-30');
    expect(summary.observations.map((o) => o.id)).toEqual(['obs-b', 'obs-a']);
    expect(summary).toMatchObject({ workerId: 'sw-1', lastObservedOn: '2025-03-15', nextDue: '2026-03-15', overdue: false });
  });

  it('should show a worker overdue the day after 12 months have passed (OBS-1)', async () => {
    const store = await storeWithObservations();
    expect(await practiceObservationsOfWorker(store, 'sw-2', plainWorker, '2026-01-10')).toMatchObject({ nextDue: '2026-01-10', overdue: false });
    expect(await practiceObservationsOfWorker(store, 'sw-2', plainWorker, '2026-01-11T09:00:00.000Z')).toMatchObject({ overdue: true });
  });

  it('should answer as at a past date, leaving out later observations (OBS-1)', async () => {
    const store = await storeWithObservations();
    expect(await practiceObservationsOfWorker(store, 'sw-1', plainWorker, '2025-03-01')).toMatchObject({
      lastObservedOn: '2024-05-20',
      nextDue: '2025-05-20',
      overdue: false,
    });
  });

  it('should use 6 months for a worker needing support (OBS-2)', async () => {
    const store = await storeWithObservations();
    const summary = await practiceObservationsOfWorker(store, 'sw-2', { needsPerformanceSupport: true, asye: false }, '2025-07-11');
    expect(summary).toMatchObject({ lastObservedOn: '2025-01-10', nextDue: '2025-07-10', overdue: true });
  });

  it('should use the ASYE schedule for a newly qualified worker (OBS-3)', async () => {
    const store = await storeWithObservations();
    const summary = await practiceObservationsOfWorker(
      store,
      'sw-3',
      { needsPerformanceSupport: false, asye: true, asyeSchedule: { startedOn: '2025-01-06' } },
      '2025-04-01',
    );
    expect(summary).toMatchObject({ observations: [], lastObservedOn: null, nextDue: '2025-04-06', overdue: false });
  });

  it('should show a worker never observed as overdue (OBS-1)', async () => {
    const store = await storeWithObservations();
    expect(await practiceObservationsOfWorker(store, 'sw-3', plainWorker, '2025-04-01')).toMatchObject({
      lastObservedOn: null,
      nextDue: null,
      overdue: true,
    });
  });
});

describe('When completed observations are not yet shared (OBS-5)', () => {
  it('should list them until shared with both the line manager and S&QA', async () => {
    const store = await storeWithObservations();
    expect((await listPracticeObservationsAwaitingSharing(store)).map((o) => o.id)).toEqual(['obs-c']);
    expect(await listPracticeObservationsAwaitingSharing(store, { observerId: 'ap-2' })).toEqual([]);

    const completed = (await getPracticeObservation(store, 'obs-c'))!;
    const sharedOnce = stream([...observations['obs-c']!, events.sharedWithLineManager()], { observationId: 'obs-c' }).at(-1)!;
    const afterLineManager = practiceObservationsProjection.evolve(completed, sharedOnce)!;
    await store.commit(practiceObservationsProjection.name, 100n, 101n, [
      { collection: PRACTICE_OBSERVATIONS_COLLECTION.name, id: 'obs-c', document: afterLineManager },
    ]);
    expect((await listPracticeObservationsAwaitingSharing(store)).map((o) => o.id)).toEqual(['obs-c']);

    const sharedTwice = stream([...observations['obs-c']!, events.sharedWithLineManager(), events.sharedWithSqa()], {
      observationId: 'obs-c',
    }).at(-1)!;
    await store.commit(practiceObservationsProjection.name, 101n, 102n, [
      {
        collection: PRACTICE_OBSERVATIONS_COLLECTION.name,
        id: 'obs-c',
        document: practiceObservationsProjection.evolve(afterLineManager, sharedTwice),
      },
    ]);
    expect(await listPracticeObservationsAwaitingSharing(store)).toEqual([]);
  });
});

describe('When every event was delivered twice', () => {
  it('should answer every query as if delivered once', async () => {
    const once = await storeWithObservations();
    const twice = await storeWithObservations(true);
    for (const id of Object.keys(observations)) {
      expect(await getPracticeObservation(twice, id)).toEqual(await getPracticeObservation(once, id));
    }
    expect(await practiceObservationsOfWorker(twice, 'sw-1', plainWorker, '2025-06-30')).toEqual(
      await practiceObservationsOfWorker(once, 'sw-1', plainWorker, '2025-06-30'),
    );
  });
});

describe('When asOf is not a date', () => {
  it('should refuse it naming the field', async () => {
    const store = await storeWithObservations();
    await expect(practiceObservationsOfWorker(store, 'sw-1', plainWorker, 'next week')).rejects.toMatchObject({
      code: 'PRACTICE_OBSERVATION.INVALID_DATE',
      field: 'asOf',
    });
  });
});
