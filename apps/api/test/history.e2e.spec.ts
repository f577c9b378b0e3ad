import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { dayFromToday, run as runAction } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';
import { run } from './case-file-audit.client.js';
import { AUDITOR, HEAD_OF_SERVICE, submittedAudit } from './case-file-audit.scenarios.js';

const SW = keyInformation.socialWorkerId;
const INSPECTOR = 'staff-inspector-0001';

const HISTORY_FIELDS = `
  kind subjectId asOf chainVerified
  entries { position streamId revision eventId type summary when recordedAt who { staffId role } concerns data commandId correlationId }
  streams { streamId valid events headHash brokenAtRevision reason missingRevisions }
`;

type Entry = { position: string; streamId: string; revision: number; type: string; summary: string; when: string; who: { staffId: string; role: string } | null; concerns: string[]; data: string };
type HistoryResult = { kind: string; subjectId: string; asOf: string | null; chainVerified: boolean; entries: Entry[]; streams: Array<Record<string, any>> };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('History of a case, a person, a record and an audit\'s grades over GraphQL (REP-3, CFA-9)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let auditor: string;
  let headOfService: string;
  let socialWorker: string;
  let inspector: string;
  const azeusNumber = 'AZ-HIST-1';
  let auditId: string;
  let actionId: string;
  let lastPosition: string;

  const caseHistory = (variables: Record<string, unknown>, token = inspector): Promise<GraphQLResponse<{ caseHistory: HistoryResult }>> =>
    graphql(app, `query($azeusNumber: String!, $asOf: String, $atLeastPosition: String) { caseHistory(azeusNumber: $azeusNumber, asOf: $asOf, atLeastPosition: $atLeastPosition) { ${HISTORY_FIELDS} } }`, variables, token);

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [HEAD_OF_SERVICE]: 'HEAD_OF_SERVICE', [SW]: 'SOCIAL_WORKER', 'staff-sqam-0001': 'SQA_MANAGER' });
    // Issue 6 items 1 and 3: an inspector reads with the access grant an S&QA manager made, not by a role claim.
    const grant = { inspectorId: INSPECTOR, name: 'Ida Inspector', organisation: 'Ofsted', until: new Date(Date.now() + 86_400_000).toISOString(), reason: 'Inspection of local authority children\'s services' };
    dataOf(await graphql(app, 'mutation ($input: GrantInspectorAccessInput!) { grantInspectorAccess(input: $input) { id } }', { input: grant }, await tokenFor('staff-sqam-0001', 'SQA_MANAGER')));
    auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    socialWorker = await tokenFor(SW, 'SOCIAL_WORKER');
    inspector = await tokenFor(INSPECTOR, 'INSPECTOR');

    // An audit of the case submitted (every criterion Good), moderated with criterion 8 changed,
    // an action raised on the case and completed by the social worker: a few milliseconds apart,
    // so business times separate the steps.
    ({ auditId } = await submittedAudit(app, auditor, { azeusNumber }));
    await sleep(20);
    await run(app, headOfService, 'moderate', {
      auditId,
      agreed: false,
      feedback: 'Criterion 8 overstates the plan.',
      criterionGrades: [{ criterion: 8, grade: 'REQUIRES_IMPROVEMENT', reason: 'The plan has no measurable outcomes' }],
    });
    await sleep(20);
    ({ id: actionId } = await runAction(app, auditor, 'raiseRemedialAction', {
      auditId,
      description: 'Update the CP plan with measurable outcomes',
      timescale: dayFromToday(14),
    }));
    await runAction(app, socialWorker, 'acknowledgeRemedialAction', { actionId });
    const completed = await runAction(app, socialWorker, 'completeRemedialAction', { actionId, evidence: 'CP plan updated with SMART outcomes' });
    lastPosition = completed.position!;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When an inspector reads the case\'s history (REP-3)', () => {
    let history: HistoryResult;
    beforeAll(async () => {
      history = dataOf(await caseHistory({ azeusNumber, atLeastPosition: lastPosition })).caseHistory;
    });

    it('should list the audit, its submission, the moderation and the action raised and completed, in log order, with who', () => {
      expect(history).toMatchObject({ kind: 'CASE', subjectId: azeusNumber, asOf: null });
      const steps = history.entries.map((e) => [e.type, e.who?.staffId, e.who?.role]);
      const expected = [
        ['CaseFileAuditScheduled', AUDITOR, 'TEAM_MANAGER'],
        ['CaseFileAuditStarted', AUDITOR, 'TEAM_MANAGER'],
        ['CaseFileAuditCriterionGraded', AUDITOR, 'TEAM_MANAGER'],
        ['CaseFileAuditSubmitted', AUDITOR, 'TEAM_MANAGER'],
        ['CaseFileAuditModerated', HEAD_OF_SERVICE, 'HEAD_OF_SERVICE'],
        ['CaseFileAuditGradeModerated', HEAD_OF_SERVICE, 'HEAD_OF_SERVICE'],
        ['RemedialActionRaised', AUDITOR, 'TEAM_MANAGER'],
        ['RemedialActionAcknowledged', SW, 'SOCIAL_WORKER'],
        ['RemedialActionCompleted', SW, 'SOCIAL_WORKER'],
      ];
      // In this order, whatever else the service recorded about the case in between (notifications).
      const indexes = expected.map((step) => steps.findIndex((s) => JSON.stringify(s) === JSON.stringify(step)));
      expect(indexes.every((i) => i >= 0)).toBe(true);
      expect([...indexes].sort((a, b) => a - b)).toEqual(indexes);
      const positions = history.entries.map((e) => BigInt(e.position));
      expect(positions.every((p, i) => i === 0 || p > positions[i - 1]!)).toBe(true);
    });

    it('should show what changed in moderation in words and the event data as recorded (CFA-9)', () => {
      const moderated = history.entries.find((e) => e.type === 'CaseFileAuditGradeModerated')!;
      expect(moderated.summary).toBe('Case file audit grade moderated: criterion 8, GOOD → REQUIRES_IMPROVEMENT');
      expect(JSON.parse(moderated.data)).toMatchObject({ auditId, criterion: 8, fromGrade: 'GOOD', toGrade: 'REQUIRES_IMPROVEMENT' });
      expect(moderated).toMatchObject({ streamId: `caseFileAudit-${auditId}`, concerns: ['record'], when: expect.any(String), recordedAt: expect.any(String) });
      expect(history.entries.find((e) => e.type === 'CaseFileAuditScheduled')!.concerns).toEqual(['azeusNumber']);
    });

    it('should verify the chain of every stream it touched', () => {
      expect(history.chainVerified).toBe(true);
      const streams = history.streams.map((s) => s.streamId);
      expect(streams).toEqual(expect.arrayContaining([`caseFileAudit-${auditId}`, `remedialAction-${actionId}`]));
      expect(history.streams.every((s) => s['valid'] === true && s['missingRevisions'].length === 0 && s['headHash'] !== null)).toBe(true);
    });
  });

  describe('When the case is read as it stood at an instant between the submission and the moderation (REP-3)', () => {
    it('should show only the earlier events, every stream still verified whole', async () => {
      const full = dataOf(await caseHistory({ azeusNumber, atLeastPosition: lastPosition })).caseHistory;
      const submittedEntry = full.entries.find((e) => e.type === 'CaseFileAuditSubmitted')!;
      const asOf = submittedEntry.when;
      const asAt = dataOf(await caseHistory({ azeusNumber, asOf })).caseHistory;

      expect(asAt.asOf).toBe(asOf);
      expect(asAt.entries.length).toBeGreaterThan(0);
      expect(asAt.entries.every((e) => e.when <= asOf)).toBe(true);
      expect(asAt.entries.map((e) => e.position)).toEqual(full.entries.filter((e) => e.when <= asOf).map((e) => e.position));
      const types = asAt.entries.map((e) => e.type);
      expect(types).toContain('CaseFileAuditSubmitted');
      expect(types).not.toContain('CaseFileAuditModerated');
      expect(types).not.toContain('RemedialActionRaised');
      expect(asAt.chainVerified).toBe(true);
    });

    it('should show nothing as it stood before the case had any record', async () => {
      expect(dataOf(await caseHistory({ azeusNumber, asOf: '2000-01-01' })).caseHistory).toMatchObject({ entries: [], chainVerified: true });
    });

    it('should refuse an asOf that is not a date or an instant, naming the field (REP-3)', async () => {
      const response = await caseHistory({ azeusNumber, asOf: 'last tuesday' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(response.errors?.[0])).toContain('asOf');
    });
  });

  describe('When an inspector reads a person\'s history (REP-3)', () => {
    it('should list what the social worker did and where they are named', async () => {
      const history = dataOf(
        await graphql<{ staffHistory: HistoryResult }>(
          app,
          `query($staffId: ID!, $atLeastPosition: String) { staffHistory(staffId: $staffId, atLeastPosition: $atLeastPosition) { ${HISTORY_FIELDS} } }`,
          { staffId: SW, atLeastPosition: lastPosition },
          inspector,
        ),
      ).staffHistory;
      const mine = history.entries.filter((e) => e.streamId === `remedialAction-${actionId}` || e.streamId === `caseFileAudit-${auditId}`);
      expect(mine.map((e) => [e.type, e.concerns])).toEqual(
        expect.arrayContaining([
          ['CaseFileAuditKeyInformationRecorded', ['keyInformation.socialWorkerId']],
          ['RemedialActionRaised', ['ownerId']],
          ['RemedialActionAcknowledged', ['actor', 'acknowledgedBy']],
          ['RemedialActionCompleted', ['actor', 'completedBy']],
        ]),
      );
      expect(history.chainVerified).toBe(true);
    });
  });

  describe('When an inspector reads one record\'s history (REP-3)', () => {
    it('should read the action\'s stream from the log, revision by revision', async () => {
      const history = dataOf(
        await graphql<{ recordHistory: HistoryResult }>(
          app,
          `query($streamId: String!) { recordHistory(streamId: $streamId) { ${HISTORY_FIELDS} } }`,
          { streamId: `remedialAction-${actionId}` },
          inspector,
        ),
      ).recordHistory;
      expect(history.kind).toBe('RECORD');
      expect(history.entries.map((e) => e.revision)).toEqual(history.entries.map((_, i) => i));
      expect(history.entries[0]).toMatchObject({ type: 'RemedialActionRaised', who: { staffId: AUDITOR } });
      expect(history.streams).toEqual([expect.objectContaining({ streamId: `remedialAction-${actionId}`, valid: true })]);
      expect(history.chainVerified).toBe(true);
    });
  });

  describe('When an inspector reads the audit\'s grades (CFA-9, REP-3)', () => {
    const query = `query($auditId: ID!, $asOf: String) { auditGradesHistory(auditId: $auditId, asOf: $asOf) {
      auditId azeusNumber submitted chainVerified
      moderation { agreed feedback moderatorId moderatorRole when }
      criteria { criterion firstGrade submittedGrade moderatedGrade changedByModeration records { kind grade text when who { staffId role } revision } }
      overall { submittedGrade moderatedGrade changedByModeration }
      stream { streamId valid events }
    } }`;

    it('should keep the grade as first given and as moderated, with who changed it', async () => {
      const grades = dataOf(await graphql<{ auditGradesHistory: Record<string, any> }>(app, query, { auditId }, inspector)).auditGradesHistory;
      expect(grades).toMatchObject({
        auditId,
        azeusNumber,
        submitted: true,
        chainVerified: true,
        moderation: { agreed: false, moderatorId: HEAD_OF_SERVICE, moderatorRole: 'HEAD_OF_SERVICE' },
        overall: { submittedGrade: 'GOOD', moderatedGrade: 'GOOD', changedByModeration: false },
      });
      expect(grades['criteria'][7]).toMatchObject({
        criterion: 8,
        firstGrade: 'GOOD',
        submittedGrade: 'GOOD',
        moderatedGrade: 'REQUIRES_IMPROVEMENT',
        changedByModeration: true,
      });
      expect(grades['criteria'][7]['records'].map((r: any) => [r.kind, r.grade, r.who.staffId])).toEqual([
        ['GIVEN', 'GOOD', AUDITOR],
        ['MODERATED', 'REQUIRES_IMPROVEMENT', HEAD_OF_SERVICE],
      ]);
      expect(grades['criteria'][0]).toMatchObject({ firstGrade: 'GOOD', moderatedGrade: 'GOOD', changedByModeration: false });
      expect(grades['criteria'][11]['records'][0]).toMatchObject({ kind: 'NOT_APPLICABLE', grade: null });
    });

    it('should show the grades as they stood before moderation, and null for an audit the log does not hold', async () => {
      const full = dataOf(await caseHistory({ azeusNumber, atLeastPosition: lastPosition })).caseHistory;
      const asOf = full.entries.find((e) => e.type === 'CaseFileAuditSubmitted')!.when;
      const before = dataOf(await graphql<{ auditGradesHistory: Record<string, any> }>(app, query, { auditId, asOf }, inspector)).auditGradesHistory;
      expect(before['moderation']).toBeNull();
      expect(before['criteria'][7]).toMatchObject({ submittedGrade: 'GOOD', moderatedGrade: null, changedByModeration: false });
      const none = await graphql(app, query, { auditId: 'a0000000-0000-4000-8000-00000000ffff' }, inspector);
      expect(dataOf(none)).toEqual({ auditGradesHistory: null });
    });
  });

  describe('When verifyStream is asked after the history queries were added', () => {
    it('should still verify one stream as before', async () => {
      const response = await graphql(app, 'query($s: String!) { verifyStream(streamId: $s) { valid events } }', { s: `caseFileAudit-${auditId}` }, inspector);
      expect(dataOf(response)).toMatchObject({ verifyStream: { valid: true } });
    });
  });

  describe('When no token is given', () => {
    it('should refuse the history with UNAUTHENTICATED', async () => {
      const response = await graphql(app, `{ caseHistory(azeusNumber: "${azeusNumber}") { chainVerified } }`);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });
});
