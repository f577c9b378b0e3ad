import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { dipSampleStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import {
  dipSampleSummary,
  dipSamplesByAudit,
  dipSamplesByAuditorSampled,
  mutate,
  readDipSample,
  run,
} from '../src/dip-samples/testing/dip-sample.client.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { AUDITOR, TEAM, scheduleAndStart, submittedAudit } from './case-file-audit.scenarios.js';

const SQA_OFFICER = 'staff-sqa-0011';
const OTHER_SQA_OFFICER = 'staff-sqa-0012';

describe('S&QA dip samples of completed audits (CFA-11) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let auditor: string;
  let sqa: string;
  let otherSqa: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [SQA_OFFICER]: 'SQA_OFFICER', [OTHER_SQA_OFFICER]: 'SQA_OFFICER' });
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    sqa = await tokenFor(SQA_OFFICER, 'SQA_OFFICER');
    otherSqa = await tokenFor(OTHER_SQA_OFFICER, 'SQA_OFFICER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe("When an S&QA officer dip-samples a team manager's submitted audit and completes it with both judgements", () => {
    let auditId: string;
    let dipSampleId: string;
    let sample: Record<string, any>;
    const actionId = randomUUID();

    beforeAll(async () => {
      ({ auditId } = await submittedAudit(app, auditor, {}, 'GOOD'));
      ({ id: dipSampleId } = await run(app, sqa, 'startDipSample', { auditId }));
      await run(app, sqa, 'judgeDipSampledAuditQuality', {
        dipSampleId,
        judgement: 'MEETS_STANDARD',
        findings: 'Evaluations evidence each grade',
      });
      await run(app, sqa, 'judgeRemedialActionFollowThrough', {
        dipSampleId,
        followedThrough: 'PARTLY',
        notes: 'The CP plan is not yet updated',
      });
      await run(app, sqa, 'raiseDipSampleFollowUpAction', { dipSampleId, actionId, description: 'TM to chase the CP plan update' });
      const completed = await run(app, sqa, 'completeDipSample', { dipSampleId });
      sample = dataOf(await readDipSample(app, sqa, dipSampleId, completed.position)).dipSample!;
    });

    it('should show it completed, with what the audit was when sampled, both judgements and the follow-up action', () => {
      expect(sample).toMatchObject({
        id: dipSampleId,
        auditId,
        azeusNumber: 'AZ-104233',
        auditType: 'MONTHLY',
        sampledAuditorId: AUDITOR,
        teamId: TEAM,
        auditOverallGrade: 'GOOD',
        sampledBy: SQA_OFFICER,
        status: 'COMPLETED',
        quality: { judgement: 'MEETS_STANDARD', findings: 'Evaluations evidence each grade' },
        followThrough: { followedThrough: 'PARTLY', notes: 'The CP plan is not yet updated' },
        followUpActions: [{ actionId, description: 'TM to chase the CP plan update' }],
      });
      expect(sample['auditSubmittedAt']).toEqual(expect.any(String));
      expect(sample['completedAt']).toEqual(expect.any(String));
    });

    it('should be listed by the audit and by the auditor sampled, and counted in the auditor summary', async () => {
      expect(dataOf(await dipSamplesByAudit(app, sqa, auditId)).dipSamplesByAudit.map((s) => s['id'])).toEqual([dipSampleId]);
      const byAuditor = dataOf(await dipSamplesByAuditorSampled(app, sqa, AUDITOR, { status: 'COMPLETED' })).dipSamplesByAuditorSampled;
      expect(byAuditor.map((s) => s['id'])).toContain(dipSampleId);
      expect(dataOf(await dipSampleSummary(app, sqa, AUDITOR)).dipSampleSummary).toMatchObject({
        auditorId: AUDITOR,
        sampled: 1,
        completed: 1,
        meetsStandard: 1,
        belowStandard: 0,
        followThrough: { yes: 0, partly: 1, no: 0, noActionsRaised: 0 },
      });
    });

    it('should refuse another S&QA officer recording on it, and any change once completed', async () => {
      const other = await mutate(app, otherSqa, 'judgeDipSampledAuditQuality', { dipSampleId, judgement: 'BELOW_STANDARD', findings: 'x' });
      expect(other.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'DIP_SAMPLE.NOT_THE_SAMPLER' });
      const late = await mutate(app, sqa, 'judgeDipSampledAuditQuality', { dipSampleId, judgement: 'BELOW_STANDARD', findings: 'x' });
      expect(late.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'DIP_SAMPLE.ALREADY_COMPLETED' });
    });
  });

  describe('When a team manager tries to start a dip sample', () => {
    it('should refuse with FORBIDDEN naming CFA-11 and record nothing', async () => {
      const { auditId } = await submittedAudit(app, auditor);
      const dipSampleId = randomUUID();
      const response = await mutate(app, auditor, 'startDipSample', { dipSampleId, auditId });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      expect(await store.readStream(dipSampleStreamId(dipSampleId))).toEqual([]);
    });
  });

  describe('When the audit is not submitted, or is the S&QA officer\'s own', () => {
    it('should refuse with CONFLICT and FORBIDDEN, as read from the audit itself', async () => {
      const { auditId: inProgress } = await scheduleAndStart(app, auditor);
      const notSubmitted = await mutate(app, sqa, 'startDipSample', { auditId: inProgress });
      expect(notSubmitted.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'DIP_SAMPLE.AUDIT_NOT_SUBMITTED' });

      const { auditId: own } = await submittedAudit(app, sqa, { auditorId: SQA_OFFICER });
      const ownAudit = await mutate(app, sqa, 'startDipSample', { auditId: own });
      expect(ownAudit.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'DIP_SAMPLE.OWN_AUDIT', rule: 'CFA-11' });
    });
  });

  describe('When a dip sample is completed without both judgements', () => {
    it('should refuse with BAD_USER_INPUT', async () => {
      const { auditId } = await submittedAudit(app, auditor);
      const { id: dipSampleId } = await run(app, sqa, 'startDipSample', { auditId });
      await run(app, sqa, 'judgeDipSampledAuditQuality', { dipSampleId, judgement: 'BELOW_STANDARD', findings: 'Grades not evidenced' });
      const response = await mutate(app, sqa, 'completeDipSample', { dipSampleId });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'DIP_SAMPLE.JUDGEMENT_MISSING' });
    });
  });
});
