import type { Role } from '../../libs/domain/src/index.js';
import type { SupervisionLearningSummaryEvent } from '../../libs/domain/src/supervision-learning-summary/index.js';
import { events } from '../../libs/domain/src/supervision-learning-summary/supervision-learning-summary.fixtures.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { StaffMemberDocument } from '../staff/staff.document.js';
import { STAFF_COLLECTION } from '../staff/staff.projection.js';
import type { SupervisionLearningSummaryDocument } from './supervision-learning-summaries.document.js';
import { SUPERVISION_LEARNING_SUMMARIES_COLLECTION, supervisionLearningSummariesProjection } from './supervision-learning-summaries.projection.js';
import {
  getSupervisionLearningSummaryFor,
  listMissingSupervisionLearningSummaries,
  listSupervisionLearningSummaries,
} from './supervision-learning-summaries.queries.js';
import { stream } from './supervision-learning-summaries.test-support.js';

function staff(staffId: string, name: string, role: Role, startDate = '2019-01-01', leavingDate: string | null = null): StaffMemberDocument {
  return {
    id: staffId,
    staffId,
    name,
    role,
    teamId: null,
    lineManagerId: null,
    startDate,
    leavingDate,
    status: leavingDate === null ? 'ACTIVE' : 'LEFT',
    inAsye: false,
    needsPerformanceSupport: false,
    history: {
      role: [{ value: role, effectiveFrom: startDate }],
      teamId: [{ value: null, effectiveFrom: startDate }],
      lineManagerId: [{ value: null, effectiveFrom: startDate }],
      inAsye: [{ value: false, effectiveFrom: startDate }],
      needsPerformanceSupport: [{ value: false, effectiveFrom: startDate }],
    },
    revision: 0,
    registeredAt: `${startDate}T09:00:00.000Z`,
    lastUpdatedAt: `${startDate}T09:00:00.000Z`,
  };
}

// Four Heads of Service in 2025-Q2: hos-1 submitted, hos-2 has a draft, hos-3 wrote nothing,
// hos-4 left in May (owes nothing at the quarter's end), hos-5 starts in Q3; and a TM.
const people = [
  staff('hos-1', 'Callum Pemberton', 'HEAD_OF_SERVICE'),
  staff('hos-2', 'Nadia Fairweather', 'HEAD_OF_SERVICE'),
  staff('hos-3', 'Asha Reddy', 'HEAD_OF_SERVICE'),
  staff('hos-4', 'Bryn Hughes', 'HEAD_OF_SERVICE', '2019-01-01', '2025-05-31'),
  staff('hos-5', 'Cara Doyle', 'HEAD_OF_SERVICE', '2025-07-01'),
  staff('tm-1', 'Priyanka Desai', 'TEAM_MANAGER'),
];

const summaries: { headOfServiceId: string; quarter: string; history: SupervisionLearningSummaryEvent[] }[] = [
  { headOfServiceId: 'hos-1', quarter: '2025-Q2', history: [events.drafted(), events.submitted()] },
  { headOfServiceId: 'hos-2', quarter: '2025-Q2', history: [events.drafted()] },
  { headOfServiceId: 'hos-3', quarter: '2025-Q1', history: [events.drafted(), events.submitted(), events.reviewed()] },
];

async function storeWith(twice = false): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(STAFF_COLLECTION);
  await store.defineCollection(SUPERVISION_LEARNING_SUMMARIES_COLLECTION);
  await store.commit('staff.v1', null, 1n, people.map((p) => ({ collection: STAFF_COLLECTION.name, id: p.id, document: p })));
  const changes = summaries.map(({ headOfServiceId, quarter, history }) => {
    const recorded = stream(history, { headOfServiceId, quarter });
    const delivered = twice ? recorded.flatMap((e) => [e, e]) : recorded;
    const document = delivered.reduce<SupervisionLearningSummaryDocument | null>((d, e) => supervisionLearningSummariesProjection.evolve(d, e), null);
    return { collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id: document!.id, document };
  });
  await store.commit('supervisionLearningSummaries.v1', null, 100n, changes);
  return store;
}

describe('Supervision learning summary queries (SUP-6)', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await storeWith();
  });

  describe('When asked for a Head of Service summary for a quarter', () => {
    it('should return it, or null where none is written', async () => {
      expect((await getSupervisionLearningSummaryFor(store, 'hos-1', '2025-Q2'))?.status).toBe('SUBMITTED');
      expect(await getSupervisionLearningSummaryFor(store, 'hos-3', '2025-Q2')).toBeNull();
    });

    it('should refuse a quarter not written YYYY-Qn (SUP-6)', async () => {
      await expect(getSupervisionLearningSummaryFor(store, 'hos-1', '2025-05')).rejects.toMatchObject({ field: 'quarter', rule: 'SUP-6' });
    });
  });

  describe('When listing summaries', () => {
    it('should filter by quarter, Head of Service and status, latest quarter first (SUP-6)', async () => {
      const ids = (docs: readonly SupervisionLearningSummaryDocument[]) => docs.map((d) => d.id);
      expect(ids(await listSupervisionLearningSummaries(store))).toEqual(['hos-1-2025-Q2', 'hos-2-2025-Q2', 'hos-3-2025-Q1']);
      expect(ids(await listSupervisionLearningSummaries(store, { status: 'SUBMITTED' }))).toEqual(['hos-1-2025-Q2']);
      expect(ids(await listSupervisionLearningSummaries(store, { quarter: '2025-Q1', headOfServiceId: 'hos-3' }))).toEqual(['hos-3-2025-Q1']);
    });
  });

  describe('When asked who has not submitted for a quarter', () => {
    it('should name the Heads of Service in post at its end with no summary or only a draft (SUP-6)', async () => {
      expect(await listMissingSupervisionLearningSummaries(store, '2025-Q2', '2025-08-01')).toEqual([
        { headOfServiceId: 'hos-3', name: 'Asha Reddy', quarter: '2025-Q2', status: 'NOT_WRITTEN', summaryId: null, asAt: '2025-06-30' },
        { headOfServiceId: 'hos-2', name: 'Nadia Fairweather', quarter: '2025-Q2', status: 'DRAFT', summaryId: 'hos-2-2025-Q2', asAt: '2025-06-30' },
      ]);
    });

    it('should read the staff list on asOf while the quarter runs, and owe nothing before it begins (SUP-6)', async () => {
      const during = await listMissingSupervisionLearningSummaries(store, '2025-Q2', '2025-05-15T10:00:00.000Z');
      expect(during.map((m) => [m.headOfServiceId, m.asAt])).toEqual([
        ['hos-3', '2025-05-15'],
        ['hos-4', '2025-05-15'],
        ['hos-2', '2025-05-15'],
      ]);
      expect(await listMissingSupervisionLearningSummaries(store, '2025-Q3', '2025-06-30')).toEqual([]);
    });

    it('should count a reviewed summary as submitted (SUP-6)', async () => {
      expect((await listMissingSupervisionLearningSummaries(store, '2025-Q1', '2025-04-10')).map((m) => m.headOfServiceId)).toEqual(['hos-4', 'hos-1', 'hos-2']);
    });
  });

  describe('When every event was delivered twice', () => {
    it('should answer every query the same', async () => {
      const twice = await storeWith(true);
      expect(await listSupervisionLearningSummaries(twice)).toEqual(await listSupervisionLearningSummaries(store));
      expect(await listMissingSupervisionLearningSummaries(twice, '2025-Q2', '2025-08-01')).toEqual(
        await listMissingSupervisionLearningSummaries(store, '2025-Q2', '2025-08-01'),
      );
    });
  });
});
