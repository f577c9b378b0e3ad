/**
 * Sizes of a benchmark run, from the environment. The defaults keep a whole run to a few minutes
 * on a small machine; BENCH_SMOKE=1 shrinks everything to prove the benchmark works end to end.
 */
export interface BenchOptions {
  readonly smoke: boolean;
  /** a) audits recorded through the command handler, each ~24 commands (BENCH_AUDITS). */
  readonly audits: number;
  /** b) events in the log replayed into the read stores (BENCH_EVENTS). */
  readonly replayEvents: number;
  /** c) HTTP requests per GraphQL measurement (BENCH_REQUESTS). */
  readonly requests: number;
  /** c) requests in flight at once (BENCH_CONCURRENCY). */
  readonly concurrency: number;
  /** b) the Redis read store's server (REDIS_URL); skipped with a note when unreachable. */
  readonly redisUrl: string;
}

export const DEFAULT_BENCH_OPTIONS: Omit<BenchOptions, 'redisUrl' | 'smoke'> = {
  audits: 1000,
  replayEvents: 100_000,
  requests: 2000,
  concurrency: 16,
};

export const SMOKE_BENCH_OPTIONS: Omit<BenchOptions, 'redisUrl' | 'smoke'> = {
  audits: 4,
  replayEvents: 600,
  requests: 40,
  concurrency: 4,
};

export class BenchOptionsError extends Error {
  override readonly name = 'BenchOptionsError';
}

export function benchOptionsFrom(env: Readonly<Record<string, string | undefined>>): BenchOptions {
  const smoke = ['1', 'true', 'yes'].includes((env['BENCH_SMOKE'] ?? '').trim().toLowerCase());
  const defaults = smoke ? SMOKE_BENCH_OPTIONS : DEFAULT_BENCH_OPTIONS;
  const problems: string[] = [];
  const count = (name: string, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min) {
      problems.push(`${name} must be a whole number of at least ${min}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const options: BenchOptions = {
    smoke,
    audits: count('BENCH_AUDITS', defaults.audits, 1),
    replayEvents: count('BENCH_EVENTS', defaults.replayEvents, 1),
    requests: count('BENCH_REQUESTS', defaults.requests, 1),
    concurrency: count('BENCH_CONCURRENCY', defaults.concurrency, 1),
    redisUrl: env['REDIS_URL']?.trim() || 'redis://127.0.0.1:6379',
  };
  if (problems.length > 0) throw new BenchOptionsError(problems.join('\n'));
  return options;
}
