import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { runToHead } from './projection-runner.js';
import { projectionKey, type Projection } from './projection.js';
import type { Document } from './read-store.port.js';
import { RedisReadStore } from './redis/redis-read-store.js';
import { CRASH_TEST_PROJECTIONS, recordCrashTestHistory } from './testing/crash-test-history.js';
import { foldProjection } from './testing/probe-projections.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from './testing/redis-test-support.js';

const describeRedis = await describeWithRedis('Projection runner crash test');

const childScript = fileURLToPath(new URL('./testing/run-projections.child.ts', import.meta.url));
const register = new URL('../../testing/ts-register.mjs', import.meta.url).href;

interface ChildOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly commits: number;
  readonly stdout: string[];
  readonly stderr: string;
}

/** Runs the projection runner in a child process; SIGKILLs it once it has printed `killAfterCommits` commits. */
function runChild(file: string, prefix: string, killAfterCommits: number | null, children: Set<ChildProcess>): Promise<ChildOutcome> {
  const child = spawn(process.execPath, ['--import', register, childScript, file, redisTestUrl, prefix], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const stdout: string[] = [];
  let stderr = '';
  let commits = 0;
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    stdout.push(line);
    if (line.startsWith('committed ')) {
      commits += 1;
      if (commits === killAfterCommits) child.kill('SIGKILL');
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, commits, stdout, stderr });
    });
  });
}

/** Every key under a prefix, and its value (sets sorted), with the prefix taken off both (reverse-index sets hold keys). */
async function dumpKeys(prefix: string): Promise<Record<string, string | string[]>> {
  const client = createClient({ url: redisTestUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const dump: Record<string, string | string[]> = {};
    for await (const keys of client.scanIterator({ MATCH: `${prefix}:*`, COUNT: 1_000 })) {
      for (const key of keys) {
        const type = await client.type(key);
        const name = key.slice(prefix.length);
        if (type === 'string') dump[name] = (await client.get(key))!;
        else if (type === 'set') dump[name] = (await client.sMembers(key)).map((member) => member.replace(prefix, '')).sort();
        else throw new Error(`Unexpected ${type} at ${key}`);
      }
    }
    return dump;
  } finally {
    await client.close();
  }
}

async function checkpoints(readStore: RedisReadStore): Promise<Array<bigint | null>> {
  return Promise.all(CRASH_TEST_PROJECTIONS.map((projection) => readStore.checkpoint(projectionKey(projection))));
}

describeRedis('Projection runner killed mid catch-up (SIGKILL) on Redis and SQLite', () => {
  const children = new Set<ChildProcess>();
  const crashedPrefix = uniqueTestPrefix('crash-restarted');
  const rebuiltPrefix = uniqueTestPrefix('crash-rebuilt');
  let dir: string;
  let file: string;
  let store: SqliteEventStore;
  let crashed: RedisReadStore;
  let rebuilt: RedisReadStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'projection-crash-'));
    file = join(dir, 'events.sqlite');
    store = new SqliteEventStore(file);
    // About 20 000 events: probe streams updated in many interleaved appends, and case file audits.
    await recordCrashTestHistory(store, { probeStreams: 150, rounds: 10, eventsPerAppend: 12, audits: 60 });
    crashed = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: crashedPrefix });
    rebuilt = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: rebuiltPrefix });
  }, 60_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await crashed?.deleteAllKeys();
    await rebuilt?.deleteAllKeys();
    await crashed?.close();
    await rebuilt?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('When the runner is killed three times part way and then restarted to the end', () => {
    it('should end with exactly the read model of a clean rebuild: every key, document, index entry and checkpoint', async () => {
      const head = (await store.headPosition())!;
      expect(head).toBeGreaterThan(19_000n);

      // 1. Killed at different depths: right after its first commit, then further in.
      let previous: Array<bigint | null> = CRASH_TEST_PROJECTIONS.map(() => null);
      for (const killAfterCommits of [1, 40, 150]) {
        const outcome = await runChild(file, crashedPrefix, killAfterCommits, children);
        expect({ signal: outcome.signal, stderr: outcome.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });

        const now = await checkpoints(crashed);
        // The checkpoint has moved, never backwards, and the kill came before the head.
        expect(now.some((checkpoint, i) => checkpoint !== null && (previous[i] === null || checkpoint > previous[i]!))).toBe(true);
        now.forEach((checkpoint, i) => {
          if (previous[i] !== null) expect(checkpoint! >= previous[i]!).toBe(true);
        });
        expect(now.some((checkpoint) => checkpoint === null || checkpoint < head)).toBe(true);
        previous = now;
      }

      // 2. Restarted, left to finish.
      const finished = await runChild(file, crashedPrefix, null, children);
      expect({ code: finished.code, stderr: finished.stderr, last: finished.stdout.at(-1) }).toEqual({
        code: 0,
        stderr: '',
        last: `caught-up ${head}`,
      });

      // 3. A clean rebuild under another prefix, in one go.
      await runToHead(store, rebuilt, CRASH_TEST_PROJECTIONS, { reset: true });

      // 4. The same read model: documents, checkpoints, and every key with its value.
      const recorded = await store.readAll();
      for (const projection of CRASH_TEST_PROJECTIONS) {
        await crashed.defineCollection(projection.collection);
        const key = projectionKey(projection);
        const documents = await crashed.find(projection.collection.name);
        expect(documents.length).toBeGreaterThan(0);
        expect(documents).toEqual(await rebuilt.find(projection.collection.name));
        // And what a pure fold of the log gives, so a fault shared by both paths would show too.
        expect(documents).toEqual(foldProjection(projection as Projection<Document>, recorded));
        expect(await crashed.checkpoint(key)).toBe(head);
        expect(await rebuilt.checkpoint(key)).toBe(head);
      }
      const crashedKeys = await dumpKeys(crashedPrefix);
      expect(Object.keys(crashedKeys).length).toBeGreaterThan(500);
      expect(crashedKeys).toEqual(await dumpKeys(rebuiltPrefix));
    }, 120_000);
  });
});
