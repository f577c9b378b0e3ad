import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { benchOptionsFrom } from './bench-options.js';
import { runBench } from './bench.js';

const READ_MODELS = ALL_PROJECTIONS.length;

// The benchmark and this test look at the same Redis server.
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

async function redisKeys(pattern: string): Promise<string[]> {
  const client = createClient({ url: redisUrl });
  await client.connect();
  try {
    const keys: string[] = [];
    for await (const batch of client.scanIterator({ MATCH: pattern, COUNT: 1000 })) keys.push(...batch);
    return keys;
  } finally {
    await client.close();
  }
}

const benchDirectories = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('qa-bench-'));

// The smoke run proves the benchmark works end to end: it asserts what is printed, never a value.
describe('When the benchmark runs in smoke mode', () => {
  let report = '';
  let before: string[];
  // The generated dataset is cached; this run keeps its cache in a directory of its own.
  const datasetDir = mkdtempSync(join(tmpdir(), 'qa-council-datasets-smoke-'));
  const rowOf = (section: string, label: string): string | undefined =>
    report.split('\n').find((candidate) => candidate.startsWith(`${section}  ${label} `));

  beforeAll(async () => {
    before = benchDirectories();
    await runBench(
      benchOptionsFrom({ BENCH_SMOKE: '1', REDIS_URL: redisUrl, BENCH_DATASET_DIR: datasetDir }),
      { write: (text: string) => (report += text) },
      { write: () => true },
    );
    // Generous: the smoke run builds 32 read models and a service twice; timings are not what it tests.
  }, 180_000);

  afterAll(() => rmSync(datasetDir, { recursive: true, force: true }));

  it('should print the Node version, the CPU and the sizes', () => {
    expect(report).toContain(`Node ${process.version} on `);
    expect(report).toContain('a) 4 case file audits through the command handler');
    expect(report).toMatch(/a\) 96 commands recorded \d+ events/);
    expect(report).toContain('b) 600 events replayed through the case file audit projection');
    expect(report).toMatch(/b\) the replayed log holds \d+ case file audits/);
    expect(report).toContain('c) 40 requests per GraphQL measurement, 4 in flight');
    expect(report).toContain('d) a generated council of at least 3000 events: full rebuild, monthly overview, quotas and overdue with 32 clients (64 requests each)');
    expect(report).toMatch(/d\) dataset: [\d,]+ events, 2 teams, 2021-01 to \d{4}-\d{2} \(\d+ months\); generated in \d+\.\d s into /);
  });

  it('should print the monthly QA overview built cold on the rebuilt memory read store, in seconds', () => {
    expect(report).toMatch(/d\) monthly QA overview for 2021-01 built cold on the rebuilt MemoryReadStore: \d+\.\d{3} s/);
  });

  it('should say the service found nothing owed in the generated log (CFA-7, CFA-13) before the HTTP figures, so they are of its steady state', () => {
    // The generated log holds what the running service would have recorded (CFA-7, CFA-13): nothing is owed.
    expect(report).toMatch(/d\) before measuring, the service sent what the generated log owed: 0 events \(notifications sent, immediate escalations raised\) in \d+\.\d s/);
  });

  it.each([
    'GraphQL { __typename }, 32 clients',
    'GraphQL quotas(period), 32 clients',
    'GraphQL overdue(asOf), 32 clients',
    'GraphQL quotas(period), 1 client',
    'GraphQL overdue(asOf), 1 client',
  ])(
    'should print the p50 and p99 of %s',
    (label) => {
      expect(report).toMatch(new RegExp(`d\\) ${label.replace(/[{}()]/g, '\\$&')}: p50 \\d+\\.\\d ms, p99 \\d+\\.\\d ms`));
    },
  );

  it.each([
    ['a)', 'handleCommand (case file audit decider, SQLite)', 'events/s'],
    ['a)', 'raw better-sqlite3 INSERT loop', 'rows/s'],
    ['b)', 'raw $all read (readAll, 1000 per page)', 'events/s'],
    ['b)', 'runToHead into MemoryReadStore', 'events/s'],
    ['b)', 'ProjectionRunner catch-up into MemoryReadStore', 'events/s'],
    ['c)', 'GraphQL mutation scheduleCaseFileAudit', 'requests/s'],
    ['c)', 'GraphQL query { __typename }', 'requests/s'],
    ['d)', 'raw $all read of the dataset', 'events/s'],
    ['d)', `rebuild of ${READ_MODELS} read models into MemoryReadStore`, 'events/s'],
    ['d)', 'GraphQL { __typename }, 32 clients', 'requests/s'],
    ['d)', 'GraphQL quotas(period), 32 clients', 'requests/s'],
    ['d)', 'GraphQL overdue(asOf), 32 clients', 'requests/s'],
    ['d)', 'GraphQL quotas(period), 1 client', 'requests/s'],
    ['d)', 'GraphQL overdue(asOf), 1 client', 'requests/s'],
  ])('should print the figure %s %s with its count, time and rate', (section, label, unit) => {
    const line = rowOf(section, label);
    expect(line).toMatch(new RegExp(`\\s[\\d,]+\\s+\\d+\\.\\d{3}\\s+[\\d,.]+ ${unit.replace('/', '\\/')}$`));
  });

  it.each([
    ['a)', 'handleCommand (case file audit decider, SQLite) / raw better-sqlite3 INSERT loop'],
    ['b)', 'runToHead into MemoryReadStore / raw $all read (readAll, 1000 per page)'],
    ['b)', 'ProjectionRunner catch-up into MemoryReadStore / raw $all read (readAll, 1000 per page)'],
    ['c)', 'GraphQL mutation scheduleCaseFileAudit / GraphQL query { __typename }'],
    ['d)', `rebuild of ${READ_MODELS} read models into MemoryReadStore / raw $all read of the dataset`],
    ['d)', 'GraphQL quotas(period), 32 clients / GraphQL { __typename }, 32 clients'],
    ['d)', 'GraphQL overdue(asOf), 32 clients / GraphQL { __typename }, 32 clients'],
    ['d)', 'GraphQL quotas(period), 1 client / GraphQL { __typename }, 32 clients'],
    ['d)', 'GraphQL overdue(asOf), 1 client / GraphQL { __typename }, 32 clients'],
  ])('should print the ratio %s %s', (section, label) => {
    expect(rowOf(section, label)).toMatch(/\s\d+\.\d{2,4}$/);
  });

  // Redis is shared and may be down on a developer's machine; with CI set it must be measured.
  it('should print the Redis replay and its ratio and delete its keys, or say why Redis was skipped (never with CI set)', async () => {
    const skippedNote = report.split('\n').find((line) => line.startsWith('b)  runToHead into RedisReadStore: skipped, Redis at '));
    if (process.env['CI'] || skippedNote === undefined) {
      expect(rowOf('b)', 'runToHead into RedisReadStore')).toMatch(/\s[\d,.]+ events\/s$/);
      expect(rowOf('b)', 'runToHead into RedisReadStore / raw $all read (readAll, 1000 per page)')).toMatch(/\s\d+\.\d{2,4}$/);
      expect(rowOf('d)', `rebuild of ${READ_MODELS} read models into RedisReadStore`)).toMatch(/\s[\d,.]+ events\/s$/);
      expect(rowOf('d)', `rebuild of ${READ_MODELS} read models into RedisReadStore / raw $all read of the dataset`)).toMatch(/\s\d+\.\d{2,4}$/);
      expect(report).toMatch(/d\) monthly QA overview for 2021-01 built cold on the rebuilt RedisReadStore: \d+\.\d{3} s/);
      expect(await redisKeys(`bench:${process.pid}:*`)).toEqual([]);
    } else {
      expect(skippedNote).toContain('is unreachable');
    }
  });

  it('should remove its temporary directory', () => {
    expect(benchDirectories()).toEqual(before);
  });
});
