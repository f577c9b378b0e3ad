import { randomUUID } from 'node:crypto';
import type {
  EventStore,
  NewEvent,
  RecordedEvent,
  SubscribeToAllOptions,
} from '../event-store.port.js';

/** A dash-free stream category no other test uses, so assertions on a shared `$all` can filter by it. */
export function uniqueCategory(): string {
  return `contract${randomUUID().replaceAll('-', '')}`;
}

export function newEvent(
  type: string,
  data: Record<string, unknown> = {},
  metadata: Record<string, unknown> = {},
): NewEvent {
  return { eventId: randomUUID(), type, data, metadata };
}

/**
 * Waits until `condition` holds, checking often; fails naming what it waited for. The bound is
 * generous on purpose: it only decides how long a broken store takes to fail, never whether a
 * working one passes.
 */
export async function eventually(condition: () => boolean, what: string, timeoutMs = 4_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export interface CollectedSubscription {
  /** Every event handed to onEvent, in delivery order (recorded before the handler runs). */
  readonly events: RecordedEvent[];
  /** Events whose handler settled without throwing. */
  readonly settled: RecordedEvent[];
  readonly checkpoints: bigint[];
  readonly errors: Error[];
  /** How many times onCaughtUp was called. */
  readonly caughtUp: number;
  /** events.length when onCaughtUp was first called. */
  readonly eventsWhenCaughtUp: number | undefined;
  unsubscribe(): Promise<void>;
}

/** Subscribes to `$all` and records everything the store hands to the handlers. */
export function collectSubscription(
  store: EventStore,
  options: SubscribeToAllOptions,
  onEvent: (event: RecordedEvent) => Promise<void> | void = () => undefined,
): CollectedSubscription {
  const collected = {
    events: [] as RecordedEvent[],
    settled: [] as RecordedEvent[],
    checkpoints: [] as bigint[],
    errors: [] as Error[],
    caughtUp: 0,
    eventsWhenCaughtUp: undefined as number | undefined,
    unsubscribe: (): Promise<void> => subscription.unsubscribe(),
  };
  const subscription = store.subscribeToAll(options, {
    onEvent: async (event) => {
      collected.events.push(event);
      await onEvent(event);
      collected.settled.push(event);
    },
    onCaughtUp: () => {
      collected.caughtUp++;
      collected.eventsWhenCaughtUp ??= collected.events.length;
    },
    onCheckpoint: (position) => {
      collected.checkpoints.push(position);
    },
    onError: (error) => {
      collected.errors.push(error);
    },
  });
  return collected;
}
