import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { CASE_EVENT_TYPES, type CaseEvent } from '../../libs/domain/src/index.js';
import { fold, recorded, stream } from '../staff/people.test-support.js';
import type { CaseDocument } from './cases.document.js';
import { CASES_COLLECTION, casesProjection, evolveCaseDocument as evolve } from './cases.projection.js';
import { caseAsAt, getCase, listCases, listCasesOpenBetween, listOpenCases } from './cases.queries.js';

const NOW = '2025-06-12T14:00:00.000Z';
const opened = (azeusNumber: string, category: 'CIN' | 'CP' | 'LAC', teamId: string, allocatedWorkerId: string | null, openedOn: string): CaseEvent => ({
  type: 'CaseOpened',
  data: { azeusNumber, category, teamId, allocatedWorkerId, openedOn, recordedAt: NOW },
});

const lifecycle: CaseEvent[] = [
  opened('104233', 'CIN', 'north', 'sw-01', '2024-01-15'),
  { type: 'CaseRecategorised', data: { azeusNumber: '104233', category: 'CP', previousCategory: 'CIN', effectiveFrom: '2024-03-01', recordedAt: NOW } },
  { type: 'CaseReallocated', data: { azeusNumber: '104233', allocatedWorkerId: 'sw-02', previousWorkerId: 'sw-01', effectiveFrom: '2024-04-01', recordedAt: NOW } },
  { type: 'CaseTransferred', data: { azeusNumber: '104233', teamId: 'south', previousTeamId: 'north', effectiveFrom: '2024-05-01', recordedAt: NOW } },
  { type: 'CaseClosed', data: { azeusNumber: '104233', closedOn: '2024-09-30', recordedAt: NOW } },
  { type: 'CaseReopened', data: { azeusNumber: '104233', reopenedOn: '2025-02-03', recordedAt: NOW } },
];

