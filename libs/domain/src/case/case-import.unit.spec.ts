import { emptyImportState, ImportWorkingState, type ImportState, type PlannedCommand } from '../csv/import-state.js';
import type { ImportPlan } from '../csv/import-plan.js';
import { planStaffImport } from '../staff/staff-import.js';
import { HR_ADMIN, NOW } from '../staff/staff.fixtures.js';
import { planCaseImport, type CaseImportOptions } from './case-import.js';

const STAFF_CSV = [
  'Staff ID,Name,Role,Line manager ID,Team ID,Team,Service area ID,Service area,Start date,Leaving date',
  'tm-01,Priya Shah,TM,,north-assessment,North Assessment,assessment,Assessment,2021-05-10,',
  'sw-01,Hannah Lewis,SW,tm-01,north-assessment,,,,2024-09-02,',
  'sw-02,Tom Baker,SW,tm-01,north-assessment,,,,2018-03-12,2025-03-31',
  'sw-03,Sam Green,SW,tm-01,south-cin,South CIN,cin,Children in Need,2019-03-12,',
  'sw-04,Sam Green,SW,tm-01,south-cin,,,,2020-03-12,',
].join('\n');

function planned(plan: ImportPlan<PlannedCommand>): readonly PlannedCommand[] {
  if (!plan.ok) throw new Error(`Expected a plan, got errors: ${JSON.stringify(plan.errors)}`);
  return plan.commands;
}

function afterDispatch(plan: ImportPlan<PlannedCommand>, from: ImportState = emptyImportState()): ImportState {
  const state = new ImportWorkingState(from);
  for (const command of planned(plan)) state.decide(command);
  return state;
}

const people = afterDispatch(planStaffImport(STAFF_CSV, { actor: HR_ADMIN, now: NOW }));

const options = (currentState: ImportState = people, overrides: Partial<CaseImportOptions> = {}): CaseImportOptions => ({
  actor: HR_ADMIN,
  now: NOW,
  effectiveFrom: '2025-06-01',
  currentState,
  ...overrides,
});

// As the case-management system exports it: names, not ids, for the team and the worker.
const CASELOAD_CSV = [
  '\uFEFFAzeus number,Category,Team,Allocated social worker,Open date',
  '104233,CiN,North Assessment,Hannah Lewis,2025-01-15',
  '104234,CP,north assessment,hannah  lewis,2024-11-02',
  '104235,CAF/TAC,North Assessment,,2025-05-20',
  '104236,Care Leaver,South CIN,,2023-07-01',
  '',
].join('\r\n');

const summary = (commands: readonly PlannedCommand[]) => commands.map((c) => `${c.line} ${c.command.type} ${c.id}`);

