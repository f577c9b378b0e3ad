import type { EventStore, RecordedEvent, Subscription } from '../../event-store/src/event-store.port.js';
import { ProjectionBatch, ProjectionEvolveError, type AnyProjection } from './projection-batch.js';
import { projectionKey } from './projection.js';
import { CheckpointConflictError, type ReadStore } from './read-store.port.js';

export interface ProjectionRunnerOptions {
  /** Commit once a batch holds this many events (default 500). */
  readonly batchSize?: number;
  /** Commit a smaller batch once no event has arrived for this long (default 5 ms). */
  readonly idleFlushMs?: number;
  /** `status()` counts unprojected events up to this many (default 10 000). */
  readonly lagCountCap?: number;
  /** First wait before retrying a failed read-store or event-store call; doubles up to 5 s (default 100 ms). */
  readonly retryDelayMs?: number;
  readonly now?: () => Date;
  /** A projection has stopped for good (default: logged to stderr). */
  readonly onError?: (error: Error, projection: string) => void;
  /** A batch has been committed (metrics, tests). */
  readonly onCommit?: (projection: string, checkpoint: bigint) => void;
}

export type ProjectionState = 'idle' | 'catchingUp' | 'live' | 'stopped' | 'failed';

export interface ProjectionLag {
  /** Events recorded after the committed checkpoint, counted up to the cap. */
  readonly lagEvents: number;
  /** True when the count reached the cap: there are at least `lagEvents`. */
  readonly lagEventsCapped: boolean;
  /** Age of the oldest event not yet committed to the read model (by the store's recorded time); 0 when none. */
  readonly lagSeconds: number;
}

export interface ProjectionStatus extends ProjectionLag {
  /** `projectionKey(projection)`, e.g. `caseFileAudits.v2`. */
  readonly projection: string;
  readonly state: ProjectionState;
  /** The last committed checkpoint (null: nothing committed yet). */
  readonly checkpoint: bigint | null;
  /** Has replayed what was recorded when it started and has committed everything delivered since. */
  readonly caughtUp: boolean;
  readonly lastError: string | null;
  readonly lastErrorAt: Date | null;
}

/**
 * Another writer moved the projection's checkpoint. Two runners on one projection would each
 * fold the same events; rather than race, this one stops. (Leases with fencing tokens, so that
 * a second runner can stand by, are future work.)
 */
export class ProjectionFencedError extends Error {
  override readonly name = 'ProjectionFencedError';
  constructor(
    readonly projection: string,
    conflict: CheckpointConflictError,
  ) {
    super(
      `Projection ${projection} stopped: its checkpoint was moved by another writer ` +
        `(expected ${conflict.expected ?? 'none'}, found ${conflict.actual ?? 'none'}); run one runner per projection`,
      { cause: conflict },
    );
  }
}

const MAX_RETRY_DELAY_MS = 5_000;

/**
 * Runs projections from the event store's `$all` into a read store, each from its own
 * checkpoint, on one catch-up subscription shared by all of them: it starts after the lowest
 * checkpoint, and a projection already past an event ignores it. So the log is read once however
 * many read models the service keeps (each read it separately before, and every append woke every
 * one of them).
 *
 * Events are folded into the documents they touch and committed in batches (at `batchSize`
 * events, when the subscription has caught up, or after `idleFlushMs` without events), the
 * changed documents and the new checkpoint in one atomic compare-and-set commit. So a crash at any
 * point neither loses nor doubles an event's effect: the next run starts after the last commit.
 *
 * Lag, as `status()` reports it, is measured against the log, not estimated: EventStoreDB
 * positions are not counts, so the unprojected events are counted by reading `$all` after the
 * checkpoint (up to `lagCountCap`), and the oldest of them gives the lag in seconds.
 */
export class ProjectionRunner {
  private readonly workers: ProjectionWorker[];
  private readonly listeners = new Set<() => void>();
  private started = false;
  private stopped = false;
  private subscription: Subscription | null = null;
  private readonly retryDelayMs: number;
  private wakeFromPause: (() => void) | null = null;

  constructor(
    private readonly store: EventStore,
    readStore: ReadStore,
    projections: readonly AnyProjection[],
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    const keys = projections.map(projectionKey);
    const duplicate = keys.find((key, i) => keys.indexOf(key) !== i);
    if (duplicate) throw new Error(`Projection ${duplicate} is listed twice`);
    this.workers = projections.map((projection) => new ProjectionWorker(projection, readStore, options, () => this.notify()));
    this.retryDelayMs = Math.max(1, options.retryDelayMs ?? 100);
  }

