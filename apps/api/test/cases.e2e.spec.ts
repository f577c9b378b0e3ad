import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { CASELOAD_CSV, CASELOAD_FILE_EVENTS, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

const IMPORT_STAFF = `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;
const IMPORT_CASELOAD = /* GraphQL */ `
  mutation ($csv: String!, $effectiveFrom: String) {
    importCaseload(csv: $csv, effectiveFrom: $effectiveFrom) { importId commandsPlanned eventsAppended duplicates position }
  }
`;
const CASE = /* GraphQL */ `
  query ($azeusNumber: String!, $asAt: String, $atLeastPosition: String) {
    case(azeusNumber: $azeusNumber, asAt: $asAt, atLeastPosition: $atLeastPosition) {
      azeusNumber category teamId allocatedWorkerId status openedOn closedOn asAt open revision
      episodes { openedOn closedOn }
      history { category { value effectiveFrom } allocatedWorkerId { value effectiveFrom } }
    }
  }
`;
const CASES = `query ($filter: CaseFilter, $atLeastPosition: String) { cases(filter: $filter, atLeastPosition: $atLeastPosition) { azeusNumber } }`;

describe('The caseload over GraphQL: the CSV import of the case-management export, and the cases read back', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let sqaOfficer: string;
  let socialWorker: string;
  let firstImport: { commandsPlanned: number; eventsAppended: number; duplicates: number; position: string; importId: string };

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    sqaOfficer = await tokenFor('sqao-001', 'SQA_OFFICER');
    socialWorker = await tokenFor('sw-004', 'SOCIAL_WORKER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001', 'sqao-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqaOfficer));
    firstImport = dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqaOfficer)).importCaseload;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const azeusNumbers = async (filter: Record<string, unknown>): Promise<string[]> =>
    (dataOf(await graphql(app, CASES, { filter, atLeastPosition: firstImport.position }, sqaOfficer)).cases as Array<{ azeusNumber: string }>).map(
      (c) => c.azeusNumber,
    );

  describe('When the caseload export is imported twice', () => {
    it('should open every case the first time', () => {
      expect(firstImport).toMatchObject({ commandsPlanned: CASELOAD_FILE_EVENTS, eventsAppended: CASELOAD_FILE_EVENTS, duplicates: 0 });
    });

    it('should plan and append nothing the second time', async () => {
      const head = await store.headPosition();
      const again = dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqaOfficer)).importCaseload;
      expect(again).toMatchObject({ commandsPlanned: 0, eventsAppended: 0, importId: firstImport.importId });
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('When the export has a malformed row', () => {
    it('should refuse the file with its line and column and append nothing', async () => {
      const head = await store.headPosition();
      const lines = CASELOAD_CSV.split('\r\n');
      lines[3] = '1040014,CAF/TAC,North Assessment,,,20/05/2025,E.F.';
      lines[5] = '1040016,Adoption,East Child Protection,Lucia Varga,,2024-08-19,I.J.';
      const response = await graphql(app, IMPORT_CASELOAD, { csv: lines.join('\r\n'), effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqaOfficer);
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'IMPORT.FILE_REJECTED',
        invalidRows: [
          { line: 4, field: 'Open date', message: expect.stringMatching(/YYYY-MM-DD/) },
          { line: 6, field: 'Category', message: expect.stringMatching(/^Unknown category of case "Adoption"/) },
        ],
      });
      expect(await store.headPosition()).toBe(head);
    });

    it('should refuse a worker named by someone who had left on the effective date', async () => {
      const response = await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, effectiveFrom: '2025-09-01' }, sqaOfficer);
      expect(response.errors![0]!.extensions['invalidRows']).toEqual([
        { line: 5, field: 'Allocated social worker', message: expect.stringMatching(/Thomas Abernethy/), code: null },
      ]);
    });
  });

  describe('When a social worker tries to import the caseload', () => {
    it('should refuse with FORBIDDEN', async () => {
      const response = await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV }, socialWorker);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe('When the caseload is read after the import', () => {
    it('should answer a case as recorded', async () => {
      const { case: found } = dataOf(await graphql(app, CASE, { azeusNumber: '1040017', atLeastPosition: firstImport.position }, sqaOfficer));
      expect(found).toMatchObject({
        azeusNumber: '1040017',
        category: 'CP',
        teamId: 'cp-east',
        allocatedWorkerId: 'sw-005',
        status: 'OPEN',
        openedOn: '2025-02-11',
        closedOn: null,
        asAt: null,
        open: true,
        episodes: [{ openedOn: '2025-02-11', closedOn: null }],
      });
    });

    it('should answer null for an unknown case, or on a date before it opened', async () => {
      expect(dataOf(await graphql(app, CASE, { azeusNumber: '9999999' }, sqaOfficer)).case).toBeNull();
      expect(dataOf(await graphql(app, CASE, { azeusNumber: '1040017', asAt: '2025-01-31' }, sqaOfficer)).case).toBeNull();
    });

    it('should list cases by worker, team, awaiting allocation and status', async () => {
      expect(await azeusNumbers({ allocatedWorkerId: 'sw-004' })).toEqual(['1040016', '1040018']);
      expect(await azeusNumbers({ teamId: 'lac-central' })).toEqual(['1040019', '1040020', '1040021']);
      expect(await azeusNumbers({ unallocated: true, status: 'OPEN' })).toEqual(['1040014']);
      expect(await azeusNumbers({ category: 'CARE_LEAVER' })).toEqual(['1040022', '1040023']);
      expect(await azeusNumbers({ status: 'CLOSED' })).toEqual([]);
    });
  });

  describe('When one case is registered', () => {
    it('should read it back, and refuse a second opening of it with CONFLICT', async () => {
      const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id revision position duplicate } }`;
      const input = { azeusNumber: '1040100', category: 'CIN', teamId: 'mash-north', allocatedWorkerId: 'sw-001', openedOn: '2025-10-01' };
      const receipt = dataOf(await graphql(app, REGISTER, { input }, sqaOfficer)).registerCase;
      expect(receipt).toMatchObject({ id: '1040100', revision: 0, duplicate: false });

      const { case: found } = dataOf(await graphql(app, CASE, { azeusNumber: '1040100', atLeastPosition: receipt.position }, sqaOfficer));
      expect(found).toMatchObject({ category: 'CIN', teamId: 'mash-north', allocatedWorkerId: 'sw-001', open: true });
      expect(found.history.allocatedWorkerId).toEqual([{ value: 'sw-001', effectiveFrom: '2025-10-01' }]);

      const again = await graphql(app, REGISTER, { input: { ...input, openedOn: '2025-10-02' } }, sqaOfficer);
      expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CASE.ALREADY_OPENED' });
    });
  });
});
