import { ANY, type EventStore, type NewEvent } from '../../event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from './memory/memory-read-store.js';
import { ProjectionBatch, ProjectionEvolveError, type AnyProjection } from './projection-batch.js';
import { ProjectionFencedError, ProjectionRunner, runToHead, type ProjectionRunnerOptions } from './projection-runner.js';
import { projectionKey, type Projection } from './projection.js';
import type { Document, DocumentChange, ReadStore } from './read-store.port.js';
import {
  foldProjection,
  probeHappened,
  probeRemoved,
  probeStreamId,
  probeUnrelated,
  streamLastWriterProjection,
  streamTallyProjection,
  type StreamTallyDocument,
} from './testing/probe-projections.js';

const WAIT_MS = 10_000;
const probes: AnyProjection[] = [streamTallyProjection, streamLastWriterProjection];

async function record(store: EventStore, streamId: string, events: readonly NewEvent[]): Promise<bigint> {
  return (await store.appendToStream(streamId, events, { expectedRevision: ANY })).position;
}

/** Several streams, each updated more than once, interleaved, one removed, and unrelated events between. */
async function recordHistory(store: EventStore): Promise<{ streams: string[]; removed: string }> {
  const streams = [probeStreamId('probeAlpha'), probeStreamId('probeAlpha'), probeStreamId('probeBeta')];
  for (let round = 0; round < 4; round += 1) {
    for (const [i, streamId] of streams.entries()) {
      await record(store, streamId, [probeHappened(`round ${round} of ${i}`), probeHappened(`round ${round} of ${i}, again`)]);
      await record(store, probeStreamId('unrelated'), [probeUnrelated()]);
    }
  }
  const removed = streams[1]!;
  await record(store, removed, [probeRemoved()]);
  await record(store, probeStreamId('unrelated'), [probeUnrelated()]);
  return { streams, removed };
}

async function readModel(readStore: ReadStore, projection: AnyProjection) {
  return {
    documents: await readStore.find(projection.collection.name),
    checkpoint: await readStore.checkpoint(projectionKey(projection)),
  };
}

async function expectedReadModel(store: EventStore, projection: AnyProjection) {
  return { documents: foldProjection(projection as Projection<Document>, await store.readAll()), checkpoint: await store.headPosition() };
}