  /** Reads each projection's checkpoint and subscribes after the lowest. Resolves once subscribed. */
  async start(): Promise<void> {
    if (this.started) throw new Error('ProjectionRunner has already been started');
    this.started = true;
    await Promise.all(this.workers.map((worker) => worker.start()));
    this.subscribe();
  }

  /** Stops the subscription, commits what has been folded, and resolves pending waits with false. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wakeFromPause?.();
    // Workers stop retrying first: the subscription's handler may be waiting on one of them, and
    // unsubscribing waits for that handler.
    for (const worker of this.workers) worker.beginStopping();
    await this.subscription?.unsubscribe();
    await Promise.all(this.workers.map((worker) => worker.stop()));
    this.notify();
  }

  private get running(): ProjectionWorker[] {
    return this.workers.filter((worker) => worker.state !== 'failed');
  }

  /** One subscription for every projection still running, after the lowest position any of them has taken. */
  private subscribe(): void {
    if (this.stopped) return;
    const positions = this.running.map((worker) => worker.pendingPosition);
    if (positions.length === 0) return;
    const after = positions.includes(null) ? null : positions.reduce((lowest, p) => (p! < lowest! ? p : lowest));
    try {
      this.subscription = this.store.subscribeToAll(after === null ? {} : { after }, {
        // The subscription waits for every projection to have taken the event: the slowest sets the pace.
        onEvent: async (event) => {
          await Promise.all(this.running.map((worker) => worker.deliver(event)));
        },
        onCheckpoint: async (position) => {
          await Promise.all(this.running.map((worker) => worker.advanceTo(position)));
        },
        onCaughtUp: () => {
          for (const worker of this.running) worker.caughtUpWithLog();
        },
        onError: (error) => void this.onSubscriptionError(error),
      });
    } catch (error) {
      void this.onSubscriptionError(asError(error));
    }
  }

  /**
   * The event store dropped the subscription: once every projection has finished what it was given,
   * subscribe again after the lowest position taken. Events a projection has already taken are
   * ignored by it when they come again.
   */
  private async onSubscriptionError(error: Error): Promise<void> {
    if (this.stopped) return;
    this.subscription = null;
    const running = this.running;
    await Promise.all(running.map((worker) => worker.lostSubscription(error)));
    await this.pause(this.retryDelayMs);
    this.subscribe();
  }

