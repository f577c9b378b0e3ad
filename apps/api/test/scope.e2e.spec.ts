import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { Role } from '../../../libs/domain/src/shared/decider.js';
import { familyAnswers, keyInformation, PEN_PICTURE } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { run as runRemedial } from '../src/remedial-actions/testing/remedial-action.client.js';
import { CASELOAD_CSV, FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';
import { run as runAudit } from './case-file-audit.client.js';

/**
 * Issue 6 item 2, record level, end to end over GraphQL with the fixture's registry and caseload:
 * a social worker sees the audits of their own cases and their own actions; a team manager their
 * team's; a Head of Service their service area's; S&QA everything; staff data only the person,
 * their line management and S&QA. Everyone's role is the registry's (the tokens carry the same).
 */

const ROLES: Readonly<Record<string, Role>> = {
  'sw-001': 'SOCIAL_WORKER',
  'sw-003': 'SOCIAL_WORKER',
  'sw-004': 'SOCIAL_WORKER',
  'ap-001': 'ADVANCED_PRACTITIONER',
  'tm-001': 'TEAM_MANAGER',
  'tm-002': 'TEAM_MANAGER',
  'tm-003': 'TEAM_MANAGER',
  'tm-004': 'TEAM_MANAGER',
  'hos-001': 'HEAD_OF_SERVICE',
  'hos-002': 'HEAD_OF_SERVICE',
  'co-001': 'CHIEF_OFFICER',
  'dir-001': 'DIRECTOR',
  'sqam-001': 'SQA_MANAGER',
  'sqao-001': 'SQA_OFFICER',
  'iro-001': 'IRO',
};

const IMPORT_CASELOAD = `mutation ($csv: String!, $effectiveFrom: String) { importCaseload(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;

const staffData = receiptClient({
  recordPracticeObservation: 'RecordPracticeObservationInput',
  startSupervisionAudit: 'StartSupervisionAuditInput',
});

const AREAS = ['COMMUNICATION', 'PREPARATION_AND_PROFESSIONALISM', 'CHILD_FOCUS', 'SAFEGUARDING_AND_RISK', 'LEADERSHIP', 'DECISION_MAKING'].map((area) => ({
  area,
  judgement: 'GOOD',
}));

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('Given the fixture council: its registry, its caseload and records across three teams (issue 6 item 2)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  const tokens: Record<string, string> = {};
  // Case file audits, each of a case of a team, by an auditor from elsewhere.
  const audits: Record<'northSw001' | 'northSw003' | 'eastSw004' | 'careSw006', string> = {
    northSw001: randomUUID(),
    northSw003: randomUUID(),
    eastSw004: randomUUID(),
    careSw006: randomUUID(),
  };
  let actionOfSw001: string;
  let actionOfSw004: string;
  let observationOfSw003: string;
  let supervisionAuditOfTm001: string;
  let position: string | null = null;

  const as = async (staffId: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Record<string, any>>> =>
    graphql(app, query, { ...variables, p: position }, tokens[staffId]);

  async function schedule(auditId: string, auditorId: string, azeusNumber: string, teamId: string): Promise<void> {
    await runAudit(app, tokens[auditorId]!, 'schedule', { auditId, azeusNumber, auditType: 'MONTHLY', auditorId, dueDate: day(30), teamId });
    position = (await runAudit(app, tokens[auditorId]!, 'start', { auditId })).position;
  }

  /** Filled in for the case's worker and manager, submitted, and an action raised for the worker. */
  async function submitWithAction(auditId: string, auditorId: string, socialWorkerId: string, teamManagerId: string): Promise<string> {
    const token = tokens[auditorId]!;
    await runAudit(app, token, 'keyInformation', { auditId, penPicture: PEN_PICTURE, keyInformation: { ...keyInformation, socialWorkerId, teamManagerId } });
    for (let criterion = 1; criterion <= 16; criterion++) {
      await runAudit(app, token, 'grade', { auditId, criterion, evaluation: `Evidence for criterion ${criterion}`, grade: 'GOOD' });
    }
    await runAudit(app, token, 'familyFeedback', { auditId, answers: familyAnswers, givenBy: 'Mother' });
    await runAudit(app, token, 'workerComments', { auditId, comments: 'Agreed.' });
    await runAudit(app, token, 'summary', { auditId, strengths: 'Child seen alone', areasForImprovement: 'Plan not SMART' });
    await runAudit(app, token, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'Good practice throughout' });
    const raised = await runRemedial(app, token, 'raiseRemedialAction', { auditId, description: 'Update the plan', timescale: day(14) });
    position = raised.position;
    return raised.id;
  }

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    for (const [staffId, role] of Object.entries(ROLES)) tokens[staffId] = await tokenFor(staffId, role);
    await givenStaff(app, STAFF_CSV, { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_CASELOAD, { csv: CASELOAD_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, tokens['sqao-001']));

    // 1040012 is sw-001's and 1040013 sw-003's (mash-north), 1040016 sw-004's (cp-east), 1040019 sw-006's (lac-central).
    await schedule(audits.northSw001, 'tm-003', '1040012', 'mash-north');
    await schedule(audits.northSw003, 'tm-004', '1040013', 'mash-north');
    await schedule(audits.eastSw004, 'tm-003', '1040016', 'cp-east');
    await schedule(audits.careSw006, 'tm-002', '1040019', 'lac-central');
    actionOfSw001 = await submitWithAction(audits.northSw001, 'tm-003', 'sw-001', 'tm-001');
    actionOfSw004 = await submitWithAction(audits.eastSw004, 'tm-003', 'sw-004', 'tm-002');

    const observation = await staffData.run(app, tokens['tm-001']!, 'recordPracticeObservation', {
      workerId: 'sw-003',
      activityObserved: 'Home visit',
      observedOn: day(-10),
      description: 'A planned home visit',
      wentWell: 'Clear explanation of the plan',
      needsDevelopment: 'Risk from the new partner not explored',
      areas: AREAS,
    });
    observationOfSw003 = observation.id;
    supervisionAuditOfTm001 = randomUUID();
    const supervisionAudit = await staffData.run(app, tokens['hos-001']!, 'startSupervisionAudit', {
      auditId: supervisionAuditOfTm001,
      kind: 'PROFESSIONAL',
      supervisorId: 'tm-001',
      superviseeId: 'ap-001',
      auditDate: day(-3),
    });
    position = [observation.position, supervisionAudit.position].sort((a, b) => Number(BigInt(a!) - BigInt(b!)))[1]!;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const auditIdsSeenBy = async (staffId: string): Promise<string[]> =>
    (dataOf(await as(staffId, `query ($p: String) { caseFileAudits(atLeastPosition: $p) { id } }`)).caseFileAudits as { id: string }[]).map((a) => a.id).sort();
  const refusalOf = (response: GraphQLResponse) => ({ code: response.errors?.[0]?.extensions.code, errorCode: response.errors?.[0]?.extensions['errorCode'] });
  const OUT_OF_SCOPE = { code: 'FORBIDDEN', errorCode: 'ACCESS.OUT_OF_SCOPE' };

  describe('When a social worker (sw-001) reads audits, actions and cases', () => {
    it('should list only the audits of their own cases', async () => {
      expect(await auditIdsSeenBy('sw-001')).toEqual([audits.northSw001]);
    });

    it("should refuse another's audit by id with FORBIDDEN ACCESS.OUT_OF_SCOPE, and its history", async () => {
      const query = `query ($id: ID!, $p: String) { caseFileAudit(id: $id, atLeastPosition: $p) { id } }`;
      expect(refusalOf(await as('sw-001', query, { id: audits.northSw003 }))).toEqual(OUT_OF_SCOPE);
      expect(dataOf(await as('sw-001', query, { id: audits.northSw001 })).caseFileAudit).toEqual({ id: audits.northSw001 });
      const history = `query ($s: String!) { recordHistory(streamId: $s) { chainVerified } }`;
      expect(refusalOf(await as('sw-001', history, { s: `caseFileAudit-${audits.eastSw004}` }))).toEqual(OUT_OF_SCOPE);
      expect(refusalOf(await as('sw-001', `query { caseHistory(azeusNumber: "1040016") { chainVerified } }`))).toEqual(OUT_OF_SCOPE);
    });

    it('should list only the actions assigned to them', async () => {
      const actions = dataOf(await as('sw-001', `query ($p: String) { remedialActions(atLeastPosition: $p) { id ownerId } }`)).remedialActions;
      expect(actions).toEqual([{ id: actionOfSw001, ownerId: 'sw-001' }]);
      const other = await as('sw-001', `query ($id: ID!) { remedialAction(id: $id) { id } }`, { id: actionOfSw004 });
      expect(refusalOf(other)).toEqual(OUT_OF_SCOPE);
    });

    it('should list only the cases allocated to them', async () => {
      const cases = dataOf(await as('sw-001', `{ cases { azeusNumber } }`)).cases;
      expect(cases).toEqual([{ azeusNumber: '1040012' }]);
    });
  });

  describe("When a team manager (tm-001, mash-north) reads them", () => {
    it("should see mash-north's audits and actions, not cp-east's or lac-central's", async () => {
      expect(await auditIdsSeenBy('tm-001')).toEqual([audits.northSw001, audits.northSw003].sort());
      const actions = dataOf(await as('tm-001', `query ($p: String) { remedialActions(atLeastPosition: $p) { id } }`)).remedialActions;
      expect(actions).toEqual([{ id: actionOfSw001 }]);
      const east = await as('tm-001', `query ($id: ID!) { caseFileAudit(id: $id) { id } }`, { id: audits.eastSw004 });
      expect(refusalOf(east)).toEqual(OUT_OF_SCOPE);
    });

    it("should see the team's cases and their histories, and not another team's", async () => {
      const cases = (dataOf(await as('tm-001', `{ cases { azeusNumber } }`)).cases as { azeusNumber: string }[]).map((c) => c.azeusNumber);
      expect(cases).toEqual(['1040012', '1040013', '1040014', '1040015']);
      expect(dataOf(await as('tm-001', `query { caseHistory(azeusNumber: "1040013") { chainVerified } }`)).caseHistory.chainVerified).toBe(true);
      expect(refusalOf(await as('tm-001', `query { case(azeusNumber: "1040019") { azeusNumber } }`))).toEqual(OUT_OF_SCOPE);
    });
  });

  describe('When a Head of Service reads them', () => {
    it("should see hos-001's service area (assess: mash-north and cp-east), not care's", async () => {
      expect(await auditIdsSeenBy('hos-001')).toEqual([audits.northSw001, audits.northSw003, audits.eastSw004].sort());
      expect(await auditIdsSeenBy('hos-002')).toEqual([audits.careSw006]);
    });
  });

  describe('When S&QA or the director read them', () => {
    it('should see every audit', async () => {
      const every = Object.values(audits).sort();
      expect(await auditIdsSeenBy('sqam-001')).toEqual(every);
      expect(await auditIdsSeenBy('dir-001')).toEqual(every);
    });
  });

  describe("When sw-003's practice observation (staff data) is read", () => {
    const query = `query ($id: ID!, $p: String) { practiceObservation(id: $id, atLeastPosition: $p) { id workerId } }`;
    it('should be visible to sw-003, their line management (ap-001, tm-001, hos-001, co-001, dir-001) and S&QA', async () => {
      for (const staffId of ['sw-003', 'ap-001', 'tm-001', 'hos-001', 'co-001', 'dir-001', 'sqam-001', 'sqao-001']) {
        const response = await as(staffId, query, { id: observationOfSw003 });
        expect([staffId, response.data?.['practiceObservation']?.workerId ?? response.errors]).toEqual([staffId, 'sw-003']);
      }
    });

    it('should be refused to another team manager, a colleague and another Head of Service, and left out of their lists', async () => {
      for (const staffId of ['tm-002', 'sw-001', 'hos-002']) {
        expect([staffId, refusalOf(await as(staffId, query, { id: observationOfSw003 }))]).toEqual([staffId, OUT_OF_SCOPE]);
        const listed = dataOf(await as(staffId, `query ($p: String) { practiceObservations(atLeastPosition: $p) { id } }`)).practiceObservations;
        expect([staffId, listed]).toEqual([staffId, []]);
      }
      const history = `query ($s: String!) { recordHistory(streamId: $s) { chainVerified } }`;
      expect(refusalOf(await as('tm-002', history, { s: `practiceObservation-${observationOfSw003}` }))).toEqual(OUT_OF_SCOPE);
      expect(refusalOf(await as('tm-002', `query { staffHistory(staffId: "sw-003") { chainVerified } }`))).toEqual(OUT_OF_SCOPE);
    });
  });

  describe("When the Head of Service's supervision audit of tm-001's supervision of ap-001 is read", () => {
    const query = `query ($id: ID!, $p: String) { supervisionAudit(id: $id, atLeastPosition: $p) { id } }`;
    it('should be visible to both, their line management and S&QA, and not to another team manager or a social worker', async () => {
      for (const staffId of ['tm-001', 'ap-001', 'hos-001', 'co-001', 'dir-001', 'sqao-001']) {
        const response = await as(staffId, query, { id: supervisionAuditOfTm001 });
        expect([staffId, response.data?.['supervisionAudit'] ?? response.errors]).toEqual([staffId, { id: supervisionAuditOfTm001 }]);
      }
      for (const staffId of ['tm-002', 'sw-001', 'hos-002']) {
        expect([staffId, refusalOf(await as(staffId, query, { id: supervisionAuditOfTm001 }))]).toEqual([staffId, OUT_OF_SCOPE]);
      }
    });
  });

  describe('When a team manager asks for the quotas of the month (an aggregate)', () => {
    it('should be limited to the lines of their team, whatever filter they send', async () => {
      const month = day(0).slice(0, 7);
      const query = `query ($period: String!, $filter: QuotaFilterInput) { quotas(period: $period, filter: $filter) { lines { staffId teamId } } }`;
      const lines = dataOf(await as('tm-001', query, { period: month })).quotas.lines as { staffId: string; teamId: string | null }[];
      expect(lines.length).toBeGreaterThan(0);
      expect(new Set(lines.map((l) => l.teamId))).toEqual(new Set(['mash-north']));
      const other = dataOf(await as('tm-001', query, { period: month, filter: { teamId: 'cp-east' } })).quotas.lines;
      expect(other).toEqual([]);
      const all = dataOf(await as('sqam-001', query, { period: month })).quotas.lines as { teamId: string | null }[];
      expect(new Set(all.map((l) => l.teamId))).toContain('cp-east');
    });
  });

  describe('When the overdue view is read with a horizon covering every audit and action (an aggregate)', () => {
    const query = `query ($p: String) { overdue(dueWithinHours: 1200, atLeastPosition: $p) { kind id } }`;
    const idsSeenBy = async (staffId: string) => (dataOf(await as(staffId, query)).overdue as { id: string }[]).map((i) => i.id).sort();
    it("should give a social worker their own lines, a team manager their team's, S&QA everything", async () => {
      expect(await idsSeenBy('sw-001')).toEqual([actionOfSw001]);
      // The open audit of the team (the submitted one is not late), the team's action, and the practice observations its members owe.
      expect(await idsSeenBy('tm-001')).toEqual([audits.northSw003, actionOfSw001, 'ap-001', 'sw-001'].sort());
      expect(await idsSeenBy('sqam-001')).toEqual(expect.arrayContaining([audits.northSw003, audits.careSw006, actionOfSw001, actionOfSw004, 'sw-004']));
    });
  });

  describe('When a team manager asks for the whole-service QA overview', () => {
    it('should be refused: the overview covers the whole service (REP-1)', async () => {
      const month = day(-40).slice(0, 7);
      const response = await as('tm-001', `query ($m: String!) { monthlyQaOverview(month: $m) { title } }`, { m: month });
      expect(refusalOf(response)).toEqual(OUT_OF_SCOPE);
    });
  });
});
