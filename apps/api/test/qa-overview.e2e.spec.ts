import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { submittedAudit } from './case-file-audit.scenarios.js';

const IMPORT_STAFF = `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;

// The service's clock stamps each command, so the audit falls in the current month and quarter.
const MONTH = new Date().toISOString().slice(0, 7);
const QUARTER = `${MONTH.slice(0, 4)}-Q${Math.ceil(Number(MONTH.slice(5, 7)) / 3)}`;
// A team manager of the staff file (CFA-2: one case file audit a month).
const TM = 'tm-001';

const OVERVIEW = /* GraphQL */ `
  query ($month: String!, $asOf: String, $atLeastPosition: String) {
    monthlyQaOverview(month: $month, asOf: $asOf, atLeastPosition: $atLeastPosition) {
      report rules title period { id kind start end } generatedFrom { lastPosition asOf }
      keyFigures { key value }
      activity { key rule count previousCount }
      quotas { duties met missed open byRule { rule met missed open } people { staffId name status met missed } missedDuties { staffId rule } }
      overdue { total byKind { kind count } }
      grades { audits overall { counts { good total } previous { total } trend } }
      weakestCriteria { criterion }
      moderation { audits }
      themes { sources themes { theme } }
      actions { raised openAtEnd bySourceKind { sourceKind raised } }
    }
  }
`;

const REVIEW = /* GraphQL */ `
  query ($quarter: String!) {
    quarterlyLeadershipReview(quarter: $quarter) {
      report rules period { id kind }
      months { month auditsSubmitted dutiesMet dutiesMissed }
      supervisionLearningSummaries { quarter submitted missing reviewedByDmt summaries { name status } }
      caseFileAuditFindings { auditsByType { key count } overall { counts { good total } } overallModerated { counts { total } } actions { raised } }
    }
  }