  private pause(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeFromPause = null;
        resolve();
      }
      this.wakeFromPause = done;
    });
  }

  /**
   * True once every projection's committed checkpoint is at or past `position` (a client reading
   * its own writes); false after `timeoutMs`, or at once if a projection has stopped.
   */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    return this.waitUntil(() => this.workers.every((worker) => worker.committed !== null && worker.committed >= position), timeoutMs);
  }

  /** True once every projection has caught up (see ProjectionStatus.caughtUp); false on timeout or failure. */
  waitUntilCaughtUp(timeoutMs: number): Promise<boolean> {
    return this.waitUntil(() => this.workers.every((worker) => worker.caughtUp), timeoutMs);
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.store.headPosition();
    const lags = new Map<string, Promise<ProjectionLag>>();
    const lagAfter = (checkpoint: bigint | null): Promise<ProjectionLag> => {
      const key = String(checkpoint);
      if (!lags.has(key)) {
        lags.set(key, measureLag(this.store, head, checkpoint, { cap: this.options.lagCountCap, now: this.options.now }));
      }
      return lags.get(key)!;
    };
    return Promise.all(
      this.workers.map(async (worker) => {
        const checkpoint = worker.committed;
        return {
          projection: worker.key,
          state: worker.state,
          checkpoint,
          caughtUp: worker.caughtUp,
          ...(await lagAfter(checkpoint)),
          lastError: worker.lastError?.message ?? null,
          lastErrorAt: worker.lastErrorAt,
        };
      }),
    );
  }

  private waitUntil(reached: () => boolean, timeoutMs: number): Promise<boolean> {
    const hopeless = () => this.stopped || this.workers.some((worker) => worker.state === 'failed');
    if (reached()) return Promise.resolve(true);
    if (hopeless()) return Promise.resolve(false);
    return new Promise((resolve) => {
      const finish = (value: boolean) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(value);
      };
      const check = () => {
        if (reached()) finish(true);
        else if (hopeless()) finish(false);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.listeners.add(check);
    });
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** One projection: its current batch, and one queue through which all its work runs in order. */
class ProjectionWorker {
  readonly key: string;
  state: ProjectionState = 'idle';
  lastError: Error | null = null;
  lastErrorAt: Date | null = null;

  private batch: ProjectionBatch | null = null;
  // Events, idle flushes, checkpoints and resubscriptions all go through this chain, so a flush
  // never runs while an event is half folded and no event is folded against a document whose
  // commit is still in flight.
  private queue: Promise<void> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | null = null;
  private stopping = false;
  private wakeFromPause: (() => void) | null = null;
  private readonly batchSize: number;
  private readonly idleFlushMs: number;
  private readonly retryDelayMs: number;

  constructor(
    private readonly projection: AnyProjection,
    private readonly readStore: ReadStore,
    private readonly options: ProjectionRunnerOptions,
    private readonly notify: () => void,
  ) {
    this.key = projectionKey(projection);
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.idleFlushMs = Math.max(0, options.idleFlushMs ?? 5);
    this.retryDelayMs = Math.max(1, options.retryDelayMs ?? 100);
  }

  get committed(): bigint | null {
    return this.batch?.committed ?? null;
  }

  get caughtUp(): boolean {
    return this.state === 'live' && this.batch !== null && !this.batch.hasPending;
  }

  /** Where this projection's checkpoint will be once what it has taken is committed. */
  get pendingPosition(): bigint | null {
    return this.batch?.pendingPosition ?? null;
  }

  async start(): Promise<void> {
    await this.readStore.defineCollection(this.projection.collection);
    const checkpoint = await this.readStore.checkpoint(this.key);
    this.batch = new ProjectionBatch(this.projection, this.readStore, checkpoint);
    this.state = 'catchingUp';
  }

  /** No more retries or idle flushes: what is queued finishes, or gives up, promptly. */
  beginStopping(): void {
    this.stopping = true;
    this.clearIdleTimer();
    this.wakeFromPause?.();
  }

  async stop(): Promise<void> {
    this.beginStopping();
    // What has been folded is committed rather than folded again on the next start.
    await this.enqueue(() => this.flush());
    if (this.state !== 'failed') this.state = 'stopped';
    this.notify();
  }

  /** An event from the shared subscription; one this projection has already taken is ignored by its batch. */
  deliver(event: RecordedEvent): Promise<void> {
    return this.enqueue(() => this.onEvent(event));
  }

  /** The store looked at events up to `position` without delivering them (filtered, system). */
  advanceTo(position: bigint): Promise<void> {
    return this.enqueue(() => {
      this.batch!.advanceTo(position);
      if (this.batch!.hasPending) this.scheduleIdleFlush();
    });
  }

  /** The shared subscription has delivered everything recorded when it started. */
  caughtUpWithLog(): void {
    void this.enqueue(async () => {
      await this.flush();
      if (this.state === 'catchingUp') this.state = 'live';
      this.notify();
    });
  }

  /** The shared subscription was dropped; resolves once everything already given has been taken. */
  lostSubscription(error: Error): Promise<void> {
    return this.enqueue(() => {
      if (this.stopping) return;
      this.recordError(error);
      if (this.state === 'live') this.state = 'catchingUp';
    });
  }

  private async onEvent(event: RecordedEvent): Promise<void> {
    const batch = this.batch!;
    await this.retrying(() => batch.apply(event));
    if (batch.size >= this.batchSize) await this.flush();
    else this.scheduleIdleFlush();
  }

  private async flush(): Promise<void> {
    this.clearIdleTimer();
    const batch = this.batch;
    if (batch === null || !batch.hasPending) return;
    const next = batch.pendingPosition!;
    let outcomeUnknown = false;
    await this.retrying(async () => {
      try {
        await batch.commit();
      } catch (error) {
        if (!(error instanceof CheckpointConflictError)) {
          // The commit may have been applied with its reply lost; a retry will tell.
          outcomeUnknown = true;
          throw error;
        }
        if (outcomeUnknown && error.actual === next) {
          batch.markCommitted(next);
          return;
        }
        throw new ProjectionFencedError(this.key, error);
      }
    });
    this.options.onCommit?.(this.key, next);
    this.notify();
  }

  private scheduleIdleFlush(): void {
    if (this.stopping) return;
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      void this.enqueue(() => this.flush());
    }, this.idleFlushMs);
  }

  private clearIdleTimer(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Runs work after everything queued before it; a failure stops the projection, never the subscription loop. */
  private enqueue(work: () => Promise<void> | void): Promise<void> {
    const run = this.queue.then(async () => {
      if (this.state === 'failed') return;
      try {
        await work();
      } catch (error) {
        if (this.stopping && !(error instanceof ProjectionFencedError) && !(error instanceof ProjectionEvolveError)) {
          this.recordError(asError(error));
        } else {
          this.fail(asError(error));
        }
      }
    });
    this.queue = run;
    return run;
  }

  /**
   * Retries what failed for a reason that may pass (the read store or event store unreachable),
   * waiting longer each time, until it succeeds or the runner stops. A fenced checkpoint or a
   * projection that throws is not retried.
   */
  private async retrying<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await work();
      } catch (error) {
        if (error instanceof ProjectionFencedError || error instanceof ProjectionEvolveError || this.stopping) throw error;
        this.recordError(asError(error));
        await this.pause(Math.min(this.retryDelayMs * 2 ** attempt, MAX_RETRY_DELAY_MS));
      }
    }
  }

  private pause(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wakeFromPause = null;
        resolve();
      }
      this.wakeFromPause = done;
    });
  }

  private fail(error: Error): void {
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.recordError(error);
    this.clearIdleTimer();
    const report = this.options.onError ?? ((failure: Error, key: string) => console.error(`Projection ${key} has stopped:`, failure));
    report(error, this.key);
    this.notify();
  }

  private recordError(error: Error): void {
    this.lastError = error;
    this.lastErrorAt = this.options.now?.() ?? new Date();
  }
}

