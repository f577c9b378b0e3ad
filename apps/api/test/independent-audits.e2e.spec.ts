import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { independentAuditCommissionStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import {
  listIndependentAudits,
  mutate,
  readIndependentAudit,
  readIndependentAuditByAudit,
  run,
} from '../src/independent-audits/testing/independent-audit.client.js';
import { dayFromToday } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { run as runAudit } from './case-file-audit.client.js';
import { HEAD_OF_SERVICE, fillInForm, scheduleAndStart } from './case-file-audit.scenarios.js';

const SQA_OFFICER = 'staff-sqa-0007';
const OTHER_SQA_OFFICER = 'staff-sqa-0008';
const TEAM_MANAGER = 'staff-tm-0042';
const CASE = 'AZ-104233';

describe('Independent audits commissioned from S&QA (CFA-10) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let headOfService: string;
  let sqa: string;
  let otherSqa: string;
  let teamManager: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [HEAD_OF_SERVICE]: 'HEAD_OF_SERVICE', [SQA_OFFICER]: 'SQA_OFFICER', [OTHER_SQA_OFFICER]: 'SQA_OFFICER', [TEAM_MANAGER]: 'TEAM_MANAGER' });
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    sqa = await tokenFor(SQA_OFFICER, 'SQA_OFFICER');
    otherSqa = await tokenFor(OTHER_SQA_OFFICER, 'SQA_OFFICER');
    teamManager = await tokenFor(TEAM_MANAGER, 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const commission = (dueDate = dayFromToday(30)) =>
    run(app, headOfService, 'commissionIndependentAudit', {
      azeusNumber: CASE,
      learningToTest: 'Plans are SMART and reviewed in supervision',
      dueDate,
      teamId: 'team-north-1',
    });

  describe('When a head of service commissions one and an S&QA officer carries it out as an INDEPENDENT audit', () => {
    let commissionId: string;
    let auditId: string;
    let reported: Record<string, any>;
    const dueDate = dayFromToday(30);

    beforeAll(async () => {
      ({ id: commissionId } = await commission(dueDate));
      await run(app, sqa, 'acceptIndependentAuditCommission', { commissionId });
      ({ auditId } = await scheduleAndStart(app, sqa, { auditType: 'INDEPENDENT', auditorId: SQA_OFFICER, azeusNumber: CASE, dueDate }));
      await run(app, sqa, 'linkIndependentAudit', { commissionId, auditId });
      await fillInForm(app, sqa, auditId);
      await runAudit(app, sqa, 'submit', { auditId, overallGrade: 'GOOD', rationale: 'The learning is embedded' });
      const receipt = await run(app, sqa, 'reportIndependentAuditFindings', {
        commissionId,
        learningEvidenced: 'YES',
        findings: 'The plan is SMART and was reviewed in the last two supervisions',
      });
      reported = dataOf(await readIndependentAudit(app, headOfService, commissionId, { atLeastPosition: receipt.position })).independentAudit!;
    });

    it('should show it reported, with the commissioner, the S&QA officer, the linked audit and the findings', () => {
      expect(reported).toMatchObject({
        id: commissionId,
        azeusNumber: CASE,
        dueDate,
        status: 'REPORTED',
        overdue: false,
        commissionedBy: HEAD_OF_SERVICE,
        auditorId: SQA_OFFICER,
        auditId,
        learningEvidenced: 'YES',
        findings: 'The plan is SMART and was reviewed in the last two supervisions',
        reportedBy: SQA_OFFICER,
        withdrawnReason: null,
      });
    });

    it('should be found by the audit that carried it out', async () => {
      const found = dataOf(await readIndependentAuditByAudit(app, sqa, auditId)).independentAuditByAudit;
      expect(found?.['id']).toBe(commissionId);
    });

    it('should be listed by commissioner, officer and case, and never as overdue once reported', async () => {
      const byCommissioner = dataOf(await listIndependentAudits(app, headOfService, { commissionedBy: HEAD_OF_SERVICE, status: 'REPORTED' }));
      expect(byCommissioner.independentAudits.map((c) => c['id'])).toContain(commissionId);
      const byOfficer = dataOf(await listIndependentAudits(app, sqa, { auditorId: SQA_OFFICER, azeusNumber: CASE }));
      expect(byOfficer.independentAudits.map((c) => c['id'])).toContain(commissionId);
      const overdue = dataOf(await listIndependentAudits(app, sqa, { overdueOnly: true }, { asOf: dayFromToday(60) }));
      expect(overdue.independentAudits.map((c) => c['id'])).not.toContain(commissionId);
    });
  });

  describe('When a commission is not reported by its due date (CFA-6)', () => {
    it('should be overdue as of the day after, and not before', async () => {
      const dueDate = dayFromToday(10);
      const { id: commissionId, position } = await commission(dueDate);
      const onTheDay = dataOf(await readIndependentAudit(app, headOfService, commissionId, { atLeastPosition: position, asOf: dueDate }));
      expect(onTheDay.independentAudit).toMatchObject({ status: 'COMMISSIONED', overdue: false });
      const after = dataOf(await readIndependentAudit(app, headOfService, commissionId, { asOf: dayFromToday(11) }));
      expect(after.independentAudit).toMatchObject({ overdue: true });
      const listed = dataOf(await listIndependentAudits(app, headOfService, { overdueOnly: true, status: 'COMMISSIONED' }, { asOf: dayFromToday(11) }));
      expect(listed.independentAudits.map((c) => c['id'])).toContain(commissionId);
    });
  });

  describe('When a team manager tries to commission one', () => {
    it('should refuse with FORBIDDEN naming CFA-10 and record nothing', async () => {
      const commissionId = randomUUID();
      const response = await mutate(app, teamManager, 'commissionIndependentAudit', {
        commissionId,
        azeusNumber: CASE,
        learningToTest: 'Plans are SMART',
        dueDate: dayFromToday(30),
      });
      expect(response.errors![0]!.extensions).toMatchObject({
        code: 'FORBIDDEN',
        errorCode: 'ACCESS.ROLE_NOT_PERMITTED',
      });
      expect(await store.readStream(independentAuditCommissionStreamId(commissionId))).toEqual([]);
    });
  });

  describe('When the audit linked is not an INDEPENDENT audit of the case', () => {
    it('should refuse with BAD_USER_INPUT, as read from the audit itself', async () => {
      const { id: commissionId } = await commission();
      await run(app, sqa, 'acceptIndependentAuditCommission', { commissionId });
      const { auditId } = await scheduleAndStart(app, sqa, { auditType: 'MONTHLY', auditorId: SQA_OFFICER, azeusNumber: CASE });
      const response = await mutate(app, sqa, 'linkIndependentAudit', { commissionId, auditId });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'INDEPENDENT_AUDIT.AUDIT_NOT_INDEPENDENT' });
      const unknown = await mutate(app, sqa, 'linkIndependentAudit', { commissionId, auditId: randomUUID() });
      expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', errorCode: 'INDEPENDENT_AUDIT.AUDIT_NOT_FOUND' });
    });
  });

  describe('When findings are reported before the linked audit is submitted', () => {
    it('should refuse with CONFLICT', async () => {
      const { id: commissionId } = await commission();
      await run(app, sqa, 'acceptIndependentAuditCommission', { commissionId });
      const { auditId } = await scheduleAndStart(app, sqa, { auditType: 'INDEPENDENT', auditorId: SQA_OFFICER, azeusNumber: CASE });
      await run(app, sqa, 'linkIndependentAudit', { commissionId, auditId });
      const response = await mutate(app, sqa, 'reportIndependentAuditFindings', { commissionId, learningEvidenced: 'NO', findings: 'Too early' });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'INDEPENDENT_AUDIT.AUDIT_NOT_SUBMITTED' });
      // Nor may another S&QA officer report for the one who accepted it.
      const other = await mutate(app, otherSqa, 'reportIndependentAuditFindings', { commissionId, learningEvidenced: 'NO', findings: 'x' });
      expect(other.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'INDEPENDENT_AUDIT.NOT_THE_AUDITOR' });
    });
  });

  describe('When the head of service withdraws a commission', () => {
    it('should show it withdrawn with the reason', async () => {
      const { id: commissionId } = await commission();
      const receipt = await run(app, headOfService, 'withdrawIndependentAuditCommission', { commissionId, reason: 'Case closed' });
      const read = dataOf(await readIndependentAudit(app, headOfService, commissionId, { atLeastPosition: receipt.position }));
      expect(read.independentAudit).toMatchObject({ status: 'WITHDRAWN', withdrawnReason: 'Case closed', overdue: false });
    });
  });
});
