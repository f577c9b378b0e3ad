import type { INestApplication } from '@nestjs/common';
import { CASELOAD_CSV, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { run as runAudit } from './case-file-audit.client.js';

// A sample can be allocated only during its year (CFA-6), so the test draws the current year's.
const YEAR = new Date().getUTCFullYear();
const SEED = 'cfa-1-work-list-e2e';

const IMPORT_STAFF = `mutation ($csv: String!, $from: String) { importStaff(csv: $csv, effectiveFrom: $from) { eventsAppended } }`;
const IMPORT_CASELOAD = `mutation ($csv: String!, $from: String) { importCaseload(csv: $csv, effectiveFrom: $from) { eventsAppended } }`;
const DRAW = `mutation ($year: Int!, $seed: String) { drawAnnualSample(year: $year, seed: $seed) { position } }`;
const ALLOCATE = `mutation ($year: Int!) { allocateAnnualSample(year: $year) { position } }`;
const ALLOCATION = /* GraphQL */ `
  query ($year: Int, $atLeastPosition: String) {
    annualSampleAllocation(year: $year, atLeastPosition: $atLeastPosition) { azeusNumber teamId auditorId auditorTeamId dueDate }
  }
`;
const WORK_LIST = /* GraphQL */ `
  query ($asOf: String, $atLeastPosition: String) {
    workList(asOf: $asOf, atLeastPosition: $atLeastPosition) { staffId total overdue items { kind id status azeusNumber due overdue inProgress } }
  }
`;

type Row = { azeusNumber: string; teamId: string; auditorId: string; auditorTeamId: string | null; dueDate: string };
type Item = { kind: string; id: string; status: string; azeusNumber: string; due: string | null; overdue: boolean; inProgress: boolean };

describe("An auditor's work list holds the random sample cases allocated to them (CFA-1, CFA-6)", () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let sqaManager: string;
  let auditorToken: string;
  let mine: Row[];
  let allocatedAt: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, from: FIXTURE_EFFECTIVE_FROM }, sqaManager));
    dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, from: FIXTURE_EFFECTIVE_FROM }, sqaManager));
    dataOf(await graphql(app, DRAW, { year: YEAR, seed: SEED }, sqaManager));
    allocatedAt = dataOf(await graphql(app, ALLOCATE, { year: YEAR }, sqaManager)).allocateAnnualSample.position;
    const allocation: Row[] = dataOf(await graphql(app, ALLOCATION, { year: YEAR, atLeastPosition: allocatedAt }, sqaManager)).annualSampleAllocation;
    // The auditor holding the most cases, so that one can be scheduled and the others stay.
    const counts = new Map<string, number>();
    for (const row of allocation) counts.set(row.auditorId, (counts.get(row.auditorId) ?? 0) + 1);
    const auditorId = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    mine = allocation.filter((r) => r.auditorId === auditorId);
    auditorToken = await tokenFor(auditorId, auditorId.startsWith('ap-') ? 'ADVANCED_PRACTITIONER' : 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When the sample has been allocated and the auditor reads their list', () => {
    it('should list each case allocated to them with its due date, not yet overdue', async () => {
      const list = dataOf(await graphql(app, WORK_LIST, { atLeastPosition: allocatedAt }, auditorToken)).workList;
      const sampleItems = list.items.filter((i: Item) => i.kind === 'SAMPLE_CASE_TO_AUDIT');
      expect(sampleItems.map((i: Item) => [i.id, i.azeusNumber, i.status, i.due, i.overdue, i.inProgress]).sort()).toEqual(
        mine.map((r) => [`${YEAR}/${r.azeusNumber}`, r.azeusNumber, 'ALLOCATED', r.dueDate, false, false]).sort(),
      );
    });
  });

  describe('When the list is read as of the day after a case is due', () => {
    it('should show that case overdue (CFA-6)', async () => {
      const first = mine[0]!;
      const dayAfter = new Date(Date.parse(`${first.dueDate}T12:00:00.000Z`) + 86_400_000).toISOString();
      const list = dataOf(await graphql(app, WORK_LIST, { asOf: dayAfter }, auditorToken)).workList;
      expect(list.items.find((i: Item) => i.id === `${YEAR}/${first.azeusNumber}`)).toMatchObject({ overdue: true });
    });
  });

  describe('When the auditor schedules the RANDOM_SAMPLE audit of one of their cases', () => {
    it('should show the scheduled audit in place of the case', async () => {
      const row = mine[0]!;
      const receipt = await runAudit(app, auditorToken, 'schedule', {
        azeusNumber: row.azeusNumber,
        auditType: 'RANDOM_SAMPLE',
        auditorId: row.auditorId,
        dueDate: row.dueDate,
        teamId: row.teamId,
      });
      const list = dataOf(await graphql(app, WORK_LIST, { atLeastPosition: receipt.position }, auditorToken)).workList;
      const forCase = list.items.filter((i: Item) => i.azeusNumber === row.azeusNumber);
      expect(forCase).toEqual([expect.objectContaining({ kind: 'CASE_FILE_AUDIT', id: receipt.id, status: 'SCHEDULED', due: row.dueDate })]);
      expect(list.items.filter((i: Item) => i.kind === 'SAMPLE_CASE_TO_AUDIT')).toHaveLength(mine.length - 1);
    });
  });
});
