import { canonicalJson } from '../../event-store/src/canonical-json.js';
import type { RecordedEvent } from '../../event-store/src/event-store.port.js';
import { leafHash } from './merkle.js';

/** What of a recorded event the whole-log tree vouches for. */
export type LogEntry = Pick<RecordedEvent, 'position' | 'streamId' | 'revision' | 'eventId' | 'type' | 'data' | 'metadata'>;

/**
 * A leaf's bytes: UTF-8 of the canonical JSON (keys sorted, no whitespace) of
 *   { data, eventId, metadata, position: "<decimal>", revision, streamId, type }
 * The position is a decimal string (EventStoreDB positions pass 2^53), so a leaf names where in
 * the log its event stands: moving an event changes its leaf, not only its neighbours'. The
 * store's `created` time is left out: the business time is in metadata.now, and `created` is
 * the store's bookkeeping. Data and metadata are hashed as read back, whatever key order the
 * store keeps them in.
 */
export function logLeafEncoding(entry: LogEntry): Buffer {
  return Buffer.from(
    canonicalJson({
      position: entry.position.toString(10),
      streamId: entry.streamId,
      revision: entry.revision,
      eventId: entry.eventId,
      type: entry.type,
      data: entry.data,
      metadata: entry.metadata,
    }),
    'utf8',
  );
}

export function logLeafHash(entry: LogEntry): Buffer {
  return leafHash(logLeafEncoding(entry));
}
