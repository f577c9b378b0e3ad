import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANY, type RecordedEvent } from '../../../event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../memory/memory-read-store.js';
import type { AnyProjection } from '../projection-batch.js';
import { runToHead } from '../projection-runner.js';
import type { Projection } from '../projection.js';
import type { Document, DocumentChange, ReadStore } from '../read-store.port.js';
import { RedisReadStore } from '../redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../testing/redis-test-support.js';
import { BlueGreenProjectionRunner } from './blue-green-projection-runner.js';
import { activeVersionKey, ReadModelVersions } from './read-model-versions.js';
import { VersionedReadStore } from './versioned-read-store.js';

interface TallyDocument extends Document {
  readonly id: string;
  readonly kind: string;
  readonly count: number;
  readonly version: number;
  readonly revision: number;
}

/** Version `version` of a read model counting the events of one stream: its documents say which version made them. */
function tallies(version: number): Projection<TallyDocument> {
  return {
    name: 'tallies',
    version,
    collection: { name: `tallies.v${version}`, indexes: ['kind'] },
    handles: ['Counted'],
    documentIds: (event: RecordedEvent) => [event.streamId],
    evolve: (document, event) =>
      document !== null && event.revision <= document.revision
        ? document
        : { id: event.streamId, kind: 'tally', count: (document?.count ?? 0) + 1, version, revision: event.revision },
  };
}

const STREAM = 'tally-one';
const EVENTS = 120;

