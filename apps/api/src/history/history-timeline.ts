import type { EventData, EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';
import { verifyChain } from '../../../../libs/event-store/src/hash-chain.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import {
  actorOf,
  businessTimeOf,
  caseSubject,
  comparePositions,
  opensRecordOf,
  staffSubject,
  subjectReferences,
  subjectsOf,
  summariseEvent,
  type HistoryActor,
  type HistoryReference,
} from '../../../../projections/history-index/index.js';

/**
 * REP-3: the full, unaltered history of a case, a member of staff or a record, as it stood at
 * any date. The index says which streams concern the subject; the events themselves are read
 * from the log, every stream touched is read whole and its hash chain verified, and an event the
 * index knows of that the log no longer holds is reported. "As it stood at" a date is every event
 * whose business time is at or before it.
 */

export interface HistoryStores {
  readonly events: EventStore;
  readonly reads: ReadStore;
}

export type HistorySubjectKind = 'CASE' | 'STAFF' | 'RECORD';

export interface HistoryEntry {
  readonly position: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly summary: string;
  /** Business time (`metadata.now`). */
  readonly at: string;
  /** When the store recorded it. */
  readonly recordedAt: string;
  readonly actor: HistoryActor | null;
  /** Why it is in this history: the fields naming the subject, `actor`, or `record` (an event of the subject's own record). */
  readonly concerns: readonly string[];
  readonly data: EventData;
  readonly commandId: string | null;
  readonly correlationId: string | null;
  readonly causationId: string | null;
}

export interface StreamVerdict {
  readonly streamId: string;
  /** The stream's hash chain, read whole (not only up to asOf), links and matches every event. */
  readonly valid: boolean;
  readonly events: number;
  readonly headHash: string | null;
  readonly brokenAtRevision: number | null;
  readonly reason: string | null;
  /** Revisions the history index recorded that the log no longer holds as indexed (a tail cut, an event replaced). */
  readonly missingRevisions: readonly number[];
}

export interface HistoryView {
  readonly kind: HistorySubjectKind;
  readonly subjectId: string;
  /** The instant the history is as at (UTC), or null for everything recorded. */
  readonly asOf: string | null;
  /** In log order. */
  readonly entries: readonly HistoryEntry[];
  readonly streams: readonly StreamVerdict[];
  /** Every stream touched verifies and holds every event the index knows of. */
  readonly chainVerified: boolean;
}

const READ_CONCURRENCY = 8;

/** REP-3: a case's history: every event naming its Azeus number, and every event of its own records (audits, actions, escalations). */
export async function caseHistory(stores: HistoryStores, azeusNumber: string, asOf: string | null): Promise<HistoryView> {
  const { references } = await subjectReferences(stores.reads, caseSubject(azeusNumber), asOf);
  return history(stores, 'CASE', azeusNumber, references, asOf, (events) => {
    const ownRecord = events[0] !== undefined && opensRecordOf(subjectsOf(events[0]).cases.get(azeusNumber));
    return (event) => {
      const paths = subjectsOf(event).cases.get(azeusNumber);
      if (paths !== undefined) return paths;
      return ownRecord ? ['record'] : null;
    };
  });
}

/** REP-3: a member of staff's history: every event they recorded or that names them. */
export async function staffHistory(stores: HistoryStores, staffId: string, asOf: string | null): Promise<HistoryView> {
  const { references } = await subjectReferences(stores.reads, staffSubject(staffId), asOf);
  return history(stores, 'STAFF', staffId, references, asOf, () => (event) => subjectsOf(event).staff.get(staffId) ?? null);
}

/** REP-3: one record's history: its stream, read from the log. */
export async function recordHistory(stores: HistoryStores, streamId: string, asOf: string | null): Promise<HistoryView> {
  return history(stores, 'RECORD', streamId, [], asOf, () => () => ['record'], [streamId]);
}

/** For each stream read whole: which of its events belong in the history, and why (null: not). */
type Selector = (events: readonly RecordedEvent[]) => (event: RecordedEvent) => readonly string[] | null;

async function history(
  stores: HistoryStores,
  kind: HistorySubjectKind,
  subjectId: string,
  references: readonly HistoryReference[],
  asOf: string | null,
  select: Selector,
  extraStreams: readonly string[] = [],
): Promise<HistoryView> {
  const byStream = new Map<string, HistoryReference[]>();
  for (const streamId of extraStreams) byStream.set(streamId, []);
  for (const reference of references) {
    const list = byStream.get(reference.streamId);
    if (list === undefined) byStream.set(reference.streamId, [reference]);
    else list.push(reference);
  }
  const streamIds = [...byStream.keys()];
  const streams = await mapLimited(streamIds, READ_CONCURRENCY, (streamId) => stores.events.readStream(streamId));

  const entries: HistoryEntry[] = [];
  const verdicts: StreamVerdict[] = [];
  streamIds.forEach((streamId, i) => {
    const events = streams[i]!;
    verdicts.push(verdictOf(streamId, events, byStream.get(streamId)!));
    if (events.length === 0) return;
    const concerns = select(events);
    for (const event of events) {
      const at = businessTimeOf(event);
      if (asOf !== null && at > asOf) continue;
      const why = concerns(event);
      if (why !== null) entries.push(entryOf(event, at, why));
    }
  });
  entries.sort((a, b) => comparePositions(a.position, b.position));
  verdicts.sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));
  return {
    kind,
    subjectId,
    asOf,
    entries,
    streams: verdicts,
    chainVerified: verdicts.every((v) => v.valid && v.missingRevisions.length === 0),
  };
}

function verdictOf(streamId: string, events: readonly RecordedEvent[], references: readonly HistoryReference[]): StreamVerdict {
  const chain = verifyChain(streamId, events);
  const missingRevisions = references
    .filter((r) => {
      const event = events[r.revision];
      return event === undefined || event.revision !== r.revision || event.type !== r.type || event.position.toString(10) !== r.position;
    })
    .map((r) => r.revision);
  return {
    streamId,
    valid: chain.valid,
    events: chain.events,
    headHash: chain.valid ? chain.headHash : null,
    brokenAtRevision: chain.valid ? null : chain.brokenAtRevision,
    reason: chain.valid ? null : chain.reason,
    missingRevisions: [...new Set(missingRevisions)],
  };
}

function entryOf(event: RecordedEvent, at: string, concerns: readonly string[]): HistoryEntry {
  const metadata = event.metadata ?? {};
  const text = (key: string): string | null => (typeof metadata[key] === 'string' ? (metadata[key] as string) : null);
  const created = event.created instanceof Date && !Number.isNaN(event.created.getTime()) ? event.created.toISOString() : at;
  return {
    position: event.position.toString(10),
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.eventId,
    type: event.type,
    summary: summariseEvent(event.type, event.data),
    at,
    recordedAt: created,
    actor: actorOf(event),
    concerns,
    data: event.data,
    commandId: text('commandId'),
    correlationId: text('correlationId'),
    causationId: text('causationId'),
  };
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
