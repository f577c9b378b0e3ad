import { emptyImportState, ImportWorkingState, type ImportState, type PlannedCommand } from '../csv/import-state.js';
import type { ImportPlan } from '../csv/import-plan.js';
import { HR_ADMIN, NOW } from './staff.fixtures.js';
import { planStaffImport, type StaffImportOptions } from './staff-import.js';

const HEADER = 'Staff ID,Name,Role,Line manager ID,Team ID,Team,Service area ID,Service area,Start date,Leaving date,ASYE,Performance support';

const STAFF_CSV = [
  HEADER,
  'dir-01,Alex Moreno,Director,,,,,,2019-04-01,,,',
  'hos-01,Morgan Ellis,Head of Service,dir-01,,,,,2020-02-03,,,',
  'tm-01,Priya Shah,Team Manager,hos-01,north-assessment,North Assessment,assessment,Assessment and Safeguarding,2021-05-10,,,',
  'ap-01,"Okafor, Daniel",AP,tm-01,north-assessment,North Assessment,assessment,Assessment and Safeguarding,2022-01-04,,,',
  'sw-01,Hannah Lewis,SW,tm-01,north-assessment,,,,2024-09-02,,yes,',
  'sw-02,Tom Baker,Social Worker,tm-01,north-assessment,,,,2018-03-12,2025-07-31,no,yes',
  '',
].join('\r\n');

const options = (overrides: Partial<StaffImportOptions> = {}): StaffImportOptions => ({
  actor: HR_ADMIN,
  now: NOW,
  effectiveFrom: '2025-06-01',
  ...overrides,
});

function planned(plan: ImportPlan<PlannedCommand>): readonly PlannedCommand[] {
  if (!plan.ok) throw new Error(`Expected a plan, got errors: ${JSON.stringify(plan.errors)}`);
  return plan.commands;
}

/** The state after the plan's commands are decided: what the store would hold after dispatching them. */
function afterDispatch(plan: ImportPlan<PlannedCommand>, from: ImportState = emptyImportState()): ImportState {
  const state = new ImportWorkingState(from);
  for (const command of planned(plan)) state.decide(command);
  return state;
}

const summary = (commands: readonly PlannedCommand[]) => commands.map((c) => `${c.line} ${c.command.type} ${c.id}`);

