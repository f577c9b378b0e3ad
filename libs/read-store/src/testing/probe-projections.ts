import { createHash, randomUUID } from 'node:crypto';
import type { NewEvent, RecordedEvent } from '../../../event-store/src/event-store.port.js';
import type { Projection } from '../projection.js';
import type { Document } from '../read-store.port.js';

/**
 * Projections for testing the read side itself, over probe events written only by tests.
 * `streamTallyProjection` is deliberately NOT idempotent, so that a lost or doubled event shows
 * in the read model; `streamLastWriterProjection` is idempotent, as every real projection is.
 */

export const PROBE_HAPPENED = 'ProbeThingHappened';
export const PROBE_REMOVED = 'ProbeThingRemoved';
/** Handled by no projection here: it must still move their checkpoints. */
export const PROBE_UNRELATED = 'UnrelatedThingHappened';

export function probeStreamId(category: string, id: string = randomUUID()): string {
  return `${category}-${id}`;
}

export function probeHappened(label: string, eventId: string = randomUUID()): NewEvent {
  return { eventId, type: PROBE_HAPPENED, data: { label }, metadata: { schemaVersion: 1 } };
}

export function probeRemoved(eventId: string = randomUUID()): NewEvent {
  return { eventId, type: PROBE_REMOVED, data: {}, metadata: { schemaVersion: 1 } };
}

export function probeUnrelated(eventId: string = randomUUID()): NewEvent {
  return { eventId, type: PROBE_UNRELATED, data: {}, metadata: { schemaVersion: 1 } };
}

export interface StreamTallyDocument extends Document {
  id: string;
  category: string;
  /** `count % 4` as a string: an indexed field that changes with every event. */
  bucket: string;
  /** Events applied: one doubled or lost changes it. */
  count: number;
  /** SHA-256 over the previous chain and each applied event id: order, doubles and losses all change it. */
  chain: string;
  lastLabel: string | null;
}

/** One document per stream, deleted by ProbeThingRemoved; counts every delivery it is given. */
export const streamTallyProjection: Projection<StreamTallyDocument> = {
  name: 'testStreamTallies',
  version: 1,
  collection: { name: 'testStreamTallies.v1', indexes: ['bucket', 'category'] },
  handles: [PROBE_HAPPENED, PROBE_REMOVED],
  documentIds: (event) => [event.streamId],
  evolve(document, event) {
    if (event.type === PROBE_REMOVED) return null;
    const count = (document?.count ?? 0) + 1;
    return {
      id: event.streamId,
      category: event.streamId.split('-')[0] ?? '',
      bucket: String(count % 4),
      count,
      chain: createHash('sha256').update(`${document?.chain ?? ''}:${event.eventId}`).digest('hex'),
      lastLabel: typeof event.data['label'] === 'string' ? event.data['label'] : (document?.lastLabel ?? null),
    };
  },
};

export interface StreamLastWriterDocument extends Document {
  id: string;
  /** The stream revision last applied: an event at or below it is one already applied. */
  revision: number;
  label: string | null;
  status: 'active' | 'removed';
}

/** One document per stream carrying its revision, so a redelivered event changes nothing. */
export const streamLastWriterProjection: Projection<StreamLastWriterDocument> = {
  name: 'testStreamLastWriters',
  version: 1,
  collection: { name: 'testStreamLastWriters.v1', indexes: ['label', 'status'] },
  handles: [PROBE_HAPPENED, PROBE_REMOVED],
  documentIds: (event) => [event.streamId],
  evolve(document, event) {
    if (document !== null && event.revision <= document.revision) return document;
    const label = typeof event.data['label'] === 'string' ? event.data['label'] : null;
    return event.type === PROBE_REMOVED
      ? { id: event.streamId, revision: event.revision, label: document?.label ?? null, status: 'removed' }
      : { id: event.streamId, revision: event.revision, label, status: 'active' };
  },
};

/** The read model a projection should reach: its evolve folded over the events, in memory, by id. */
export function foldProjection<D extends Document>(projection: Projection<D>, events: readonly RecordedEvent[]): D[] {
  const documents = new Map<string, D | null>();
  for (const event of events) {
    if (!projection.handles.includes(event.type)) continue;
    for (const id of new Set(projection.documentIds(event))) {
      documents.set(id, projection.evolve(documents.get(id) ?? null, event, id));
    }
  }
  return [...documents.entries()]
    .filter((entry): entry is [string, D] => entry[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, document]) => document);
}
