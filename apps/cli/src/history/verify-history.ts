import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { verifyChain, type ChainVerdict } from '../../../../libs/event-store/src/hash-chain.js';

export type BrokenChain = Extract<ChainVerdict, { valid: false }>;

export interface HistoryVerification {
  readonly streams: number;
  readonly events: number;
  /** In the order the streams first appear in the log. */
  readonly broken: readonly BrokenChain[];
}

export interface VerifyAllOptions {
  /** Events per `$all` page while listing the streams. */
  readonly pageSize?: number;
  /** Called as soon as a broken stream is found, so a long run reports it without waiting. */
  readonly onBroken?: (verdict: BrokenChain) => void;
}

/** The hash chain of one stream, as recorded, from its first event. */
export async function verifyStreamHistory(store: EventStore, streamId: string): Promise<ChainVerdict> {
  return verifyChain(streamId, await store.readStream(streamId));
}

/**
 * Every stream's hash chain. `$all` is read in pages to find the streams in the log; each stream
 * is then read whole and checked with `verifyChain`, the same check the api's `verifyStream`
 * query makes. Holding one stream at a time (not the whole log grouped by stream) keeps memory
 * bounded by the largest stream, whatever the size of the log.
 */
export async function verifyAllStreams(store: EventStore, options: VerifyAllOptions = {}): Promise<HistoryVerification> {
  const pageSize = options.pageSize ?? 1000;
  const streamIds = new Set<string>();
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ ...(after !== undefined ? { after } : {}), maxCount: pageSize });
    for (const event of page) streamIds.add(event.streamId);
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.position;
  }

  let events = 0;
  const broken: BrokenChain[] = [];
  for (const streamId of streamIds) {
    const verdict = await verifyStreamHistory(store, streamId);
    events += verdict.events;
    if (!verdict.valid) {
      broken.push(verdict);
      options.onBroken?.(verdict);
    }
  }
  return { streams: streamIds.size, events, broken };
}

export function describeBrokenChain(verdict: BrokenChain): string {
  return `BROKEN ${verdict.streamId} at revision ${verdict.brokenAtRevision}: ${verdict.reason}`;
}

export function describeSummary(verification: HistoryVerification): string {
  return `streams: ${verification.streams}, events: ${verification.events}, broken: ${verification.broken.length}`;
}
