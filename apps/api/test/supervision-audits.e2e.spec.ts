import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { supervisionAuditAgreedActions, supervisionAuditStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';

// From the staff fixture: hos-001 line-manages tm-001 and tm-002; tm-001 line-manages ap-001;
// ap-001 supervises sw-003; tm-002 supervises sw-004; hos-002 is another Head of Service.
const HOS = 'hos-001';
const OTHER_HOS = 'hos-002';
const TM = 'tm-001';
const TM_2 = 'tm-002';
const AP = 'ap-001';
const SW_OF_AP = 'sw-003';
const SW_OF_TM_2 = 'sw-004';

const IMPORT_STAFF = `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;

const client = receiptClient({
  startSupervisionAudit: 'StartSupervisionAuditInput',
  answerSupervisionAuditQuestion: 'AnswerSupervisionAuditQuestionInput',
  acknowledgeSupervisionAuditEscalation: 'AcknowledgeSupervisionAuditEscalationInput',
  completeSupervisionAudit: 'CompleteSupervisionAuditInput',
  recordSupervisionAuditFindingsReview: 'RecordSupervisionAuditFindingsReviewInput',
  recordSupervisionAuditCopySentToSqa: 'RecordSupervisionAuditCopySentToSqaInput',
});

const AUDIT_FIELDS = `
  id kind auditorId auditorRole supervisorId supervisorRole superviseeId teamId caseFileId azeusNumber auditDate status
  answers { key question answer comments numberOfSupervisions answeredAt } unansweredQuestions
  escalation { auditId headOfServiceId azeusNumber comments escalatedBy escalatedAt acknowledged acknowledgedAt acknowledgedBy }
  findingsReview { supervisionDate reviewedBy recordedAt agreedActions { actionId action ownerId managerId timescale azeusNumber teamId } }
  copySentToSqaAt copySentToSqaBy startedAt completedAt revision lastUpdatedAt
`;

const CASE_KEYS = [
  'SAFE_AND_DEFENSIBLE_DECISIONS',
  'CLEAR_DECISION_MAKING',
  'MANAGEMENT_SUPPORT',
  'DRIVING_THE_CASE_FORWARD',
  'CASE_DISCUSSION_AND_REFLECTION',
  'REGULAR_SUPERVISION',
  'STATUTORY_REQUIREMENTS',
  'HIGH_RISK_ESCALATION',
  'CHILD_SAFE',
];
const PROFESSIONAL_KEYS = ['MONTHLY_PERSONAL_SUPERVISION', 'PERFORMANCE_LINKED_TO_LEARNING', 'PERFORMANCE_ISSUES_ADDRESSED', 'GOOD_PERFORMANCE_ENCOURAGED'];

/** Polls until `probe` answers non-null (the service raises agreed actions in the background), at most 5 s. */
async function eventually<T>(probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error('Not raised within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Dates relative to the server's clock: a findings review is recorded after the supervision is held. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('Supervision audits (appendix B, SUP-1..SUP-5) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    tokens[HOS] = await tokenFor(HOS, 'HEAD_OF_SERVICE');
    tokens[OTHER_HOS] = await tokenFor(OTHER_HOS, 'HEAD_OF_SERVICE');
    tokens[TM] = await tokenFor(TM, 'TEAM_MANAGER');
    tokens[SW_OF_AP] = await tokenFor(SW_OF_AP, 'SOCIAL_WORKER');
    const sqa = await tokenFor('sqao-001', 'SQA_OFFICER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001', 'sqao-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqa));
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  type Mutation = Parameters<typeof client.run>[2];
  const mutate = (who: string, mutation: Mutation, input: Record<string, unknown>) => client.mutate(app, tokens[who]!, mutation, input);
  const run = (who: string, mutation: Mutation, input: Record<string, unknown>) => client.run(app, tokens[who]!, mutation, input);

  async function read(id: string, atLeastPosition: string | null): Promise<Record<string, any>> {
    return dataOf(
      await graphql(app, `query ($id: ID!, $p: String) { supervisionAudit(id: $id, atLeastPosition: $p) { ${AUDIT_FIELDS} } }`, { id, p: atLeastPosition }, tokens[HOS]),
    ).supervisionAudit;
  }

  function refusal(response: GraphQLResponse): Record<string, unknown> {
    expect(response.errors).toHaveLength(1);
    return { message: response.errors![0]!.message, ...response.errors![0]!.extensions };
  }

  async function startCase(auditor: string, supervisorId: string, superviseeId: string, azeusNumber = 'AZ-300411'): Promise<string> {
    const auditId = randomUUID();
    await run(auditor, 'startSupervisionAudit', { auditId, kind: 'CASE', supervisorId, superviseeId, azeusNumber, caseFileId: 'cf-88', auditDate: day(-10) });
    return auditId;
  }

  /** Every question answered Yes but CHILD_SAFE, which is answered as given. */
  async function answerAll(auditor: string, auditId: string, keys: readonly string[], childSafe: 'YES' | 'NO' = 'YES'): Promise<void> {
    for (const key of keys) {
      await run(auditor, 'answerSupervisionAuditQuestion', {
        auditId,
        questionKey: key,
        answer: key === 'CHILD_SAFE' ? childSafe : 'YES',
        comments: `Seen for ${key}`,
        ...(key === 'REGULAR_SUPERVISION' ? { numberOfSupervisions: 5 } : {}),
      });
    }
  }

  describe('When a client asks for the form', () => {
    it('should list the nine case questions (SUP-3) and the four professional questions (SUP-4) of appendix B', async () => {
      const questions = dataOf(await graphql(app, `{ case: supervisionAuditQuestions(kind: CASE) { key text } professional: supervisionAuditQuestions(kind: PROFESSIONAL) { key text } }`, {}, tokens[HOS]));
      expect(questions.case.map((q: { key: string }) => q.key)).toEqual(CASE_KEYS);
      expect(questions.case[8].text).toBe('Is the child safe? (if not immediately raise with HOS)');
      expect(questions.professional.map((q: { key: string }) => q.key)).toEqual(PROFESSIONAL_KEYS);
    });
  });

  describe('When a Head of Service audits a Team Manager professional supervision (SUP-1, SUP-4)', () => {
    it('should record the four answers, complete it and count it towards the month', async () => {
      const auditId = randomUUID();
      await run(HOS, 'startSupervisionAudit', { auditId, kind: 'PROFESSIONAL', supervisorId: TM_2, superviseeId: SW_OF_TM_2, auditDate: day(-3) });
      const refused = await mutate(HOS, 'answerSupervisionAuditQuestion', { auditId, questionKey: 'CHILD_SAFE', answer: 'YES' });
      expect(refusal(refused)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_AUDIT.QUESTION_UNKNOWN', field: 'questionKey', rule: 'SUP-4' });

      const early = await mutate(HOS, 'completeSupervisionAudit', { auditId });
      expect(refusal(early)).toMatchObject({ errorCode: 'SUPERVISION_AUDIT.QUESTIONS_UNANSWERED', field: 'answers', rule: 'SUP-4' });

      await answerAll(HOS, auditId, PROFESSIONAL_KEYS);
      const done = await run(HOS, 'completeSupervisionAudit', { auditId });
      const audit = await read(auditId, done.position);
      expect(audit).toMatchObject({
        kind: 'PROFESSIONAL',
        auditorId: HOS,
        auditorRole: 'HEAD_OF_SERVICE',
        supervisorId: TM_2,
        supervisorRole: 'TEAM_MANAGER',
        superviseeId: SW_OF_TM_2,
        teamId: 'cp-east',
        caseFileId: null,
        status: 'COMPLETED',
        unansweredQuestions: [],
      });
      expect(audit.answers.map((a: { key: string; answer: string }) => [a.key, a.answer])).toEqual(PROFESSIONAL_KEYS.map((k) => [k, 'YES']));

      const month = new Date().toISOString().slice(0, 7);
      const duty = dataOf(
        await graphql(
          app,
          `query ($a: ID!, $m: String!, $p: String) { supervisionAuditMonthlyDuty(auditorId: $a, month: $m, atLeastPosition: $p) { auditorId month rule required done remaining met } }`,
          { a: HOS, m: month, p: done.position },
          tokens[HOS],
        ),
      ).supervisionAuditMonthlyDuty;
      expect(duty).toEqual({ auditorId: HOS, month, rule: 'SUP-1', required: ['CASE', 'PROFESSIONAL'], done: ['PROFESSIONAL'], remaining: ['CASE'], met: false });
    });

    it('should refuse a Head of Service auditing an Advanced Practitioner, naming SUP-1, and record nothing', async () => {
      const auditId = randomUUID();
      const response = await mutate(HOS, 'startSupervisionAudit', { auditId, kind: 'PROFESSIONAL', supervisorId: AP, superviseeId: SW_OF_AP, auditDate: day(0) });
      expect(refusal(response)).toMatchObject({ code: 'FORBIDDEN', errorCode: 'SUPERVISION_AUDIT.SUPERVISOR_ROLE_NOT_ALLOWED', field: 'supervisorId', rule: 'SUP-1' });
      expect(await store.readStream(supervisionAuditStreamId(auditId))).toEqual([]);
    });

    it('should refuse a supervisor the staff list does not know (SUP-1)', async () => {
      const response = await mutate(HOS, 'startSupervisionAudit', { kind: 'PROFESSIONAL', supervisorId: 'tm-999', superviseeId: SW_OF_AP, auditDate: day(0) });
      expect(refusal(response)).toMatchObject({ code: 'NOT_FOUND', errorCode: 'SUPERVISION_AUDIT.SUPERVISOR_NOT_IN_STAFF_LIST', field: 'supervisorId', rule: 'SUP-1' });
    });

    it('should refuse a social worker as auditor (SUP-1, SUP-2)', async () => {
      const response = await mutate(SW_OF_AP, 'startSupervisionAudit', { kind: 'CASE', supervisorId: AP, superviseeId: SW_OF_AP, azeusNumber: 'AZ-1', auditDate: day(0) });
      expect(refusal(response)).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });
  });

  describe('When a Team Manager audits an Advanced Practitioner case supervision and finds the child not safe (SUP-2, SUP-3, SUP-5)', () => {
    let auditId: string;

    beforeAll(async () => {
      auditId = await startCase(TM, AP, SW_OF_AP);
    });

    it('should refuse the regular supervision answer without the number of supervisions (SUP-3)', async () => {
      const response = await mutate(TM, 'answerSupervisionAuditQuestion', { auditId, questionKey: 'REGULAR_SUPERVISION', answer: 'YES' });
      expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_AUDIT.SUPERVISION_COUNT_INVALID', field: 'numberOfSupervisions', rule: 'SUP-3' });
    });

    it('should refuse raising the child with someone who is not a Head of Service (SUP-3)', async () => {
      const response = await mutate(TM, 'answerSupervisionAuditQuestion', { auditId, questionKey: 'CHILD_SAFE', answer: 'NO', headOfServiceId: TM_2 });
      expect(refusal(response)).toMatchObject({ errorCode: 'SUPERVISION_AUDIT.NOT_A_HEAD_OF_SERVICE', field: 'headOfServiceId', rule: 'SUP-3' });
    });

    it("should escalate the child at once to the Team Manager's Head of Service, open until that Head of Service acknowledges it (SUP-3)", async () => {
      const answered = await run(TM, 'answerSupervisionAuditQuestion', {
        auditId,
        questionKey: 'CHILD_SAFE',
        answer: 'NO',
        comments: 'No safety plan after the strategy discussion',
      });
      const open = dataOf(
        await graphql(
          app,
          `query ($h: ID, $p: String) { supervisionAuditEscalations(headOfServiceId: $h, atLeastPosition: $p) { auditId headOfServiceId azeusNumber comments escalatedBy acknowledged } }`,
          { h: HOS, p: answered.position },
          tokens[HOS],
        ),
      ).supervisionAuditEscalations;
      expect(open).toEqual([
        { auditId, headOfServiceId: HOS, azeusNumber: 'AZ-300411', comments: 'No safety plan after the strategy discussion', escalatedBy: TM, acknowledged: false },
      ]);

      const wrong = await mutate(OTHER_HOS, 'acknowledgeSupervisionAuditEscalation', { auditId });
      expect(refusal(wrong)).toMatchObject({ code: 'FORBIDDEN', errorCode: 'SUPERVISION_AUDIT.NOT_THE_HEAD_OF_SERVICE', rule: 'SUP-3' });

      const acknowledged = await run(HOS, 'acknowledgeSupervisionAuditEscalation', { auditId });
      const after = dataOf(
        await graphql(app, `query ($p: String) { supervisionAuditEscalations(atLeastPosition: $p) { auditId } }`, { p: acknowledged.position }, tokens[HOS]),
      ).supervisionAuditEscalations;
      expect(after.map((e: { auditId: string }) => e.auditId)).not.toContain(auditId);
      expect((await read(auditId, acknowledged.position)).escalation).toMatchObject({ acknowledged: true, acknowledgedBy: HOS });
    });

    it('should complete with all nine answers and record the findings review with agreed actions and the copy to S&QA (SUP-3, SUP-5)', async () => {
      const early = await mutate(TM, 'completeSupervisionAudit', { auditId });
      expect(refusal(early)).toMatchObject({ errorCode: 'SUPERVISION_AUDIT.QUESTIONS_UNANSWERED', rule: 'SUP-3' });
      await answerAll(TM, auditId, CASE_KEYS, 'NO');
      await run(TM, 'completeSupervisionAudit', { auditId });

      const copyFirst = await mutate(TM, 'recordSupervisionAuditCopySentToSqa', { auditId });
      expect(refusal(copyFirst)).toMatchObject({ code: 'CONFLICT', errorCode: 'SUPERVISION_AUDIT.FINDINGS_NOT_REVIEWED', rule: 'SUP-5' });

      const action = { action: 'Record a safety plan and review it in supervision', ownerId: AP, timescale: day(14) };
      const beforeAudit = await mutate(TM, 'recordSupervisionAuditFindingsReview', { auditId, supervisionDate: day(-11), agreedActions: [action] });
      expect(refusal(beforeAudit)).toMatchObject({ errorCode: 'SUPERVISION_AUDIT.REVIEW_BEFORE_AUDIT', field: 'supervisionDate', rule: 'SUP-5' });
      const ownManager = await mutate(TM, 'recordSupervisionAuditFindingsReview', {
        auditId,
        supervisionDate: day(-1),
        agreedActions: [{ ...action, ownerId: SW_OF_AP, managerId: SW_OF_AP }],
      });
      expect(refusal(ownManager)).toMatchObject({ errorCode: 'SUPERVISION_AUDIT.MANAGER_IS_OWNER', field: 'agreedActions.0.managerId', rule: 'SUP-5' });

      await run(TM, 'recordSupervisionAuditFindingsReview', {
        auditId,
        supervisionDate: day(-1),
        agreedActions: [action, { action: 'Update the chronology', ownerId: SW_OF_AP, timescale: day(7) }],
      });
      const copied = await run(TM, 'recordSupervisionAuditCopySentToSqa', { auditId });
      const audit = await read(auditId, copied.position);
      expect(audit).toMatchObject({
        status: 'COMPLETED',
        auditorRole: 'TEAM_MANAGER',
        supervisorRole: 'ADVANCED_PRACTITIONER',
        teamId: 'mash-north',
        caseFileId: 'cf-88',
        azeusNumber: 'AZ-300411',
        copySentToSqaBy: TM,
        findingsReview: { supervisionDate: day(-1), reviewedBy: TM },
      });
      expect(audit.answers.find((a: { key: string }) => a.key === 'REGULAR_SUPERVISION')).toMatchObject({ answer: 'YES', numberOfSupervisions: 5 });
      // The AP owns the first: the auditor reviews it; the SW owns the second: the AP (the supervisor) reviews it.
      expect(audit.findingsReview.agreedActions.map((a: Record<string, unknown>) => [a['ownerId'], a['managerId'], a['azeusNumber'], a['teamId']])).toEqual([
        [AP, TM, 'AZ-300411', 'mash-north'],
        [SW_OF_AP, AP, 'AZ-300411', 'mash-north'],
      ]);
      expect(audit.copySentToSqaAt).not.toBeNull();

      // Issue 4, item 7: the recorded review carries all a remedial action needs.
      const recorded = (await store.readStream(supervisionAuditStreamId(auditId))).find((e) => e.type === 'SupervisionAuditFindingsReviewed')!;
      const raised = supervisionAuditAgreedActions.agreedActions({ type: recorded.type, data: recorded.data as Record<string, unknown> });
      expect(raised.map((a) => [a.sourceKind, a.sourceId, a.ownerId, a.managerId, a.description])).toEqual([
        ['SUPERVISION_AUDIT', auditId, AP, TM, action.action],
        ['SUPERVISION_AUDIT', auditId, SW_OF_AP, AP, 'Update the chronology'],
      ]);
      expect(raised[0]!.actionId).toBe(audit.findingsReview.agreedActions[0].actionId);

      // ...and the service raises each as a remedial action, with the CFA-7 lifecycle.
      const remedial = await eventually(async () => {
        const actions = dataOf(
          await graphql(
            app,
            `query ($f: RemedialActionFilter) { remedialActions(filter: $f) { id source { kind id } ownerId managerId azeusNumber teamId timescale status } }`,
            { f: { sourceId: auditId, sourceKind: 'SUPERVISION_AUDIT' } },
            tokens[HOS],
          ),
        ).remedialActions as Record<string, unknown>[];
        return actions.length === 2 ? actions : null;
      });
      expect(remedial.map((a) => [a['id'], a['ownerId'], a['managerId'], a['azeusNumber'], a['teamId']]).sort()).toEqual(
        [
          [raised[0]!.actionId, AP, TM, 'AZ-300411', 'mash-north'],
          [raised[1]!.actionId, SW_OF_AP, AP, 'AZ-300411', 'mash-north'],
        ].sort(),
      );
    });

    it('should refuse changing an answer of the completed audit and record nothing', async () => {
      const before = (await store.readStream(supervisionAuditStreamId(auditId))).length;
      const response = await mutate(TM, 'answerSupervisionAuditQuestion', { auditId, questionKey: 'MANAGEMENT_SUPPORT', answer: 'NO' });
      expect(refusal(response)).toMatchObject({ code: 'CONFLICT', errorCode: 'SUPERVISION_AUDIT.ALREADY_COMPLETED' });
      expect(await store.readStream(supervisionAuditStreamId(auditId))).toHaveLength(before);
    });

    it('should list the audit by auditor, supervisor, supervisee, kind and status (SUP-2)', async () => {
      const list = async (filter: Record<string, unknown>) =>
        dataOf(await graphql(app, `query ($f: SupervisionAuditFilter) { supervisionAudits(filter: $f) { id } }`, { f: filter }, tokens[HOS])).supervisionAudits.map(
          (a: { id: string }) => a.id,
        );
      expect(await list({ auditorId: TM })).toEqual([auditId]);
      expect(await list({ supervisorId: AP, superviseeId: SW_OF_AP, kind: 'CASE', status: 'COMPLETED' })).toEqual([auditId]);
      expect(await list({ supervisorId: AP, kind: 'PROFESSIONAL' })).toEqual([]);
      expect(await list({ auditorId: HOS, status: 'COMPLETED' })).toHaveLength(1);
    });
  });

  describe('When the input is malformed', () => {
    it('should refuse a date that does not exist, naming the field', async () => {
      const response = await mutate(HOS, 'startSupervisionAudit', { kind: 'CASE', supervisorId: TM_2, superviseeId: SW_OF_TM_2, azeusNumber: 'AZ-1', auditDate: '2025-02-30' });
      expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'INPUT.INVALID', field: 'input.auditDate' });
    });

    it('should refuse a case supervision audit naming no case file (SUP-3)', async () => {
      const response = await mutate(HOS, 'startSupervisionAudit', { kind: 'CASE', supervisorId: TM_2, superviseeId: SW_OF_TM_2, auditDate: day(0) });
      expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_AUDIT.FIELD_REQUIRED', field: 'caseFileId', rule: 'SUP-3' });
    });

    it('should refuse a month that is not YYYY-MM (SUP-1, SUP-2)', async () => {
      const response = await graphql(app, `{ supervisionAuditMonthlyDuty(auditorId: "${HOS}", month: "2025-13") { met } }`, {}, tokens[HOS]);
      expect(refusal(response)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    });
  });
});
