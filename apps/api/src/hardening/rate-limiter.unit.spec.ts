import { MemoryRateLimiter } from './rate-limiter.js';

const SIZE = { burst: 3, perMinute: 120 };

describe('Token bucket rate limiter in memory (issue 6 item 6)', () => {
  let now = 0;
  const limiter = () => new MemoryRateLimiter(() => now);

  beforeEach(() => {
    now = 1_000_000;
  });

  describe('When a subject sends its burst at once', () => {
    it('should allow the burst and refuse the next request with the seconds until a token returns', async () => {
      const buckets = limiter();
      const decisions = [];
      for (let i = 0; i < 4; i++) decisions.push(await buckets.take('subject:sw-001', SIZE));
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
      expect(decisions[3]).toEqual({ allowed: false, retryAfterSeconds: 1 });
    });
  });

  describe('When time passes after the bucket is empty', () => {
    it('should refill at the configured rate, never past the burst', async () => {
      const buckets = limiter();
      for (let i = 0; i < 3; i++) await buckets.take('k', SIZE);
      now += 500; // one token back at 120 a minute
      expect((await buckets.take('k', SIZE)).allowed).toBe(true);
      expect((await buckets.take('k', SIZE)).allowed).toBe(false);
      now += 60_000; // a minute idle: full again, but only to the burst
      const afterIdle = [];
      for (let i = 0; i < 4; i++) afterIdle.push((await buckets.take('k', SIZE)).allowed);
      expect(afterIdle).toEqual([true, true, true, false]);
    });

    it('should say how long to wait for the next token', async () => {
      const slow = { burst: 1, perMinute: 6 };
      const buckets = limiter();
      await buckets.take('k', slow);
      expect(await buckets.take('k', slow)).toEqual({ allowed: false, retryAfterSeconds: 10 });
      now += 4_000;
      expect(await buckets.take('k', slow)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    });
  });

  describe('When two subjects send requests', () => {
    it('should keep a bucket for each', async () => {
      const buckets = limiter();
      for (let i = 0; i < 3; i++) await buckets.take('subject:a', SIZE);
      expect((await buckets.take('subject:a', SIZE)).allowed).toBe(false);
      expect((await buckets.take('subject:b', SIZE)).allowed).toBe(true);
    });
  });

  describe('When many clients have come and gone', () => {
    it('should forget the buckets that have filled up again, keeping the memory bounded', async () => {
      const buckets = new MemoryRateLimiter(() => now, 100);
      for (let i = 0; i < 100; i++) await buckets.take(`ip:10.0.0.${i}`, SIZE);
      now += 10_000;
      await buckets.take('ip:10.0.1.1', SIZE);
      expect(buckets.size).toBe(1);
    });
  });
});
