import { AsyncLocalStorage } from 'node:async_hooks';
import {
  START,
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
  type Filter,
} from '@eventstore/db-client';
import type { SubscribeToAllOptions, Subscription, SubscriptionFilter, SubscriptionHandlers } from '../event-store.port.js';
import { packPosition, unpackPosition } from './esdb-position.js';
import { isSystemEvent, toRecordedEvent } from './esdb-recorded-event.js';

/** How many received events may wait for the handler before the client's stream is paused. */
const MAX_WAITING = 64;

type Step =
  | { readonly kind: 'event'; readonly resolved: AllStreamResolvedEvent }
  | { readonly kind: 'checkpoint'; readonly position: bigint }
  | { readonly kind: 'caughtUp' };

/** Marks code running inside a subscription's handler, so unsubscribe() from there does not wait for itself. */
const runningHandlerOf = new AsyncLocalStorage<EsdbCatchUpSubscription>();

/**
 * A filtered catch-up subscription to $all that hands events to the handler one at a time, in
 * order, with checkpoints and the caught-up signal in their place among them.
 *
 * The client's subscription is a Node stream that buffers events, while its `caughtUp` event and
 * `checkpointReached` callback fire as soon as the client reads them from the wire, possibly while
 * earlier events still wait in that buffer. Reporting a checkpoint then could let a consumer store
 * a position past events it has not handled. So each signal is held until every event received
 * before it is queued: the events taken from the stream so far plus those still in its buffer
 * (`readableLength`) are exactly the events that came before the signal.
 */
export class EsdbCatchUpSubscription implements Subscription {
  private readonly subscription: AllStreamSubscription;
  private readonly steps: Step[] = [];
  private readonly heldSignals: { readonly afterEvents: number; readonly step: Step }[] = [];
  private received = 0;
  private lastSeen: bigint | undefined;
  private lastCheckpoint: bigint | undefined;
  private caughtUp = false;
  private stopped = false;
  private draining: Promise<void> | undefined;

  constructor(
    client: EventStoreDBClient,
    options: SubscribeToAllOptions,
    private readonly handlers: SubscriptionHandlers,
    private readonly onEnd: () => void = () => undefined,
  ) {
    this.subscription = client.subscribeToAll({
      fromPosition: options.after === undefined ? START : unpackPosition(options.after),
      filter: serverFilter(options.filter, (_subscription, position) =>
        this.signal({ kind: 'checkpoint', position: packPosition(position) }),
      ),
    });
    const matches = clientFilter(options.filter);
    this.subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      this.received += 1;
      const event = resolved.event;
      if (event) {
        const position = packPosition(event.position);
        // An event the server let through but the rest of the filter drops still moves the checkpoint on.
        this.steps.push(matches(event) ? { kind: 'event', resolved } : { kind: 'checkpoint', position });
      }
      this.releaseSignals();
      if (this.steps.length >= MAX_WAITING) this.subscription.pause();
      this.drain();
    });
    this.subscription.on('caughtUp', () => this.signal({ kind: 'caughtUp' }));
    this.subscription.on('error', (error: Error) => void this.fail(error));
  }

  async unsubscribe(): Promise<void> {
    this.stopped = true;
    this.onEnd();
    this.steps.length = 0;
    this.heldSignals.length = 0;
    await this.subscription.unsubscribe();
    this.subscription.destroy();
    // From inside our own handler, waiting for the handler to end would wait for ever; the loop
    // stops as soon as that handler returns.
    if (runningHandlerOf.getStore() === this) return;
    await this.draining;
  }

  private signal(step: Step): void {
    if (this.stopped) return;
    this.heldSignals.push({ afterEvents: this.received + this.subscription.readableLength, step });
    this.releaseSignals();
    this.drain();
  }

  private releaseSignals(): void {
    while (this.heldSignals.length > 0 && this.heldSignals[0]!.afterEvents <= this.received) {
      this.steps.push(this.heldSignals.shift()!.step);
    }
  }

  /** One loop at a time works through the steps, so handlers never overlap. */
  private drain(): void {
    if (this.draining || this.stopped) return;
    this.draining = (async () => {
      try {
        while (!this.stopped && this.steps.length > 0) {
          await runningHandlerOf.run(this, () => this.take(this.steps.shift()!));
          if (this.steps.length < MAX_WAITING / 2 && this.subscription.isPaused()) this.subscription.resume();
        }
      } catch (error) {
        await this.fail(error instanceof Error ? error : new Error(String(error)));
      } finally {
        this.draining = undefined;
      }
    })();
  }

  private async take(step: Step): Promise<void> {
    switch (step.kind) {
      case 'event': {
        const event = toRecordedEvent(step.resolved.event!);
        this.lastSeen = event.position;
        await this.handlers.onEvent(event);
        return;
      }
      case 'checkpoint':
        this.lastSeen = maxOf(this.lastSeen, step.position);
        await this.checkpoint(step.position);
        return;
      case 'caughtUp':
        // EventStoreDB checkpoints a filtered subscription only every so many events it looked
        // at; on catching up, what has been seen so far is a checkpoint too.
        if (this.lastSeen !== undefined) await this.checkpoint(this.lastSeen);
        if (this.caughtUp || this.stopped) return;
        this.caughtUp = true;
        this.handlers.onCaughtUp?.();
        return;
    }
  }

  private async checkpoint(position: bigint): Promise<void> {
    if (this.lastCheckpoint !== undefined && position <= this.lastCheckpoint) return;
    this.lastCheckpoint = position;
    await this.handlers.onCheckpoint?.(position);
  }

  private async fail(error: Error): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.onEnd();
    this.steps.length = 0;
    this.heldSignals.length = 0;
    await this.subscription.unsubscribe().catch(() => undefined);
    if (this.handlers.onError) {
      this.handlers.onError(error);
      return;
    }
    // Like an EventEmitter 'error' with no listener: never lose a failure silently.
    queueMicrotask(() => {
      throw error;
    });
  }
}

/**
 * EventStoreDB filters on stream names or on event types, not both, so the server gets one of
 * them (and `excludeSystemEvents` when there is none); `clientFilter` applies all of them.
 */
function serverFilter(filter: SubscriptionFilter | undefined, checkpointReached: Filter['checkpointReached']): Filter {
  if (filter?.eventTypePrefixes?.length) return eventTypeFilter({ prefixes: [...filter.eventTypePrefixes], checkpointReached });
  if (filter?.streamPrefixes?.length) return streamNameFilter({ prefixes: [...filter.streamPrefixes], checkpointReached });
  return excludeSystemEvents({ checkpointReached });
}

function clientFilter(filter: SubscriptionFilter | undefined): (event: { readonly type: string; readonly streamId: string }) => boolean {
  const streamPrefixes = filter?.streamPrefixes;
  const typePrefixes = filter?.eventTypePrefixes;
  return (event) =>
    !isSystemEvent(event) &&
    (streamPrefixes === undefined || streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) &&
    (typePrefixes === undefined || typePrefixes.some((prefix) => event.type.startsWith(prefix)));
}

function maxOf(a: bigint | undefined, b: bigint): bigint {
  return a === undefined || b > a ? b : a;
}
