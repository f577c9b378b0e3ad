import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../../../libs/read-store/src/projection-runner.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import { RedisReadStore } from '../../../../libs/read-store/src/redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../../../../libs/read-store/src/testing/redis-test-support.js';
import {
  CASE_FILE_AUDITS_COLLECTION,
  caseFileAuditsProjection,
} from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { STAFF_COLLECTION, staffProjection } from '../../../../projections/staff/staff.projection.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, recordAudits, tempDirectory } from '../testing/cli-test-support.js';

const PROJECTION = projectionKey(caseFileAuditsProjection);
const COLLECTION = CASE_FILE_AUDITS_COLLECTION.name;

/** The read model a clean replay of the log gives, to compare a rebuild against. */
async function cleanReadModel(sqlitePath: string): Promise<unknown[]> {
  const store = new SqliteEventStore(sqlitePath);
  const memory = new MemoryReadStore();
  try {
    await runToHead(store, memory, [caseFileAuditsProjection]);
    return await memory.find(COLLECTION);
  } finally {
    await store.close();
  }
}

describe('When rebuilding with the memory read store', () => {
  const temp = tempDirectory();
  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    await recordAudits(store, 3, 2);
    await store.close();
  });
  afterAll(() => temp.remove());

  it('should replay every event, report the checkpoint and progress, and say nothing was kept', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['rebuild'], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toMatch(new RegExp(`^Rebuilt from 12 events in \\d+\\.\\d s: .*\\b${PROJECTION.replace('.', '\\.')} at position 12\\b`));
    expect(run.stdout()).toContain('READ_STORE=memory: nothing kept');
    expect(run.stderr()).toMatch(/rebuild: 12 events \(100%\), [\d,]+ events\/s, done\n/);
  });

  it('should rebuild only the read model named with --projection, with the same progress line', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['rebuild', '--projection', 'caseFileAudits'], run.context)).toBe(EXIT_OK);
    expect(run.stderr()).toContain(`Rebuilding ${PROJECTION} in the memory read store`);
    expect(run.stdout()).toMatch(new RegExp(`^Rebuilt from 12 events in \\d+\\.\\d s: ${PROJECTION.replace('.', '\\.')} at position 12\n`));
    expect(run.stderr()).toMatch(/rebuild: 12 events \(100%\), [\d,]+ events\/s, done\n/);
  });

  it('should refuse a read model that does not exist with exit code 2, naming the known ones', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['rebuild', '--projection', 'caseFileAudits,noSuchReadModel'], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain('--projection: no read model "noSuchReadModel"; known: caseFileAudits.v2,');
  });

  it('should refuse a missing SQLite file with exit code 1', async () => {
    const run = captureContext({ SQLITE_PATH: `${temp.dir}/elsewhere.sqlite` });
    expect(await runCli(['rebuild'], run.context)).toBe(EXIT_FAILURE);
    expect(run.stderr()).toContain('No event store file at');
  });
});

const describeRedis = await describeWithRedis('rebuild into Redis');

describeRedis('When rebuilding a Redis read model that has drifted from the log', () => {
  const temp = tempDirectory();
  const keyPrefix = uniqueTestPrefix('cli-rebuild');
  let redis: RedisReadStore;
  let streams: string[];

  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    streams = await recordAudits(store, 4, 3);
    await store.close();
    redis = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix });
    // What the rebuild must clear: a document no event made, and a checkpoint past half the log.
    await redis.defineCollection(CASE_FILE_AUDITS_COLLECTION);
    await redis.commit(PROJECTION, null, 10n, [{ collection: COLLECTION, id: 'not-in-the-log', document: { auditId: 'not-in-the-log' } }]);
  });
  afterAll(async () => {
    await redis.deleteAllKeys();
    await redis.close();
    temp.remove();
  });

  it('should leave exactly the read model of a clean replay, checkpointed at the head', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath, READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: keyPrefix });
    expect(await runCli(['rebuild'], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toContain(`Rebuilt from 20 events`);

    expect(await redis.checkpoint(PROJECTION)).toBe(20n);
    expect(await redis.get(COLLECTION, 'not-in-the-log')).toBeNull();
    const rebuilt = await redis.find(COLLECTION);
    expect(rebuilt).toHaveLength(streams.length);
    expect(rebuilt).toEqual(await cleanReadModel(temp.sqlitePath));
  });

  it('should leave the read models not named with --projection as they were', async () => {
    await redis.defineCollection(STAFF_COLLECTION);
    // Given a staff read model that differs from the log (the earlier full rebuild checkpointed it at the head).
    await redis.commit(projectionKey(staffProjection), await redis.checkpoint(projectionKey(staffProjection)), 3n, [{ collection: STAFF_COLLECTION.name, id: 'kept', document: { staffId: 'kept' } }]);
    await redis.commit(PROJECTION, 20n, 5n, [{ collection: COLLECTION, id: 'not-in-the-log', document: { auditId: 'not-in-the-log' } }]);
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath, READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: keyPrefix });
    expect(await runCli(['rebuild', '--projection', PROJECTION], run.context)).toBe(EXIT_OK);

    expect(await redis.checkpoint(PROJECTION)).toBe(20n);
    expect(await redis.get(COLLECTION, 'not-in-the-log')).toBeNull();
    expect(await redis.checkpoint(projectionKey(staffProjection))).toBe(3n);
    expect(await redis.get(STAFF_COLLECTION.name, 'kept')).toEqual({ staffId: 'kept' });
  });
});
