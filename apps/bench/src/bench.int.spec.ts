import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { benchOptionsFrom } from './bench-options.js';
import { runBench } from './bench.js';

const benchDirectories = (): string[] => readdirSync(tmpdir()).filter((name) => name.startsWith('qa-bench-'));

// The smoke run proves the benchmark works end to end: it asserts what is printed, never a value.
describe('When the benchmark runs in smoke mode', () => {
  let report = '';
  let before: string[];

  beforeAll(async () => {
    before = benchDirectories();
    await runBench(benchOptionsFrom({ BENCH_SMOKE: '1' }), { write: (text: string) => (report += text) }, { write: () => true });
  }, 60_000);

  it('should print the Node version, the CPU and the sizes', () => {
    expect(report).toContain(`Node ${process.version} on `);
    expect(report).toContain('a) 4 case file audits through the command handler');
    expect(report).toMatch(/a\) 96 commands recorded \d+ events/);
    expect(report).toContain('c) 40 requests per GraphQL measurement, 4 in flight');
  });

  it.each([
    ['a)', 'handleCommand (case file audit decider, SQLite)', 'events/s'],
    ['a)', 'raw better-sqlite3 INSERT loop', 'rows/s'],
    ['c)', 'GraphQL mutation scheduleCaseFileAudit', 'requests/s'],
    ['c)', 'GraphQL query { __typename }', 'requests/s'],
  ])('should print the figure %s %s with its count, time and rate', (section, label, unit) => {
    const line = report.split('\n').find((candidate) => candidate.startsWith(`${section}  ${label} `));
    expect(line).toMatch(new RegExp(`\\s[\\d,]+\\s+\\d+\\.\\d{3}\\s+[\\d,]+ ${unit.replace('/', '\\/')}$`));
  });

  it.each([
    ['a)', 'handleCommand (case file audit decider, SQLite) / raw better-sqlite3 INSERT loop'],
    ['c)', 'GraphQL mutation scheduleCaseFileAudit / GraphQL query { __typename }'],
  ])('should print the ratio %s %s', (section, label) => {
    const line = report.split('\n').find((candidate) => candidate.startsWith(`${section}  ${label} `));
    expect(line).toMatch(/\s\d+\.\d{2}$/);
  });

  it('should remove its temporary directory', () => {
    expect(benchDirectories()).toEqual(before);
  });
});
