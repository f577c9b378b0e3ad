import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { events } from '../../libs/domain/src/practice-observation/practice-observation.fixtures.js';
import { STAFF_COLLECTION, staffProjection } from '../staff/staff.projection.js';
import type { StaffMemberDocument } from '../staff/staff.document.js';
import type { PracticeObservationDocument } from './practice-observations.document.js';
import { PRACTICE_OBSERVATIONS_COLLECTION, practiceObservationsProjection } from './practice-observations.projection.js';
import { asyeStartedOn, observationDueDatesForTeam, observationDueForWorker } from './practice-observations-due.queries.js';
import { stream } from './practice-observations.test-support.js';

const SCHEDULE = { asyeScheduleMonths: [3, 6, 12] };

function staff(staffId: string, overrides: Partial<StaffMemberDocument> = {}): StaffMemberDocument {
  return {
    id: staffId,
    staffId,
    name: staffId,
    role: 'SOCIAL_WORKER',
    teamId: 'team-1',
    lineManagerId: 'tm-1',
    startDate: '2020-01-01',
    leavingDate: null,
    status: 'ACTIVE',
    inAsye: false,
    needsPerformanceSupport: false,
    history: {
      role: [{ value: 'SOCIAL_WORKER', effectiveFrom: '2020-01-01' }],
      teamId: [{ value: 'team-1', effectiveFrom: '2020-01-01' }],
      lineManagerId: [{ value: 'tm-1', effectiveFrom: '2020-01-01' }],
      inAsye: [{ value: false, effectiveFrom: '2020-01-01' }],
      needsPerformanceSupport: [{ value: false, effectiveFrom: '2020-01-01' }],
    },
    revision: 0,
    registeredAt: '2020-01-01T00:00:00.000Z',
    lastUpdatedAt: '2020-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const plain = staff('sw-plain');
const supported = staff('sw-support', {
  needsPerformanceSupport: true,
  history: { ...plain.history, needsPerformanceSupport: [{ value: false, effectiveFrom: '2020-01-01' }, { value: true, effectiveFrom: '2025-01-01' }] },
});
const asye = staff('sw-asye', {
  startDate: '2025-09-01',
  inAsye: true,
  history: { ...plain.history, inAsye: [{ value: true, effectiveFrom: '2025-09-01' }] },
});

async function storeWith(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(STAFF_COLLECTION);
  await store.defineCollection(PRACTICE_OBSERVATIONS_COLLECTION);
  await store.commit(staffProjection.name, null, 1n, [plain, supported, asye].map((s) => ({ collection: STAFF_COLLECTION.name, id: s.id, document: s })));
  const observed = stream([events.recorded({ workerId: 'sw-support', observedOn: '2025-03-01' })], { observationId: 'obs-s' }).reduce<PracticeObservationDocument | null>(
    (doc, event) => practiceObservationsProjection.evolve(doc, event),
    null,
  );
  await store.commit(practiceObservationsProjection.name, null, 1n, [{ collection: PRACTICE_OBSERVATIONS_COLLECTION.name, id: 'obs-s', document: observed }]);
  return store;
}

describe('When the due date is asked for a worker the staff directory knows', () => {
  it('should show a worker never observed as due at once under OBS-1', async () => {
    const due = await observationDueForWorker(await storeWith(), 'sw-plain', '2025-10-01', SCHEDULE);
    expect(due).toMatchObject({ rule: 'OBS-1', lastObservedOn: null, nextDue: null, overdue: true, name: 'sw-plain' });
  });

  it("should take the directory's performance support flag as at asOf: 6 months (OBS-2)", async () => {
    const store = await storeWith();
    expect(await observationDueForWorker(store, 'sw-support', '2025-06-01', SCHEDULE)).toMatchObject({
      rule: 'OBS-2',
      needsPerformanceSupport: true,
      lastObservedOn: '2025-03-01',
      nextDue: '2025-09-01',
      overdue: false,
      observationIds: ['obs-s'],
    });
    expect(await observationDueForWorker(store, 'sw-support', '2025-09-02', SCHEDULE)).toMatchObject({ overdue: true });
  });

  it('should let the caller override the flags (OBS-1)', async () => {
    const due = await observationDueForWorker(await storeWith(), 'sw-support', '2025-06-01', { ...SCHEDULE, needsPerformanceSupport: false });
    expect(due).toMatchObject({ rule: 'OBS-1', nextDue: '2026-03-01' });
  });

  it('should count the ASYE schedule from the day the directory shows the ASYE year began, with the configured months (OBS-3)', async () => {
    const store = await storeWith();
    expect(await observationDueForWorker(store, 'sw-asye', '2025-10-01', SCHEDULE)).toMatchObject({
      rule: 'OBS-3',
      asye: true,
      asyeStartedOn: '2025-09-01',
      asyeScheduleMonths: [3, 6, 12],
      nextDue: '2025-12-01',
      overdue: false,
    });
    expect(await observationDueForWorker(store, 'sw-asye', '2025-10-01', { asyeScheduleMonths: [1, 12] })).toMatchObject({ nextDue: '2025-10-01' });
  });

  it('should refuse an ASYE worker with no known start, naming asyeStartedOn (OBS-3)', async () => {
    await expect(observationDueForWorker(await storeWith(), 'sw-unknown', '2025-10-01', { ...SCHEDULE, asye: true })).rejects.toMatchObject({
      code: 'PRACTICE_OBSERVATION.SCHEDULE_INVALID',
      field: 'asyeStartedOn',
      rule: 'OBS-3',
    });
  });
});

describe('When the due dates of a team are asked (OBS-1..OBS-3)', () => {
  it('should list every member in post at asOf with their rule', async () => {
    const dues = await observationDueDatesForTeam(await storeWith(), 'team-1', '2025-10-01', SCHEDULE);
    expect(dues.map((d) => [d.workerId, d.rule])).toEqual([
      ['sw-asye', 'OBS-3'],
      ['sw-plain', 'OBS-1'],
      ['sw-support', 'OBS-2'],
    ]);
  });
});

describe('When the ASYE year is read from the directory history (OBS-3)', () => {
  it('should start at the unbroken run of ASYE periods holding the date', () => {
    const history = {
      ...plain.history,
      inAsye: [
        { value: true, effectiveFrom: '2024-01-01' },
        { value: false, effectiveFrom: '2024-06-01' },
        { value: true, effectiveFrom: '2025-02-01' },
        { value: true, effectiveFrom: '2025-05-01' },
      ],
    };
    const document = staff('sw-x', { history });
    expect(asyeStartedOn(document, '2025-06-01')).toBe('2025-02-01');
    expect(asyeStartedOn(document, '2024-07-01')).toBeNull();
  });
});
