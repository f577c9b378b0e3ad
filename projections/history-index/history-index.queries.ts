import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { HistoryReference, HistoryReferencesDocument, HistorySubjectDocument } from './history-index.document.js';
import { HISTORY_REFERENCES_COLLECTION, HISTORY_SUBJECTS_COLLECTION, referencesChunkId } from './history-index.projection.js';
import { monthOf } from './history-subjects.js';

/**
 * "As it stood at" a date or instant (REP-3) as a UTC ISO instant: a date (YYYY-MM-DD) means the
 * end of that day, so everything recorded on it counts. Null when not given; throws RangeError on
 * what is neither.
 */
export function asOfInstant(asOf: string | null | undefined): string | null {
  if (asOf === null || asOf === undefined) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    const end = Date.parse(`${asOf}T23:59:59.999Z`);
    if (!Number.isNaN(end)) return new Date(end).toISOString();
  } else {
    const parsed = Date.parse(asOf);
    if (!Number.isNaN(parsed) && /^\d{4}-\d{2}-\d{2}T/.test(asOf)) return new Date(parsed).toISOString();
  }
  throw new RangeError(`asOf must be a date (YYYY-MM-DD) or an ISO-8601 instant, got ${JSON.stringify(asOf)}`);
}

export interface SubjectReferences {
  readonly subject: HistorySubjectDocument | null;
  /** In log order, only those with business time at or before asOf. */
  readonly references: readonly HistoryReference[];
}

/** The indexed references of one subject (`case:…`, `staff:…`), up to asOf (a UTC instant, or null for all). */
export async function subjectReferences(readStore: ReadStore, subject: string, asOf: string | null): Promise<SubjectReferences> {
  const document = await readStore.get<HistorySubjectDocument>(HISTORY_SUBJECTS_COLLECTION.name, subject);
  if (document === null) return { subject: null, references: [] };
  const lastMonth = asOf === null ? null : monthOf(asOf);
  const months = document.months.filter((m) => lastMonth === null || m.month <= lastMonth);
  const chunks = await Promise.all(
    months.map((m) => readStore.get<HistoryReferencesDocument>(HISTORY_REFERENCES_COLLECTION.name, referencesChunkId(subject, m.month))),
  );
  const references = chunks
    .flatMap((chunk) => chunk?.references ?? [])
    .filter((reference) => asOf === null || reference.at <= asOf)
    .sort((a, b) => comparePositions(a.position, b.position));
  return { subject: document, references };
}

/** The months a subject has events in, with their counts; null when nothing concerns it. */
export function getHistorySubject(readStore: ReadStore, subject: string): Promise<HistorySubjectDocument | null> {
  return readStore.get<HistorySubjectDocument>(HISTORY_SUBJECTS_COLLECTION.name, subject);
}

export function comparePositions(a: string | bigint, b: string | bigint): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