`;

describe('QA overview over GraphQL and as a PDF (REP-1, CFA-14, SUP-6, CRS-4) (SQLite + memory read store)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let sqa: string;
  let position: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    sqa = await tokenFor('sqam-001', 'SQA_MANAGER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: '2025-06-12' });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: '2025-06-12' }, sqa));
    const tm = await tokenFor(TM, 'TEAM_MANAGER');
    const { submitted } = await submittedAudit(app, tm, { auditorId: TM, teamId: 'mash-north' });
    position = submitted.position!;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a leader opens the overview of the month in which an audit was submitted', () => {
    it('should show the QA activity, who met their duties, what is late and what the audits say (REP-1, CRS-4)', async () => {
      const overview = dataOf(await graphql(app, OVERVIEW, { month: MONTH, atLeastPosition: position }, sqa)).monthlyQaOverview;
      expect(overview).toMatchObject({ report: 'MONTHLY_QA_OVERVIEW', period: { id: MONTH, kind: 'MONTH' } });
      expect(overview.rules).toEqual(expect.arrayContaining(['REP-1', 'CRS-4']));
      expect(overview.generatedFrom.asOf).toMatch(new RegExp(`^${MONTH}-\\d{2}T23:59:59.999Z$`));
      expect(overview.generatedFrom.lastPosition).toMatch(/^\d+$/);
      expect(overview.activity.find((a: { key: string }) => a.key === 'CASE_FILE_AUDITS_MONTHLY')).toMatchObject({ count: 1, rule: 'CFA-2' });
      // CRS-4: the Conference and Review Service's forms, reviews and escalations are counted (none yet).
      expect(overview.activity.map((a: { key: string }) => a.key)).toEqual(expect.arrayContaining(['CRS_MONITORING_FORMS', 'CRS_MIDWAY_REVIEWS', 'CRS_ESCALATIONS_RAISED']));
      // Her CFA-2 audit is met; her other duties of the month (e.g. SUP-2) were not done, so she shows as having missed some.
      const tm = overview.quotas.people.find((p: { staffId: string }) => p.staffId === TM);
      expect(tm).toMatchObject({ name: 'Priyanka Desai' });
      expect(tm.met).toBeGreaterThanOrEqual(1);
      expect(tm.status).toBe(tm.missed > 0 ? 'MISSED' : 'MET');
      expect(overview.quotas.byRule.find((r: { rule: string }) => r.rule === 'CFA-2').met).toBeGreaterThanOrEqual(1);
      expect(overview.quotas.missedDuties.some((d: { staffId: string; rule: string }) => d.staffId === TM && d.rule === 'CFA-2')).toBe(false);
      expect(overview.grades).toMatchObject({ audits: 1, overall: { counts: { good: 1, total: 1 } } });
      // The audit was due long ago and submitted late: late until submitted, so not late at the month's end.
      expect(overview.overdue.byKind.find((k: { kind: string }) => k.kind === 'CASE_FILE_AUDIT').count).toBe(0);
    });

    it('should give the same answer when asked again (REP-1)', async () => {
      const first = await graphql(app, OVERVIEW, { month: MONTH }, sqa);
      const second = await graphql(app, OVERVIEW, { month: MONTH }, sqa);
      expect(JSON.stringify(second.data)).toBe(JSON.stringify(first.data));
    });

    it('should refuse a month that is not one, naming the field (REP-1)', async () => {
      const response = await graphql(app, OVERVIEW, { month: '2026-13' }, sqa);
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(response.errors)).toContain('month');
    });
  });

  describe('When DMT and SLT open the quarterly leadership review', () => {
    it('should show the months side by side, the case file audit findings (CFA-14) and the SUP-6 summaries owed', async () => {
      const review = dataOf(await graphql(app, REVIEW, { quarter: QUARTER }, sqa)).quarterlyLeadershipReview;
      expect(review).toMatchObject({ report: 'QUARTERLY_LEADERSHIP_REVIEW', period: { id: QUARTER, kind: 'QUARTER' } });
      expect(review.rules).toEqual(expect.arrayContaining(['CFA-14', 'SUP-6']));
      expect(review.months).toHaveLength(3);
      expect(review.months.find((m: { month: string }) => m.month === MONTH).auditsSubmitted).toBe(1);
      expect(review.caseFileAuditFindings.overall.counts).toMatchObject({ good: 1, total: 1 });
      // SUP-6: the Heads of Service of the staff file owe a summary; none is written yet.
      const [thisQuarter] = review.supervisionLearningSummaries;
      expect(thisQuarter).toMatchObject({ quarter: QUARTER, submitted: 0 });
      expect(thisQuarter.missing).toBeGreaterThanOrEqual(1);
      expect(thisQuarter.summaries.map((s: { name: string }) => s.name)).toContain('Callum Pemberton');
    });
  });

  describe('When the overview is downloaded as a PDF', () => {
    const download = (path: string, token?: string) => {
      let call = request(app.getHttpServer()).get(path).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
      if (token !== undefined) call = call.set('authorization', `Bearer ${token}`);
      return call;
    };

    it('should answer a PDF attachment, identical bytes when downloaded twice (REP-1)', async () => {
      const first = await download(`/reports/qa-overview/${MONTH}.pdf`, sqa);
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/^application\/pdf/);
      expect(first.headers['content-disposition']).toBe(`attachment; filename="qa-overview-${MONTH}.pdf"`);
      const bytes = first.body as Buffer;
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const second = await download(`/reports/qa-overview/${MONTH}.pdf`, sqa);
      expect(Buffer.compare(second.body as Buffer, bytes)).toBe(0);
    });

    it('should answer the quarterly leadership review as a PDF too (CFA-14, SUP-6)', async () => {
      const response = await download(`/reports/qa-overview/${QUARTER}.pdf`, sqa);
      expect(response.status).toBe(200);
      expect((response.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('should refuse a download without a bearer token with 401', async () => {
      const response = await request(app.getHttpServer()).get(`/reports/qa-overview/${MONTH}.pdf`);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });

    it('should refuse a period that is not a month or quarter with 400 naming it (REP-1)', async () => {
      const response = await request(app.getHttpServer()).get('/reports/qa-overview/2026-W12.pdf').set('authorization', `Bearer ${sqa}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ errorCode: 'QA_OVERVIEW.PERIOD_INVALID', field: 'period', rule: 'REP-1' });
    });
  });
});