describe('ProjectionRunner', () => {
  let store: SqliteEventStore;
  let readStore: ReadStore;
  let runner: ProjectionRunner | null;
  const errors: Array<{ error: Error; projection: string }> = [];

  function startRunner(projections: AnyProjection[] = probes, options: ProjectionRunnerOptions = {}): Promise<ProjectionRunner> {
    runner = new ProjectionRunner(store, readStore, projections, {
      onError: (error, projection) => errors.push({ error, projection }),
      ...options,
    });
    return runner.start().then(() => runner!);
  }

  beforeEach(() => {
    store = new SqliteEventStore(':memory:', { pollIntervalMs: 10 });
    readStore = new MemoryReadStore();
    runner = null;
    errors.length = 0;
  });

  afterEach(async () => {
    await runner?.stop();
    await store.close();
    await readStore.close();
  });

  describe('When events are recorded in several streams, some updating the same documents', () => {
    it('should build the read model each projection folds the events into, checkpoint at the head', async () => {
      await recordHistory(store);
      const started = await startRunner(probes, { batchSize: 5 });

      expect(await started.waitUntilCaughtUp(WAIT_MS)).toBe(true);

      for (const projection of probes) {
        expect(await readModel(readStore, projection)).toEqual(await expectedReadModel(store, projection));
      }
      expect(errors).toEqual([]);
    });

    it('should move the checkpoint past events no projection handles', async () => {
      await record(store, probeStreamId('probeAlpha'), [probeHappened('one')]);
      const last = await record(store, probeStreamId('unrelated'), [probeUnrelated(), probeUnrelated()]);
      const started = await startRunner();

      expect(await started.waitForPosition(last, WAIT_MS)).toBe(true);
      expect(await readStore.checkpoint(projectionKey(streamTallyProjection))).toBe(last);
    });

    it('should keep the equality indexes in step as documents change and are removed', async () => {
      const { streams, removed } = await recordHistory(store);
      const started = await startRunner();
      await started.waitUntilCaughtUp(WAIT_MS);

      const kept = streams.filter((streamId) => streamId !== removed && streamId.startsWith('probeAlpha'));
      expect((await readStore.find(streamTallyProjection.collection.name, { where: { category: 'probeAlpha' } })).map((d) => d['id'])).toEqual(kept);
      // Every stream kept had 8 events: 8 % 4 = 0.
      expect(await readStore.find(streamTallyProjection.collection.name, { where: { bucket: '0' } })).toHaveLength(2);
      expect(await readStore.find(streamLastWriterProjection.collection.name, { where: { status: 'removed' } })).toEqual([
        expect.objectContaining({ id: removed }),
      ]);
    });
  });

  describe('When an event is recorded after the runner has caught up', () => {
    it('should reach its position, so a client reads its own write', async () => {
      const streamId = probeStreamId('probeAlpha');
      await record(store, streamId, [probeHappened('before')]);
      const started = await startRunner();
      await started.waitUntilCaughtUp(WAIT_MS);

      const position = await record(store, streamId, [probeHappened('after')]);

      expect(await started.waitForPosition(position, WAIT_MS)).toBe(true);
      expect(await readStore.get<StreamTallyDocument>(streamTallyProjection.collection.name, streamId)).toMatchObject({ count: 2, lastLabel: 'after' });
    });
  });

  describe('When a client waits for a position that is never recorded', () => {
    it('should answer false once the wait is over', async () => {
      const position = await record(store, probeStreamId('probeAlpha'), [probeHappened('only')]);
      const started = await startRunner();

      expect(await started.waitForPosition(position + 1_000n, 50)).toBe(false);
    });
  });

  describe('When several projections run, one of them far behind the others', () => {
    it('should read the log on one subscription from the lowest checkpoint, and give each projection only what it has not taken', async () => {
      await recordHistory(store);
      // The tally (not idempotent: it counts what it is given) is built to the head first, alone.
      const first = await startRunner([streamTallyProjection]);
      await first.waitUntilCaughtUp(WAIT_MS);
      await first.stop();
      await record(store, probeStreamId('probeBeta'), [probeHappened('after the first run')]);
      const subscriptions: Array<bigint | undefined> = [];
      const subscribeToAll = store.subscribeToAll.bind(store);
      store.subscribeToAll = (options, handlers) => {
        subscriptions.push(options.after);
        return subscribeToAll(options, handlers);
      };

      const started = await startRunner(probes);
      expect(await started.waitUntilCaughtUp(WAIT_MS)).toBe(true);

      // One subscription, from the start of the log (the last-writer projection has taken nothing).
      expect(subscriptions).toEqual([undefined]);
      for (const projection of probes) {
        expect(await readModel(readStore, projection)).toEqual(await expectedReadModel(store, projection));
      }
      expect(errors).toEqual([]);
    });
  });

  describe('When one projection fails, the others go on', () => {
    it('should keep projecting into the others on the shared subscription', async () => {
      const failing: AnyProjection = {
        ...streamLastWriterProjection,
        name: 'failingProbe',
        evolve: () => {
          throw new Error('cannot fold this');
        },
      };
      const started = await startRunner([failing, streamTallyProjection]);
      const last = await record(store, probeStreamId('probeAlpha'), [probeHappened('one'), probeHappened('two')]);

      // waitForPosition gives up at once when a projection has failed: poll the survivor's checkpoint instead.
      for (const deadline = Date.now() + WAIT_MS; Date.now() < deadline; ) {
        if ((await readStore.checkpoint(projectionKey(streamTallyProjection))) === last) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }

      expect(await readStore.checkpoint(projectionKey(streamTallyProjection))).toBe(last);
      expect(errors.map((e) => e.projection)).toEqual(['failingProbe.v1']);
      expect((await started.status()).find((s) => s.projection === 'failingProbe.v1')?.state).toBe('failed');
    });
  });

  describe('When the events are delivered again (checkpoint moved back, documents kept)', () => {
    it('should leave every document of an idempotent projection unchanged and return to the head', async () => {
      await recordHistory(store);
      const first = await startRunner([streamLastWriterProjection], { batchSize: 3 });
      await first.waitUntilCaughtUp(WAIT_MS);
      await first.stop();
      const before = await readModel(readStore, streamLastWriterProjection);
      const key = projectionKey(streamLastWriterProjection);
      await readStore.commit(key, before.checkpoint, 4n, []);

      const second = await startRunner([streamLastWriterProjection], { batchSize: 3 });
      await second.waitUntilCaughtUp(WAIT_MS);

      expect(await readModel(readStore, streamLastWriterProjection)).toEqual(before);
    });
  });

  describe("When another writer moves a projection's checkpoint", () => {
    it('should stop that projection with ProjectionFencedError, say so in status, and answer waits with false', async () => {
      const streamId = probeStreamId('probeAlpha');
      await record(store, streamId, [probeHappened('one')]);
      const started = await startRunner([streamTallyProjection]);
      await started.waitUntilCaughtUp(WAIT_MS);
      const key = projectionKey(streamTallyProjection);
      const checkpoint = await readStore.checkpoint(key);
      await readStore.commit(key, checkpoint, checkpoint! + 100n, []);

      const position = await record(store, streamId, [probeHappened('two')]);

      expect(await started.waitForPosition(position, WAIT_MS)).toBe(false);
      expect(errors).toEqual([{ projection: key, error: expect.any(ProjectionFencedError) }]);
      expect(errors[0]!.error.message).toMatch(/moved by another writer/);
      const [status] = await started.status();
      expect(status).toMatchObject({ projection: key, state: 'failed', lastError: expect.stringMatching(/another writer/) });
      expect(await readStore.get<StreamTallyDocument>(streamTallyProjection.collection.name, streamId)).toMatchObject({ count: 1 });
    });
  });

  describe('When the read store has gone away and the runner is stopped (the service shutting down)', () => {
    it('should stop promptly rather than wait on retries that cannot succeed', async () => {
      const started = await startRunner([streamTallyProjection], { retryDelayMs: 60_000 });
      await started.waitUntilCaughtUp(WAIT_MS);
      await readStore.close();
      await record(store, probeStreamId('probeAlpha'), [probeHappened('after the read store closed')]);
      await new Promise((resolve) => setTimeout(resolve, 100));

      // The retry delay is a minute, past the test's timeout: stop must not wait for the next attempt.
      await started.stop();

      expect((await started.status())[0]).toMatchObject({ state: 'stopped' });
      readStore = new MemoryReadStore();
    });
  });

  describe('When a projection throws on a recorded event', () => {
    it('should stop it with ProjectionEvolveError, its checkpoint just before that event', async () => {
      const streamId = probeStreamId('probeAlpha');
      const good = await record(store, streamId, [probeHappened('fine')]);
      await record(store, streamId, [probeHappened('poison')]);
      const fragile: Projection<StreamTallyDocument> = {
        ...streamTallyProjection,
        evolve: (document, event) => {
          if (event.data['label'] === 'poison') throw new Error('cannot read this');
          return streamTallyProjection.evolve(document, event);
        },
      };
      const started = await startRunner([fragile], { batchSize: 1 });

      expect(await started.waitUntilCaughtUp(1_000)).toBe(false);
      expect(errors[0]!.error).toBeInstanceOf(ProjectionEvolveError);
      expect(errors[0]!.error.message).toMatch(/ProbeThingHappened .* cannot read this/);
      expect(await readStore.checkpoint(projectionKey(fragile))).toBe(good);
    });
  });

  describe('When the read store applies a commit but its reply is lost', () => {
    it('should find the commit applied on retry and carry on without doubling an event', async () => {
      await recordHistory(store);
      readStore = new FlakyReadStore(readStore, { loseReplyOfCommit: 2 });
      const started = await startRunner([streamTallyProjection], { batchSize: 4, retryDelayMs: 1 });

      expect(await started.waitUntilCaughtUp(WAIT_MS)).toBe(true);
      expect(await readModel(readStore, streamTallyProjection)).toEqual(await expectedReadModel(store, streamTallyProjection));
      expect((await started.status())[0]!.lastError).toMatch(/reply lost/);
    });
  });

  describe('When the read store refuses commits for a while', () => {
    it('should retry until it can, and end with the read model a clean run builds', async () => {
      await recordHistory(store);
      readStore = new FlakyReadStore(readStore, { refuseCommits: 3 });
      const started = await startRunner(probes, { batchSize: 4, retryDelayMs: 1 });

      expect(await started.waitUntilCaughtUp(WAIT_MS)).toBe(true);
      for (const projection of probes) {
        expect(await readModel(readStore, projection)).toEqual(await expectedReadModel(store, projection));
      }
      expect(errors).toEqual([]);
    });
  });

  describe('When the runner has not started', () => {
    it('should report every recorded event as lag, capped, and the age of the oldest', async () => {
      await recordHistory(store);
      const [oldest] = await store.readAll({ maxCount: 1 });
      const now = new Date(oldest!.created.getTime() + 90_000);
      runner = new ProjectionRunner(store, readStore, [streamTallyProjection], { lagCountCap: 10, now: () => now });

      expect(await runner.status()).toEqual([
        {
          projection: 'testStreamTallies.v1',
          state: 'idle',
          checkpoint: null,
          caughtUp: false,
          lagEvents: 10,
          lagEventsCapped: true,
          lagSeconds: 90,
          lastError: null,
          lastErrorAt: null,
        },
      ]);
    });
  });

  describe('When the runner has caught up', () => {
    it('should report no lag and the head as checkpoint', async () => {
      await recordHistory(store);
      const head = await store.headPosition();
      const started = await startRunner([streamTallyProjection]);
      await started.waitUntilCaughtUp(WAIT_MS);

      expect(await started.status()).toEqual([
        expect.objectContaining({ state: 'live', checkpoint: head, caughtUp: true, lagEvents: 0, lagEventsCapped: false, lagSeconds: 0 }),
      ]);
    });
  });

  describe('When it is stopped', () => {
    it('should answer later waits with false at once', async () => {
      const position = await record(store, probeStreamId('probeAlpha'), [probeHappened('one')]);
      const started = await startRunner();
      await started.stop();

      expect(await started.waitForPosition(position + 1n, WAIT_MS)).toBe(false);
      expect((await started.status()).map((status) => status.state)).toEqual(['stopped', 'stopped']);
    });
  });
});

