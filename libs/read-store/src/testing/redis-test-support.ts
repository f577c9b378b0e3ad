import { randomUUID } from 'node:crypto';
import { RedisReadStore } from '../redis/redis-read-store.js';

/** Where Redis-backed tests look for Redis. */
export const redisTestUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test run shares: Redis is shared, so a run touches only its own keys. */
export function uniqueTestPrefix(label: string): string {
  return `test:${label}:${process.pid}:${randomUUID()}`;
}

/**
 * Picks the describe function for a suite that needs Redis. Redis reachable: `describe`.
 * Unreachable with CI set: still `describe`, so the suite fails rather than passing unseen.
 * Unreachable locally: the suite is skipped and says why.
 */
export async function describeWithRedis(suite: string): Promise<jest.Describe> {
  try {
    const probe = await RedisReadStore.connect({ url: redisTestUrl, keyPrefix: uniqueTestPrefix('probe'), connectAttempts: 1 });
    await probe.ping();
    await probe.close();
    return describe;
  } catch (error) {
    if (process.env['CI']) {
      console.error(`${suite}: Redis at ${redisTestUrl} is unreachable and CI is set, so the suite will fail: ${(error as Error).message}`);
      return describe;
    }
    console.warn(`${suite}: SKIPPED, Redis at ${redisTestUrl} is unreachable (${(error as Error).message}). Set CI to make this a failure.`);
    return describe.skip;
  }
}
