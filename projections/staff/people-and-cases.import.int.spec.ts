import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { handleCommand } from '../../libs/command-handling/src/command-handler.js';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../libs/read-store/src/projection-runner.js';
import {
  dispatchPlanned,
  foldImportState,
  planCaseImport,
  planStaffImport,
  type Actor,
  type ImportPlan,
  type PlannedCommand,
} from '../../libs/domain/src/index.js';
import { casesProjection } from '../cases/cases.projection.js';
import { getCase, listCases, listOpenCases } from '../cases/cases.queries.js';
import { serviceAreasProjection, teamsProjection } from '../teams/teams.projection.js';
import { listServiceAreasWithTeams } from '../teams/teams.queries.js';
import { staffProjection } from './staff.projection.js';
import { getStaffMember, listStaff, listStaffAsAt } from './staff.queries.js';

// The staff and caseload imports end to end on the embedded stores: each file planned against the
// state folded from the event store, every planned command through the one command handler into
// SQLite, and the projections run to the head into the memory read store.

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
const STAFF_CSV = fixture('staff.csv');
const CASELOAD_CSV = fixture('caseload.csv');

const IMPORTER: Actor = { staffId: 'sqam-001', role: 'SQA_MANAGER' };
const NOW = '2025-06-12T09:00:00.000Z';

