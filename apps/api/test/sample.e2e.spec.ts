import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { CASELOAD_CSV, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

// A sample can be allocated only during its year (CFA-6), so the tests draw the current year's.
const YEAR = new Date().getUTCFullYear();
const SEED = 'cfa-1-e2e-board-minute-7';

const IMPORT_STAFF = `mutation ($csv: String!, $from: String) { importStaff(csv: $csv, effectiveFrom: $from) { eventsAppended } }`;
const IMPORT_CASELOAD = `mutation ($csv: String!, $from: String) { importCaseload(csv: $csv, effectiveFrom: $from) { eventsAppended } }`;
const DRAW = /* GraphQL */ `
  mutation ($year: Int!, $seed: String, $fraction: Float) {
    drawAnnualSample(year: $year, seed: $seed, fraction: $fraction) { id year seed revision position duplicate }
  }
`;
const ALLOCATE = `mutation ($year: Int!) { allocateAnnualSample(year: $year) { id revision position duplicate } }`;
const REALLOCATE = /* GraphQL */ `
  mutation ($year: Int!, $azeusNumber: String!, $auditorId: ID!, $reason: String!) {
    reallocateAnnualSampleCase(year: $year, azeusNumber: $azeusNumber, auditorId: $auditorId, reason: $reason) { revision position }
  }
`;
const SAMPLE = /* GraphQL */ `
  query ($year: Int!, $atLeastPosition: String) {
    annualSample(year: $year, atLeastPosition: $atLeastPosition) {
      year status seed fraction frameSize targetSize eligibleCount frameTooSmall frameFingerprint drawnBy { staffId role }
      strata { stratum frameCases drawn }
      cases { azeusNumber teamId category auditorId dueDate allocatedWorkerId reallocations { fromAuditorId toAuditorId reason } }
    }
  }
`;
const ALLOCATION = /* GraphQL */ `
  query ($year: Int, $filter: AnnualSampleAllocationFilter, $atLeastPosition: String) {
    annualSampleAllocation(year: $year, filter: $filter, atLeastPosition: $atLeastPosition) { azeusNumber teamId auditorId dueDate allocatedWorkerId }
  }
`;
const VERIFY = `query ($year: Int!) { verifyAnnualSample(year: $year) { year valid drawValid allocationValid problems } }`;

interface Service {
  readonly app: INestApplication;
  readonly store: EventStore;
  readonly remove: () => void;
}

/** A fresh service on its own SQLite file, with the staff and caseload files imported. */
async function freshService(token: string): Promise<Service> {
  const db = tempSqlitePath();
  const app = await startApp({ SQLITE_PATH: db.path });
  const service = { app, store: app.get<EventStore>(EVENT_STORE), remove: db.remove };
  try {
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, from: FIXTURE_EFFECTIVE_FROM }, token));
    dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, from: FIXTURE_EFFECTIVE_FROM }, token));
    return service;
  } catch (error) {
    await stop(service);
    throw error;
  }
}

async function stop(service: Service | undefined): Promise<void> {
  if (service === undefined) return;
  await service.app.close();
  service.remove();
}

