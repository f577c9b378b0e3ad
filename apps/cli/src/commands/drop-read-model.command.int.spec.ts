import { RedisReadStore } from '../../../../libs/read-store/src/redis/redis-read-store.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../../../../libs/read-store/src/testing/redis-test-support.js';
import { recordActiveVersion } from '../../../../libs/read-store/src/versions/read-model-versions.js';
import { SUPERVISION_AUDITS_COLLECTION, supervisionAuditsProjection } from '../../../../projections/supervision-audits/supervision-audits.projection.js';
import { EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext } from '../testing/cli-test-support.js';

const NAME = supervisionAuditsProjection.name;
const CURRENT = supervisionAuditsProjection.version;
const OLD = { name: `supervisionAudits.v${CURRENT - 1}`, indexes: SUPERVISION_AUDITS_COLLECTION.indexes };
const OLD_KEY = `${NAME}.v${CURRENT - 1}`;

describe('When dropping a read model version with the memory read store', () => {
  it('should say there is nothing kept to drop', async () => {
    const run = captureContext({ SQLITE_PATH: ':memory:' });
    expect(await runCli(['drop-read-model', '--projection', NAME, '--version', '1'], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toBe('READ_STORE=memory: nothing kept, nothing to drop\n');
  });

  it.each([
    [['--projection', 'noSuchReadModel', '--version', '1'], '--projection: no read model "noSuchReadModel"'],
    [['--projection', NAME, '--version', 'one'], '--version must be a whole number from 1'],
    [['--projection', NAME], '--version <n> is required'],
  ])('should refuse %j with exit code 2', async (args, message) => {
    const run = captureContext({ SQLITE_PATH: ':memory:' });
    expect(await runCli(['drop-read-model', ...args], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain(message);
  });
});

const describeRedis = await describeWithRedis('drop-read-model on Redis');

describeRedis('When dropping an old read model version from Redis', () => {
  const keyPrefix = uniqueTestPrefix('cli-drop-read-model');
  const env = { SQLITE_PATH: ':memory:', READ_STORE: 'redis', REDIS_URL: redisTestUrl, REDIS_KEY_PREFIX: keyPrefix };
  let redis: RedisReadStore;

  beforeAll(async () => {
    redis = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix });
    // Given the previous version kept with a document, and the current one built beside it.
    await redis.defineCollection(OLD);
    await redis.defineCollection(SUPERVISION_AUDITS_COLLECTION);
    await redis.commit(OLD_KEY, null, 40n, [{ collection: OLD.name, id: 'audit-1', document: { auditId: 'audit-1', status: 'OPEN' } }]);
    await redis.commit(`${NAME}.v${CURRENT}`, null, 40n, [
      { collection: SUPERVISION_AUDITS_COLLECTION.name, id: 'audit-1', document: { auditId: 'audit-1', status: 'OPEN' } },
    ]);
  });
  afterAll(async () => {
    await redis.deleteAllKeys();
    await redis.close();
  });

  it('should refuse the old version while readers are still served it (no switch recorded), changing nothing', async () => {
    const run = captureContext(env);
    expect(await runCli(['drop-read-model', '--projection', NAME, '--version', String(CURRENT - 1)], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain(`is still served while v${CURRENT} builds beside it`);
    expect(await redis.checkpoint(OLD_KEY)).toBe(40n);
  });

  it('should refuse the version the service builds and serves', async () => {
    const run = captureContext(env);
    expect(await runCli(['drop-read-model', '--projection', NAME, '--version', String(CURRENT)], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain('is the version the service builds and serves');
  });

  it('should delete the old version\'s documents and checkpoint once readers have switched, and nothing of the current one', async () => {
    await recordActiveVersion(redis, NAME, CURRENT);
    const run = captureContext(env);
    expect(await runCli(['drop-read-model', '--projection', NAME, '--version', String(CURRENT - 1)], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toContain(`${OLD_KEY}: dropped ${OLD.name} and its checkpoint (was at position 40)`);
    expect(await redis.checkpoint(OLD_KEY)).toBeNull();
    expect(await redis.find(OLD.name)).toEqual([]);
    expect(await redis.get(SUPERVISION_AUDITS_COLLECTION.name, 'audit-1')).toEqual({ auditId: 'audit-1', status: 'OPEN' });
    expect(await redis.checkpoint(`${NAME}.v${CURRENT}`)).toBe(40n);
  });
});
