import type { INestApplication } from '@nestjs/common';
import { familyAnswers, keyInformation, PEN_PICTURE } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { listAudits, readAudit, run } from './case-file-audit.client.js';
import { AUDITOR, TEAM, fillInForm, scheduleAndStart } from './case-file-audit.scenarios.js';

describe('Case file audit over GraphQL (SQLite + memory read store)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a client takes an audit from scheduled to submitted', () => {
    let auditId: string;
    let submitted: { revision: number; position: string | null };

    beforeAll(async () => {
      ({ auditId } = await scheduleAndStart(app, auditor));
      await fillInForm(app, auditor, auditId);
      submitted = await run(app, auditor, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'Good practice throughout' });
    });

    it('should answer each mutation with the audit id, its revision and the global position', () => {
      // schedule, start, key information, 16 criteria, feedback, comments, recommendation, summary, submit
      expect(submitted).toEqual({ id: auditId, revision: 23, position: expect.stringMatching(/^\d+$/), duplicate: false });
    });

    it('should read back every field of the form at the position of the submission', async () => {
      const audit = dataOf(await readAudit(app, auditor, auditId, submitted.position, '2025-06-12')).caseFileAudit!;
      expect(audit).toMatchObject({
        id: auditId,
        azeusNumber: 'AZ-104233',
        auditType: 'MONTHLY',
        auditorId: AUDITOR,
        teamId: TEAM,
        theme: null,
        dueDate: '2025-06-30',
        overdue: false,
        status: 'SUBMITTED',
        revision: 23,
        startedAt: expect.any(String),
        submittedAt: expect.any(String),
        lastUpdatedBy: { staffId: AUDITOR, role: 'TEAM_MANAGER' },
        penPicture: PEN_PICTURE,
        keyInformation,
        familyFeedback: { status: 'GIVEN', answers: familyAnswers, givenBy: 'Mother', reasonNotSought: null, anotherManagerShouldSeek: null },
        workerComments: { comments: 'Agree with the findings; plan to be updated.' },
        recommendations: [
          {
            recommendationId: expect.any(String),
            action: 'Update the CP plan with measurable outcomes',
            completionDate: '2025-07-15',
            responsible: 'Hannah Lewis (SW)',
          },
        ],
        summary: { strengths: 'Child seen alone regularly', areasForImprovement: 'Plan not SMART' },
        overallGrade: 'GOOD',
        rationale: 'Good practice throughout',
        escalations: [],
      });
      expect(audit['criteria']).toHaveLength(16);
      expect(audit['criteria'][0]).toEqual({
        number: 1,
        title: 'Effective early help support is provided',
        status: 'GRADED',
        evaluation: 'Evidence for criterion 1',
        grade: 'GOOD',
        notApplicableReason: null,
        recordedAt: expect.any(String),
      });
      expect(audit['criteria'][11]).toMatchObject({ number: 12, status: 'NOT_APPLICABLE', grade: null, notApplicableReason: 'Child placed in borough' });
    });

    it('should list it by auditor, team and status', async () => {
      const listed = dataOf(await listAudits(app, auditor, { auditorId: AUDITOR, teamId: TEAM, status: 'SUBMITTED' }, submitted.position));
      expect(listed.caseFileAudits.map((a) => a['id'])).toContain(auditId);
      const inProgress = dataOf(await listAudits(app, auditor, { status: 'IN_PROGRESS' }, submitted.position));
      expect(inProgress.caseFileAudits.map((a) => a['id'])).not.toContain(auditId);
    });

    it('should record the actor and the request correlation id in every event', async () => {
      const store = app.get<EventStore>(EVENT_STORE);
      const recorded = await store.readStream(`caseFileAudit-${auditId}`);
      expect(recorded).toHaveLength(24);
      for (const event of recorded) {
        expect(event.metadata).toMatchObject({
          actor: { staffId: AUDITOR, role: 'TEAM_MANAGER' },
          commandId: expect.any(String),
          correlationId: expect.any(String),
        });
      }
    });

    it('should verify the stream hash chain', async () => {
      const verdict = dataOf(
        await graphql(app, 'query($s: String!) { verifyStream(streamId: $s) { streamId valid events headHash brokenAtRevision reason } }', { s: `caseFileAudit-${auditId}` }, auditor),
      );
      expect(verdict.verifyStream).toEqual({
        streamId: `caseFileAudit-${auditId}`,
        valid: true,
        events: 24,
        headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        brokenAtRevision: null,
        reason: null,
      });
    });
  });

  describe('When a criterion is graded Inadequate (CFA-13)', () => {
    it('should show an immediate escalation to the team manager and social worker', async () => {
      const { auditId } = await scheduleAndStart(app, auditor);
      await run(app, auditor, 'keyInformation', { auditId, penPicture: PEN_PICTURE, keyInformation });
      const graded = await run(app, auditor, 'grade', {
        auditId,
        criterion: 2,
        evaluation: 'Risk of neglect not responded to for four months',
        grade: 'INADEQUATE',
      });
      const audit = dataOf(await readAudit(app, auditor, auditId, graded.position)).caseFileAudit!;
      expect(audit['escalations']).toEqual([
        {
          escalationId: `${auditId}:1`,
          scope: 'CRITERION',
          criterion: 2,
          reason: 'Risk of neglect not responded to for four months',
          teamManagerId: keyInformation.teamManagerId,
          teamManagerName: keyInformation.teamManagerName,
          socialWorkerId: keyInformation.socialWorkerId,
          socialWorkerName: keyInformation.socialWorkerName,
          escalatedBy: AUDITOR,
          escalatedAt: expect.any(String),
        },
      ]);
      expect(audit['criteria'][1]).toMatchObject({ number: 2, status: 'GRADED', grade: 'INADEQUATE' });
    });
  });

  describe('When the due date has passed and the audit is not submitted (CFA-6)', () => {
    it('should show it overdue as of a later date, and list it among overdue audits', async () => {
      const { auditId, started } = await scheduleAndStart(app, auditor, { dueDate: '2025-05-31' });
      const audit = dataOf(await readAudit(app, auditor, auditId, started.position, '2025-06-02')).caseFileAudit!;
      expect(audit['overdue']).toBe(true);
      const overdue = dataOf(await listAudits(app, auditor, { overdueOnly: true }, started.position, '2025-06-02'));
      expect(overdue.caseFileAudits.map((a) => a['id'])).toContain(auditId);
    });
  });

  describe('When no audit has the id asked for', () => {
    it('should answer null', async () => {
      const head = String(await app.get<EventStore>(EVENT_STORE).headPosition());
      expect(dataOf(await readAudit(app, auditor, '0b5a3c1e-1111-4e0e-8f43-0b7e1d2c3a4b', head)).caseFileAudit).toBeNull();
    });
  });
});
