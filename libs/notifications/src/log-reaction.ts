import type { EventStore, RecordedEvent } from '../../event-store/src/event-store.port.js';
import { CheckpointConflictError, type ReadStore } from '../../read-store/src/read-store.port.js';
import { PollingLoop } from './polling-loop.js';

export interface LogReactionOptions {
  readonly eventStore: EventStore;
  /** Keeps the reaction's checkpoint (no documents). */
  readonly readStore: ReadStore;
  /** The checkpoint key; one reaction of a kind per read store. */
  readonly key: string;
  /** Reacts to one recorded event; answers how many commands it appended for it. */
  readonly react: (event: RecordedEvent) => Promise<number>;
  /** Events read per page (default 500). */
  readonly pageSize?: number;
  /** Pause between passes when running (default 1 s). */
  readonly pollIntervalMs?: number;
  readonly log: (entry: Record<string, unknown>) => void;
}

export class LogReactionFencedError extends Error {
  override readonly name = 'LogReactionFencedError';
}

/**
 * A reaction over `$all`: for every event after its checkpoint, in log order, `react` issues
 * commands through the one command handler under command ids derived from the event's id; only
 * then does the checkpoint move (kept in the read store, a compare-and-set). So each reaction runs
 * at least once and, the commands being idempotent, takes effect exactly once, whatever the crash.
 * A second reaction with the same key on the same read store is fenced out at its first commit.
 */
export class LogReaction {
  private readonly pageSize: number;
  private readonly loop: PollingLoop;
  private checkpoint: bigint | null | undefined;

  constructor(private readonly options: LogReactionOptions) {
    this.pageSize = options.pageSize ?? 500;
    this.loop = new PollingLoop(
      () => this.runToHead(),
      options.pollIntervalMs ?? 1_000,
      (error) => options.log({ level: 'error', msg: `${options.key} pass failed`, error: (error as Error).message }),
      (error) => error instanceof LogReactionFencedError,
    );
  }

  start(): void {
    this.loop.start();
  }

  wake(): void {
    this.loop.wake();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  /** Reacts to everything recorded after the checkpoint, page by page; returns how many commands appended. */
  async runToHead(): Promise<number> {
    const { eventStore, readStore, key } = this.options;
    if (this.checkpoint === undefined) this.checkpoint = await readStore.checkpoint(key);
    let appended = 0;
    for (;;) {
      const page = await eventStore.readAll(this.checkpoint === null ? { maxCount: this.pageSize } : { after: this.checkpoint, maxCount: this.pageSize });
      if (page.length === 0) return appended;
      for (const event of page) appended += await this.options.react(event);
      const next = page[page.length - 1]!.position;
      try {
        await readStore.commit(key, this.checkpoint, next, []);
      } catch (error) {
        if (error instanceof CheckpointConflictError) throw new LogReactionFencedError(`Another reaction moved ${key}: ${error.message}`);
        throw error;
      }
      this.checkpoint = next;
      if (page.length < this.pageSize) return appended;
    }
  }
}

/** The actor a reaction acts for: whoever recorded the event it reacts to. */
export function actorOf(event: RecordedEvent): { staffId: string | null; role: string | null } {
  const actor = event.metadata['actor'];
  if (typeof actor !== 'object' || actor === null) return { staffId: null, role: null };
  const { staffId, role } = actor as Record<string, unknown>;
  return { staffId: typeof staffId === 'string' ? staffId : null, role: typeof role === 'string' ? role : null };
}

/** The business time of an event (metadata.now), or when the store recorded it. */
export function businessTimeOf(event: RecordedEvent): string {
  const now = event.metadata['now'];
  return typeof now === 'string' ? now : event.created.toISOString();
}

export function correlationIdOf(event: RecordedEvent): string {
  const id = event.metadata['correlationId'];
  return typeof id === 'string' ? id : event.eventId;
}
