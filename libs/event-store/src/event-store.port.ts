/**
 * The EventStore port. Two adapters implement it (SQLite, the embedded default; EventStoreDB
 * through @eventstore/db-client) and one contract suite (`testing/event-store.contract.ts`)
 * proves they behave alike.
 *
 * Stream revisions are numbers (0-based, per stream). Global positions are bigints that order
 * every event in the log; SQLite uses its row id, EventStoreDB packs (commit, prepare) as
 * `commit << 64n | prepare`, which keeps their order. A position is opaque to callers except
 * for ordering and for handing it back to `readAll` / `subscribeToAll`.
 */

export type EventData = Record<string, unknown>;
export type EventMetadata = Record<string, unknown>;

export interface NewEvent<Type extends string = string, Data = EventData, Metadata = EventMetadata> {
  /** UUID. Appending an event id that the stream already holds appends nothing (idempotent retry). */
  readonly eventId: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: Metadata;
}

export interface RecordedEvent<Type extends string = string, Data = EventData, Metadata = EventMetadata>
  extends NewEvent<Type, Data, Metadata> {
  readonly streamId: string;
  readonly revision: number;
  readonly position: bigint;
  /** When the store recorded the event (not the business time, which is in metadata.now). */
  readonly created: Date;
}

export const NO_STREAM = 'no_stream' as const;
export const ANY = 'any' as const;
export const STREAM_EXISTS = 'stream_exists' as const;
export type ExpectedRevision = typeof NO_STREAM | typeof ANY | typeof STREAM_EXISTS | number;

export interface AppendOptions {
  readonly expectedRevision: ExpectedRevision;
}

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event appended (or, for an idempotent retry, already there). */
  readonly position: bigint;
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  /** Inclusive. Default: 0 forwards, the last revision backwards. */
  readonly fromRevision?: number;
  readonly direction?: Direction;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /**
   * Exclusive. Forwards: events strictly after this position; backwards: strictly before it,
   * newest first (so callers can page back). Omitted: from the start (or the end, backwards).
   */
  readonly after?: bigint;
  readonly direction?: Direction;
  readonly maxCount?: number;
}

export interface SubscriptionFilter {
  /** Only streams whose id starts with one of these prefixes. */
  readonly streamPrefixes?: readonly string[];
  /** Only events whose type starts with one of these prefixes. */
  readonly eventTypePrefixes?: readonly string[];
}

export interface SubscribeToAllOptions {
  /** Exclusive: deliver events strictly after this position; omitted: from the start. */
  readonly after?: bigint;
  readonly filter?: SubscriptionFilter;
}

export interface SubscriptionHandlers {
  /** Called for each event in order; the next event is delivered only after the promise settles. */
  onEvent(event: RecordedEvent): Promise<void> | void;
  /** Called once when the subscription has delivered everything recorded when it started catching up. */
  onCaughtUp?(): void;
  /** Called with the last position the store has looked at (may be past the last delivered, filtered event). */
  onCheckpoint?(position: bigint): Promise<void> | void;
  /** Called if the subscription ends with an error (including an error thrown by onEvent). */
  onError?(error: Error): void;
}

export interface Subscription {
  /** Stops delivery; resolves once no handler is running. */
  unsubscribe(): Promise<void>;
}

export interface EventStore {
  appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult>;
  /** Returns [] when the stream does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options: SubscribeToAllOptions, handlers: SubscriptionHandlers): Subscription;
  /** Position of the last event in the log, or null when the log is empty. */
  headPosition(): Promise<bigint | null>;
  close(): Promise<void>;
}

/** The one error for a lost optimistic-concurrency race. Safe to retry: decisions are pure. */
export class ConcurrencyError extends Error {
  override readonly name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual revision, -1 when it does not exist; undefined if the store did not say. */
    readonly actual: number | undefined,
  ) {
    super(`Stream ${streamId} is at revision ${actual ?? 'unknown'}, expected ${String(expected)}`);
  }
}
