import { describeReadStoreContract } from '../testing/read-store.contract.js';
import { describeWithRedis, redisTestUrl, uniqueTestPrefix } from '../testing/redis-test-support.js';
import type { ReadStore } from '../read-store.port.js';
import { RedisReadStore } from './redis-read-store.js';

const runPrefix = uniqueTestPrefix('read-store-contract');
const describeRedis = await describeWithRedis('RedisReadStore contract');
let testNumber = 0;

describeReadStoreContract(
  'redis',
  {
    // Each test gets its own prefix inside the run's prefix, and deletes its keys when done.
    create: () => RedisReadStore.connect({ url: redisTestUrl, keyPrefix: `${runPrefix}:${++testNumber}` }),
    dispose: async (store: ReadStore) => {
      await (store as RedisReadStore).deleteAllKeys();
      await store.close();
    },
  },
  describeRedis,
);

describeRedis('RedisReadStore', () => {
  describe('When a test run has finished with its stores', () => {
    it('should have left no key under the run prefix', async () => {
      const store = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: runPrefix });
      try {
        expect(await store.deleteAllKeys()).toBe(0);
      } finally {
        await store.close();
      }
    });
  });

  describe('When Redis cannot be reached', () => {
    it('should fail to connect with a clear error instead of waiting for ever', async () => {
      await expect(
        RedisReadStore.connect({ url: 'redis://127.0.0.1:1', keyPrefix: uniqueTestPrefix('unreachable'), connectAttempts: 1 }),
      ).rejects.toThrow(/Cannot connect to Redis/);
    });
  });
});