describe('runToHead', () => {
  let store: SqliteEventStore;
  let readStore: MemoryReadStore;

  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    readStore = new MemoryReadStore();
  });

  afterEach(async () => {
    await store.close();
    await readStore.close();
  });

  describe('When projections start from nothing', () => {
    it('should build what folding the events gives, reporting progress up to the head', async () => {
      await recordHistory(store);
      const head = await store.headPosition();
      const progress: bigint[] = [];

      const result = await runToHead(store, readStore, probes, { batchSize: 7, onProgress: ({ position }) => progress.push(position) });

      for (const projection of probes) {
        expect(await readModel(readStore, projection)).toEqual(await expectedReadModel(store, projection));
      }
      expect(progress.at(-1)).toBe(head);
      expect(result).toEqual({
        head,
        events: Number(head),
        checkpoints: [
          { projection: 'testStreamTallies.v1', checkpoint: head },
          { projection: 'testStreamLastWriters.v1', checkpoint: head },
        ],
      });
    });
  });

  describe('When run again with nothing new', () => {
    it('should apply nothing (the tally would double otherwise)', async () => {
      await recordHistory(store);
      await runToHead(store, readStore, probes);
      const before = await readModel(readStore, streamTallyProjection);

      const again = await runToHead(store, readStore, probes);

      expect(again.events).toBe(0);
      expect(await readModel(readStore, streamTallyProjection)).toEqual(before);
    });
  });

  describe('When one projection is ahead of another', () => {
    it('should bring the one behind up to the head and leave the other as it was', async () => {
      const { streams } = await recordHistory(store);
      await runToHead(store, readStore, [streamTallyProjection]);
      await record(store, streams[0]!, [probeHappened('late')]);
      await runToHead(store, readStore, [streamTallyProjection]);

      await runToHead(store, readStore, probes, { batchSize: 3 });

      for (const projection of probes) {
        expect(await readModel(readStore, projection)).toEqual(await expectedReadModel(store, projection));
      }
    });
  });

  describe('When asked to reset first (a rebuild)', () => {
    it('should rebuild from nothing', async () => {
      await recordHistory(store);
      await runToHead(store, readStore, probes);
      const key = projectionKey(streamTallyProjection);
      const checkpoint = await readStore.checkpoint(key);
      await readStore.commit(key, checkpoint, checkpoint!, [
        { collection: streamTallyProjection.collection.name, id: 'stray', document: { id: 'stray' } },
      ]);

      await runToHead(store, readStore, probes, { reset: true });

      expect(await readModel(readStore, streamTallyProjection)).toEqual(await expectedReadModel(store, streamTallyProjection));
    });
  });
});