describe('Caseload CSV import', () => {
  describe('When a caseload export is imported for the first time', () => {
    it('should open each case, the team and worker found by name', () => {
      const commands = planned(planCaseImport(CASELOAD_CSV, options()));
      expect(summary(commands)).toEqual(['2 OpenCase 104233', '3 OpenCase 104234', '4 OpenCase 104235', '5 OpenCase 104236']);
      expect(commands.map((c) => c.command.data)).toEqual([
        { azeusNumber: '104233', category: 'CIN', teamId: 'north-assessment', allocatedWorkerId: 'sw-01', openedOn: '2025-01-15' },
        { azeusNumber: '104234', category: 'CP', teamId: 'north-assessment', allocatedWorkerId: 'sw-01', openedOn: '2024-11-02' },
        { azeusNumber: '104235', category: 'CAF_TAC', teamId: 'north-assessment', allocatedWorkerId: null, openedOn: '2025-05-20' },
        { azeusNumber: '104236', category: 'CARE_LEAVER', teamId: 'south-cin', allocatedWorkerId: null, openedOn: '2023-07-01' },
      ]);
      expect(commands[0]).toMatchObject({ aggregate: 'case', streamId: 'case-104233' });
    });

    it('should take ids where the export gives them', () => {
      const csv = 'Azeus number,Category,Team ID,Allocated worker ID,Open date\n200001,LAC,south-cin,sw-04,2025-02-01\n';
      expect(planned(planCaseImport(csv, options()))[0]!.command.data).toMatchObject({ teamId: 'south-cin', allocatedWorkerId: 'sw-04' });
    });
  });

  describe('When the same export is imported again', () => {
    it('should plan nothing', () => {
      const cases = afterDispatch(planCaseImport(CASELOAD_CSV, options()), people);
      expect(planned(planCaseImport(CASELOAD_CSV, options(cases)))).toEqual([]);
    });
  });

  describe('When a later export differs from what is recorded', () => {
    const recorded = afterDispatch(planCaseImport(CASELOAD_CSV, options()), people);
    const header = 'Azeus number,Category,Team ID,Allocated worker ID,Open date,Closed date';

    it('should plan a recategorisation, a transfer and a reallocation from the import date', () => {
      const csv = `${header}\n104233,CP,south-cin,sw-04,2025-01-15,\n`;
      const commands = planned(planCaseImport(csv, options(recorded)));
      expect(commands.map((c) => [c.command.type, c.command.data])).toEqual([
        ['RecategoriseCase', { azeusNumber: '104233', category: 'CP', effectiveFrom: '2025-06-01' }],
        ['TransferCase', { azeusNumber: '104233', teamId: 'south-cin', effectiveFrom: '2025-06-01' }],
        ['ReallocateCase', { azeusNumber: '104233', allocatedWorkerId: 'sw-04', effectiveFrom: '2025-06-01' }],
      ]);
    });

    it('should close a case given a closed date', () => {
      const csv = `${header}\n104233,CIN,north-assessment,sw-01,2025-01-15,2025-06-10\n`;
      expect(summary(planned(planCaseImport(csv, options(recorded))))).toEqual(['2 CloseCase 104233']);
    });

    it('should reopen a closed case listed open with a later open date, its details holding from then', () => {
      const closed = afterDispatch(planCaseImport(`${header}\n104233,CIN,north-assessment,sw-01,2025-01-15,2025-03-01\n`, options(recorded)), recorded);
      const commands = planned(planCaseImport(`${header}\n104233,CP,north-assessment,sw-04,2025-06-02,\n`, options(closed)));
      expect(commands.map((c) => [c.command.type, c.command.data])).toEqual([
        ['ReopenCase', { azeusNumber: '104233', reopenedOn: '2025-06-02' }],
        ['RecategoriseCase', { azeusNumber: '104233', category: 'CP', effectiveFrom: '2025-06-02' }],
        ['ReallocateCase', { azeusNumber: '104233', allocatedWorkerId: 'sw-04', effectiveFrom: '2025-06-02' }],
      ]);
    });

    it('should refuse an open case listed with another open date', () => {
      const csv = `${header}\n104233,CIN,north-assessment,sw-01,2025-02-15,\n`;
      expect(planCaseImport(csv, options(recorded))).toMatchObject({
        ok: false,
        errors: [{ line: 2, field: 'Open date', code: 'CASE.OPEN_DATE_DIFFERS' }],
      });
    });

    it('should report a change the case decider refuses, on its line and column', () => {
      const csv = `Azeus number,Category,Team ID,Allocated worker ID,Open date,Effective from\n104233,CIN,north-assessment,sw-04,2025-01-15,2025-01-01\n`;
      expect(planCaseImport(csv, options(recorded))).toMatchObject({
        ok: false,
        errors: [{ line: 2, field: 'Effective from', code: 'CASE.EFFECTIVE_BEFORE_OPENED' }],
      });
    });
  });

  describe('When rows are malformed', () => {
    it('should report every malformed row with its line and column, and plan nothing', () => {
      const csv = [
        'Azeus number,Category,Team,Allocated social worker,Open date,Closed date',
        '300001,Adoption,North Assessment,Hannah Lewis,2025-01-15,',
        '300002,CP,Nowhere Team,Hannah Lewis,2025-01-15,',
        '300003,CP,North Assessment,Sam Green,2025-01-15,',
        '300004,CP,North Assessment,Nobody Known,15/01/2025,',
        '300005,CP,North Assessment,Tom Baker,2025-01-15,',
        '300006,CP,North Assessment,,2025-01-15,2024-12-31',
        '300001,CP,North Assessment,,2025-01-15,',
        ',CP,North Assessment,,2025-01-15,',
        '300009,CP,North Assessment,,2025-06-20,',
      ].join('\n');
      expect(planCaseImport(csv, options())).toEqual({
        ok: false,
        fileSha256: expect.any(String),
        errors: [
          { line: 2, field: 'Category', message: expect.stringMatching(/^Unknown category of case "Adoption"; expected one of CAF\/TAC, CiN/) },
          { line: 3, field: 'Team', message: 'No recorded team is named "Nowhere Team"' },
          { line: 4, field: 'Allocated social worker', message: '2 members of staff are named "Sam Green" (sw-03, sw-04); give the Allocated worker ID' },
          { line: 5, field: 'Open date', message: 'Open date must be a date as YYYY-MM-DD, not "15/01/2025"' },
          { line: 5, field: 'Allocated social worker', message: 'No recorded member of staff (who has not left) is named "Nobody Known"' },
          { line: 6, field: 'Allocated social worker', message: 'No recorded member of staff (who has not left) is named "Tom Baker"' },
          { line: 7, field: 'Closed date', message: 'The closed date (2024-12-31) is before the open date (2025-01-15)' },
          { line: 8, field: 'Azeus number', message: 'Case 300001 is already on line 2' },
          { line: 9, field: 'Azeus number', message: 'Azeus number is required' },
        ],
      });
    });

    it('should report a rule the decider enforces only once the file is otherwise well-formed', () => {
      const csv = 'Azeus number,Category,Team,Allocated social worker,Open date\n300009,CP,North Assessment,,2025-06-20\n';
      expect(planCaseImport(csv, options())).toMatchObject({
        ok: false,
        errors: [{ line: 2, field: 'Open date', code: 'CASE.DATE_IN_FUTURE' }],
      });
    });

    it('should report a header with no team or worker column', () => {
      expect(planCaseImport('Azeus number,Category,Open date\n1,CP,2025-01-01\n', options())).toMatchObject({
        ok: false,
        errors: [
          { line: 1, field: 'Team' },
          { line: 1, field: 'Allocated social worker' },
        ],
      });
    });

    it('should report a worker id that is not recorded and a team id that disagrees with its name', () => {
      const csv = 'Azeus number,Category,Team ID,Team,Allocated worker ID,Open date\n1,CP,south-cin,North Assessment,sw-99,2025-01-01\n';
      expect(planCaseImport(csv, options())).toMatchObject({
        ok: false,
        errors: [
          { line: 2, field: 'Team', message: 'Team south-cin is recorded as "South CIN", not "North Assessment"' },
          { line: 2, field: 'Allocated worker ID', message: 'Staff member sw-99 is not recorded; import the staff and teams file first' },
        ],
      });
    });
  });
});
