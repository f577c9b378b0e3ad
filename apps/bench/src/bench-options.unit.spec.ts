import { BenchOptionsError, benchOptionsFrom, DEFAULT_BENCH_OPTIONS, SMOKE_BENCH_OPTIONS } from './bench-options.js';

describe('When the benchmark reads its sizes from the environment', () => {
  it('should default to the full sizes, with 100k events replayed', () => {
    expect(benchOptionsFrom({})).toEqual({ smoke: false, ...DEFAULT_BENCH_OPTIONS, redisUrl: 'redis://127.0.0.1:6379', datasetDir: null, datasetServiceReadStore: 'redis' });
    expect(DEFAULT_BENCH_OPTIONS.replayEvents).toBe(100_000);
  });

  it('should default to a council dataset of at least a million events, queried by 32 clients', () => {
    expect(DEFAULT_BENCH_OPTIONS.datasetEvents).toBeGreaterThanOrEqual(1_000_000);
    expect(DEFAULT_BENCH_OPTIONS.datasetClients).toBe(32);
    expect(benchOptionsFrom({ BENCH_DATASET_EVENTS: '250000', BENCH_DATASET_DIR: '/var/tmp/datasets', BENCH_DATASET_READ_STORE: 'memory' })).toMatchObject({
      datasetEvents: 250_000,
      datasetDir: '/var/tmp/datasets',
      datasetServiceReadStore: 'memory',
    });
    expect(() => benchOptionsFrom({ BENCH_DATASET_READ_STORE: 'disk' })).toThrow('BENCH_DATASET_READ_STORE must be redis or memory, got "disk"');
  });

  it('should shrink to the smoke sizes with BENCH_SMOKE=1, and let each size be overridden', () => {
    expect(benchOptionsFrom({ BENCH_SMOKE: '1', BENCH_EVENTS: '1234', REDIS_URL: 'redis://10.0.0.1:6380' })).toEqual({
      smoke: true,
      ...SMOKE_BENCH_OPTIONS,
      replayEvents: 1234,
      redisUrl: 'redis://10.0.0.1:6380',
      datasetDir: null,
      datasetServiceReadStore: 'redis',
    });
  });

  it('should refuse a size that is not a positive whole number, naming every bad variable', () => {
    expect(() => benchOptionsFrom({ BENCH_AUDITS: '0', BENCH_REQUESTS: 'lots' })).toThrow(
      new BenchOptionsError(
        'BENCH_AUDITS must be a whole number of at least 1, got "0"\nBENCH_REQUESTS must be a whole number of at least 1, got "lots"',
      ),
    );
  });
});
