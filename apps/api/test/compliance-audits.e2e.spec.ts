import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';

const TM = 'staff-tm-0042';
const SUPERVISEE = 'staff-sw-0311';
const ITEMS = ['RELIGION', 'ETHNICITY', 'UP_TO_DATE_CHRONOLOGY', 'ASSESSMENT_IN_TIME', 'UP_TO_DATE_PLAN', 'VISIT_IN_TIME', 'SUPERVISION_IN_TIME'];

interface Receipt {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
  readonly duplicate: boolean;
}

const INPUT_TYPES = {
  startComplianceAudit: 'StartComplianceAuditInput',
  recordComplianceCheck: 'RecordComplianceCheckInput',
  recordManagementDirectionCaseNote: 'RecordManagementDirectionCaseNoteInput',
  completeComplianceAudit: 'CompleteComplianceAuditInput',
  reviewComplianceActionsInSupervision: 'ReviewComplianceActionsInSupervisionInput',
} as const;
type ComplianceMutation = keyof typeof INPUT_TYPES;

const AUDIT_FIELDS = `
  id azeusNumber superviseeId auditorId teamId supervisionDate supervisionSessionId status overdue
  checks { item label status comment recordedAt } itemsNotMet caseNoteState actionsState
  caseNote { note caseNoteReference recordedAt actions { actionId description timescale ownerId status reviews { supervisionDate completed comment reviewedBy } } }
  startedAt completedOn completedAt revision lastUpdatedAt
`;

