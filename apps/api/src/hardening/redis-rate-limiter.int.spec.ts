import { createClient } from 'redis';
import { describeWithRedis, redisTestUrl as REDIS_URL, uniqueTestPrefix } from '../../../../libs/read-store/src/testing/redis-test-support.js';
import { RedisRateLimiter } from './rate-limiter.js';

const SIZE = { burst: 5, perMinute: 60 };
// Redis is shared: this run uses its own key prefix and deletes only its own keys.
const describeRedis = await describeWithRedis('Token bucket rate limiter in Redis');

describeRedis('Token bucket rate limiter in Redis (issue 6 item 6)', () => {
  const prefix = uniqueTestPrefix('rate-limiter');
  let replicaA: RedisRateLimiter;
  let replicaB: RedisRateLimiter;
  const raw = createClient({ url: REDIS_URL });

  beforeAll(async () => {
    replicaA = await RedisRateLimiter.connect({ url: REDIS_URL, keyPrefix: prefix });
    replicaB = await RedisRateLimiter.connect({ url: REDIS_URL, keyPrefix: prefix });
    await raw.connect();
  });

  afterAll(async () => {
    for await (const keys of raw.scanIterator({ MATCH: `${prefix}:*` })) if (keys.length > 0) await raw.unlink(keys);
    await raw.close();
    await replicaA.close();
    await replicaB.close();
  });

  describe('When two replicas serve the same subject', () => {
    it('should share one bucket: the burst is spent across both, then both refuse', async () => {
      const decisions = [];
      for (let i = 0; i < 6; i++) decisions.push(await (i % 2 === 0 ? replicaA : replicaB).take('subject:sw-001', SIZE));
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, true, true, false]);
      expect(decisions[5]!.retryAfterSeconds).toBe(1);
      expect((await replicaB.take('subject:sw-002', SIZE)).allowed).toBe(true);
    });
  });

  describe('When many requests arrive at once', () => {
    it('should take tokens atomically: exactly the burst is allowed', async () => {
      const decisions = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? replicaA : replicaB).take('subject:concurrent', SIZE)));
      expect(decisions.filter((d) => d.allowed)).toHaveLength(SIZE.burst);
    });
  });

  describe('When a bucket has been used', () => {
    it('should keep it under the prefix only until it would be full again', async () => {
      await replicaA.take('ip:192.0.2.1', SIZE);
      const key = `${prefix}:rate-limit:ip:192.0.2.1`;
      const ttl = await raw.pTTL(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(2_000);
    });
  });

  describe('When Redis cannot be reached', () => {
    it('should fail to connect with a message naming the address', async () => {
      await expect(RedisRateLimiter.connect({ url: 'redis://127.0.0.1:1', keyPrefix: prefix, connectAttempts: 1 })).rejects.toThrow(
        /Cannot connect the rate limiter to Redis at redis:\/\/127\.0\.0\.1:1/,
      );
    });
  });
});
