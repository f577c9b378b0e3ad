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
  /** b), d) the Redis read store's server (REDIS_URL); skipped with a note when unreachable. */
  readonly redisUrl: string;
  /** d) events in the generated council dataset (BENCH_DATASET_EVENTS). */
  readonly datasetEvents: number;
  /** d) HTTP requests per query measured on the dataset (BENCH_DATASET_REQUESTS). */
  readonly datasetRequests: number;
  /** d) concurrent HTTP clients on the dataset (BENCH_DATASET_CLIENTS). */
  readonly datasetClients: number;
  /** d) where generated datasets are cached between runs (BENCH_DATASET_DIR); null: the default. */
  readonly datasetDir: string | null;
  /** d) the read store of the service queried over HTTP (BENCH_DATASET_READ_STORE): Redis when reachable, or memory. */
  readonly datasetServiceReadStore: 'redis' | 'memory';
}

type Sizes = Omit<BenchOptions, 'redisUrl' | 'smoke' | 'datasetDir' | 'datasetServiceReadStore'>;

export const DEFAULT_BENCH_OPTIONS: Sizes = {
  audits: 1000,
  replayEvents: 100_000,
  requests: 2000,
  concurrency: 16,
  datasetEvents: 1_000_000,
  datasetRequests: 64,
  datasetClients: 32,
};

export const SMOKE_BENCH_OPTIONS: Sizes = {
  audits: 4,
  replayEvents: 600,
  requests: 40,
  concurrency: 4,
  datasetEvents: 3_000,
  datasetRequests: 64,
  datasetClients: 32,
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
    datasetEvents: count('BENCH_DATASET_EVENTS', defaults.datasetEvents, 100),
    datasetRequests: count('BENCH_DATASET_REQUESTS', defaults.datasetRequests, 1),
    datasetClients: count('BENCH_DATASET_CLIENTS', defaults.datasetClients, 1),
    datasetDir: env['BENCH_DATASET_DIR']?.trim() || null,
    datasetServiceReadStore: readStoreOf(env['BENCH_DATASET_READ_STORE'], problems),
  };
  if (problems.length > 0) throw new BenchOptionsError(problems.join('\n'));
  return options;
}

function readStoreOf(raw: string | undefined, problems: string[]): 'redis' | 'memory' {
  const value = raw?.trim().toLowerCase() || 'redis';
  if (value === 'redis' || value === 'memory') return value;
  problems.push(`BENCH_DATASET_READ_STORE must be redis or memory, got "${raw}"`);
  return 'redis';
}
