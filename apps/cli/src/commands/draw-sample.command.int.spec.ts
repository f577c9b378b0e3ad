import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { CASELOAD_CSV, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../../../api/src/people/testing/people-fixtures.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, tempDirectory } from '../testing/cli-test-support.js';

// draw-sample on SQLite files: the staff and caseload imported by the CLI, the year drawn, the
// recorded draw re-run (CFA-1).

const YEAR = '2025';
const SEED = 'cfa-1-cli-board-minute-3';
const ACTOR = ['--actor', 'sqam-001'];

/** A fresh log with the fixture staff and caseload imported. */
async function importedLog(): Promise<ReturnType<typeof tempDirectory>> {
  const temp = tempDirectory();
  await new SqliteEventStore(temp.sqlitePath).close();
  const files = { staff: join(temp.dir, 'staff.csv'), cases: join(temp.dir, 'caseload.csv') };
  writeFileSync(files.staff, STAFF_CSV);
  writeFileSync(files.cases, CASELOAD_CSV);
  for (const [command, file] of [['import-staff', files.staff], ['import-cases', files.cases]] as const) {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    const code = await runCli([command, file, ...ACTOR, '--effective-from', FIXTURE_EFFECTIVE_FROM], run.context);
    if (code !== EXIT_OK) throw new Error(`${command} failed: ${run.stdout()}${run.stderr()}`);
  }
  return temp;
}

describe('draw-sample on a SQLite event log (CFA-1)', () => {
  let first: ReturnType<typeof tempDirectory>;
  let second: ReturnType<typeof tempDirectory>;

  beforeAll(async () => {
    first = await importedLog();
    second = await importedLog();
  });
  afterAll(() => {
    first.remove();
    second.remove();
  });

  const draw = async (log: ReturnType<typeof tempDirectory>, argv: readonly string[]) => {
    const run = captureContext({ SQLITE_PATH: log.sqlitePath });
    return { code: await runCli(['draw-sample', ...argv], run.context), stdout: run.stdout(), stderr: run.stderr() };
  };

  describe('When the same year is drawn with the same seed from two logs holding the same caseload', () => {
    let output: string;

    it('should print the seed and the same drawn cases', async () => {
      const a = await draw(first, ['--year', YEAR, '--seed', SEED, '--fraction', '0.3', ...ACTOR]);
      const b = await draw(second, ['--year', YEAR, '--seed', SEED, '--fraction', '0.3', ...ACTOR]);
      expect(a.code).toBe(EXIT_OK);
      const lines = a.stdout.trimEnd().split('\n');
      expect(lines.slice(0, 2)).toEqual([`year: ${YEAR}`, `seed: ${SEED}`]);
      expect(lines[2]).toMatch(/^drawn: 4 of 13 cases \(fraction 0\.3, draw date \d{4}-\d{2}-\d{2}, frame [0-9a-f]{64}\)$/);
      expect(lines.slice(3)).toHaveLength(4);
      for (const line of lines.slice(3)) expect(line).toMatch(/^10400\d\d\t[a-z-]+\t[A-Z_]+$/);
      expect(b.stdout).toBe(a.stdout);
      output = a.stdout;
    });

    it('should re-run the recorded draw with --verify to the same cases', async () => {
      const verified = await draw(first, ['--year', YEAR, '--verify']);
      expect(verified.code).toBe(EXIT_OK);
      expect(verified.stdout).toBe(`${output}VALID: the draw re-runs to the recorded cases; not allocated yet\n`);
    });

    it('should refuse a second draw of the year and exit 1', async () => {
      const again = await draw(first, ['--year', YEAR, ...ACTOR]);
      expect(again.code).toBe(EXIT_FAILURE);
      expect(again.stderr).toContain('ANNUAL_SAMPLE.ALREADY_DRAWN');
    });
  });

  describe('When a recorded draw was altered in the file', () => {
    it('should say what does not re-run and exit 1', async () => {
      const db = new Database(second.sqlitePath);
      try {
        db.exec('DROP TRIGGER IF EXISTS events_are_never_updated');
        const changed = db
          .prepare(`UPDATE events SET data = json_set(data, '$.drawn[0].azeusNumber', '1049999') WHERE stream_id = ? AND type = 'AnnualSampleDrawn'`)
          .run(`annualSample-${YEAR}`).changes;
        expect(changed).toBe(1);
      } finally {
        db.close();
      }
      const verified = await draw(second, ['--year', YEAR, '--verify']);
      expect(verified.code).toBe(EXIT_FAILURE);
      expect(verified.stdout).toMatch(/PROBLEM Draw: Recorded as drawn but not drawn by the rules: 1049999\n/);
      expect(verified.stdout).toMatch(/NOT VALID: \d+ problems?\n$/);
    });
  });

  describe('When a year was never drawn', () => {
    it('should exit 1 on --verify, saying so', async () => {
      const verified = await draw(first, ['--year', '2019', '--verify']);
      expect(verified.code).toBe(EXIT_FAILURE);
      expect(verified.stderr).toContain('The sample of 2019 has not been drawn');
    });
  });

  describe('When the command line is wrong', () => {
    it.each([
      [['--year', '25', ...ACTOR], '--year must be a four-digit year'],
      [['--year', YEAR, '--fraction', '1.5', ...ACTOR], '--fraction must be more than 0 and at most 1'],
      [['--year', YEAR], '--actor <staffId> is required to draw'],
      [['--year', YEAR, '--verify', '--seed', 'x'], 'give neither --seed nor --fraction'],
    ])('should exit 2 for %j', async (argv, message) => {
      const run = await draw(first, argv);
      expect(run.code).toBe(EXIT_USAGE);
      expect(run.stderr).toContain(message);
    });
  });
});
