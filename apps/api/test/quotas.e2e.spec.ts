import type { INestApplication } from '@nestjs/common';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { submittedAudit } from './case-file-audit.scenarios.js';

const QUOTAS = `query Quotas($period: String!, $asOf: String, $filter: QuotaFilterInput, $atLeastPosition: String) {
  quotas(period: $period, asOf: $asOf, filter: $filter, atLeastPosition: $atLeastPosition) {
    period asOf
    lines { staffId name role teamId serviceAreaId rule period dueDate required done remaining limit status evidence }
    byTeam { key met due atRisk missed }
    byServiceArea { key met missed required done remaining metRate }
    service { key lines met due atRisk missed metRate }
  }
}`;

const thisMonth = new Date().toISOString().slice(0, 7);
const today = new Date().toISOString().slice(0, 10);

const supervisionAudits = receiptClient({
  startSupervisionAudit: 'StartSupervisionAuditInput',
  answerSupervisionAuditQuestion: 'AnswerSupervisionAuditQuestionInput',
  completeSupervisionAudit: 'CompleteSupervisionAuditInput',
});
const CASE_KEYS = [
  'SAFE_AND_DEFENSIBLE_DECISIONS', 'CLEAR_DECISION_MAKING', 'MANAGEMENT_SUPPORT', 'DRIVING_THE_CASE_FORWARD', 'CASE_DISCUSSION_AND_REFLECTION',
  'REGULAR_SUPERVISION', 'STATUTORY_REQUIREMENTS', 'HIGH_RISK_ESCALATION', 'CHILD_SAFE',
];
const PROFESSIONAL_KEYS = ['MONTHLY_PERSONAL_SUPERVISION', 'PERFORMANCE_LINKED_TO_LEARNING', 'PERFORMANCE_ISSUES_ADDRESSED', 'GOOD_PERFORMANCE_ENCOURAGED'];

