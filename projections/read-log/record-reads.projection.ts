import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { CHILD_RECORD_KINDS, READ_LOG_EVENT_TYPES, ROLES, type ChildRecordKind, type Role } from '../../libs/domain/src/index.js';
import { businessTime, dataOf, isRecord, text } from '../staff/recorded-event-fields.js';
import type { ReadLogDocument, ReadLogSpanDocument, RecordReadDocument } from './record-reads.document.js';

export const RECORD_READS_COLLECTION: CollectionDefinition = {
  name: 'recordReads.v1',
  indexes: ['readerId', 'recordKind', 'recordId', 'caseId', 'readDay'],
};

export const READ_LOG_SPAN_ID = 'span';

/** The id of the document of the index-th record of the read event at a position. */
export function recordReadId(position: bigint | string, index: number): string {
  return `${position.toString()}:${index}`;
}

/**
 * Issue 6 item 4: every child-level record read, one document each, and the span of days read.
 * Pure, idempotent (a read's document never changes once made; the span counts each position
 * once), and never throws on a recorded event: a record it cannot read is skipped.
 */
export const recordReadsProjection: Projection<ReadLogDocument> = {
  name: 'recordReads',
  version: 1,
  collection: RECORD_READS_COLLECTION,
  handles: READ_LOG_EVENT_TYPES,
  documentIds(event) {
    const records = dataOf(event)['records'];
    const count = Array.isArray(records) ? records.length : 0;
    return [...Array.from({ length: count }, (_, i) => recordReadId(event.position, i)), READ_LOG_SPAN_ID];
  },
  evolve: evolveReadLogDocument,
};

export function evolveReadLogDocument(document: ReadLogDocument | null, event: RecordedEvent, id?: string): ReadLogDocument | null {
  if (id === READ_LOG_SPAN_ID) return evolveSpan(document?.doc === 'SPAN' ? document : null, event);
  if (document !== null || id === undefined) return document;
  const prefix = `${event.position.toString()}:`;
  if (!id.startsWith(prefix)) return null;
  return recordRead(event, Number(id.slice(prefix.length)));
}

function recordRead(event: RecordedEvent, index: number): RecordReadDocument | null {
  const data = dataOf(event);
  const records = Array.isArray(data['records']) ? data['records'] : [];
  const record = Number.isInteger(index) ? records[index] : undefined;
  if (!isRecord(record)) return null;
  const recordKind = oneOf<ChildRecordKind>(CHILD_RECORD_KINDS, record['kind']);
  const recordId = text(record['id']);
  const readerId = text(data['readerId']) ?? readerOf(event);
  if (recordKind === null || recordId === null || readerId === null) return null;
  const readAt = text(data['readAt']) ?? businessTime(event);
  return {
    id: recordReadId(event.position, index),
    doc: 'READ',
    readerId,
    readerRole: oneOf<Role>(ROLES, data['readerRole']),
    readAt,
    readDay: readAt.slice(0, 10),
    operation: text(record['operation']) ?? '',
    operationName: text(data['operationName']),
    recordKind,
    recordId,
    caseId: text(record['caseId']),
    streamId: event.streamId,
    revision: event.revision,
    position: event.position.toString(),
    eventId: event.eventId,
    index,
  };
}

function evolveSpan(document: ReadLogSpanDocument | null, event: RecordedEvent): ReadLogSpanDocument {
  if (document !== null && BigInt(document.lastPosition) >= event.position) return document;
  const data = dataOf(event);
  const day = (text(data['readAt']) ?? businessTime(event)).slice(0, 10);
  const records = Array.isArray(data['records']) ? data['records'].length : 0;
  return {
    id: 'span',
    doc: 'SPAN',
    firstDay: document === null || day < document.firstDay ? day : document.firstDay,
    lastDay: document === null || day > document.lastDay ? day : document.lastDay,
    events: (document?.events ?? 0) + 1,
    records: (document?.records ?? 0) + records,
    lastPosition: event.position.toString(),
  };
}

function readerOf(event: RecordedEvent): string | null {
  const actor = isRecord(event.metadata) ? event.metadata['actor'] : undefined;
  return isRecord(actor) ? text(actor['staffId']) : null;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}
