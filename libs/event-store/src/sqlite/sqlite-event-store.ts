import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  ANY,
  ConcurrencyError,
  NO_STREAM,
  STREAM_EXISTS,
  type AppendOptions,
  type AppendResult,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
  type SubscriptionFilter,
  type SubscriptionHandlers,
} from '../event-store.port.js';

export interface SqliteEventStoreOptions {
  /**
   * How often a live subscription looks for events committed through other connections
   * (another process on the same file). Appends through this instance wake it at once.
   */
  readonly pollIntervalMs?: number;
  /** How long a writer waits for another connection's write transaction before failing. */
  readonly busyTimeoutMs?: number;
  /** Events read per step while a subscription catches up. */
  readonly batchSize?: number;
}

/**
 * An event id the store already holds, but not as the same append: in another stream, or
 * only part of the batch. Not a concurrency race, so retrying cannot help.
 */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';
  constructor(
    readonly streamId: string,
    readonly eventIds: readonly string[],
    reason: string,
  ) {
    super(`Cannot append to ${streamId}: ${reason} (event ids ${eventIds.join(', ')})`);
  }
}

const SCHEMA_VERSION = 1;

// Rows are facts: the triggers make UPDATE and DELETE fail, so the log (and the hash chain in
// each event's metadata) can only grow. `position` is the row id: a single writer commits in
// order and nothing is deleted, so positions grow without gaps.
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position  INTEGER PRIMARY KEY,
    event_id  TEXT    NOT NULL UNIQUE,
    stream_id TEXT    NOT NULL,
    revision  INTEGER NOT NULL,
    type      TEXT    NOT NULL,
    data      TEXT    NOT NULL,
    metadata  TEXT    NOT NULL,
    created   TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  ) STRICT;
  CREATE TRIGGER IF NOT EXISTS events_are_never_updated BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
  CREATE TRIGGER IF NOT EXISTS events_are_never_deleted BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are immutable'); END;
