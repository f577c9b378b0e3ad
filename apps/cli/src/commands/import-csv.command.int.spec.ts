import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import {
  CASELOAD_CSV,
  CASELOAD_FILE_EVENTS,
  FIXTURE_EFFECTIVE_FROM,
  STAFF_CSV,
  STAFF_FILE_EVENTS,
  withRowsAfter,
} from '../../../api/src/people/testing/people-fixtures.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, tempDirectory } from '../testing/cli-test-support.js';

// The import-staff and import-cases commands on a SQLite file, as an operator runs them.

describe('import-staff and import-cases on a SQLite event log', () => {
  const temp = tempDirectory();
  const staffFile = join(temp.dir, 'staff.csv');
  const caseloadFile = join(temp.dir, 'caseload.csv');
  const env = { SQLITE_PATH: temp.sqlitePath };
  const as = ['--actor', 'sqam-001', '--effective-from', FIXTURE_EFFECTIVE_FROM];

  beforeAll(async () => {
    // The service creates the log at its first start; an operator command never does.
    await new SqliteEventStore(temp.sqlitePath).close();
    writeFileSync(staffFile, STAFF_CSV);
    writeFileSync(caseloadFile, CASELOAD_CSV);
  });
  afterAll(() => temp.remove());

  async function head(): Promise<bigint | null> {
    const store = new SqliteEventStore(temp.sqlitePath);
    try {
      return await store.headPosition();
    } finally {
      await store.close();
    }
  }

  describe('When the staff file and then the caseload are imported', () => {
    it('should print the counts and exit 0', async () => {
      const staff = captureContext(env);
      expect(await runCli(['import-staff', staffFile, ...as], staff.context)).toBe(EXIT_OK);
      expect(staff.stdout()).toMatch(
        new RegExp(`^OK: ${STAFF_FILE_EVENTS} commands planned, ${STAFF_FILE_EVENTS} events appended, 0 duplicates \\(import [0-9a-f-]{36}, sha256 [0-9a-f]{64}\\)\\n$`),
      );

      const cases = captureContext(env);
      // Options before the file work as well as after it.
      expect(await runCli(['import-cases', ...as, caseloadFile], cases.context)).toBe(EXIT_OK);
      expect(cases.stdout()).toMatch(new RegExp(`^OK: ${CASELOAD_FILE_EVENTS} commands planned, ${CASELOAD_FILE_EVENTS} events appended, 0 duplicates`));
    });
  });

  describe('When the same files are imported again', () => {
    it('should plan nothing, append nothing and exit 0', async () => {
      const before = await head();
      for (const [command, file] of [['import-staff', staffFile], ['import-cases', caseloadFile]] as const) {
        const run = captureContext(env);
        expect(await runCli([command, file, ...as], run.context)).toBe(EXIT_OK);
        expect(run.stdout()).toMatch(/^OK: 0 commands planned, 0 events appended, 0 duplicates/);
      }
      expect(await head()).toBe(before);
    });
  });

  describe('When a file has malformed rows', () => {
    it('should print every bad row with its line and column, record nothing and exit 1', async () => {
      const badFile = join(temp.dir, 'bad-staff.csv');
      writeFileSync(
        badFile,
        withRowsAfter(STAFF_CSV, 3, ['sw-099,Nell Ashby,Chief Wizard,tm-001,mash-north,,,,2025-05-01,,,,', 'sw-098,Ada Brook,SW,sw-098,mash-north,,,,2025-05-01,,,,']),
      );
      const before = await head();
      const run = captureContext(env);
      expect(await runCli(['import-staff', badFile, ...as], run.context)).toBe(EXIT_FAILURE);
      const lines = run.stdout().split('\n');
      expect(lines[0]).toMatch(/^line 4, Role: Unknown role "Chief Wizard"/);
      expect(lines[1]).toBe('line 5, Line manager ID: Staff member sw-098 cannot be their own line manager');
      expect(lines[2]).toBe(`REFUSED: 2 problems in ${badFile}; nothing from it was recorded`);
      expect(await head()).toBe(before);
    });

    it('should refuse a caseload naming a worker who had left by the effective date', async () => {
      const run = captureContext(env);
      expect(await runCli(['import-cases', caseloadFile, '--actor', 'sqam-001', '--effective-from', '2025-09-01'], run.context)).toBe(EXIT_FAILURE);
      expect(run.stdout()).toMatch(/^line 5, Allocated social worker: .*Thomas Abernethy/);
    });
  });

  describe('When the command line is wrong', () => {
    it.each([
      [['import-staff', '--actor', 'sqam-001'], 'Give the CSV file to import'],
      [['import-staff', 'a.csv', 'b.csv', '--actor', 'sqam-001'], 'Give one CSV file, not 2'],
      [['import-staff', 'a.csv'], '--actor <staffId> is required'],
      [['import-staff', 'a.csv', '--actor', 'sw-001', '--role', 'SOCIAL_WORKER'], '--role must be SQA_OFFICER or SQA_MANAGER'],
      [['import-cases', 'a.csv', '--actor', 'sqam-001', '--effective-from', '12/06/2025'], '--effective-from must be a date'],
    ])('should exit 2 for %j, saying what is wrong', async (argv, message) => {
      const run = captureContext(env);
      expect(await runCli(argv, run.context)).toBe(EXIT_USAGE);
      expect(run.stderr()).toContain(message);
    });

    it('should exit 1 for a file that cannot be read', async () => {
      const run = captureContext(env);
      expect(await runCli(['import-staff', join(temp.dir, 'missing.csv'), '--actor', 'sqam-001'], run.context)).toBe(EXIT_FAILURE);
      expect(run.stderr()).toContain('ENOENT');
    });
  });
});
