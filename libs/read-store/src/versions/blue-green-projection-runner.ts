import type { EventStore } from '../../../event-store/src/event-store.port.js';
import type { AnyProjection } from '../projection-batch.js';
import { projectionKey } from '../projection.js';
import { ProjectionRunner, type ProjectionRunnerOptions, type ProjectionStatus } from '../projection-runner.js';
import type { VersionedReadStore } from './versioned-read-store.js';

/** How long each wait for a building version lasts before it looks again (it stops when the runner stops). */
const SWITCH_WATCH_MS = 30_000;

/**
 * A ProjectionRunner that builds each new read model version beside the version served, with no
 * downtime. The read models served run as always, on one shared subscription. Each version that
 * builds beside runs on its own subscription, so its replay from the start of the log holds back no
 * other read model (on the shared one the slowest sets the pace). When it has caught up, readers
 * switch to it (`ReadModelVersions.activate`) and from then on it counts like any other: a client
 * waiting to read its own write, or start-up, waits for it.
 *
 * While it builds it is left out of those waits (readers are not served from it), and shows in
 * `status()` as catching up with its lag, like any projection.
 */
export class BlueGreenProjectionRunner extends ProjectionRunner {
  private readonly beside = new Map<string, ProjectionRunner>();
  private readonly switched = new Set<string>();
  private stopping = false;

  constructor(
    private readonly events: EventStore,
    private readonly readStore: VersionedReadStore,
    projections: readonly AnyProjection[],
    options: ProjectionRunnerOptions = {},
  ) {
    const building = new Set(readStore.versions.buildingBeside().map(projectionKey));
    super(events, readStore.base, projections.filter((p) => !building.has(projectionKey(p))), options);
    for (const projection of projections) {
      const key = projectionKey(projection);
      if (building.has(key)) this.beside.set(key, new ProjectionRunner(events, readStore.base, [projection], options));
    }
  }

  /** The keys of the versions building beside the served ones (not yet switched to). */
  get building(): string[] {
    return [...this.beside.keys()].filter((key) => !this.switched.has(key));
  }

  override async start(): Promise<void> {
    await super.start();
    for (const [key, runner] of this.beside) {
      await runner.start();
      void this.switchWhenCaughtUp(key, runner);
    }
  }

  override async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all([super.stop(), ...[...this.beside.values()].map((runner) => runner.stop())]);
  }

  override async waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    const waits = [super.waitForPosition(position, timeoutMs), ...this.served().map((runner) => runner.waitForPosition(position, timeoutMs))];
    return (await Promise.all(waits)).every(Boolean);
  }

  override async waitUntilCaughtUp(timeoutMs: number): Promise<boolean> {
    const waits = [super.waitUntilCaughtUp(timeoutMs), ...this.served().map((runner) => runner.waitUntilCaughtUp(timeoutMs))];
    return (await Promise.all(waits)).every(Boolean);
  }

  override async status(): Promise<ProjectionStatus[]> {
    const all = await Promise.all([super.status(), ...[...this.beside.values()].map((runner) => runner.status())]);
    return all.flat();
  }

  private served(): ProjectionRunner[] {
    return [...this.beside].filter(([key]) => this.switched.has(key)).map(([, runner]) => runner);
  }

  /**
   * Whether the new version has committed at least as far as the version served, which may still
   * be running: switching earlier would show readers an older state than they have just seen.
   * The served one may move on meanwhile; both follow the same log, so this settles in a step or two.
   */
  private async atOrPastServed(key: string, runner: ProjectionRunner): Promise<boolean> {
    const served = this.readStore.versions.checkpointKeyFor(key);
    for (let attempt = 0; attempt < 10 && !this.stopping; attempt++) {
      const [servedAt, builtAt, head] = await Promise.all([
        this.readStore.base.checkpoint(served),
        this.readStore.base.checkpoint(key),
        this.events.headPosition(),
      ]);
      // Past the head of this log no projection of it will ever get: the head is as far as there is.
      const target = servedAt === null || head === null ? null : servedAt < head ? servedAt : head;
      if (target === null || (builtAt !== null && builtAt >= target)) return true;
      if (!(await runner.waitForPosition(target, SWITCH_WATCH_MS))) return false;
    }
    return false;
  }

  private async switchWhenCaughtUp(key: string, runner: ProjectionRunner): Promise<void> {
    while (!this.stopping) {
      if ((await runner.waitUntilCaughtUp(SWITCH_WATCH_MS)) && (await this.atOrPastServed(key, runner))) {
        if (this.stopping) return;
        this.switched.add(key);
        try {
          await this.readStore.versions.activate(key);
        } catch (error) {
          // Served from now on in this process; a restart will build beside again and switch again.
          console.error(`Read model ${key}: the switch could not be recorded:`, error);
        }
        return;
      }
      if ((await runner.status()).some((status) => status.state === 'failed' || status.state === 'stopped')) return;
    }
  }
}