describe('Staff and caseload CSV imports on SQLite and the memory read store', () => {
  let events: SqliteEventStore;
  let reads: MemoryReadStore;

  beforeEach(() => {
    events = new SqliteEventStore(':memory:');
    reads = new MemoryReadStore();
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  /** Dispatches a plan through the command handler; returns how many events were appended. */
  async function dispatch(plan: ImportPlan<PlannedCommand>): Promise<{ appended: number; duplicates: number }> {
    if (!plan.ok) throw new Error(`The plan has errors: ${JSON.stringify(plan.errors)}`);
    let appended = 0;
    let duplicates = 0;
    for (const planned of plan.commands) {
      const result = await dispatchPlanned(planned, (streamId, decider, command) => handleCommand(events, streamId, decider, command));
      appended += result.appended;
      if (result.duplicate) duplicates += 1;
    }
    return { appended, duplicates };
  }

  async function planStaff(csv: string, now = NOW, effectiveFrom?: string) {
    const currentState = foldImportState(await events.readAll());
    return planStaffImport(csv, { actor: IMPORTER, now, currentState, ...(effectiveFrom ? { effectiveFrom } : {}) });
  }

  async function planCases(csv: string, now = NOW) {
    const currentState = foldImportState(await events.readAll());
    return planCaseImport(csv, { actor: IMPORTER, now, currentState });
  }

  async function project(): Promise<void> {
    await runToHead(events, reads, [staffProjection, teamsProjection, serviceAreasProjection, casesProjection]);
  }

  describe('When the staff file and then the caseload export are imported', () => {
    it('should record every service area, team, member of staff and case, and read them back', async () => {
      const staff = await dispatch(await planStaff(STAFF_CSV));
      const cases = await dispatch(await planCases(CASELOAD_CSV));
      await project();

      // 3 service areas, 5 teams, 23 staff of whom 1 with a leaving date; 13 cases.
      expect(staff).toEqual({ appended: 3 + 5 + 23 + 1, duplicates: 0 });
      expect(cases).toEqual({ appended: 13, duplicates: 0 });

      expect((await listServiceAreasWithTeams(reads)).map((a) => [a.name, a.teams.map((t) => t.teamId)])).toEqual([
        ['Assessment and Safeguarding', ['cp-east', 'mash-north']],
        ['Children in Care and Care Leavers', ['lac-central', 'leaving-care']],
        ['Quality Assurance', ['sqa']],
      ]);
      expect(await getStaffMember(reads, 'ap-001')).toMatchObject({ name: 'Okoro, Daniel', role: 'ADVANCED_PRACTITIONER', lineManagerId: 'tm-001' });
      expect(await getStaffMember(reads, 'sw-002')).toMatchObject({ status: 'LEFT', leavingDate: '2025-07-31', needsPerformanceSupport: true });
      expect((await listStaff(reads, { inAsye: true })).map((s) => s.staffId)).toEqual(['sw-001', 'sw-005']);
      expect((await listStaff(reads, { lineManagerId: 'tm-001' })).map((s) => s.staffId)).toEqual(['ap-001']);
      expect((await listStaff(reads, { role: 'TEAM_MANAGER' })).map((s) => s.staffId)).toEqual(['tm-004', 'tm-003', 'tm-002', 'tm-001']);

      expect(await getCase(reads, '1040017')).toMatchObject({ category: 'CP', teamId: 'cp-east', allocatedWorkerId: 'sw-005', status: 'OPEN' });
      expect(await getCase(reads, '1040023')).toMatchObject({ category: 'CARE_LEAVER', teamId: 'leaving-care', allocatedWorkerId: 'sw-008' });
      expect((await listCases(reads, { allocatedWorkerId: 'sw-004' })).map((c) => c.id)).toEqual(['1040016', '1040018']);
      expect((await listOpenCases(reads, { unallocated: true })).map((c) => c.id)).toEqual(['1040014']);
      expect(await listCases(reads, { teamId: 'lac-central' })).toHaveLength(3);
    });
  });

  describe('When the same files are imported again', () => {
    it('should append nothing the second time, at both levels', async () => {
      const firstStaffPlan = await planStaff(STAFF_CSV);
      await dispatch(firstStaffPlan);
      const firstCasePlan = await planCases(CASELOAD_CSV);
      await dispatch(firstCasePlan);
      const head = await events.headPosition();

      // Planned against what is recorded: nothing to do.
      const staffAgain = await planStaff(STAFF_CSV, '2025-06-13T10:00:00.000Z');
      const casesAgain = await planCases(CASELOAD_CSV, '2025-06-13T10:00:00.000Z');
      expect(staffAgain).toMatchObject({ ok: true, commands: [] });
      expect(casesAgain).toMatchObject({ ok: true, commands: [] });

      // A stale plan dispatched again (e.g. after a crash half-way): every command id is already recorded.
      expect(await dispatch(firstStaffPlan)).toEqual({ appended: 0, duplicates: firstStaffPlan.ok ? firstStaffPlan.commands.length : -1 });
      expect(await dispatch(firstCasePlan)).toEqual({ appended: 0, duplicates: 13 });
      expect(await events.headPosition()).toBe(head);
    });

    it('should finish an import that stopped half-way, appending only what is missing', async () => {
      const plan = await planStaff(STAFF_CSV);
      if (!plan.ok) throw new Error('plan failed');
      await dispatch({ ...plan, commands: plan.commands.slice(0, 10) });
      expect(await dispatch(plan)).toEqual({ appended: plan.commands.length - 10, duplicates: 10 });
      expect(await planStaff(STAFF_CSV)).toMatchObject({ ok: true, commands: [] });
    });
  });

  describe('When a file has a malformed row', () => {
    it('should report its line and column and append nothing from the file', async () => {
      await dispatch(await planStaff(STAFF_CSV));
      const head = await events.headPosition();

      const staffLines = STAFF_CSV.split('\r\n');
      staffLines.splice(5, 0, 'sw-099,Nell Ashby,Chief Wizard,tm-001,mash-north,,,,2025-05-01,,,,');
      const badStaff = await planStaff(staffLines.join('\r\n'));
      expect(badStaff).toEqual({
        ok: false,
        fileSha256: expect.any(String),
        errors: [{ line: 6, field: 'Role', message: expect.stringMatching(/^Unknown role "Chief Wizard"/) }],
      });

      const caseLines = CASELOAD_CSV.split('\r\n');
      caseLines[3] = '1040014,CAF/TAC,North Assessment,,,20/05/2025,E.F.';
      const badCases = await planCases(caseLines.join('\r\n'));
      expect(badCases).toMatchObject({ ok: false, errors: [{ line: 4, field: 'Open date' }] });
      expect(badCases.ok === false && badCases.errors).toHaveLength(1);

      expect(await events.headPosition()).toBe(head);
      await project();
      expect(await listCases(reads)).toEqual([]);
    });
  });

  describe('When a later staff file records changes', () => {
    it('should record each change from its effective date, so history answers who held which role when', async () => {
      await dispatch(await planStaff(STAFF_CSV));
      const promoted = STAFF_CSV.replace(
        'sw-003,Grace Mbeki,SW,ap-001,mash-north,,,,2021-08-23,,,,',
        'sw-003,Grace Mbeki,Advanced Practitioner,tm-002,cp-east,,,,2021-08-23,,,,',
      ).replace('sw-001,Hannah Lindqvist,Social Worker,ap-001,mash-north,,,,2024-09-02,,Yes,', 'sw-001,Hannah Lindqvist,Social Worker,ap-001,mash-north,,,,2024-09-02,,No,');
      const plan = await planStaff(promoted, '2025-09-01T09:00:00.000Z', '2025-09-01');
      expect(plan.ok && plan.commands.map((c) => `${c.command.type} ${c.id}`)).toEqual([
        'CompleteAsye sw-001',
        'ChangeStaffMemberRole sw-003',
        'ChangeStaffMemberTeam sw-003',
        'ChangeLineManager sw-003',
      ]);
      expect(await dispatch(plan)).toEqual({ appended: 4, duplicates: 0 });
      await project();

      expect(await getStaffMember(reads, 'sw-003')).toMatchObject({ role: 'ADVANCED_PRACTITIONER', teamId: 'cp-east', lineManagerId: 'tm-002' });
      // Thomas Abernethy's last day was 2025-07-31: in post in July, not in August.
      expect((await listStaffAsAt(reads, '2025-07-31', { teamId: 'mash-north', role: 'SOCIAL_WORKER' })).map((s) => s.staffId)).toEqual([
        'sw-003',
        'sw-001',
        'sw-002',
      ]);
      expect((await listStaffAsAt(reads, '2025-08-31', { teamId: 'mash-north', role: 'SOCIAL_WORKER' })).map((s) => [s.staffId, s.inAsye])).toEqual([
        ['sw-003', false],
        ['sw-001', true],
      ]);
      expect((await listStaffAsAt(reads, '2025-09-01', { teamId: 'mash-north' })).map((s) => [s.staffId, s.inAsye])).toEqual([
        ['sw-001', false],
        ['ap-001', false],
        ['tm-001', false],
      ]);
      expect((await listStaffAsAt(reads, '2025-09-01', { teamId: 'cp-east' })).map((s) => [s.staffId, s.role])).toEqual([
        ['tm-002', 'TEAM_MANAGER'],
        ['sw-003', 'ADVANCED_PRACTITIONER'],
        ['sw-004', 'SOCIAL_WORKER'],
        ['sw-005', 'SOCIAL_WORKER'],
      ]);
    });
  });
});
