import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { dayFromToday, run as runAction } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, graphql, receiptClient, startApp, tempSqlitePath, tokenFor, type Receipt } from './api-test-support.js';
import { run } from './case-file-audit.client.js';
import { AUDITOR, HEAD_OF_SERVICE, fillInForm, scheduleAndStart } from './case-file-audit.scenarios.js';

const tagging = receiptClient({ tagCaseFileAuditLearningThemes: 'TagCaseFileAuditLearningThemesInput' });

const SW = keyInformation.socialWorkerId;
const TM = keyInformation.teamManagerId;
const SQA = 'staff-sqa-0001';

// The service's clock stamps each command, so everything here falls in the current month.
const MONTH = new Date().toISOString().slice(0, 7);

const GROUP = `key label trend shareChange
  counts { outstanding good requiresImprovement inadequate total requiresImprovementOrInadequate shareRequiresImprovementOrInadequate }
  previous { total }`;

describe('Learning themes (REP-2) and moderation movements (CFA-9) over GraphQL (SQLite + memory read store)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;
  let headOfService: string;
  let sqa: string;
  let otherTeamManager: string;
  let socialWorker: string;
  let teamManager: string;

  let first: string;
  let second: string;
  let last: Receipt;

  /** An audit filled in (criteria Good, 12 and 14 not applicable), one criterion regraded, then submitted. */
  const submitted = async (criterion: number, grade: string, overallGrade: string) => {
    const { auditId } = await scheduleAndStart(app, auditor);
    await fillInForm(app, auditor, auditId);
    await run(app, auditor, 'grade', { auditId, criterion, evaluation: 'Plan not reviewed', grade });
    await run(app, auditor, 'submit', { auditId, overallGrade, rationale: 'Rationale' });
    return auditId;
  };

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [HEAD_OF_SERVICE]: 'HEAD_OF_SERVICE', [SQA]: 'SQA_OFFICER', 'staff-tm-0099': 'TEAM_MANAGER', [SW]: 'SOCIAL_WORKER', [TM]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    sqa = await tokenFor(SQA, 'SQA_OFFICER');
    otherTeamManager = await tokenFor('staff-tm-0099', 'TEAM_MANAGER');
    socialWorker = await tokenFor(SW, 'SOCIAL_WORKER');
    teamManager = await tokenFor(TM, 'TEAM_MANAGER');

    // Audit one: criterion 8 Requires Improvement; tagged by its auditor; moderation raises
    // criterion 8 to Good and lowers the overall grade (CFA-9); two actions raised, one verified.
    first = await submitted(8, 'REQUIRES_IMPROVEMENT', 'GOOD');
    await tagging.run(app, auditor, 'tagCaseFileAuditLearningThemes', { auditId: first, themes: [' Neglect ', 'Management oversight'] });
    await run(app, headOfService, 'moderate', {
      auditId: first,
      agreed: false,
      feedback: 'Plan was reviewed in supervision',
      criterionGrades: [{ criterion: 8, grade: 'GOOD', reason: 'Reviewed in supervision' }],
      overallGrade: { grade: 'REQUIRES_IMPROVEMENT', reason: 'Drift in the plan' },
    });
    const { id: done } = await runAction(app, auditor, 'raiseRemedialAction', { auditId: first, description: 'Review the plan', timescale: dayFromToday(14) });
    await runAction(app, auditor, 'raiseRemedialAction', { auditId: first, description: 'Record management oversight', timescale: dayFromToday(14) });
    await runAction(app, socialWorker, 'acknowledgeRemedialAction', { actionId: done });
    await runAction(app, socialWorker, 'completeRemedialAction', { actionId: done, evidence: 'Plan reviewed' });
    await runAction(app, teamManager, 'verifyRemedialAction', { actionId: done, supervisionDate: dayFromToday(0) });

    // Audit two: criterion 8 Inadequate (escalated at once, CFA-13); tagged by S&QA; moderation agrees.
    second = await submitted(8, 'INADEQUATE', 'REQUIRES_IMPROVEMENT');
    await tagging.run(app, sqa, 'tagCaseFileAuditLearningThemes', { auditId: second, themes: ['NEGLECT', 'Voice of the child'] });
    last = await run(app, headOfService, 'moderate', { auditId: second, agreed: true, feedback: 'Well evidenced' });
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const query = async (document: string, variables: Record<string, unknown> = {}, token = sqa) =>
    dataOf(await graphql(app, document, { atLeastPosition: last.position, ...variables }, token));

  describe('When a submitted audit is tagged with learning themes (REP-2)', () => {
    it('should hold the themes trimmed, in the order given, for the audit', async () => {
      const { learningThemeSources } = await query(
        `query Q($atLeastPosition: String, $id: String) {
          learningThemeSources(atLeastPosition: $atLeastPosition, filter: { sourceKind: CASE_FILE_AUDIT, sourceId: $id }) { sourceKind sourceId counted date themes teamIds }
        }`,
        { id: first },
      );
      expect(learningThemeSources).toEqual([
        { sourceKind: 'CASE_FILE_AUDIT', sourceId: first, counted: true, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), themes: ['Neglect', 'Management oversight'], teamIds: ['team-north-1'] },
      ]);
    });

    it('should refuse anyone but the auditor, a senior manager or S&QA, and record nothing (REP-2)', async () => {
      const response = await tagging.mutate(app, otherTeamManager, 'tagCaseFileAuditLearningThemes', { auditId: first, themes: ['Something else'] });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'CASE_FILE_AUDIT.NOT_ALLOWED_TO_TAG', rule: 'REP-2' });
      const { learningThemeSources } = await query(`query { learningThemeSources(filter: { theme: "something else" }) { sourceId } }`);
      expect(learningThemeSources).toEqual([]);
    });

    it('should refuse to tag an audit not yet submitted (REP-2)', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      const response = await tagging.mutate(app, auditor, 'tagCaseFileAuditLearningThemes', { auditId, themes: ['Neglect'] });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CASE_FILE_AUDIT.NOT_SUBMITTED' });
    });

    it('should refuse a blank theme, naming the field and rule (REP-2)', async () => {
      const response = await tagging.mutate(app, auditor, 'tagCaseFileAuditLearningThemes', { auditId: first, themes: ['Neglect', '  '] });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'themes.1', rule: 'REP-2' });
    });
  });

  describe('When the learning themes of the month are asked for (REP-2)', () => {
    it('should count each theme as first written, by kind of record, with the actions raised and verified', async () => {
      const { learningThemes } = await query(
        `query Q($atLeastPosition: String, $period: String!) {
          learningThemes(atLeastPosition: $atLeastPosition, period: $period) {
            period { id } previousPeriod { id } sources
            themes { key theme count previousCount trend byKind { sourceKind count } actions { raised verified } }
          }
        }`,
        { period: MONTH },
      );
      expect(learningThemes.period.id).toBe(MONTH);
      expect(learningThemes.sources).toBe(2);
      expect(learningThemes.themes[0]).toEqual({
        key: 'neglect',
        theme: 'Neglect',
        count: 2,
        previousCount: 0,
        trend: 'NEW',
        byKind: [{ sourceKind: 'CASE_FILE_AUDIT', count: 2 }],
        actions: { raised: 2, verified: 1 },
      });
      expect(learningThemes.themes.find((t: { key: string }) => t.key === 'voice of the child')).toMatchObject({ count: 1, actions: { raised: 0, verified: 0 } });
    });
  });

  describe('When grades are asked for by criterion (REP-2)', () => {
    it('should count the grades as the auditor gave them, and as moderated (CFA-9)', async () => {
      const document = `query Q($atLeastPosition: String, $period: String!, $useModerated: Boolean) {
        gradeDistribution(atLeastPosition: $atLeastPosition, period: $period, groupBy: CRITERION, useModerated: $useModerated) {
          audits previousPeriod { id } groups { ${GROUP} }
        }
      }`;
      const given = (await query(document, { period: MONTH })).gradeDistribution;
      expect(given.audits).toBe(2);
      expect(given.groups[7]).toMatchObject({
        key: '8',
        trend: 'NEW',
        counts: { requiresImprovement: 1, inadequate: 1, total: 2, requiresImprovementOrInadequate: 2, shareRequiresImprovementOrInadequate: 1 },
        previous: { total: 0 },
      });
      expect(given.groups[11].counts.total).toBe(0);
      const moderated = (await query(document, { period: MONTH, useModerated: true })).gradeDistribution;
      expect(moderated.groups[7].counts).toMatchObject({ good: 1, inadequate: 1, requiresImprovement: 0 });
    });

    it.each(['TEAM', 'AUDIT_TYPE'])('should count overall grades as moderated by %s (REP-2, CFA-9)', async (groupBy) => {
      const { gradeDistribution } = await query(
        `query Q($atLeastPosition: String, $period: String!, $groupBy: GradeGrouping!) {
          gradeDistribution(atLeastPosition: $atLeastPosition, period: $period, groupBy: $groupBy, grades: OVERALL, useModerated: true) { grades groups { ${GROUP} } }
        }`,
        { period: MONTH, groupBy },
      );
      expect(gradeDistribution.grades).toBe('OVERALL');
      expect(gradeDistribution.groups).toEqual([
        expect.objectContaining({
          key: groupBy === 'TEAM' ? 'team-north-1' : 'MONTHLY',
          counts: expect.objectContaining({ good: 0, requiresImprovement: 2, total: 2 }),
        }),
      ]);
    });

    it('should name the criteria most often Requires Improvement or Inadequate (REP-2)', async () => {
      const { weakestCriteria } = await query(
        `query Q($atLeastPosition: String, $period: String!) { weakestCriteria(atLeastPosition: $atLeastPosition, period: $period, limit: 3) { criterion label counts { requiresImprovementOrInadequate } } }`,
        { period: MONTH },
      );
      expect(weakestCriteria).toEqual([{ criterion: 8, label: expect.stringMatching(/^Plans are of good quality/), counts: { requiresImprovementOrInadequate: 2 } }]);
    });

    it('should refuse a period it cannot read, naming the field (REP-2)', async () => {
      const response = await graphql(app, `query { weakestCriteria(period: "2026-13") { criterion } }`, {}, sqa);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'LEARNING_THEMES.PERIOD_INVALID', field: 'period' });
    });
  });

  describe('When moderation movements are asked for (CFA-9)', () => {
    it('should count the grades moderation kept, raised and lowered (CFA-9)', async () => {
      const { moderationMovements } = await query(
        `query Q($atLeastPosition: String, $period: String!) {
          moderationMovements(atLeastPosition: $atLeastPosition, period: $period) {
            audits agreedAudits overall { kept raised lowered } total { kept raised lowered } criteria { criterion kept raised lowered }
          }
        }`,
        { period: MONTH },
      );
      expect(moderationMovements).toMatchObject({
        audits: 2,
        agreedAudits: 1,
        overall: { kept: 1, raised: 0, lowered: 1 },
        // 14 graded criteria and the overall grade on each of two audits.
        total: { kept: 28, raised: 1, lowered: 1 },
      });
      expect(moderationMovements.criteria[7]).toEqual({ criterion: 8, kept: 1, raised: 1, lowered: 0 });
    });

    it('should count nothing as at a day before anything was moderated (CFA-9)', async () => {
      const { moderationMovements } = await query(
        `query Q($atLeastPosition: String, $period: String!) { moderationMovements(atLeastPosition: $atLeastPosition, period: $period, asOf: "2020-01-01") { audits } }`,
        { period: MONTH },
      );
      expect(moderationMovements.audits).toBe(0);
    });
  });
});
