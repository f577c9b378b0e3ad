import type { INestApplication } from '@nestjs/common';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { mutate, readAudit, readModerationStatistics, run } from './case-file-audit.client.js';
import { AUDITOR, HEAD_OF_SERVICE, TEAM, fillInForm, scheduleAndStart, submittedAudit } from './case-file-audit.scenarios.js';

describe('Working with the worker (CFA-8) and moderation (CFA-9) over GraphQL (SQLite + memory read store)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;
  let headOfService: string;
  let otherTeamManager: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [HEAD_OF_SERVICE]: 'HEAD_OF_SERVICE', 'staff-tm-0099': 'TEAM_MANAGER', 'staff-dir-0001': 'DIRECTOR' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    otherTeamManager = await tokenFor('staff-tm-0099', 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a reflective discussion is offered before submission and held after it (CFA-8)', () => {
    it('should show the offer, then the discussion held, and no gap', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      await fillInForm(app, auditor, auditId);
      await run(app, auditor, 'workerInvolvement', { auditId, involvement: 'REFLECTIVE_DISCUSSION_OFFERED' });
      await run(app, auditor, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'Good practice throughout' });
      const held = await run(app, auditor, 'workerInvolvement', { auditId, involvement: 'REFLECTIVE_DISCUSSION_HELD', date: '2025-06-20' });

      const audit = dataOf(await readAudit(app, auditor, auditId, held.position)).caseFileAudit!;
      expect(audit).toMatchObject({
        status: 'SUBMITTED',
        overallGrade: 'GOOD',
        workerInvolvementGap: false,
        workerInvolvement: {
          involvement: 'REFLECTIVE_DISCUSSION_HELD',
          date: '2025-06-20',
          reason: null,
          recordedBy: AUDITOR,
          history: [
            { involvement: 'REFLECTIVE_DISCUSSION_OFFERED', date: null },
            { involvement: 'REFLECTIVE_DISCUSSION_HELD', date: '2025-06-20' },
          ],
        },
      });
    });
  });

  describe('When an audit is submitted with no record of how the worker took part (CFA-8)', () => {
    it('should be submitted and show the gap', async () => {
      const { auditId, submitted } = await submittedAudit(app, auditor);
      const audit = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!;
      expect(audit).toMatchObject({ status: 'SUBMITTED', workerInvolvement: null, workerInvolvementGap: true, awaitingModeration: true });
    });

    it('should refuse to record after submission that the audit was done with the worker, naming the rule', async () => {
      const { auditId } = await submittedAudit(app, auditor);
      const response = await mutate(app, auditor, 'workerInvolvement', { auditId, involvement: 'DONE_WITH_WORKER' });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        errorCode: 'CASE_FILE_AUDIT.ONLY_DISCUSSION_OUTCOME_AFTER_SUBMISSION',
        rule: 'CFA-8',
      });
    });
  });

  describe('When a Head of Service moderates and changes grades (CFA-9)', () => {
    let auditId: string;
    let moderated: { position: string | null };

    beforeAll(async () => {
      ({ auditId } = await submittedAudit(app, auditor));
      moderated = await run(app, headOfService, 'moderate', {
        auditId,
        agreed: false,
        feedback: 'Plans are not SMART; criterion 8 and the overall grade overstate the practice.',
        criterionGrades: [{ criterion: 8, grade: 'REQUIRES_IMPROVEMENT', reason: 'The plan has no measurable outcomes' }],
        overallGrade: { grade: 'REQUIRES_IMPROVEMENT', reason: 'Practice is not consistent across the audit' },
      });
    });

    it("should read back the auditor's grades and the moderated ones, with the feedback", async () => {
      const audit = dataOf(await readAudit(app, auditor, auditId, moderated.position)).caseFileAudit!;
      expect(audit['overallGrade']).toBe('GOOD');
      expect(audit['criteria'][7]).toMatchObject({ number: 8, grade: 'GOOD' });
      expect(audit['awaitingModeration']).toBe(false);
      expect(audit['moderation']).toMatchObject({
        status: 'CHANGED',
        moderatorId: HEAD_OF_SERVICE,
        moderatorRole: 'HEAD_OF_SERVICE',
        feedback: 'Plans are not SMART; criterion 8 and the overall grade overstate the practice.',
        moderatedAt: expect.any(String),
        overall: {
          originalGrade: 'GOOD',
          moderatedGrade: 'REQUIRES_IMPROVEMENT',
          changed: true,
          reason: 'Practice is not consistent across the audit',
        },
        feedbackAcknowledgedAt: null,
      });
      expect(audit['moderation']['criteria']).toHaveLength(16);
      expect(audit['moderation']['criteria'][7]).toEqual({
        number: 8,
        originalGrade: 'GOOD',
        moderatedGrade: 'REQUIRES_IMPROVEMENT',
        changed: true,
        reason: 'The plan has no measurable outcomes',
      });
      expect(audit['moderation']['criteria'][0]).toEqual({
        number: 1,
        originalGrade: 'GOOD',
        moderatedGrade: 'GOOD',
        changed: false,
        reason: null,
      });
      expect(audit['moderation']['criteria'][11]).toMatchObject({ number: 12, originalGrade: null, moderatedGrade: null });
    });

    it('should let the auditor acknowledge the feedback', async () => {
      const acknowledged = await run(app, auditor, 'acknowledgeModeration', { auditId });
      const audit = dataOf(await readAudit(app, auditor, auditId, acknowledged.position)).caseFileAudit!;
      expect(audit['moderation']).toMatchObject({ feedbackAcknowledgedAt: expect.any(String), feedbackAcknowledgedBy: AUDITOR });
    });

    it('should refuse a second moderation with CONFLICT', async () => {
      const director = await tokenFor('staff-dir-0001', 'DIRECTOR');
      const response = await mutate(app, director, 'moderate', { auditId, agreed: true, feedback: 'Agreed' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CASE_FILE_AUDIT.ALREADY_MODERATED', rule: 'CFA-9' });
    });

    it('should show the movement in the moderation statistics', async () => {
      const statistics = dataOf(await readModerationStatistics(app, await tokenFor('staff-dir-0001', 'DIRECTOR'), { auditorId: AUDITOR }, moderated.position)).moderationStatistics;
      expect(statistics['gradeMovements']).toEqual(
        expect.arrayContaining([
          { scope: 'CRITERION', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: expect.any(Number) },
          { scope: 'OVERALL', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: expect.any(Number) },
        ]),
      );
      expect(statistics['criterionMovements']).toEqual(
        expect.arrayContaining([{ criterion: 8, fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: expect.any(Number) }]),
      );
    });
  });

  describe('When a team manager tries to moderate (CFA-9)', () => {
    it('should refuse with FORBIDDEN naming the rule, and record nothing', async () => {
      const { auditId, submitted } = await submittedAudit(app, auditor);
      const response = await mutate(app, otherTeamManager, 'moderate', { auditId, agreed: true, feedback: 'Looks fine' });
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('moderateCaseFileAudit'),
          extensions: { code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' },
        }),
      ]);
      const audit = dataOf(await readAudit(app, auditor, auditId, submitted.position)).caseFileAudit!;
      expect(audit['revision']).toBe(submitted.revision);
      expect(audit['moderation']).toBeNull();
    });
  });

  describe('When a senior manager moderates their own audit (CFA-9)', () => {
    it('should refuse with FORBIDDEN', async () => {
      const auditingHead = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
      const { auditId } = await scheduleAndStart(app, auditingHead, { auditorId: HEAD_OF_SERVICE });
      await fillInForm(app, auditingHead, auditId);
      await run(app, auditingHead, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'Good' });
      const response = await mutate(app, auditingHead, 'moderate', { auditId, agreed: true, feedback: 'Mine' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'CASE_FILE_AUDIT.OWN_AUDIT', rule: 'CFA-9' });
    });
  });

  describe('When a moderated grade is Inadequate (CFA-13)', () => {
    it('should escalate it at once, naming the moderator', async () => {
      const { auditId } = await submittedAudit(app, auditor);
      const moderated = await run(app, headOfService, 'moderate', {
        auditId,
        agreed: false,
        feedback: 'Risk was not reassessed after the incident.',
        criterionGrades: [{ criterion: 2, grade: 'INADEQUATE', reason: 'Risk not reassessed after the incident' }],
      });
      const audit = dataOf(await readAudit(app, auditor, auditId, moderated.position)).caseFileAudit!;
      expect(audit['escalations']).toEqual([
        expect.objectContaining({ scope: 'CRITERION', criterion: 2, reason: 'Risk not reassessed after the incident', escalatedBy: HEAD_OF_SERVICE }),
      ]);
    });
  });

  describe('When moderation statistics are asked for a team and period', () => {
    it('should count agreed and changed audits per auditor and team in the month of moderation', async () => {
      // A separate team, so the counts are this test's alone.
      const team = 'team-south-7';
      const changed = await submittedAudit(app, auditor, { teamId: team });
      await run(app, headOfService, 'moderate', {
        auditId: changed.auditId,
        agreed: false,
        feedback: 'Overall grade overstated.',
        overallGrade: { grade: 'REQUIRES_IMPROVEMENT', reason: 'Inconsistent' },
      });
      const agreed = await submittedAudit(app, auditor, { teamId: team });
      const last = await run(app, headOfService, 'moderate', { auditId: agreed.auditId, agreed: true, feedback: 'Well evidenced.' });
      const month = String(dataOf(await readAudit(app, auditor, agreed.auditId, last.position)).caseFileAudit!['moderation']['moderatedAt']).slice(0, 7);

      const statistics = dataOf(await readModerationStatistics(app, await tokenFor('staff-dir-0001', 'DIRECTOR'), { teamId: team, from: month, to: month }, last.position))
        .moderationStatistics;
      expect(statistics).toEqual({
        overall: { moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 },
        byAuditor: [{ auditorId: AUDITOR, moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 }],
        byTeam: [{ teamId: team, moderated: 2, agreed: 1, changed: 1, agreementRate: 0.5 }],
        gradeMovements: [{ scope: 'OVERALL', fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT', count: 1 }],
        criterionMovements: [],
      });
      const before = dataOf(await readModerationStatistics(app, await tokenFor('staff-dir-0001', 'DIRECTOR'), { teamId: team, to: '2000-01' }, last.position)).moderationStatistics;
      expect(before['overall']).toEqual({ moderated: 0, agreed: 0, changed: 0, agreementRate: null });
    });

    it('should refuse a period that is not a month with BAD_USER_INPUT', async () => {
      const response = await readModerationStatistics(app, headOfService, { from: '2025-13' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.from' });
    });
  });

  describe('When moderation input is incomplete', () => {
    it('should refuse a moderation without feedback naming the rule', async () => {
      const { auditId } = await submittedAudit(app, auditor, { teamId: TEAM });
      const response = await mutate(app, headOfService, 'moderate', { auditId, agreed: true, feedback: '  ' });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'CASE_FILE_AUDIT.MODERATION_FEEDBACK_REQUIRED',
        field: 'feedback',
        rule: 'CFA-9',
      });
    });
  });
});