describe('Staff and teams CSV import', () => {
  describe('When a well-formed file is imported into an empty record', () => {
    it('should plan service areas, then teams, then staff, each from the line that names it', () => {
      expect(summary(planned(planStaffImport(STAFF_CSV, options())))).toEqual([
        '4 RegisterServiceArea assessment',
        '4 RegisterTeam north-assessment',
        '2 RegisterStaffMember dir-01',
        '3 RegisterStaffMember hos-01',
        '4 RegisterStaffMember tm-01',
        '5 RegisterStaffMember ap-01',
        '6 RegisterStaffMember sw-01',
        '7 RegisterStaffMember sw-02',
        '7 RecordStaffMemberLeaving sw-02',
      ]);
    });

    it('should carry the facts of each row, roles read from their names', () => {
      const commands = planned(planStaffImport(STAFF_CSV, options()));
      expect(commands.find((c) => c.id === 'ap-01')!.command.data).toEqual({
        staffId: 'ap-01',
        name: 'Okafor, Daniel',
        role: 'ADVANCED_PRACTITIONER',
        teamId: 'north-assessment',
        lineManagerId: 'tm-01',
        startDate: '2022-01-04',
        inAsye: false,
        needsPerformanceSupport: false,
      });
      expect(commands.find((c) => c.id === 'sw-01')!.command.data).toMatchObject({ inAsye: true });
      expect(commands.find((c) => c.id === 'sw-02' && c.command.type === 'RegisterStaffMember')!.command.data).toMatchObject({
        needsPerformanceSupport: true,
      });
      expect(commands.find((c) => c.command.type === 'RegisterTeam')).toMatchObject({ streamId: 'team-north-assessment' });
    });

    it('should derive command ids from the file, the line and the purpose, the same on every run', () => {
      const first = planStaffImport(STAFF_CSV, options());
      const again = planStaffImport(STAFF_CSV, options({ now: '2025-06-13T08:00:00.000Z' }));
      const ids = planned(first).map((c) => c.command.metadata.commandId);
      expect(planned(again).map((c) => c.command.metadata.commandId)).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
      expect(first.ok && planned(first).every((c) => c.command.metadata.correlationId === first.importId)).toBe(true);
      expect(first.fileSha256).toMatch(/^[0-9a-f]{64}$/);

      const otherFile = planStaffImport(STAFF_CSV.replace('Tom Baker', 'Tom Barker'), options());
      expect(planned(otherFile).map((c) => c.command.metadata.commandId)[0]).not.toBe(ids[0]);
    });
  });

  describe('When the same file is imported again', () => {
    it('should plan nothing, the facts being recorded already', () => {
      const state = afterDispatch(planStaffImport(STAFF_CSV, options()));
      expect(planned(planStaffImport(STAFF_CSV, options({ currentState: state })))).toEqual([]);
    });
  });

  describe('When a later file changes recorded facts', () => {
    const recorded = afterDispatch(planStaffImport(STAFF_CSV.replace(',2025-07-31,no,yes', ',,no,yes'), options()));

    it('should plan each change with the import date as its effective date', () => {
      const changed = STAFF_CSV.replace('sw-01,Hannah Lewis,SW,tm-01,north-assessment,,,,2024-09-02,,yes,', 'sw-01,Hannah Lewis,SW,ap-01,south-cin,South CIN,children-in-need,Children in Need,2024-09-02,,no,');
      const commands = planned(planStaffImport(changed, options({ currentState: recorded })));
      expect(summary(commands)).toEqual([
        '6 RegisterServiceArea children-in-need',
        '6 RegisterTeam south-cin',
        '6 ChangeStaffMemberTeam sw-01',
        '6 ChangeLineManager sw-01',
        '6 CompleteAsye sw-01',
        '7 RecordStaffMemberLeaving sw-02',
      ]);
      expect(commands.find((c) => c.command.type === 'ChangeLineManager')!.command.data).toEqual({
        staffId: 'sw-01',
        lineManagerId: 'ap-01',
        effectiveFrom: '2025-06-01',
      });
    });

    it('should take the effective date from the row when the file gives one', () => {
      const csv = `${HEADER},Effective from\r\nsw-01,Hannah Lewis,Advanced practitioner,tm-01,north-assessment,,,,2024-09-02,,yes,,2025-04-01\r\n`;
      const commands = planned(planStaffImport(csv, options({ currentState: recorded })));
      expect(commands.map((c) => [c.command.type, c.command.data])).toEqual([
        ['ChangeStaffMemberRole', { staffId: 'sw-01', role: 'ADVANCED_PRACTITIONER', effectiveFrom: '2025-04-01' }],
      ]);
    });

    it('should rename and move a recorded team', () => {
      const csv = `${HEADER}\r\ntm-01,Priya Shah,TM,hos-01,north-assessment,North Front Door,front-door,Front Door,2021-05-10,,,\r\n`;
      expect(summary(planned(planStaffImport(csv, options({ currentState: recorded }))))).toEqual([
        '2 RegisterServiceArea front-door',
        '2 RenameTeam north-assessment',
        '2 MoveTeamToServiceArea north-assessment',
      ]);
    });

    it('should refuse a row that restates a staff member with another start date', () => {
      const csv = `${HEADER}\r\nsw-01,Hannah Lewis,SW,tm-01,north-assessment,,,,2024-09-09,,yes,\r\n`;
      expect(planStaffImport(csv, options({ currentState: recorded }))).toMatchObject({
        ok: false,
        errors: [{ line: 2, field: 'Start date', code: 'STAFF.START_DATE_DIFFERS' }],
      });
    });

    it('should report a change the staff member decider refuses, on its line, and plan nothing', () => {
      const csv = `${HEADER},Effective from\r\nsw-01,Hannah Lewis,AP,tm-01,north-assessment,,,,2024-09-02,,yes,,2024-01-01\r\n`;
      expect(planStaffImport(csv, options({ currentState: recorded }))).toEqual({
        ok: false,
        fileSha256: expect.any(String),
        errors: [
          {
            line: 2,
            field: 'Effective from',
            code: 'STAFF.EFFECTIVE_BEFORE_START',
            message: 'A change cannot take effect (2024-01-01) before the start date (2024-09-02)',
          },
        ],
      });
    });
  });

  describe('When a staff member has left', () => {
    const recorded = afterDispatch(planStaffImport(STAFF_CSV, options()));

    it('should plan nothing for a row that restates them', () => {
      const csv = `${HEADER}\r\nsw-02,Tom Baker,SW,tm-01,north-assessment,,,,2018-03-12,2025-07-31,no,yes\r\n`;
      expect(planned(planStaffImport(csv, options({ currentState: recorded })))).toEqual([]);
    });

    it('should refuse a row that changes them', () => {
      const csv = `${HEADER}\r\nsw-02,Tom Baker,TM,tm-01,north-assessment,,,,2018-03-12,2025-07-31,no,yes\r\n`;
      expect(planStaffImport(csv, options({ currentState: recorded }))).toMatchObject({
        ok: false,
        errors: [{ line: 2, field: 'Staff ID', code: 'STAFF.LEFT' }],
      });
    });
  });

  describe('When rows are malformed', () => {
    it('should report every malformed row with its file line and column, and plan nothing', () => {
      const csv = [
        HEADER,
        'sw-10,Ana Silva,Wizard,,,,,,2024-01-01,,,',
        'sw-11,Ben Cole,SW,sw-11,,,,,2024-01-01,,,',
        '"sw-12",Cara Dunn,SW,,,,,,2024-01-01,2023-12-31,,',
        'sw-13,Dev Patel,SW,,,,,,01/02/2024,,maybe,',
        'sw-14,,SW,,,,,,2024-01-01,,,',
      ].join('\n');
      const plan = planStaffImport(csv, options());
      expect(plan).toEqual({
        ok: false,
        fileSha256: expect.any(String),
        errors: [
          { line: 2, field: 'Role', message: expect.stringMatching(/^Unknown role "Wizard"; expected one of Social worker, Advanced practitioner/) },
          { line: 3, field: 'Line manager ID', message: 'Staff member sw-11 cannot be their own line manager' },
          { line: 4, field: 'Leaving date', message: 'The leaving date (2023-12-31) is before the start date (2024-01-01)' },
          { line: 5, field: 'Start date', message: 'Start date must be a date as YYYY-MM-DD, not "01/02/2024"' },
          { line: 5, field: 'ASYE', message: 'ASYE must be yes or no (or blank for no), not "maybe"' },
          { line: 6, field: 'Name', message: 'Name is required' },
        ],
      });
    });

    it('should count lines of a quoted field that spans lines', () => {
      const csv = `${HEADER},Notes\n"sw-20",Eve Ward,SW,,,,,,2024-01-01,,,,"first line\nsecond line"\nsw-21,Finn Hale,SW,,,,,,2024-13-01,,,,\n`;
      expect(planStaffImport(csv, options())).toMatchObject({ ok: false, errors: [{ line: 4, field: 'Start date' }] });
    });

    it('should report a missing required column at line 1', () => {
      expect(planStaffImport('Staff ID,Name,Start date\nsw-1,A,2024-01-01\n', options())).toMatchObject({
        ok: false,
        errors: [{ line: 1, field: 'Role', message: 'The header has no "Role" column' }],
      });
    });
  });

  describe('When rows disagree with each other or with what is recorded', () => {
    it('should report a staff id given twice, on the second line', () => {
      const csv = `${HEADER}\nsw-1,A,SW,,,,,,2024-01-01,,,\nsw-1,B,SW,,,,,,2024-01-01,,,\n`;
      expect(planStaffImport(csv, options())).toMatchObject({
        ok: false,
        errors: [{ line: 3, field: 'Staff ID', message: 'Staff member sw-1 is already on line 2' }],
      });
    });

    it('should report a team named two ways, and a team neither named nor recorded', () => {
      const csv = [
        HEADER,
        'sw-1,A,SW,,t1,Team One,sa,Area,2024-01-01,,,',
        'sw-2,B,SW,,t1,Team Uno,sa,Area,2024-01-01,,,',
        'sw-3,C,SW,,t9,,,,2024-01-01,,,',
      ].join('\n');
      expect(planStaffImport(csv, options())).toMatchObject({
        ok: false,
        errors: [
          { line: 3, field: 'Team', message: 'Team t1 is named "Team One" on line 2' },
          { line: 4, field: 'Team', message: 'Team t9 is not known; name it (and its service area) on this row' },
        ],
      });
    });

    it('should report a line manager who is neither in the file nor recorded', () => {
      const csv = `${HEADER}\nsw-1,A,SW,tm-404,,,,,2024-01-01,,,\n`;
      expect(planStaffImport(csv, options())).toMatchObject({
        ok: false,
        errors: [{ line: 2, field: 'Line manager ID', message: 'Line manager tm-404 is neither in this file nor recorded' }],
      });
    });

    it('should report line management that goes round in a circle', () => {
      const csv = `${HEADER}\na,A,TM,b,,,,,2024-01-01,,,\nb,B,TM,c,,,,,2024-01-01,,,\nc,C,TM,a,,,,,2024-01-01,,,\nd,D,SW,a,,,,,2024-01-01,,,\n`;
      const plan = planStaffImport(csv, options());
      expect(plan).toMatchObject({
        ok: false,
        errors: [
          { line: 2, field: 'Line manager ID', message: 'Line management goes round in a circle: a → b → c → a' },
          { line: 3, field: 'Line manager ID' },
          { line: 4, field: 'Line manager ID' },
        ],
      });
      expect(plan.ok === false && plan.errors).toHaveLength(3);
    });
  });
});
