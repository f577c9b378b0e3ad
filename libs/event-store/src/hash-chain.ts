import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { EventMetadata, NewEvent, RecordedEvent } from './event-store.port.js';

/**
 * Per-stream tamper evidence. Each event's metadata carries `prevHash` (the previous event's hash,
 * or the stream's genesis hash) and `hash` = SHA-256 over canonical JSON of
 * { prevHash, streamId, type, data, metadata without `hash` }. Appends use an expected revision,
 * so the chain cannot fork on either store. Altering, removing or reordering an event breaks it.
 */
export interface ChainedMetadata extends EventMetadata {
  readonly prevHash: string;
  readonly hash: string;
}

export function genesisHash(streamId: string): string {
  return sha256(`genesis:${streamId}`);
}

export function eventHash(streamId: string, prevHash: string, type: string, data: unknown, metadata: EventMetadata): string {
  const { hash: _ignored, ...rest } = metadata;
  return sha256(canonicalJson({ prevHash, streamId, type, data, metadata: { ...rest, prevHash } }));
}

/** Adds prevHash/hash to new events, continuing the chain from the stream's last recorded hash. */
export function chainEvents(streamId: string, lastHash: string | null, events: readonly NewEvent[]): NewEvent[] {
  let prevHash = lastHash ?? genesisHash(streamId);
  return events.map((event) => {
    const metadata = { ...event.metadata, prevHash };
    const hash = eventHash(streamId, prevHash, event.type, event.data, metadata);
    prevHash = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
}

export function lastHashOf(events: readonly RecordedEvent[]): string | null {
  const last = events[events.length - 1];
  const hash = last?.metadata['hash'];
  return typeof hash === 'string' ? hash : null;
}

export type ChainVerdict =
  | { readonly valid: true; readonly streamId: string; readonly events: number; readonly headHash: string }
  | {
      readonly valid: false;
      readonly streamId: string;
      readonly events: number;
      readonly brokenAtRevision: number;
      readonly reason: string;
    };

/** Verifies a whole stream read forwards from revision 0. */
export function verifyChain(streamId: string, events: readonly RecordedEvent[]): ChainVerdict {
  let prevHash = genesisHash(streamId);
  for (const [index, event] of events.entries()) {
    const broken = (reason: string): ChainVerdict => ({
      valid: false,
      streamId,
      events: events.length,
      brokenAtRevision: event.revision,
      reason,
    });
    if (event.revision !== index) return broken(`expected revision ${index}, found ${event.revision} (an event is missing)`);
    if (event.metadata['prevHash'] !== prevHash) return broken('prevHash does not match the previous event');
    const expected = eventHash(streamId, prevHash, event.type, event.data, event.metadata);
    if (event.metadata['hash'] !== expected) return broken('hash does not match the event content');
    prevHash = expected;
  }
  return { valid: true, streamId, events: events.length, headHash: prevHash };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
