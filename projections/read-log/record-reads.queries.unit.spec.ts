import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { ProjectionBatch } from '../../libs/read-store/src/projection-batch.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { RECORD_READS_COLLECTION, recordReadsProjection } from './record-reads.projection.js';
import { listRecordReads, type RecordReadFilter } from './record-reads.queries.js';
import { action, audit, caseHistory, readEvent } from './record-reads.test-support.js';

const TM = { staffId: 'tm-001', role: 'TEAM_MANAGER' } as const;
const SW = { staffId: 'sw-001', role: 'SOCIAL_WORKER' } as const;
const SQA = { staffId: 'sqao-001', role: 'SQA_OFFICER' } as const;

// Over three weeks: the TM reads audit a-1 (AZ-1) twice and lists two actions; the SW reads a-1 and
// AZ-1's history; S&QA reads audit a-2 (AZ-2) and a list of three actions, one of them r-1.
const events = [
  readEvent(TM, '2026-03-02T09:00:00.000Z', [audit('a-1', 'AZ-1')], { position: 10n }),
  readEvent(SW, '2026-03-02T11:00:00.000Z', [audit('a-1', 'AZ-1')], { position: 11n }),
  readEvent(TM, '2026-03-04T10:00:00.000Z', [action('r-1', 'AZ-1'), action('r-2', 'AZ-2')], { position: 12n }),
  readEvent(SQA, '2026-03-10T08:30:00.000Z', [audit('a-2', 'AZ-2')], { position: 13n }),
  readEvent(SW, '2026-03-16T14:00:00.000Z', [caseHistory('AZ-1')], { position: 14n }),
  readEvent(SQA, '2026-03-20T16:00:00.000Z', [action('r-1', 'AZ-1'), action('r-3', null), action('r-2', 'AZ-2')], { position: 15n }),
  readEvent(TM, '2026-03-23T09:00:00.000Z', [audit('a-1', 'AZ-1')], { position: 16n }),
];

async function storeWithReads(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(RECORD_READS_COLLECTION);
  const batch = new ProjectionBatch(recordReadsProjection, store, null);
  for (const event of events) await batch.apply(event);
  await batch.commit();
  return store;
}

const lines = async (store: ReadStore, filter: RecordReadFilter, first = 50) =>
  (await listRecordReads(store, filter, { first })).items.map((d) => `${d.readerId} ${d.recordKind} ${d.recordId} ${d.readDay}`);

describe('recordReads queries (issue 6 item 4)', () => {
  let store: ReadStore;
  beforeAll(async () => {
    store = await storeWithReads();
  });

  describe('When S&QA ask who read a record', () => {
    it('should list every read of it, newest first', async () => {
      expect(await lines(store, { recordKind: 'CASE_FILE_AUDIT', recordId: 'a-1' })).toEqual([
        'tm-001 CASE_FILE_AUDIT a-1 2026-03-23',
        'sw-001 CASE_FILE_AUDIT a-1 2026-03-02',
        'tm-001 CASE_FILE_AUDIT a-1 2026-03-02',
      ]);
      expect(await lines(store, { recordKind: 'REMEDIAL_ACTION', recordId: 'r-1', readerId: 'sqao-001' })).toEqual(['sqao-001 REMEDIAL_ACTION r-1 2026-03-20']);
    });
  });

  describe('When S&QA ask who read anything of a child\'s case', () => {
    it('should list the reads of its records and of its history, within the period asked', async () => {
      expect(await lines(store, { caseId: 'AZ-1', from: '2026-03-03T00:00:00.000Z', to: '2026-03-20T23:59:59.999Z' })).toEqual([
        'sqao-001 REMEDIAL_ACTION r-1 2026-03-20',
        'sw-001 CASE_HISTORY AZ-1 2026-03-16',
        'tm-001 REMEDIAL_ACTION r-1 2026-03-04',
      ]);
    });
  });

  describe('When S&QA ask what a person read', () => {
    it('should list what they read, newest first, records of one request in the order returned', async () => {
      expect(await lines(store, { readerId: 'tm-001' })).toEqual([
        'tm-001 CASE_FILE_AUDIT a-1 2026-03-23',
        'tm-001 REMEDIAL_ACTION r-1 2026-03-04',
        'tm-001 REMEDIAL_ACTION r-2 2026-03-04',
        'tm-001 CASE_FILE_AUDIT a-1 2026-03-02',
      ]);
      expect(await lines(store, { readerId: 'sqao-001', recordKind: 'REMEDIAL_ACTION', to: '2026-03-20T15:00:00.000Z' })).toEqual([]);
    });
  });

  describe('When S&QA ask for every read of a kind, or every read in a period', () => {
    it('should read the days asked, newest first', async () => {
      expect(await lines(store, { recordKind: 'CASE_FILE_AUDIT' })).toEqual([
        'tm-001 CASE_FILE_AUDIT a-1 2026-03-23',
        'sqao-001 CASE_FILE_AUDIT a-2 2026-03-10',
        'sw-001 CASE_FILE_AUDIT a-1 2026-03-02',
        'tm-001 CASE_FILE_AUDIT a-1 2026-03-02',
      ]);
      expect(await lines(store, { from: '2026-03-10T00:00:00.000Z', to: '2026-03-16T23:59:59.999Z' })).toEqual([
        'sw-001 CASE_HISTORY AZ-1 2026-03-16',
        'sqao-001 CASE_FILE_AUDIT a-2 2026-03-10',
      ]);
    });
  });

  describe('When the reads are read a page at a time', () => {
    it('should give each read once, in order, and say when there are no more', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = await listRecordReads(store, {}, { first: 3, ...(after !== undefined ? { after } : {}) });
        seen.push(...page.items.map((d) => d.id));
        if (!page.hasMore) break;
        after = page.endCursor!;
      }
      expect(seen).toEqual(['16:0', '15:0', '15:1', '15:2', '14:0', '13:0', '12:0', '12:1', '11:0', '10:0']);
    });

    it('should page a record\'s reads the same way', async () => {
      const first = await listRecordReads(store, { caseId: 'AZ-1' }, { first: 2 });
      const next = await listRecordReads(store, { caseId: 'AZ-1' }, { first: 10, after: first.endCursor! });
      expect([...first.items, ...next.items].map((d) => d.id)).toEqual(['16:0', '15:0', '14:0', '12:0', '11:0', '10:0']);
      expect(first.hasMore).toBe(true);
      expect(next.hasMore).toBe(false);
    });

    it('should refuse a cursor it did not hand out', async () => {
      await expect(listRecordReads(store, {}, { first: 3, after: '99:0' })).rejects.toBeInstanceOf(RangeError);
      await expect(listRecordReads(store, {}, { first: 3, after: 'span' })).rejects.toBeInstanceOf(RangeError);
    });
  });

  describe('When nothing has been read', () => {
    it('should answer an empty page', async () => {
      const empty = new MemoryReadStore();
      await empty.defineCollection(RECORD_READS_COLLECTION);
      expect(await listRecordReads(empty, { readerId: 'tm-001' }, { first: 5 })).toEqual({ items: [], hasMore: false, endCursor: null });
    });
  });
});
