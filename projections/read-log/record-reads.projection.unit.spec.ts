import { READ_LOG_EVENT_TYPES } from '../../libs/domain/src/index.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { ProjectionBatch } from '../../libs/read-store/src/projection-batch.js';
import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { ReadLogDocument } from './record-reads.document.js';
import { READ_LOG_SPAN_ID, RECORD_READS_COLLECTION, evolveReadLogDocument as evolve, recordReadsProjection } from './record-reads.projection.js';
import { action, audit, readEvent } from './record-reads.test-support.js';

const TM = { staffId: 'tm-001', role: 'TEAM_MANAGER' } as const;

/** What the runner does: each event's documents, each evolved with its own id, committed with the checkpoint. */
async function project(events: readonly RecordedEvent[]): Promise<MemoryReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(RECORD_READS_COLLECTION);
  const batch = new ProjectionBatch(recordReadsProjection, store, null);
  for (const event of events) await batch.apply(event);
  await batch.commit();
  return store;
}

describe('recordReads projection (issue 6 item 4)', () => {
  it('should be recordReads v1 over recordReads.v1, indexed by reader, kind, record, case and day, taking the read log\'s events', () => {
    expect(recordReadsProjection.name).toBe('recordReads');
    expect(recordReadsProjection.version).toBe(1);
    expect(RECORD_READS_COLLECTION).toEqual({ name: 'recordReads.v1', indexes: ['readerId', 'recordKind', 'recordId', 'caseId', 'readDay'] });
    expect(recordReadsProjection.handles).toEqual(READ_LOG_EVENT_TYPES);
  });

  describe('When a request read an audit and two actions', () => {
    const event = readEvent(TM, '2026-03-04T10:15:00.000Z', [audit('a-1', 'AZ-1'), action('r-1', 'AZ-1'), action('r-2', null)], {
      position: 42n,
      revision: 3,
      operationName: 'ReadAudit',
    });

    it('should touch one document per record read and the span of days', () => {
      expect(recordReadsProjection.documentIds(event)).toEqual(['42:0', '42:1', '42:2', READ_LOG_SPAN_ID]);
    });

    it('should hold who read which record of which case, when, by which query, and where the event is in the log', async () => {
      const store = await project([event]);
      expect(await store.get(RECORD_READS_COLLECTION.name, '42:1')).toEqual({
        id: '42:1',
        doc: 'READ',
        readerId: 'tm-001',
        readerRole: 'TEAM_MANAGER',
        readAt: '2026-03-04T10:15:00.000Z',
        readDay: '2026-03-04',
        operation: 'remedialActions',
        operationName: 'ReadAudit',
        recordKind: 'REMEDIAL_ACTION',
        recordId: 'r-1',
        caseId: 'AZ-1',
        streamId: 'readLog-tm-001@2026-03-04',
        revision: 3,
        position: '42',
        eventId: event.eventId,
        index: 1,
      });
      expect((await store.find(RECORD_READS_COLLECTION.name, { where: { caseId: 'AZ-1' } })).map((d) => d['id']).sort()).toEqual(['42:0', '42:1']);
      expect(await store.get(RECORD_READS_COLLECTION.name, READ_LOG_SPAN_ID)).toEqual({
        id: 'span',
        doc: 'SPAN',
        firstDay: '2026-03-04',
        lastDay: '2026-03-04',
        events: 1,
        records: 3,
        lastPosition: '42',
      });
    });
  });

  describe('When reads are recorded on several days', () => {
    it('should widen the span to the first and last day read', async () => {
      const store = await project([
        readEvent(TM, '2026-03-04T10:00:00.000Z', [audit('a-1', 'AZ-1')]),
        readEvent(TM, '2026-03-02T09:00:00.000Z', [audit('a-1', 'AZ-1')]),
        readEvent(TM, '2026-03-09T09:00:00.000Z', [audit('a-2', 'AZ-2')]),
      ]);
      expect(await store.get(RECORD_READS_COLLECTION.name, READ_LOG_SPAN_ID)).toMatchObject({ firstDay: '2026-03-02', lastDay: '2026-03-09', events: 3, records: 3 });
    });
  });

  describe('When the same event is delivered twice', () => {
    it('should change nothing the second time', async () => {
      const event = readEvent(TM, '2026-03-04T10:15:00.000Z', [audit('a-1', 'AZ-1'), action('r-1', 'AZ-1')]);
      const once = await project([event]);
      const twice = await project([event, event]);
      const all = async (store: MemoryReadStore) =>
        Promise.all(recordReadsProjection.documentIds(event).map((id) => store.get(RECORD_READS_COLLECTION.name, id)));
      expect(await all(twice)).toEqual(await all(once));

      const span = evolve(null, event, READ_LOG_SPAN_ID);
      expect(evolve(span, event, READ_LOG_SPAN_ID)).toBe(span);
      const first = evolve(null, event, `${event.position}:0`);
      expect(evolve(first, event, `${event.position}:0`)).toBe(first);
    });
  });

  describe('When a recorded event holds a record it cannot read', () => {
    it('should skip that record, keep the others, and never throw', () => {
      const event = readEvent(TM, '2026-03-04T10:15:00.000Z', [audit('a-1', 'AZ-1')]);
      const odd: RecordedEvent = {
        ...event,
        data: { ...event.data, records: [{ kind: 'UNKNOWN', id: 'x' }, 'not a record', { kind: 'CASE', id: 'AZ-9', caseId: 'AZ-9', operation: 'case' }] },
      };
      const documents = recordReadsProjection.documentIds(odd).map((id) => evolve(null, odd, id));
      expect(documents.map((d: ReadLogDocument | null) => (d === null ? null : d.id))).toEqual([null, null, `${odd.position}:2`, 'span']);
      expect(evolve(null, { ...event, data: null as never }, READ_LOG_SPAN_ID)).toMatchObject({ records: 0 });
      expect(evolve(null, event, 'someone-else:0')).toBeNull();
    });
  });
});