/** Dates relative to the server's clock: the domain refuses supervisions and timescales in the past. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

describe('Compliance audits (CFA-4, CFA-5) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let tm: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [TM]: 'TEAM_MANAGER', 'staff-sw-0600': 'SOCIAL_WORKER' });
    tm = await tokenFor(TM, 'TEAM_MANAGER');
    // Issue 6 item 2: a supervisee whose compliance quota the TM reads is one of their line reports.
    await givenStaff(app, { 'staff-sw-0412': { role: 'SOCIAL_WORKER', lineManagerId: TM } });
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  function mutate(mutation: ComplianceMutation, input: Record<string, unknown>, commandId?: string): Promise<GraphQLResponse<Record<string, Receipt>>> {
    return graphql(
      app,
      `mutation Run($input: ${INPUT_TYPES[mutation]}!, $commandId: ID) { ${mutation}(input: $input, commandId: $commandId) { id revision position duplicate } }`,
      { input, ...(commandId ? { commandId } : {}) },
      tm,
    );
  }

  async function run(mutation: ComplianceMutation, input: Record<string, unknown>): Promise<Receipt> {
    return dataOf(await mutate(mutation, input))[mutation]!;
  }

  async function read(id: string, atLeastPosition: string | null, asOf?: string): Promise<Record<string, any>> {
    return dataOf(
      await graphql(
        app,
        `query Read($id: ID!, $p: String, $asOf: String) { complianceAudit(id: $id, atLeastPosition: $p, asOf: $asOf) { ${AUDIT_FIELDS} } }`,
        { id, p: atLeastPosition, ...(asOf ? { asOf } : {}) },
        tm,
      ),
    ).complianceAudit;
  }

  async function quota(superviseeId: string, atLeastPosition: string | null): Promise<Record<string, any>> {
    return dataOf(
      await graphql(
        app,
        `query Quota($s: ID!, $up: String!, $prev: String, $p: String) {
          complianceQuota(superviseeId: $s, upcomingSupervisionDate: $up, previousSupervisionDate: $prev, atLeastPosition: $p) {
            superviseeId upcomingSupervisionDate previousSupervisionDate required counted owed met inProgress
          }
        }`,
        { s: superviseeId, up: day(14), prev: day(-14), p: atLeastPosition },
        tm,
      ),
    ).complianceQuota;
  }

  /** Started, with every item answered: all met, or one not met. */
  async function answered(superviseeId: string, notMet: string | null): Promise<{ id: string; last: Receipt }> {
    const started = await run('startComplianceAudit', {
      azeusNumber: 'AZ-200117',
      superviseeId,
      teamId: 'team-north-1',
      supervisionDate: day(14),
    });
    let last = started;
    for (const item of ITEMS) {
      last = await run('recordComplianceCheck', {
        complianceAuditId: started.id,
        item,
        met: item !== notMet,
        ...(item === notMet ? { comment: 'Last updated eight months ago' } : {}),
      });
    }
    return { id: started.id, last };
  }

  describe('When an item is not met', () => {
    let id: string;
    let refused: GraphQLResponse<Record<string, Receipt>>;
    let headBefore: bigint | null;
    let headAfter: bigint | null;

    beforeAll(async () => {
      ({ id } = await answered(SUPERVISEE, 'UP_TO_DATE_CHRONOLOGY'));
      headBefore = await store.headPosition();
      refused = await mutate('completeComplianceAudit', { complianceAuditId: id });
      headAfter = await store.headPosition();
    });

    it('should refuse completion without a management direction case note (CFA-5) and record nothing', () => {
      expect(refused.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('Up to date Chronology'),
          extensions: { code: 'BAD_USER_INPUT', errorCode: 'COMPLIANCE_AUDIT.CASE_NOTE_REQUIRED', field: 'caseNote', rule: 'CFA-5' },
        }),
      ]);
      expect(headAfter).toBe(headBefore);
    });

    it('should show the case note as required', async () => {
      const audit = await read(id, String(headAfter));
      expect(audit).toMatchObject({ status: 'IN_PROGRESS', itemsNotMet: ['UP_TO_DATE_CHRONOLOGY'], caseNoteState: 'REQUIRED', caseNote: null });
      expect(audit['checks']).toHaveLength(7);
    });

    it('should complete once the case note is recorded, and show its actions reviewed in supervision', async () => {
      const noted = await run('recordManagementDirectionCaseNote', {
        complianceAuditId: id,
        note: 'Chronology to be brought up to date before the next core group.',
        actions: [{ actionId: 'chronology', description: 'Update the chronology', timescale: day(7) }],
        caseNoteReference: 'CN-5521',
      });
      expect(noted.duplicate).toBe(false);
      const completed = await run('completeComplianceAudit', { complianceAuditId: id });
      const afterCompletion = await read(id, completed.position);
      expect(afterCompletion).toMatchObject({
        status: 'COMPLETED',
        completedOn: day(0),
        caseNoteState: 'RECORDED',
        actionsState: 'OPEN',
        caseNote: { caseNoteReference: 'CN-5521', actions: [{ actionId: 'chronology', ownerId: SUPERVISEE, status: 'OPEN', reviews: [] }] },
      });

      const reviewed = await run('reviewComplianceActionsInSupervision', {
        complianceAuditId: id,
        supervisionDate: day(0),
        outcomes: [{ actionId: 'chronology', completed: true }],
      });
      const afterReview = await read(id, reviewed.position);
      expect(afterReview).toMatchObject({
        actionsState: 'ALL_COMPLETED',
        caseNote: { actions: [{ actionId: 'chronology', status: 'COMPLETED', reviews: [{ supervisionDate: day(0), completed: true, reviewedBy: TM }] }] },
      });
    });
  });

  describe('When two compliance audits are completed for a supervisee before their supervision (CFA-4)', () => {
    const supervisee = 'staff-sw-0412';

    it('should owe two before and none after, listing the audits counted', async () => {
      const first = await answered(supervisee, null);
      const before = await quota(supervisee, first.last.position);
      expect(before).toMatchObject({ superviseeId: supervisee, required: 2, counted: [], owed: 2, met: false, inProgress: [first.id] });

      const second = await answered(supervisee, null);
      await run('completeComplianceAudit', { complianceAuditId: first.id });
      const last = await run('completeComplianceAudit', { complianceAuditId: second.id });
      const after = await quota(supervisee, last.position);
      expect(after).toMatchObject({ required: 2, owed: 0, met: true, inProgress: [] });
      expect([...after['counted']].sort()).toEqual([first.id, second.id].sort());
    });

    it('should list them by supervisee, by auditor and by case, overdue only once their supervision has passed', async () => {
      const list = async (filter: Record<string, unknown>, asOf?: string) =>
        dataOf(
          await graphql(
            app,
            'query($f: ComplianceAuditFilter!, $asOf: String) { complianceAudits(filter: $f, asOf: $asOf) { id superviseeId status overdue } }',
            { f: filter, ...(asOf ? { asOf } : {}) },
            tm,
          ),
        ).complianceAudits as Array<Record<string, unknown>>;
      const open = await answered(supervisee, null);
      const head = String(await store.headPosition());
      await read(open.id, head);

      expect((await list({ superviseeId: supervisee })).map((a) => a['status']).sort()).toEqual(['COMPLETED', 'COMPLETED', 'IN_PROGRESS']);
      expect((await list({ auditorId: TM, status: 'IN_PROGRESS' })).map((a) => a['id'])).toContain(open.id);
      expect((await list({ azeusNumber: 'AZ-200117' })).length).toBeGreaterThanOrEqual(4);
      expect(await list({ superviseeId: supervisee, overdueOnly: true })).toEqual([]);
      expect(await list({ superviseeId: supervisee, overdueOnly: true }, `${day(15)}T09:00:00.000Z`)).toEqual([
        { id: open.id, superviseeId: supervisee, status: 'IN_PROGRESS', overdue: true },
      ]);
    });
  });

  describe('When a start is retried with the same commandId', () => {
    it('should land on the same audit and record nothing new', async () => {
      const commandId = randomUUID();
      const input = { azeusNumber: 'AZ-300001', superviseeId: 'staff-sw-0500', supervisionDate: day(10) };
      const first = dataOf(await mutate('startComplianceAudit', input, commandId)).startComplianceAudit!;
      const retry = dataOf(await mutate('startComplianceAudit', input, commandId)).startComplianceAudit!;
      expect(retry).toEqual({ ...first, duplicate: true });
    });
  });

  describe('When the input is bad', () => {
    it('should name the field of a malformed input and record nothing', async () => {
      const headBefore = await store.headPosition();
      const response = await mutate('startComplianceAudit', { azeusNumber: 'AZ-1', superviseeId: SUPERVISEE, supervisionDate: '2027-02-30' });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.supervisionDate' });
      expect(await store.headPosition()).toBe(headBefore);
    });

    it('should name the field the domain refuses: a not-met item without a comment (CFA-5)', async () => {
      const started = await run('startComplianceAudit', { azeusNumber: 'AZ-1', superviseeId: SUPERVISEE, supervisionDate: day(3) });
      const response = await mutate('recordComplianceCheck', { complianceAuditId: started.id, item: 'RELIGION', met: false });
      expect(response.errors![0]!.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        errorCode: 'COMPLIANCE_AUDIT.COMMENT_REQUIRED',
        field: 'comment',
        rule: 'CFA-5',
      });
    });

    it('should refuse a list query that names no supervisee, auditor or case', async () => {
      const response = await graphql(app, 'query { complianceAudits(filter: {}) { id } }', {}, tm);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter', constraint: 'exactlyOneOf' });
    });

    it('should refuse a social worker starting one (CFA-4: done by the supervising TM or AP)', async () => {
      const sw = await tokenFor('staff-sw-0600', 'SOCIAL_WORKER');
      const response = await graphql(
        app,
        'mutation($input: StartComplianceAuditInput!) { startComplianceAudit(input: $input) { id } }',
        { input: { azeusNumber: 'AZ-1', superviseeId: SUPERVISEE, supervisionDate: day(3) } },
        sw,
      );
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });
  });
});