describe('Quotas over GraphQL: who met their QA duties in a period (issue 5 item 1)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let director: string;
  let auditId: string;
  let position: string | null;

  const read = async (variables: Record<string, unknown>) =>
    dataOf(await graphql<{ quotas: Record<string, any> }>(app, QUOTAS, { atLeastPosition: position, ...variables }, director)).quotas;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    director = await tokenFor('dir-001', 'DIRECTOR');
    const sqa = await tokenFor('sqam-001', 'SQA_MANAGER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(
      await graphql(app, `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqa),
    );
    // Given tm-001 submits a monthly case file audit today; no other TM or AP has done one this month.
    const tm = await tokenFor('tm-001', 'TEAM_MANAGER');
    let submitted;
    ({ auditId, submitted } = await submittedAudit(app, tm, { auditorId: 'tm-001', teamId: 'mash-north', dueDate: `${thisMonth}-28` }));
    position = submitted.position;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a leader reads this month (CFA-2)', () => {
    it("should list every TM and AP with the month's audit, the one done met with it as evidence", async () => {
      const report = await read({ period: thisMonth, filter: { rules: ['CFA-2'] } });
      const byPerson = Object.fromEntries(report.lines.map((l: Record<string, any>) => [l.staffId, l]));
      expect(Object.keys(byPerson).sort()).toEqual(['ap-001', 'ap-002', 'tm-001', 'tm-002', 'tm-003', 'tm-004']);
      expect(byPerson['tm-001']).toMatchObject({ rule: 'CFA-2', role: 'TEAM_MANAGER', teamId: 'mash-north', serviceAreaId: 'assess', required: 1, done: 1, remaining: 0, status: 'MET', evidence: [auditId] });
      expect(['DUE', 'AT_RISK']).toContain(byPerson['tm-002'].status);
      expect(report.service).toMatchObject({ key: 'SERVICE', lines: 6, met: 1 });
    });

    it('should roll the lines up by team and service area', async () => {
      const report = await read({ period: thisMonth, filter: { rules: ['CFA-2'] } });
      expect(report.byTeam.find((t: Record<string, any>) => t.key === 'mash-north')).toMatchObject({ met: 1 });
      expect(report.byServiceArea.find((a: Record<string, any>) => a.key === 'assess')).toMatchObject({ required: 3, done: 1, remaining: 2 });
    });
  });

  describe('When the month is read as it stood after it ended, for the people who did not do it', () => {
    it('should show them missed', async () => {
      const [year, month] = thisMonth.split('-').map(Number) as [number, number];
      const nextMonth = new Date(Date.UTC(year, month, 2)).toISOString();
      const report = await read({ period: thisMonth, asOf: nextMonth, filter: { rules: ['CFA-2'], statuses: ['MISSED'] } });
      expect(report.lines.map((l: Record<string, any>) => l.staffId).sort()).toEqual(['ap-001', 'ap-002', 'tm-002', 'tm-003', 'tm-004']);
    });
  });

  describe("When a Head of Service completes a case and a professional audit of a TM's supervision this month (SUP-1, SUP-2)", () => {
    let auditIds: string[];

    beforeAll(async () => {
      // From the staff fixture: hos-001 line-manages tm-001, who line-manages ap-001.
      const hos = await tokenFor('hos-001', 'HEAD_OF_SERVICE');
      auditIds = [];
      for (const [kind, keys] of [['CASE', CASE_KEYS], ['PROFESSIONAL', PROFESSIONAL_KEYS]] as const) {
        const { id } = await supervisionAudits.run(app, hos, 'startSupervisionAudit', {
          kind, supervisorId: 'tm-001', superviseeId: 'ap-001', auditDate: today, ...(kind === 'CASE' ? { azeusNumber: 'AZ-300411', caseFileId: 'cf-1' } : {}),
        });
        for (const key of keys) {
          await supervisionAudits.run(app, hos, 'answerSupervisionAuditQuestion', {
            auditId: id, questionKey: key, answer: 'YES', comments: `Seen for ${key}`, ...(key === 'REGULAR_SUPERVISION' ? { numberOfSupervisions: 5 } : {}),
          });
        }
        position = (await supervisionAudits.run(app, hos, 'completeSupervisionAudit', { auditId: id })).position;
        auditIds.push(id);
      }
    });

    it('should show that Head of Service met SUP-1 with both audits as evidence, the other still owing both, and every TM owing SUP-2', async () => {
      const report = await read({ period: thisMonth, filter: { rules: ['SUP-1', 'SUP-2'] } });
      const sup1 = Object.fromEntries(report.lines.filter((l: Record<string, any>) => l.rule === 'SUP-1').map((l: Record<string, any>) => [l.staffId, l]));
      expect(sup1['hos-001']).toMatchObject({ role: 'HEAD_OF_SERVICE', required: 2, done: 2, remaining: 0, status: 'MET', evidence: [...auditIds].sort() });
      expect(sup1['hos-002']).toMatchObject({ required: 2, done: 0, remaining: 2 });
      const sup2 = report.lines.filter((l: Record<string, any>) => l.rule === 'SUP-2');
      expect(sup2.map((l: Record<string, any>) => l.staffId).sort()).toEqual(['tm-001', 'tm-002', 'tm-003', 'tm-004']);
      expect(sup2.every((l: Record<string, any>) => l.role === 'TEAM_MANAGER' && l.required === 2 && l.done === 0)).toBe(true);
    });

    it('should read the month as it stood the day before: nothing done yet (SUP-1)', async () => {
      const yesterday = new Date(Date.now() - 86_400_000).toISOString();
      const report = await read({ period: thisMonth, asOf: yesterday, filter: { rules: ['SUP-1'], staffId: 'hos-001' } });
      expect(report.lines.map((l: Record<string, any>) => [l.rule, l.done])).toEqual([['SUP-1', 0]]);
    });

    it('should list the Heads of Service under SUP-6 and OBS-6 for the quarter and year the month falls in', async () => {
      const report = await read({ period: thisMonth, filter: { rules: ['SUP-6', 'OBS-6'], staffId: 'hos-001' } });
      expect(report.lines.map((l: Record<string, any>) => [l.rule, l.required, l.done]).sort()).toEqual([['OBS-6', 1, 0], ['SUP-6', 1, 0]]);
      expect(report.lines.find((l: Record<string, any>) => l.rule === 'OBS-6')).toMatchObject({ period: thisMonth.slice(0, 4), dueDate: `${thisMonth.slice(0, 4)}-12-31` });
    });
  });

  describe('When the period is malformed', () => {
    it('should refuse naming the field, and keep serving', async () => {
      const bad = await graphql(app, QUOTAS, { period: '2026-13' }, director);
      expect(JSON.stringify(bad.errors)).toContain('period');
      expect((await read({ period: thisMonth, filter: { rules: ['CFA-2'] } })).lines).toHaveLength(6);
    });
  });
});