`;

const MAX_INT64 = 9223372036854775807n;

interface EventRow {
  readonly position: bigint;
  readonly event_id: string;
  readonly stream_id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly created: string;
}

interface EventIdRow {
  readonly stream_id: string;
  readonly revision: bigint;
  readonly position: bigint;
}

type AppendTransaction = Database.Transaction<
  (streamId: string, events: readonly NewEvent[], expected: ExpectedRevision) => AppendResult
>;

/**
 * The embedded EventStore: one SQLite file, WAL, one row per event.
 *
 * better-sqlite3 is synchronous, so appends through one instance never interleave. Appends
 * through other connections (a second instance, another process) are serialised by
 * `BEGIN IMMEDIATE`, which takes the write lock before the expected revision is read, and
 * `busy_timeout`, which makes a second writer wait for that lock instead of failing.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly subscriptions = new Set<CatchUpSubscription>();
  private closed = false;

  private readonly streamHead: Database.Statement<[string], { revision: bigint; position: bigint }>;
  private readonly findEventId: Database.Statement<[string], EventIdRow>;
  private readonly insert: Database.Statement<[string, string, number, string, string, string, string]>;
  private readonly readForwards: Database.Statement<[string, number, number], EventRow>;
  private readonly readBackwards: Database.Statement<[string, number, number], EventRow>;
  private readonly readAllForwards: Database.Statement<[bigint, number], EventRow>;
  private readonly readAllBackwards: Database.Statement<[bigint, number], EventRow>;
  private readonly head: Database.Statement<[], { position: bigint | null }>;
  private readonly appendTransaction: AppendTransaction;

  /** @param path the database file (its directory is created if missing), or ':memory:'. */
  constructor(path: string, options: SqliteEventStoreOptions = {}) {
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.batchSize = options.batchSize ?? 500;
    if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });

    this.db = new Database(path);
    this.db.defaultSafeIntegers(true);
    this.db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: in WAL mode NORMAL survives a process crash but may lose the last
    // commits on power loss or an OS crash. An event reported as recorded is a record of
    // practice about a child that may be relied on later; losing it silently is worse than an
    // fsync per commit, and this log's write rate (people filling in forms) is low.
    this.db.pragma('synchronous = FULL');
    this.db.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
    this.migrate();

    this.streamHead = this.db.prepare(
      'SELECT revision, position FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    );
    this.findEventId = this.db.prepare('SELECT stream_id, revision, position FROM events WHERE event_id = ?');
    this.insert = this.db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, created)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.readForwards = this.db.prepare(
      'SELECT * FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision ASC LIMIT ?',
    );
    this.readBackwards = this.db.prepare(
      'SELECT * FROM events WHERE stream_id = ? AND revision <= ? ORDER BY revision DESC LIMIT ?',
    );
    this.readAllForwards = this.db.prepare('SELECT * FROM events WHERE position > ? ORDER BY position ASC LIMIT ?');
    this.readAllBackwards = this.db.prepare('SELECT * FROM events WHERE position < ? ORDER BY position DESC LIMIT ?');
    this.head = this.db.prepare('SELECT max(position) AS position FROM events');
    this.appendTransaction = this.db.transaction((streamId, events, expected) =>
      this.appendInTransaction(streamId, events, expected),
    );
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    this.assertOpen();
    validateAppend(streamId, events, options.expectedRevision);
    // IMMEDIATE: take the write lock before reading the stream's revision, so no other
    // connection can commit between the check and the insert.
    const result = this.appendTransaction.immediate(streamId, events, options.expectedRevision);
    for (const subscription of this.subscriptions) subscription.notify();
    return result;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = sqlLimit(options.maxCount);
    if (limit === 0) return [];
    const rows =
      (options.direction ?? 'forwards') === 'forwards'
        ? this.readForwards.all(streamId, options.fromRevision ?? 0, limit)
        : this.readBackwards.all(streamId, options.fromRevision ?? Number.MAX_SAFE_INTEGER, limit);
    return rows.map(toRecordedEvent);
  }

  /**
   * `after` is exclusive in the direction of reading: forwards, events after it; backwards,
   * events before it (newest first), so a caller can page back through the log.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = sqlLimit(options.maxCount);
    if (limit === 0) return [];
    const rows =
      (options.direction ?? 'forwards') === 'forwards'
        ? this.readAllForwards.all(options.after ?? 0n, limit)
        : this.readAllBackwards.all(options.after ?? MAX_INT64, limit);
    return rows.map(toRecordedEvent);
  }

  subscribeToAll(options: SubscribeToAllOptions, handlers: SubscriptionHandlers): Subscription {
    this.assertOpen();
    const subscription = new CatchUpSubscription(
      {
        headPosition: () => this.headPositionNow(),
        readAfter: (after, limit) => this.readAllForwards.all(after, limit),
        pollIntervalMs: this.pollIntervalMs,
        batchSize: this.batchSize,
      },
      options,
      handlers,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | null> {
    this.assertOpen();
    return this.headPositionNow();
  }

  /** Stops every subscription (waiting for running handlers), then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    this.db.close();
  }

  private headPositionNow(): bigint | null {
    return this.head.get()?.position ?? null;
  }

  private migrate(): void {
    const version = Number(this.db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new Error(`The event store file has schema version ${version}; this code knows up to ${SCHEMA_VERSION}`);
    }
    this.db.exec(SCHEMA);
    if (version < SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  private appendInTransaction(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    const head = this.streamHead.get(streamId);
    const actual = head === undefined ? -1 : Number(head.revision);

    const retried = this.findRetriedAppend(streamId, events, expected, actual);
    if (retried !== null) return retried;

    if (!revisionMatches(expected, actual)) throw new ConcurrencyError(streamId, expected, actual);

    if (events.length === 0) return { nextExpectedRevision: actual, position: head?.position ?? 0n };

    const created = new Date().toISOString();
    let position = 0n;
    events.forEach((event, index) => {
      const { lastInsertRowid } = this.insert.run(
        event.eventId,
        streamId,
        actual + 1 + index,
        event.type,
        JSON.stringify(event.data),
        JSON.stringify(event.metadata),
        created,
      );
      position = BigInt(lastInsertRowid);
    });
    return { nextExpectedRevision: actual + events.length, position };
  }

  /**
   * Like EventStoreDB: a batch whose event ids the stream already holds, as one consecutive run
   * in the same order, is a retry of an append that succeeded; it answers as that append did
   * and appends nothing. Returns null when none of the ids is known.
   */
  private findRetriedAppend(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
    actual: number,
  ): AppendResult | null {
    const found = events.map((event) => this.findEventId.get(event.eventId));
    const known = found.filter((row) => row !== undefined);
    if (known.length === 0) return null;

    const ids = events.map((event) => event.eventId);
    if (known.some((row) => row.stream_id !== streamId)) {
      throw new EventIdConflictError(streamId, ids, 'an event id is already recorded in another stream');
    }
    const first = Number(found[0]?.revision ?? -1);
    const isRun = found.every((row, index) => row !== undefined && Number(row.revision) === first + index);
    if (known.length !== events.length || !isRun) {
      throw new EventIdConflictError(streamId, ids, 'the batch overlaps events already recorded without matching them');
    }
    // The retry must be the same request: it expected the revision just before the run.
    if (!revisionMatches(expected, first - 1)) throw new ConcurrencyError(streamId, expected, actual);
    return { nextExpectedRevision: first + events.length - 1, position: found[found.length - 1]!.position };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The event store is closed');
  }
}

function revisionMatches(expected: ExpectedRevision, actual: number): boolean {
  switch (expected) {
    case ANY:
      return true;
    case NO_STREAM:
      return actual === -1;
    case STREAM_EXISTS:
      return actual >= 0;
    default:
      return expected === actual;
  }
}

function validateAppend(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): void {
  if (typeof streamId !== 'string' || streamId.length === 0) throw new TypeError('A stream id must be a non-empty string');
  if (typeof expected === 'number' && (!Number.isSafeInteger(expected) || expected < 0)) {
    throw new RangeError(`An exact expected revision must be a whole number from 0, not ${expected}`);
  }
  const ids = new Set<string>();
  for (const event of events) {
    if (typeof event.eventId !== 'string' || event.eventId.length === 0) throw new TypeError('An event id must be a non-empty string');
    if (ids.has(event.eventId)) throw new EventIdConflictError(streamId, [event.eventId], 'the batch repeats an event id');
    ids.add(event.eventId);
    if (typeof event.type !== 'string' || event.type.length === 0) throw new TypeError('An event type must be a non-empty string');
    if (!isPlainObject(event.data) || !isPlainObject(event.metadata)) {
      throw new TypeError(`Event ${event.eventId}: data and metadata must be JSON objects`);
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** SQLite reads LIMIT -1 as no limit. */
function sqlLimit(maxCount: number | undefined): number {
  if (maxCount === undefined) return -1;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) throw new RangeError(`maxCount must be a whole number from 0, not ${maxCount}`);
  return maxCount;
}

function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: row.position,
    type: row.type,
    data: JSON.parse(row.data) as Record<string, unknown>,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    created: new Date(row.created),
  };
}

function matchesFilter(row: EventRow, filter: SubscriptionFilter | undefined): boolean {
  if (filter === undefined) return true;
  const { streamPrefixes, eventTypePrefixes } = filter;
  if (streamPrefixes !== undefined && !streamPrefixes.some((prefix) => row.stream_id.startsWith(prefix))) return false;
  if (eventTypePrefixes !== undefined && !eventTypePrefixes.some((prefix) => row.type.startsWith(prefix))) return false;
  return true;
}

interface SubscriptionSource {
  headPosition(): bigint | null;
  readAfter(after: bigint, limit: number): EventRow[];
  readonly pollIntervalMs: number;
  readonly batchSize: number;
}

/** Marks code running inside a subscription's handler, so unsubscribe() from there does not wait for itself. */
const runningHandlerOf = new AsyncLocalStorage<CatchUpSubscription>();

/**
 * One loop per subscription reads the log in batches after its cursor and delivers each event
 * only after the previous handler settled, so order is the log's order. When the log has no more,
 * it sleeps until this store commits (notify) or the poll interval passes (commits by other
 * connections, which cannot notify us).
 */
class CatchUpSubscription implements Subscription {
  private stopped = false;
  private pending = false;
  private wake: (() => void) | null = null;
  private readonly finished: Promise<void>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeToAllOptions,
    private readonly handlers: SubscriptionHandlers,
    private readonly onEnd: () => void,
  ) {
    this.finished = this.run();
  }

  notify(): void {
    this.pending = true;
    this.wake?.();
  }

  unsubscribe(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    // From inside our own handler, waiting for the handler to end would wait forever; the loop
    // stops as soon as that handler returns.
    if (runningHandlerOf.getStore() === this) return Promise.resolve();
    return this.finished;
  }

  private async run(): Promise<void> {
    // Let subscribeToAll return before any handler runs.
    await Promise.resolve();
    try {
      let cursor = this.options.after ?? 0n;
      // Caught up means: everything recorded when catching up began has been looked at.
      const caughtUpAt = this.source.headPosition() ?? 0n;
      let caughtUp = false;
      while (!this.stopped) {
        const rows = this.source.readAfter(cursor, this.source.batchSize);
        for (const row of rows) {
          if (this.stopped) return;
          if (matchesFilter(row, this.options.filter)) {
            const event = toRecordedEvent(row);
            await runningHandlerOf.run(this, () => this.handlers.onEvent(event));
          }
          cursor = row.position;
        }
        if (this.stopped) return;
        if (rows.length > 0 && this.handlers.onCheckpoint !== undefined) {
          const checkpoint = cursor;
          await runningHandlerOf.run(this, () => this.handlers.onCheckpoint?.(checkpoint));
        }
        if (!caughtUp && cursor >= caughtUpAt && !this.stopped) {
          caughtUp = true;
          runningHandlerOf.run(this, () => this.handlers.onCaughtUp?.());
        }
        if (rows.length < this.source.batchSize) await this.waitForMore();
      }
    } catch (thrown) {
      this.stopped = true;
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      try {
        if (this.handlers.onError === undefined) throw error;
        this.handlers.onError(error);
      } catch (unhandled) {
        // Like an EventEmitter 'error' with no listener: never lose a failure silently.
        queueMicrotask(() => {
          throw unhandled;
        });
      }
    } finally {
      this.wake = null;
      this.onEnd();
    }
  }

  private waitForMore(): Promise<void> {
    if (this.pending || this.stopped) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = null;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, this.source.pollIntervalMs);
      this.wake = done;
    });
  }
}
