import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV, STAFF_FILE_EVENTS, withRowsAfter } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

const IMPORT_STAFF = /* GraphQL */ `
  mutation ($csv: String!, $effectiveFrom: String) {
    importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { importId fileSha256 commandsPlanned eventsAppended duplicates position }
  }
`;

const STAFF_MEMBER = /* GraphQL */ `
  query ($staffId: ID!, $asAt: String, $atLeastPosition: String) {
    staffMember(staffId: $staffId, asAt: $asAt, atLeastPosition: $atLeastPosition) {
      staffId name role teamId lineManagerId startDate leavingDate status inAsye needsPerformanceSupport asAt inPost revision
      history { role { value effectiveFrom } teamId { value effectiveFrom } }
    }
  }
`;

const STAFF = /* GraphQL */ `
  query ($filter: StaffFilter, $asAt: String, $atLeastPosition: String) {
    staff(filter: $filter, asAt: $asAt, atLeastPosition: $atLeastPosition) { staffId name role teamId inPost }
  }
`;

const UPDATE_STAFF_MEMBER = /* GraphQL */ `
  mutation ($input: UpdateStaffMemberInput!, $commandId: ID) {
    updateStaffMember(input: $input, commandId: $commandId) { id revision position duplicate }
  }
`;

describe('Who is who over GraphQL: the staff and teams CSV import, the directory and single changes', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let sqaManager: string;
  let socialWorker: string;
  let firstImport: { commandsPlanned: number; eventsAppended: number; duplicates: number; position: string; importId: string };

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');
    socialWorker = await tokenFor('sw-001', 'SOCIAL_WORKER');
    // Issue 6 item 1: only someone in post may import; the first S&QA manager is recorded as the CLI's import-staff would.
    await givenStaff(app, { 'sqam-000': 'SQA_MANAGER' });
    const response = await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, await tokenFor('sqam-000', 'SQA_MANAGER'));
    firstImport = dataOf(response).importStaff;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When the staff file is imported twice', () => {
    it('should record every service area, team and member of staff the first time', () => {
      expect(firstImport).toMatchObject({
        commandsPlanned: STAFF_FILE_EVENTS,
        eventsAppended: STAFF_FILE_EVENTS,
        duplicates: 0,
        position: expect.stringMatching(/^\d+$/),
      });
    });

    it('should plan and append nothing the second time, and name the same import', async () => {
      const head = await store.headPosition();
      const again = dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqaManager)).importStaff;
      expect(again).toMatchObject({ commandsPlanned: 0, eventsAppended: 0, duplicates: 0, importId: firstImport.importId });
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('When the staff file has malformed rows', () => {
    it('should refuse it with BAD_USER_INPUT listing every bad row by line and column, and append nothing', async () => {
      const head = await store.headPosition();
      const bad = withRowsAfter(STAFF_CSV, 5, [
        'sw-099,Nell Ashby,Chief Wizard,tm-001,mash-north,,,,2025-05-01,,,,',
        'sw-098,Ada Brook,SW,tm-001,mash-north,,,,01/05/2025,,,,',
      ]);
      const response = await graphql(app, IMPORT_STAFF, { csv: bad }, sqaManager);

      expect(response.data).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.message).toMatch(/^The staff file was refused and nothing from it was recorded \(2 problems\): line 6, Role/);
      expect(response.errors![0]!.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        errorCode: 'IMPORT.FILE_REJECTED',
        fileSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        invalidRows: [
          { line: 6, field: 'Role', message: expect.stringMatching(/^Unknown role "Chief Wizard"/), code: null },
          { line: 7, field: 'Start date', message: expect.stringMatching(/YYYY-MM-DD/), code: null },
        ],
      });
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('When a social worker tries to import the staff file', () => {
    it('should refuse with FORBIDDEN and append nothing', async () => {
      const head = await store.headPosition();
      const response = await graphql(app, IMPORT_STAFF, { csv: withRowsAfter(STAFF_CSV, 24, ['sw-097,New Person,SW,tm-001,mash-north,,,,2025-05-01,,,,']) }, socialWorker);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('When the directory is read after the import', () => {
    it('should answer a member of staff as recorded, with their history', async () => {
      const { staffMember } = dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'ap-001', atLeastPosition: firstImport.position }, socialWorker));
      expect(staffMember).toMatchObject({
        staffId: 'ap-001',
        name: 'Okoro, Daniel',
        role: 'ADVANCED_PRACTITIONER',
        teamId: 'mash-north',
        lineManagerId: 'tm-001',
        startDate: '2020-03-02',
        status: 'ACTIVE',
        asAt: null,
        inPost: true,
        history: { role: [{ value: 'ADVANCED_PRACTITIONER', effectiveFrom: '2020-03-02' }] },
      });
    });

    it('should answer someone who has left as not in post now, and in post on a date before they left', async () => {
      const now = dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'sw-002' }, socialWorker)).staffMember;
      expect(now).toMatchObject({ status: 'LEFT', leavingDate: '2025-07-31', inPost: false, needsPerformanceSupport: true });
      const then = dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'sw-002', asAt: '2025-07-31' }, socialWorker)).staffMember;
      expect(then).toMatchObject({ asAt: '2025-07-31', inPost: true, role: 'SOCIAL_WORKER', teamId: 'mash-north' });
    });

    it('should answer null for someone unknown, or before their start date', async () => {
      expect(dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'nobody' }, socialWorker)).staffMember).toBeNull();
      expect(dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'sw-001', asAt: '2024-01-01' }, socialWorker)).staffMember).toBeNull();
    });

    it('should list staff by line manager, role and team, now and as at a date', async () => {
      const ids = async (variables: Record<string, unknown>) =>
        (dataOf(await graphql(app, STAFF, variables, socialWorker)).staff as Array<{ staffId: string }>).map((s) => s.staffId);
      expect(await ids({ filter: { lineManagerId: 'tm-001' } })).toEqual(['ap-001']);
      expect(await ids({ filter: { lineManagerId: 'tm-001', includeLeft: true } })).toEqual(['ap-001', 'sw-002']);
      expect(await ids({ filter: { role: 'TEAM_MANAGER' } })).toEqual(['tm-004', 'tm-003', 'tm-002', 'tm-001']);
      expect(await ids({ filter: { inAsye: true } })).toEqual(['sw-001', 'sw-005']);
      expect(await ids({ filter: { teamId: 'mash-north', role: 'SOCIAL_WORKER' }, asAt: '2025-07-31' })).toEqual(['sw-003', 'sw-001', 'sw-002']);
      expect(await ids({ filter: { teamId: 'mash-north', role: 'SOCIAL_WORKER' }, asAt: '2025-08-01' })).toEqual(['sw-003', 'sw-001']);
    });

    it('should list the service areas with their teams, and the teams of one service area', async () => {
      const { serviceAreas } = dataOf(await graphql(app, '{ serviceAreas { serviceAreaId name teams { teamId name } } }', {}, socialWorker));
      expect(serviceAreas.map((a: { name: string; teams: Array<{ teamId: string }> }) => [a.name, a.teams.map((t) => t.teamId)])).toEqual([
        ['Assessment and Safeguarding', ['cp-east', 'mash-north']],
        ['Children in Care and Care Leavers', ['lac-central', 'leaving-care']],
        ['Quality Assurance', ['sqa']],
      ]);
      const { teams } = dataOf(await graphql(app, '{ teams(serviceAreaId: "care") { teamId name serviceAreaId status } }', {}, socialWorker));
      expect(teams).toEqual([
        { teamId: 'lac-central', name: 'Children in Care', serviceAreaId: 'care', status: 'ACTIVE' },
        { teamId: 'leaving-care', name: 'Leaving Care', serviceAreaId: 'care', status: 'ACTIVE' },
      ]);
    });
  });

  describe('When a member of staff is promoted and moved from a date', () => {
    it('should record each change dated, answer both dates, and record nothing when the same commandId is sent again', async () => {
      const commandId = randomUUID();
      const input = { staffId: 'sw-003', role: 'ADVANCED_PRACTITIONER', teamId: 'cp-east', lineManagerId: 'tm-002', effectiveFrom: '2025-09-01' };
      const receipt = dataOf(await graphql(app, UPDATE_STAFF_MEMBER, { input, commandId }, sqaManager)).updateStaffMember;
      expect(receipt).toMatchObject({ id: 'sw-003', duplicate: false });

      const now = dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'sw-003', atLeastPosition: receipt.position }, socialWorker)).staffMember;
      expect(now).toMatchObject({ role: 'ADVANCED_PRACTITIONER', teamId: 'cp-east', lineManagerId: 'tm-002', revision: receipt.revision });
      expect(now.history.role).toEqual([
        { value: 'SOCIAL_WORKER', effectiveFrom: '2021-08-23' },
        { value: 'ADVANCED_PRACTITIONER', effectiveFrom: '2025-09-01' },
      ]);
      const before = dataOf(await graphql(app, STAFF_MEMBER, { staffId: 'sw-003', asAt: '2025-08-31' }, socialWorker)).staffMember;
      expect(before).toMatchObject({ role: 'SOCIAL_WORKER', teamId: 'mash-north', lineManagerId: 'ap-001' });

      const head = await store.headPosition();
      const retried = dataOf(await graphql(app, UPDATE_STAFF_MEMBER, { input, commandId }, sqaManager)).updateStaffMember;
      expect(retried).toEqual({ ...receipt, duplicate: true });
      expect(await store.headPosition()).toBe(head);
    });

    it('should refuse a team and removeFromTeam together with BAD_USER_INPUT', async () => {
      const response = await graphql(app, UPDATE_STAFF_MEMBER, { input: { staffId: 'sw-003', teamId: 'cp-east', removeFromTeam: true } }, sqaManager);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.removeFromTeam' });
    });
  });

  describe('When a member of staff is registered and a supervision session held with them is recorded', () => {
    it('should read both back', async () => {
      const registered = dataOf(
        await graphql(
          app,
          `mutation ($input: RegisterStaffMemberInput!) { registerStaffMember(input: $input) { id revision position duplicate } }`,
          { input: { staffId: 'sw-101', name: 'Ines Carvalho', role: 'SOCIAL_WORKER', teamId: 'cp-east', lineManagerId: 'tm-002', startDate: '2025-10-06', inAsye: true } },
          sqaManager,
        ),
      ).registerStaffMember;
      expect(registered).toMatchObject({ id: 'sw-101', revision: 0, duplicate: false });

      const teamManager = await tokenFor('tm-002', 'TEAM_MANAGER');
      const held = dataOf(
        await graphql(
          app,
          `mutation ($input: RecordSupervisionSessionHeldInput!) { recordSupervisionSessionHeld(input: $input) { id position } }`,
          { input: { supervisorId: 'tm-002', superviseeId: 'sw-101', heldOn: '2025-11-03' } },
          teamManager,
        ),
      ).recordSupervisionSessionHeld;

      const { supervisionSessions } = dataOf(
        await graphql(
          app,
          `query ($p: String) { supervisionSessions(filter: { superviseeId: "sw-101" }, atLeastPosition: $p) { sessionId supervisorId status heldOn date } }`,
          { p: held.position },
          socialWorker,
        ),
      );
      expect(supervisionSessions).toEqual([{ sessionId: held.id, supervisorId: 'tm-002', status: 'HELD', heldOn: '2025-11-03', date: '2025-11-03' }]);
      const { staff } = dataOf(await graphql(app, STAFF, { filter: { teamId: 'cp-east', inAsye: true } }, socialWorker));
      expect(staff.map((s: { staffId: string }) => s.staffId)).toEqual(['sw-101', 'sw-005']);
    });

    it('should refuse a social worker recording a supervision session with FORBIDDEN', async () => {
      const response = await graphql(
        app,
        `mutation { recordSupervisionSessionHeld(input: { supervisorId: "sw-001", superviseeId: "sw-101", heldOn: "2025-11-03" }) { id } }`,
        {},
        socialWorker,
      );
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