describe('cases projection', () => {
  it('should be cases v1 over cases.v1, indexed for the caseload’s equality filters, handling every case event', () => {
    expect(casesProjection).toMatchObject({
      name: 'cases',
      version: 1,
      collection: { name: 'cases.v1', indexes: ['teamId', 'allocatedWorkerId', 'status', 'category'] },
    });
    expect([...casesProjection.handles].sort()).toEqual([...CASE_EVENT_TYPES].sort());
    expect(new Set(lifecycle.map((e) => e.type))).toEqual(new Set(CASE_EVENT_TYPES));
    expect(casesProjection.documentIds(recorded('case-104233', lifecycle[0]!, 0))).toEqual(['104233']);
    expect(casesProjection.documentIds(recorded('caseFileAudit-104233', lifecycle[0]!, 0))).toEqual([]);
  });

  describe('When a case is opened, changed, closed and reopened', () => {
    const doc = fold(evolve, stream('case-104233', lifecycle))!;

    it('should hold it as it is now, with its episodes', () => {
      expect(doc).toMatchObject({
        azeusNumber: '104233',
        category: 'CP',
        teamId: 'south',
        allocatedWorkerId: 'sw-02',
        status: 'OPEN',
        openedOn: '2025-02-03',
        closedOn: null,
        episodes: [
          { openedOn: '2024-01-15', closedOn: '2024-09-30' },
          { openedOn: '2025-02-03', closedOn: null },
        ],
        revision: 5,
      });
    });

    it('should answer who held it, in which team and category, as at any date', () => {
      expect(caseAsAt(doc, '2024-01-14')).toBeNull();
      expect(caseAsAt(doc, '2024-02-01')).toEqual({ azeusNumber: '104233', asAt: '2024-02-01', open: true, category: 'CIN', teamId: 'north', allocatedWorkerId: 'sw-01' });
      expect(caseAsAt(doc, '2024-04-15')).toMatchObject({ category: 'CP', teamId: 'north', allocatedWorkerId: 'sw-02' });
      expect(caseAsAt(doc, '2024-12-01')).toMatchObject({ open: false, teamId: 'south' });
      expect(caseAsAt(doc, '2025-02-03')).toMatchObject({ open: true });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const events = stream('case-104233', lifecycle);
      const once = fold(evolve, events);
      expect(events.reduce<CaseDocument | null>((d, e) => evolve(evolve(d, e), e), null)).toEqual(once);
      expect(fold(evolve, events, once)).toBe(once);
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw', () => {
      const doc = fold(evolve, stream('case-1', [opened('1', 'CIN', 'north', null, '2025-01-01')]))!;
      expect(evolve(doc, recorded('case-1', { type: 'CaseRecategorised', data: { category: 'ADOPTION', effectiveFrom: '2025-02-01' } }, 1))).toMatchObject({ category: 'CIN', revision: 1 });
      expect(evolve(doc, recorded('case-1', { type: 'CaseClosed', data: [] }, 1))).toMatchObject({ status: 'OPEN' });
      expect(evolve(null, recorded('case-1', { type: 'CaseOpened', data: { azeusNumber: '1' } }, 0))).toBeNull();
      expect(evolve(doc, recorded('case-1', { type: 'CaseArchived', data: {} }, 1))).toBe(doc);
    });
  });

  describe('When the caseload is queried', () => {
    let store: MemoryReadStore;
    beforeAll(async () => {
      store = new MemoryReadStore();
      await store.defineCollection(CASES_COLLECTION);
      const cases: Record<string, CaseEvent[]> = {
        '104233': lifecycle,
        '200001': [opened('200001', 'LAC', 'north', 'sw-01', '2025-03-01')],
        '200002': [opened('200002', 'CIN', 'north', null, '2025-05-20')],
        '200003': [opened('200003', 'CP', 'south', 'sw-03', '2023-06-01'), { type: 'CaseClosed', data: { azeusNumber: '200003', closedOn: '2025-01-10', recordedAt: NOW } }],
        '200004': [opened('200004', 'CP', 'south', 'sw-03', '2022-01-01'), { type: 'CaseClosed', data: { azeusNumber: '200004', closedOn: '2024-12-31', recordedAt: NOW } }],
      };
      await store.commit(
        'cases.v1',
        null,
        1n,
        Object.entries(cases).map(([id, h]) => ({ collection: CASES_COLLECTION.name, id, document: fold(evolve, stream(`case-${id}`, h)) })),
      );
    });
    afterAll(async () => {
      await store.close();
    });

    it('should find a case by its Azeus number', async () => {
      expect(await getCase(store, '200001')).toMatchObject({ category: 'LAC' });
      expect(await getCase(store, '999999')).toBeNull();
    });

    it('should list by team, by allocated worker, open cases and cases awaiting allocation', async () => {
      const ids = (docs: readonly CaseDocument[]) => docs.map((d) => d.id);
      expect(ids(await listCases(store, { teamId: 'north' }))).toEqual(['200001', '200002']);
      expect(ids(await listCases(store, { allocatedWorkerId: 'sw-03' }))).toEqual(['200003', '200004']);
      expect(ids(await listOpenCases(store))).toEqual(['104233', '200001', '200002']);
      expect(ids(await listOpenCases(store, { unallocated: true }))).toEqual(['200002']);
      expect(ids(await listCases(store, { category: 'CP', status: 'CLOSED' }))).toEqual(['200003', '200004']);
    });

    it('should list the cases open at any time in a year, as they then stood (the frame of CFA-1)', async () => {
      const year = await listCasesOpenBetween(store, '2025-01-01', '2025-12-31');
      expect(year.map((c) => [c.azeusNumber, c.teamId, c.open])).toEqual([
        ['104233', 'south', true],
        ['200001', 'north', true],
        ['200002', 'north', true],
        ['200003', 'south', true],
      ]);
      expect((await listCasesOpenBetween(store, '2024-10-01', '2025-01-31', { teamId: 'south' })).map((c) => c.azeusNumber)).toEqual(['200003', '200004']);
    });
  });
});