/**
 * How far a read model is behind the log: the events recorded after `checkpoint`, counted by
 * reading `$all` (up to `cap`), and the age of the oldest of them. Zero when caught up.
 */
export async function measureLag(
  store: EventStore,
  head: bigint | null,
  checkpoint: bigint | null,
  options: { cap?: number | undefined; now?: (() => Date) | undefined } = {},
): Promise<ProjectionLag> {
  const none: ProjectionLag = { lagEvents: 0, lagEventsCapped: false, lagSeconds: 0 };
  if (head === null || (checkpoint !== null && checkpoint >= head)) return none;
  const cap = Math.max(1, options.cap ?? 10_000);
  const behind = await store.readAll(checkpoint === null ? { maxCount: cap } : { after: checkpoint, maxCount: cap });
  if (behind.length === 0) return none;
  const now = options.now?.() ?? new Date();
  return {
    lagEvents: behind.length,
    lagEventsCapped: behind.length >= cap,
    lagSeconds: Math.max(0, (now.getTime() - behind[0]!.created.getTime()) / 1000),
  };
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export interface RunToHeadOptions {
  /** Events read from `$all` and committed per step (default 1 000). */
  readonly batchSize?: number;
  /** Start from nothing: reset each projection's checkpoint and collection first (a rebuild). */
  readonly reset?: boolean;
  readonly onProgress?: (progress: RunToHeadProgress) => void;
}

export interface RunToHeadProgress {
  /** Last position read and committed. */
  readonly position: bigint;
  /** The head this run is catching up to (fixed when it started). */
  readonly head: bigint;
  /** Events read so far in this run. */
  readonly events: number;
}

export interface RunToHeadResult {
  readonly head: bigint | null;
  readonly events: number;
  readonly checkpoints: ReadonlyArray<{ readonly projection: string; readonly checkpoint: bigint | null }>;
}

/**
 * Catches projections up to the head of the log as it was when called, then returns: for a
 * rebuild from the command line, for replay at start, and for benchmarks. Reads `$all` once for
 * all projections (from the lowest checkpoint), each page committed per projection with the same
 * atomic compare-and-set as the runner, so it may be interrupted and run again.
 */
export async function runToHead(
  store: EventStore,
  readStore: ReadStore,
  projections: readonly AnyProjection[],
  options: RunToHeadOptions = {},
): Promise<RunToHeadResult> {
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  const batches: ProjectionBatch[] = [];
  for (const projection of projections) {
    await readStore.defineCollection(projection.collection);
    if (options.reset) await readStore.reset(projectionKey(projection), [projection.collection.name]);
    batches.push(new ProjectionBatch(projection, readStore, await readStore.checkpoint(projectionKey(projection))));
  }
  const result = (events: number): RunToHeadResult => ({
    head,
    events,
    checkpoints: batches.map((batch) => ({ projection: batch.key, checkpoint: batch.committed })),
  });

  const head = await store.headPosition();
  if (head === null || batches.length === 0) return result(0);
  const checkpoints = batches.map((batch) => batch.committed);
  let after: bigint | null = checkpoints.includes(null)
    ? null
    : checkpoints.reduce((lowest, checkpoint) => (checkpoint! < lowest! ? checkpoint : lowest));
  let events = 0;

  while (after === null || after < head) {
    const page = await store.readAll(after === null ? { maxCount: batchSize } : { after, maxCount: batchSize });
    const upToHead = page.filter((event) => event.position <= head);
    if (upToHead.length === 0) break;
    await Promise.all(
      batches.map(async (batch) => {
        await batch.prefetch(upToHead);
        for (const event of upToHead) await batch.apply(event);
        await batch.commit();
      }),
    );
    after = upToHead[upToHead.length - 1]!.position;
    events += upToHead.length;
    options.onProgress?.({ position: after, head, events });
    if (page.length < batchSize) break;
  }
  return result(events);
}
