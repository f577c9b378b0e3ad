import {
  ANY as ESDB_ANY,
  BACKWARDS as ESDB_BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS as ESDB_FORWARDS,
  NO_STREAM as ESDB_NO_STREAM,
  START,
  STREAM_EXISTS as ESDB_STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  jsonEvent,
} from '@eventstore/db-client';
import type { AppendExpectedRevision, JSONType } from '@eventstore/db-client';
import {
  ANY,
  ConcurrencyError,
  NO_STREAM,
  STREAM_EXISTS,
  type AppendOptions,
  type AppendResult,
  type Direction,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeToAllOptions,
  type Subscription,
  type SubscriptionHandlers,
} from '../event-store.port.js';
import { packPosition, unpackPosition } from './esdb-position.js';
import { isSystemEvent, toRecordedEvent } from './esdb-recorded-event.js';
import { EsdbCatchUpSubscription } from './esdb-subscription.js';

/**
 * The EventStore port over EventStoreDB, through `@eventstore/db-client`.
 *
 * System events (`$`-prefixed types or streams, which EventStoreDB writes itself: stats, metadata,
 * projections' links) are never handed to callers: they are not facts of the framework.
 */
export class EsdbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly subscriptions = new Set<EsdbCatchUpSubscription>();

  /** From a connection string (`esdb://host:2113?tls=false`) or a client; `close()` disposes either. */
  constructor(connection: string | EventStoreDBClient) {
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
  }

  async appendToStream(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(streamId, options.expectedRevision);
    const proposed = events.map((event) =>
      jsonEvent({ id: event.eventId, type: event.type, data: event.data as JSONType, metadata: event.metadata as JSONType }),
    );
    try {
      const result = await this.client.appendToStream(streamId, proposed, {
        expectedRevision: toEsdbExpectedRevision(options.expectedRevision),
      });
      const revision = Number(result.nextExpectedRevision);
      // EventStoreDB answers an idempotent retry without a position; the events already there have one.
      const position = result.position ? packPosition(result.position) : await this.positionOf(streamId, revision);
      return { nextExpectedRevision: revision, position };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = error.actualVersion === ESDB_NO_STREAM ? -1 : Number(error.actualVersion);
        throw new ConcurrencyError(streamId, options.expectedRevision, actual);
      }
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    if (options.maxCount === 0) return [];
    const events: RecordedEvent[] = [];
    try {
      const read = this.client.readStream(streamId, {
        direction: toEsdbDirection(direction),
        // The client reads from the start unless told otherwise, even backwards.
        fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : direction === 'forwards' ? START : END,
        ...(options.maxCount !== undefined ? { maxCount: options.maxCount } : {}),
      });
      for await (const resolved of read) if (resolved.event) events.push(toRecordedEvent(resolved.event));
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  /**
   * Reads $all in pages: system events are dropped here, not by the server (the client's `readAll`
   * takes no filter), so a page may hold fewer events than asked for and the next page goes on from
   * the last position seen. EventStoreDB reads include the event at the start position; it is skipped.
   */
  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const direction = options.direction ?? 'forwards';
    const wanted = options.maxCount ?? Number.POSITIVE_INFINITY;
    const events: RecordedEvent[] = [];
    let cursor = options.after;
    while (events.length < wanted) {
      // One more than needed, since the event at the cursor itself may come back.
      const pageSize = Number.isFinite(wanted) ? wanted - events.length + 1 : undefined;
      let seen = 0;
      let last: bigint | undefined;
      const read = this.client.readAll({
        direction: toEsdbDirection(direction),
        fromPosition: cursor === undefined ? (direction === 'forwards' ? START : END) : unpackPosition(cursor),
        ...(pageSize !== undefined ? { maxCount: pageSize } : {}),
      });
      for await (const resolved of read) {
        const event = resolved.event;
        if (!event) continue;
        seen += 1;
        last = packPosition(event.position);
        if (last === cursor || isSystemEvent(event)) continue;
        if (events.length < wanted) events.push(toRecordedEvent(event));
      }
      if (pageSize === undefined || seen < pageSize || last === undefined) break;
      cursor = last;
    }
    return events;
  }

  subscribeToAll(options: SubscribeToAllOptions, handlers: SubscriptionHandlers): Subscription {
    const subscription = new EsdbCatchUpSubscription(this.client, options, handlers, () =>
      this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<bigint | null> {
    const [last] = await this.readAll({ direction: 'backwards', maxCount: 1 });
    return last?.position ?? null;
  }

  /** Stops every subscription (waiting for running handlers), then disposes the client. */
  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.unsubscribe()));
    await this.client.dispose();
  }

  /** EventStoreDB answers an empty append without saying where a missing stream is, so ask. */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    const actual = last?.revision ?? -1;
    const matches =
      expected === ANY || (expected === NO_STREAM ? actual === -1 : expected === STREAM_EXISTS ? actual >= 0 : expected === actual);
    if (!matches) throw new ConcurrencyError(streamId, expected, actual);
    return { nextExpectedRevision: actual, position: last?.position ?? 0n };
  }

  private async positionOf(streamId: string, revision: number): Promise<bigint> {
    const [event] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    if (!event) throw new Error(`Stream ${streamId} has no event at revision ${revision} although the store reported it`);
    return event.position;
  }
}

function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case NO_STREAM:
      return ESDB_NO_STREAM;
    case ANY:
      return ESDB_ANY;
    case STREAM_EXISTS:
      return ESDB_STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

function toEsdbDirection(direction: Direction): typeof ESDB_FORWARDS | typeof ESDB_BACKWARDS {
  return direction === 'forwards' ? ESDB_FORWARDS : ESDB_BACKWARDS;
}