/** Holds back one projection's commits until released: the new version is mid-build for as long as the test needs. */
class GatedReadStore implements ReadStore {
  private release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  constructor(
    private readonly inner: ReadStore,
    private readonly heldKey: string,
  ) {}
  open(): void {
    this.release();
  }
  defineCollection: ReadStore['defineCollection'] = (d) => this.inner.defineCollection(d);
  get: ReadStore['get'] = (c, id) => this.inner.get(c, id);
  find: ReadStore['find'] = (c, q) => this.inner.find(c, q);
  checkpoint: ReadStore['checkpoint'] = (p) => this.inner.checkpoint(p);
  async commit(projection: string, expected: bigint | null, next: bigint, changes: readonly DocumentChange[]): Promise<void> {
    if (projection === this.heldKey) await this.gate;
    return this.inner.commit(projection, expected, next, changes);
  }
  reset: ReadStore['reset'] = (p, c) => this.inner.reset(p, c);
  ping: ReadStore['ping'] = () => this.inner.ping();
  close: ReadStore['close'] = () => this.inner.close();
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Reads as a query would (by the new version's collection name) as fast as it can, keeping every answer. */
function startReader(store: ReadStore) {
  const answers: Array<{ version: number; count: number } | null> = [];
  const failures: unknown[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      try {
        const byId = await store.get<TallyDocument>('tallies.v2', STREAM);
        const found = await store.find<TallyDocument>('tallies.v2', { where: { kind: 'tally' } });
        answers.push(byId === null ? null : { version: byId.version, count: byId.count });
        if (found.length !== 1) answers.push(null);
      } catch (error) {
        failures.push(error);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  return {
    answers,
    failures,
    async stop() {
      running = false;
      await done;
    },
  };
}

function describeBlueGreen(label: string, openReadStore: () => Promise<{ store: ReadStore; dispose(): Promise<void> }>, describeIt: jest.Describe = describe) {
  describeIt(`When a new read model version starts beside one with data (${label})`, () => {
    let dir: string;
    let events: SqliteEventStore;
    let base: ReadStore;
    let dispose: () => Promise<void>;
    let runner: BlueGreenProjectionRunner | null = null;

    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'qa-blue-green-'));
      events = new SqliteEventStore(join(dir, 'events.sqlite'));
      for (let n = 0; n < EVENTS; n++) {
        await events.appendToStream(STREAM, [{ eventId: crypto.randomUUID(), type: 'Counted', data: {}, metadata: {} }], { expectedRevision: ANY });
      }
      ({ store: base, dispose } = await openReadStore());
      // Given version 1 built and kept in the read store.
      await runToHead(events, base, [tallies(1)]);
    });

    afterEach(async () => {
      await runner?.stop();
      runner = null;
      await dispose();
      await events.close();
      rmSync(dir, { recursive: true, force: true });
    });

    async function startVersion2(listed: AnyProjection[]) {
      const gated = new GatedReadStore(base, 'tallies.v2');
      const versions = await ReadModelVersions.prepare(gated, listed);
      const readers = new VersionedReadStore(gated, versions);
      runner = new BlueGreenProjectionRunner(events, readers, listed, { idleFlushMs: 1, batchSize: 10 });
      await runner.start();
      return { gated, versions, readers, runner };
    }

    it('should serve version 1 while version 2 builds, then version 2, and never an empty or failed read', async () => {
      const { gated, versions, readers, runner } = await startVersion2([tallies(2)]);
      const reader = startReader(readers);
      await until(() => reader.answers.length >= 20);
      expect(versions.family('tallies')).toMatchObject({ activeVersion: 1, buildingBeside: true, previousRunning: false });
      expect(runner.building).toEqual(['tallies.v2']);
      expect(reader.answers.at(-1)).toEqual({ version: 1, count: EVENTS });

      gated.open();
      await until(() => versions.family('tallies')!.activeVersion === 2);
      const switchedAt = reader.answers.length;
      await until(() => reader.answers.length >= switchedAt + 20);
      await reader.stop();

      expect(reader.failures).toEqual([]);
      expect(reader.answers).not.toContain(null);
      const seen = reader.answers.map((answer) => answer!.version);
      expect(seen.indexOf(2)).toBeGreaterThan(0);
      // Once on version 2, never back on version 1.
      expect(seen.slice(seen.indexOf(2)).every((version) => version === 2)).toBe(true);
      expect(reader.answers.at(-1)).toEqual({ version: 2, count: EVENTS });
      expect(runner.building).toEqual([]);
    });

    it('should not hold back a reader waiting for its own write while version 2 builds', async () => {
      const { gated, runner } = await startVersion2([tallies(1), tallies(2)]);
      const { position } = await events.appendToStream(STREAM, [{ eventId: crypto.randomUUID(), type: 'Counted', data: {}, metadata: {} }], {
        expectedRevision: ANY,
      });
      expect(await runner.waitForPosition(position, 5_000)).toBe(true);
      expect(await runner.waitUntilCaughtUp(5_000)).toBe(true);
      gated.open();
    });

    it('should keep version 1 running when it is still listed, so readers see new events while version 2 builds', async () => {
      const { gated, versions, readers } = await startVersion2([tallies(1), tallies(2)]);
      expect(versions.family('tallies')).toMatchObject({ activeVersion: 1, buildingBeside: true, previousRunning: true });
      await events.appendToStream(STREAM, [{ eventId: crypto.randomUUID(), type: 'Counted', data: {}, metadata: {} }], { expectedRevision: ANY });
      await until(async () => (await readers.get<TallyDocument>('tallies.v2', STREAM))?.count === EVENTS + 1);
      expect((await readers.get<TallyDocument>('tallies.v2', STREAM))?.version).toBe(1);
      gated.open();
      await until(() => versions.family('tallies')!.activeVersion === 2);
      expect(await readers.get<TallyDocument>('tallies.v2', STREAM)).toMatchObject({ version: 2, count: EVENTS + 1 });
    });

    it('should record the switch so that a restart serves version 2 at once and never falls back', async () => {
      const { gated, versions } = await startVersion2([tallies(2)]);
      gated.open();
      await until(() => versions.family('tallies')!.activeVersion === 2);
      await until(async () => (await base.checkpoint(activeVersionKey('tallies'))) === 2n);
      await runner!.stop();
      runner = null;

      const again = await ReadModelVersions.prepare(base, [tallies(2)]);
      expect(again.family('tallies')).toMatchObject({ activeVersion: 2, buildingBeside: false });
      expect(again.buildingBeside()).toEqual([]);
    });
  });
}

describeBlueGreen('SQLite and memory', async () => {
  const store = new MemoryReadStore();
  return { store, dispose: () => store.close() };
});

const describeRedis = await describeWithRedis('blue/green read model versions on Redis');
describeBlueGreen(
  'SQLite and Redis',
  async () => {
    const store = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: uniqueTestPrefix('blue-green') });
    return {
      store,
      dispose: async () => {
        await store.deleteAllKeys();
        await store.close();
      },
    };
  },
  describeRedis,
);

describe('When no previous version has data', () => {
  it('should serve the listed version and build nothing beside', async () => {
    const store = new MemoryReadStore();
    const versions = await ReadModelVersions.prepare(store, [tallies(2)]);
    expect(versions.family('tallies')).toMatchObject({ activeVersion: 2, buildingBeside: false });
    expect(versions.collectionFor('tallies.v2')).toBe('tallies.v2');
    expect(versions.collectionFor('somethingElse.v1')).toBe('somethingElse.v1');
  });
});