describe("The year's random sample over GraphQL (CFA-1)", () => {
  let sqaManager: string;
  let socialWorker: string;
  let first: Service;
  let second: Service;

  beforeAll(async () => {
    sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');
    socialWorker = await tokenFor('sw-004', 'SOCIAL_WORKER');
    first = await freshService(sqaManager);
    second = await freshService(sqaManager);
  });

  afterAll(async () => {
    await stop(first);
    await stop(second);
  });

  describe('When a social worker tries to draw the sample', () => {
    it('should refuse with FORBIDDEN and append nothing', async () => {
      const head = await first.store.headPosition();
      const response = await graphql(first.app, DRAW, { year: YEAR, seed: SEED }, socialWorker);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      expect(await first.store.headPosition()).toBe(head);
    });
  });

  describe('When the same year is drawn with the same seed in two fresh services', () => {
    let drawnFirst: { seed: string; position: string; cases: Array<{ azeusNumber: string }> };

    it('should draw the same cases from the same recorded frame', async () => {
      const receiptA = dataOf(await graphql(first.app, DRAW, { year: YEAR, seed: SEED, fraction: 0.5 }, sqaManager)).drawAnnualSample;
      const receiptB = dataOf(await graphql(second.app, DRAW, { year: YEAR, seed: SEED, fraction: 0.5 }, sqaManager)).drawAnnualSample;
      expect(receiptA).toMatchObject({ id: String(YEAR), year: YEAR, seed: SEED, revision: 0, duplicate: false });

      const a = dataOf(await graphql(first.app, SAMPLE, { year: YEAR, atLeastPosition: receiptA.position }, socialWorker)).annualSample;
      const b = dataOf(await graphql(second.app, SAMPLE, { year: YEAR, atLeastPosition: receiptB.position }, socialWorker)).annualSample;
      // All 13 cases were open this year; half of them, in proportion across teams and categories.
      expect(a).toMatchObject({ status: 'DRAWN', seed: SEED, fraction: 0.5, frameSize: 13, targetSize: 7, frameTooSmall: false, drawnBy: { staffId: 'sqam-001', role: 'SQA_MANAGER' } });
      expect(a.cases).toHaveLength(7);
      expect(b.frameFingerprint).toBe(a.frameFingerprint);
      expect(b.cases.map((c: { azeusNumber: string }) => c.azeusNumber)).toEqual(a.cases.map((c: { azeusNumber: string }) => c.azeusNumber));
      expect(a.strata.reduce((sum: number, s: { drawn: number }) => sum + s.drawn, 0)).toBe(7);
      drawnFirst = { seed: receiptA.seed, position: receiptA.position, cases: a.cases };
    });

    it('should re-run the recorded draw to the same cases', async () => {
      expect(dataOf(await graphql(first.app, VERIFY, { year: YEAR }, socialWorker)).verifyAnnualSample).toEqual({
        year: YEAR,
        valid: true,
        drawValid: true,
        allocationValid: null,
        problems: [],
      });
    });

    it('should refuse a second draw of the year with CONFLICT and append nothing', async () => {
      const head = await first.store.headPosition();
      const response = await graphql(first.app, DRAW, { year: YEAR }, sqaManager);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'ANNUAL_SAMPLE.ALREADY_DRAWN', rule: 'CFA-1' });
      expect(await first.store.headPosition()).toBe(head);
      expect(drawnFirst.seed).toBe(SEED);
    });
  });

  describe('When the drawn sample is allocated', () => {
    let allocation: Array<{ azeusNumber: string; teamId: string; auditorId: string; dueDate: string; allocatedWorkerId: string | null }>;
    let lineManagers: Map<string, string | null>;

    beforeAll(async () => {
      const receipt = dataOf(await graphql(first.app, ALLOCATE, { year: YEAR }, sqaManager)).allocateAnnualSample;
      allocation = dataOf(await graphql(first.app, ALLOCATION, { year: YEAR, atLeastPosition: receipt.position }, sqaManager)).annualSampleAllocation;
      const { staff } = dataOf(await graphql(first.app, '{ staff(filter: { includeLeft: true }) { staffId role lineManagerId } }', {}, socialWorker));
      lineManagers = new Map(staff.map((s: { staffId: string; lineManagerId: string | null }) => [s.staffId, s.lineManagerId]));
    });

    it('should give every drawn case a TM or AP in post and a due date in the year (CFA-2, CFA-6)', async () => {
      const { tms, aps } = dataOf(
        await graphql(first.app, '{ tms: staff(filter: { role: TEAM_MANAGER }) { staffId } aps: staff(filter: { role: ADVANCED_PRACTITIONER }) { staffId } }', {}, socialWorker),
      );
      const inPost = new Set([...tms, ...aps].map((s: { staffId: string }) => s.staffId));
      expect(inPost).toEqual(new Set(['tm-001', 'tm-002', 'tm-003', 'tm-004', 'ap-001', 'ap-002']));
      expect(allocation).toHaveLength(7);
      for (const row of allocation) {
        expect(inPost.has(row.auditorId)).toBe(true);
        expect(row.dueDate.startsWith(`${YEAR}-`)).toBe(true);
      }
    });

    it("should never give a case to its allocated worker or that worker's line manager", () => {
      // The rule bites: some drawn cases are worked by someone whose line manager is an auditor.
      const auditors = new Set(['tm-001', 'tm-002', 'tm-003', 'tm-004', 'ap-001', 'ap-002']);
      expect(allocation.filter((r) => r.allocatedWorkerId !== null && auditors.has(lineManagers.get(r.allocatedWorkerId) ?? '')).length).toBeGreaterThan(0);
      for (const row of allocation) {
        expect(row.auditorId).not.toBe(row.allocatedWorkerId);
        if (row.allocatedWorkerId !== null) expect(row.auditorId).not.toBe(lineManagers.get(row.allocatedWorkerId));
      }
    });

    it('should filter the allocation by auditor and due date', async () => {
      const auditorId = allocation[0]!.auditorId;
      const mine = dataOf(await graphql(first.app, ALLOCATION, { year: YEAR, filter: { auditorId } }, sqaManager)).annualSampleAllocation;
      expect(mine.map((r: { azeusNumber: string }) => r.azeusNumber)).toEqual(allocation.filter((r) => r.auditorId === auditorId).map((r) => r.azeusNumber));
      const early = allocation[0]!.dueDate;
      const dueSoon = dataOf(await graphql(first.app, ALLOCATION, { year: YEAR, filter: { dueOnOrBefore: early } }, sqaManager)).annualSampleAllocation;
      expect(dueSoon.length).toBeGreaterThan(0);
      expect(dueSoon.every((r: { dueDate: string }) => r.dueDate <= early)).toBe(true);
    });

    it('should re-run the recorded draw and allocation to what is recorded', async () => {
      expect(dataOf(await graphql(first.app, VERIFY, { year: YEAR }, socialWorker)).verifyAnnualSample).toMatchObject({
        valid: true,
        drawValid: true,
        allocationValid: true,
      });
    });

    it("should refuse to reallocate a case to its worker's line manager, and reallocate it to another auditor", async () => {
      const row = allocation.find((r) => r.allocatedWorkerId !== null && lineManagers.get(r.allocatedWorkerId) != null)!;
      const refused = await graphql(
        first.app,
        REALLOCATE,
        { year: YEAR, azeusNumber: row.azeusNumber, auditorId: lineManagers.get(row.allocatedWorkerId!)!, reason: 'Auditor on leave' },
        sqaManager,
      );
      expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'ANNUAL_SAMPLE.AUDITOR_NOT_ELIGIBLE', rule: 'CFA-1' });

      const other = ['tm-001', 'tm-002', 'tm-003', 'tm-004'].find(
        (id) => id !== row.auditorId && id !== row.allocatedWorkerId && id !== lineManagers.get(row.allocatedWorkerId!),
      )!;
      const receipt = dataOf(
        await graphql(first.app, REALLOCATE, { year: YEAR, azeusNumber: row.azeusNumber, auditorId: other, reason: 'Auditor on leave' }, sqaManager),
      ).reallocateAnnualSampleCase;
      const sample = dataOf(await graphql(first.app, SAMPLE, { year: YEAR, atLeastPosition: receipt.position }, socialWorker)).annualSample;
      const moved = sample.cases.find((c: { azeusNumber: string }) => c.azeusNumber === row.azeusNumber);
      expect(moved).toMatchObject({ auditorId: other, reallocations: [{ fromAuditorId: row.auditorId, toAuditorId: other, reason: 'Auditor on leave' }] });
    });
  });

  describe('When a year is drawn without a seed', () => {
    it('should generate one, record it and answer with it', async () => {
      const receipt = dataOf(await graphql(second.app, DRAW, { year: YEAR + 1 }, sqaManager)).drawAnnualSample;
      expect(receipt.seed).toMatch(/^[0-9a-f]{32}$/);
      const sample = dataOf(await graphql(second.app, SAMPLE, { year: YEAR + 1, atLeastPosition: receipt.position }, socialWorker)).annualSample;
      expect(sample).toMatchObject({ seed: receipt.seed, fraction: 0.1, targetSize: 1 });
    });
  });

  describe('When a year that was never drawn is verified', () => {
    it('should answer NOT_FOUND', async () => {
      const response = await graphql(second.app, VERIFY, { year: YEAR - 1 }, socialWorker);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', errorCode: 'ANNUAL_SAMPLE.NOT_DRAWN' });
    });
  });
});
