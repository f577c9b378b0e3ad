import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { AnnualSampleDocument } from './annual-sample.document.js';
import { sampleHistory } from './annual-sample.fixtures.js';
import { ANNUAL_SAMPLE_COLLECTION, annualSampleProjection } from './annual-sample.projection.js';
import { getAnnualSample, listAnnualSampleAllocation, listAnnualSamples } from './annual-sample.queries.js';
import { stream } from './annual-sample.test-support.js';

const y2024 = sampleHistory(2024);
const y2025 = sampleHistory(2025);

async function storeWithSamples(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(ANNUAL_SAMPLE_COLLECTION);
  const documents = [
    stream([y2024.drawn, y2024.allocated, y2024.reallocated], { year: 2024 }),
    stream([y2025.drawn], { year: 2025 }),
  ].map((history) =>
    history.reduce<AnnualSampleDocument | null>((doc, event) => annualSampleProjection.evolve(doc, event), null)!,
  );
  await store.commit(
    'annualSample.v1',
    null,
    10n,
    documents.map((document) => ({ collection: ANNUAL_SAMPLE_COLLECTION.name, id: document.id, document })),
  );
  return store;
}

describe('Annual sample queries (CFA-1)', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await storeWithSamples();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('When the sample of a year is read', () => {
    it('should return it with its cases', async () => {
      const sample = await getAnnualSample(store, 2024);
      expect(sample).toMatchObject({ id: '2024', year: 2024, status: 'ALLOCATED', seed: y2024.drawn.data.seed });
      expect(sample!.cases).toHaveLength(50);
    });

    it('should return null for a year not drawn', async () => {
      expect(await getAnnualSample(store, 2023)).toBeNull();
    });

    it('should list the samples by year, and by status', async () => {
      expect((await listAnnualSamples(store)).map((s) => s.id)).toEqual(['2024', '2025']);
      expect((await listAnnualSamples(store, { status: 'DRAWN' })).map((s) => s.id)).toEqual(['2025']);
    });
  });

  describe("When a year's allocation is listed", () => {
    it('should give each case with its stratum, auditor and due date, by due date', async () => {
      const rows = await listAnnualSampleAllocation(store, { year: 2024 });
      expect(rows).toHaveLength(50);
      const dueDates = rows.map((r) => r.dueDate!);
      expect(dueDates).toEqual([...dueDates].sort());
      const reallocatedRow = rows.find((r) => r.azeusNumber === y2024.reallocated.data.azeusNumber)!;
      expect(reallocatedRow).toMatchObject({ year: 2024, auditorId: 'staff-ap-0777', auditorTeamId: 'east-cin' });
      const other = y2024.allocated.data.allocations.find((a) => a.azeusNumber !== reallocatedRow.azeusNumber)!;
      expect(rows.find((r) => r.azeusNumber === other.azeusNumber)).toEqual({
        year: 2024,
        azeusNumber: other.azeusNumber,
        teamId: other.teamId,
        category: other.category,
        stratum: other.stratum,
        recentlyAudited: false,
        auditorId: other.auditorId,
        auditorTeamId: other.auditorTeamId,
        dueDate: other.dueDate,
        allocatedWorkerId: other.allocatedWorkerId,
      });
    });

    it('should list a drawn but unallocated year with no auditors or due dates', async () => {
      const rows = await listAnnualSampleAllocation(store, { year: 2025 });
      expect(rows).toHaveLength(50);
      expect(rows.every((r) => r.auditorId === null && r.dueDate === null)).toBe(true);
    });

    it('should filter by auditor, team, category and due date', async () => {
      const auditorId = y2024.allocated.data.allocations[10]!.auditorId;
      const byAuditor = await listAnnualSampleAllocation(store, { auditorId });
      expect(byAuditor.length).toBeGreaterThan(0);
      expect(byAuditor.every((r) => r.auditorId === auditorId && r.year === 2024)).toBe(true);

      const teamId = y2025.drawn.data.drawn[0]!.teamId;
      const byTeam = await listAnnualSampleAllocation(store, { teamId });
      expect(byTeam.every((r) => r.teamId === teamId)).toBe(true);
      expect(byTeam.some((r) => r.year === 2025)).toBe(true);

      const byCategory = await listAnnualSampleAllocation(store, { year: 2024, category: 'CP' });
      expect(byCategory.map((r) => r.azeusNumber).sort()).toEqual(
        y2024.drawn.data.drawn.filter((c) => c.category === 'CP').map((c) => c.azeusNumber).sort(),
      );

      const dueByMarch = await listAnnualSampleAllocation(store, { year: 2024, dueOnOrBefore: '2024-03-31' });
      expect(dueByMarch.length).toBeGreaterThan(0);
      expect(dueByMarch.every((r) => r.dueDate! <= '2024-03-31')).toBe(true);
    });

    it('should list nothing for a year not drawn', async () => {
      expect(await listAnnualSampleAllocation(store, { year: 2023 })).toEqual([]);
    });
  });
});
