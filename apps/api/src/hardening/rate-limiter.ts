import { createHash } from 'node:crypto';
import { connectRedisClient, type RedisClient } from '../../../../libs/read-store/src/redis/redis-connection.js';
import type { BucketSize } from '../../../../libs/config/src/hardening-config.js';

/**
 * Issue 6 item 6: token buckets. A bucket holds up to `burst` tokens and gains `perMinute` a
 * minute; each request takes one, and a request that finds less than one is refused with the time
 * until the next token. An idle bucket is full, so it needs no state: the memory limiter forgets
 * full buckets and the Redis one lets them expire.
 */
export interface RateDecision {
  readonly allowed: boolean;
  /** Whole seconds until a request would be allowed again (0 when allowed). */
  readonly retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Takes a token from the bucket named `key`, of the given size. */
  take(key: string, size: BucketSize): Promise<RateDecision>;
  close(): Promise<void>;
}

function decision(allowed: boolean, tokens: number, size: BucketSize): RateDecision {
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(((1 - tokens) * 60) / size.perMinute)) };
}

/** One process's buckets (the embedded default; each replica counts on its own). */
export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; size: BucketSize }>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Past this many buckets, the full ones are forgotten. */
    private readonly sweepAbove = 10_000,
  ) {}

  async take(key: string, size: BucketSize): Promise<RateDecision> {
    const now = this.now();
    const bucket = this.buckets.get(key);
    let tokens = bucket ? refilled(bucket.tokens, now - bucket.at, size) : size.burst;
    const allowed = tokens >= 1;
    if (allowed) tokens -= 1;
    this.buckets.set(key, { tokens, at: now, size });
    if (this.buckets.size > this.sweepAbove) this.sweep(now);
    return decision(allowed, tokens, size);
  }

  /** How many buckets are held (for tests of the sweep). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (refilled(bucket.tokens, now - bucket.at, bucket.size) >= bucket.size.burst) this.buckets.delete(key);
    }
  }

  async close(): Promise<void> {
    this.buckets.clear();
  }
}

function refilled(tokens: number, elapsedMs: number, size: BucketSize): number {
  return Math.min(size.burst, tokens + (Math.max(0, elapsedMs) * size.perMinute) / 60_000);
}

/**
 * The same bucket in Redis, taken atomically by a script on the server's clock, so replicas share
 * one budget per subject and their clocks do not matter. Lua numbers are doubles; the tokens go
 * back as a string because Redis would truncate a returned number to an integer.
 */
const TAKE_SCRIPT = `
local burst = tonumber(ARGV[1])
local perMinute = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * perMinute / 60000)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) * 60000 / perMinute) + 1000)
return { allowed, tostring(tokens) }
`;
const TAKE_SHA = createHash('sha1').update(TAKE_SCRIPT).digest('hex');

type Client = RedisClient;

export interface RedisRateLimiterOptions {
  readonly url: string;
  /** Keys are `<keyPrefix>:rate-limit:<bucket key>`. */
  readonly keyPrefix: string;
  /** Connection attempts before `connect` gives up (default 3); once connected it reconnects for ever. */
  readonly connectAttempts?: number;
}

export class RedisRateLimiter implements RateLimiter {
  private constructor(
    private readonly client: Client,
    private readonly prefix: string,
  ) {}

  static async connect(options: RedisRateLimiterOptions): Promise<RedisRateLimiter> {
    const client = await connectRedisClient(options, 'the rate limiter');
    return new RedisRateLimiter(client, `${options.keyPrefix}:rate-limit`);
  }

  async take(key: string, size: BucketSize): Promise<RateDecision> {
    const keys = [`${this.prefix}:${key}`];
    const args = [String(size.burst), String(size.perMinute)];
    let reply: unknown;
    try {
      reply = await this.client.evalSha(TAKE_SHA, { keys, arguments: args });
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      reply = await this.client.eval(TAKE_SCRIPT, { keys, arguments: args });
    }
    const [allowed, tokens] = reply as [number, string];
    return decision(allowed === 1, Number(tokens), size);
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}