describe('ProjectionBatch', () => {
  describe('When the same event is delivered twice', () => {
    it('should apply it once', async () => {
      const store = new SqliteEventStore(':memory:');
      const readStore = new MemoryReadStore();
      try {
        const streamId = probeStreamId('probeAlpha');
        await record(store, streamId, [probeHappened('one'), probeHappened('two')]);
        const events = await store.readAll();
        await readStore.defineCollection(streamTallyProjection.collection);
        const batch = new ProjectionBatch(streamTallyProjection, readStore, null);

        for (const event of [events[0]!, events[0]!, events[1]!, events[1]!, events[0]!]) await batch.apply(event);
        await batch.commit();

        expect(await readStore.get(streamTallyProjection.collection.name, streamId)).toEqual(foldProjection(streamTallyProjection, events)[0]);
      } finally {
        await store.close();
        await readStore.close();
      }
    });
  });
});

/** Wraps a read store to fail some commits: refused outright, or applied with the reply lost. */
class FlakyReadStore implements ReadStore {
  private commits = 0;
  private refused = 0;

  constructor(
    private readonly inner: ReadStore,
    private readonly faults: { refuseCommits?: number; loseReplyOfCommit?: number },
  ) {}

  async commit(projection: string, expected: bigint | null, next: bigint, changes: readonly DocumentChange[]): Promise<void> {
    if (this.refused < (this.faults.refuseCommits ?? 0)) {
      this.refused += 1;
      throw new Error('read store unavailable');
    }
    this.commits += 1;
    await this.inner.commit(projection, expected, next, changes);
    if (this.commits === this.faults.loseReplyOfCommit) throw new Error('connection closed, reply lost');
  }

  defineCollection: ReadStore['defineCollection'] = (definition) => this.inner.defineCollection(definition);
  get: ReadStore['get'] = (collection, id) => this.inner.get(collection, id);
  find: ReadStore['find'] = (collection, query) => this.inner.find(collection, query);
  checkpoint: ReadStore['checkpoint'] = (projection) => this.inner.checkpoint(projection);
  reset: ReadStore['reset'] = (projection, collections) => this.inner.reset(projection, collections);
  ping: ReadStore['ping'] = () => this.inner.ping();
  close: ReadStore['close'] = () => this.inner.close();
}
