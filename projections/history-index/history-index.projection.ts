import * as domain from '../../libs/domain/src/index.js';
import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import type {
  HistoryMonth,
  HistoryReference,
  HistoryReferencesDocument,
  HistorySubjectDocument,
} from './history-index.document.js';
import { actorOf, businessTimeOf, caseSubject, monthOf, recordSubject, staffSubject, subjectsOf } from './history-subjects.js';

/**
 * Reads of child-level records (issue 6 item 4) are an access log, queried through `recordReads`:
 * not something done to a case or by a person. Indexing them would also make every read of a
 * history a new entry in it.
 */
export const NOT_HISTORY_EVENT_TYPES: readonly string[] = domain.READ_LOG_EVENT_TYPES;

/**
 * Every event type of every strand: each strand exports its `<STRAND>_EVENT_TYPES` from
 * libs/domain, so a strand added later is indexed without a change here (a unit test checks
 * every event type declared in libs/domain is in this list, or in NOT_HISTORY_EVENT_TYPES).
 */
export const HISTORY_EVENT_TYPES: readonly string[] = [
  ...new Set(
    Object.entries(domain as Record<string, unknown>)
      .filter(([name, value]) => name.endsWith('_EVENT_TYPES') && Array.isArray(value))
      .flatMap(([, value]) => (value as unknown[]).filter((type): type is string => typeof type === 'string'))
      .filter((type) => !NOT_HISTORY_EVENT_TYPES.includes(type)),
  ),
].sort();

export const HISTORY_REFERENCES_COLLECTION: CollectionDefinition = { name: 'historyReferences.v1', indexes: [] };
export const HISTORY_SUBJECTS_COLLECTION: CollectionDefinition = { name: 'historySubjects.v1', indexes: [] };

/** The id of a subject's chunk for a month. */
export function referencesChunkId(subject: string, month: string): string {
  return `${subject}@${month}`;
}

/** The case and staff subjects an event concerns (records are read from their stream). */
export function referencedSubjects(event: RecordedEvent): string[] {
  const { cases, staff } = subjectsOf(event);
  return [...[...cases.keys()].map(caseSubject), ...[...staff.keys()].map(staffSubject)];
}

/**
 * REP-3: references to every event under each case and member of staff it concerns, one
 * document per subject per month. Idempotent by global position; never throws.
 */
export const historyReferencesProjection: Projection<HistoryReferencesDocument> = {
  name: 'historyReferences',
  version: 1,
  collection: HISTORY_REFERENCES_COLLECTION,
  handles: HISTORY_EVENT_TYPES,
  documentIds(event) {
    const month = monthOf(businessTimeOf(event));
    return referencedSubjects(event).map((subject) => referencesChunkId(subject, month));
  },
  evolve: evolveHistoryReferences,
};

/** REP-3: each subject's months (cases, staff and records), so queries know which chunks to read. */
export const historySubjectsProjection: Projection<HistorySubjectDocument> = {
  name: 'historySubjects',
  version: 1,
  collection: HISTORY_SUBJECTS_COLLECTION,
  handles: HISTORY_EVENT_TYPES,
  documentIds(event) {
    return [...referencedSubjects(event), recordSubject(event.streamId)];
  },
  evolve: evolveHistorySubject,
};

export function historyReferenceOf(event: RecordedEvent): HistoryReference {
  return {
    streamId: event.streamId,
    revision: event.revision,
    position: event.position.toString(10),
    type: event.type,
    at: businessTimeOf(event),
    actor: actorOf(event),
  };
}

function alreadyFolded(document: { readonly lastPosition: string } | null, event: RecordedEvent): boolean {
  return document !== null && BigInt(document.lastPosition) >= event.position;
}

export function evolveHistoryReferences(document: HistoryReferencesDocument | null, event: RecordedEvent): HistoryReferencesDocument {
  if (document !== null && alreadyFolded(document, event)) return document;
  const reference = historyReferenceOf(event);
  return {
    month: monthOf(reference.at),
    references: [...(document?.references ?? []), reference],
    lastPosition: reference.position,
  };
}

export function evolveHistorySubject(document: HistorySubjectDocument | null, event: RecordedEvent): HistorySubjectDocument {
  if (document !== null && alreadyFolded(document, event)) return document;
  const at = businessTimeOf(event);
  const month = monthOf(at);
  const position = event.position.toString(10);
  const months: HistoryMonth[] = [...(document?.months ?? [])];
  const index = months.findIndex((m) => m.month === month);
  if (index === -1) {
    months.push({ month, events: 1, firstPosition: position, lastPosition: position });
    months.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  } else {
    months[index] = { ...months[index]!, events: months[index]!.events + 1, lastPosition: position };
  }
  return {
    events: (document?.events ?? 0) + 1,
    months,
    firstAt: document === null || at < document.firstAt ? at : document.firstAt,
    lastAt: document === null || at > document.lastAt ? at : document.lastAt,
    lastPosition: position,
  };
}
