import type { INestApplication } from '@nestjs/common';
import { keyInformation } from '../../../libs/domain/src/testing/case-file-audit.fixtures.js';
import { dayFromToday, run as runAction } from '../src/remedial-actions/testing/remedial-action.client.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';
import { run as runAudit } from './case-file-audit.client.js';
import { AUDITOR, HEAD_OF_SERVICE, submittedAudit } from './case-file-audit.scenarios.js';

const SW = keyInformation.socialWorkerId;
const TM = keyInformation.teamManagerId;

const OVERDUE = `query Overdue($asOf: String, $dueWithinHours: Float, $filter: LateFilterInput, $sort: LateSort, $atLeastPosition: String) {
  overdue(asOf: $asOf, dueWithinHours: $dueWithinHours, filter: $filter, sort: $sort, atLeastPosition: $atLeastPosition) {
    kind id rule state dueAt lateByHours daysLate remainingHours ownerId managerId teamId azeusNumber title
  }
}`;

describe('Overdue over GraphQL: one view of everything late or about to be (issue 5 item 2)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let headOfService: string;
  let director: string;
  let auditId: string;
  let actionId: string;
  let position: string | null;

  const read = async (variables: Record<string, unknown>) =>
    dataOf(await graphql<{ overdue: Record<string, any>[] }>(app, OVERDUE, { atLeastPosition: position, ...variables }, director)).overdue;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    await givenStaff(app, { [AUDITOR]: 'TEAM_MANAGER', [HEAD_OF_SERVICE]: 'HEAD_OF_SERVICE' });
    const auditor = await tokenFor(AUDITOR, 'TEAM_MANAGER');
    headOfService = await tokenFor(HEAD_OF_SERVICE, 'HEAD_OF_SERVICE');
    // The whole service's view: a director's (issue 6 item 2 limits a Head of Service to their service area).
    await givenStaff(app, { 'staff-dir-0001': 'DIRECTOR' });
    director = await tokenFor('staff-dir-0001', 'DIRECTOR');
    // Given an audit due in 3 days, and an action due in 7 days from a submitted audit (the service notifies it at once).
    ({ id: auditId } = await runAudit(app, auditor, 'schedule', {
      azeusNumber: 'AZ-300001',
      auditType: 'MONTHLY',
      auditorId: AUDITOR,
      dueDate: dayFromToday(3),
      teamId: 'team-north-1',
    }));
    const { auditId: submittedId } = await submittedAudit(app, auditor, { azeusNumber: 'AZ-300002', dueDate: dayFromToday(20) });
    const raised = await runAction(app, auditor, 'raiseRemedialAction', { auditId: submittedId, description: 'Update the chronology', timescale: dayFromToday(7) });
    actionId = raised.id;
    position = raised.position;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When read now', () => {
    it('should list nothing overdue, and with a 5-day horizon the audit due soon (CFA-6)', async () => {
      expect(await read({})).toEqual([]);
      const soon = await read({ dueWithinHours: 5 * 24 });
      expect(soon.map((i) => [i.kind, i.id, i.state])).toEqual([['CASE_FILE_AUDIT', auditId, 'DUE_SOON']]);
      expect(soon[0]).toMatchObject({ rule: 'CFA-6', ownerId: AUDITOR, lateByHours: 0, azeusNumber: 'AZ-300001' });
      expect(soon[0].remainingHours).toBeGreaterThan(0);
    });
  });

  describe('When read as at ten days from now', () => {
    it('should list the audit past its due date and the action past its timescale, most late first; the notification was sent in time', async () => {
      const items = await read({ asOf: `${dayFromToday(10)}T12:00:00.000Z` });
      expect(items.map((i) => [i.kind, i.id])).toEqual([
        ['CASE_FILE_AUDIT', auditId],
        ['ACTION_TIMESCALE', actionId],
      ]);
      expect(items[0]).toMatchObject({ state: 'OVERDUE', daysLate: 6, lateByHours: 6 * 24 + 12 });
      expect(items[1]).toMatchObject({ rule: 'CFA-7', ownerId: SW, managerId: TM, azeusNumber: 'AZ-300002' });
    });

    it('should filter by kind and by whose it is, and sort by owner', async () => {
      const asOf = `${dayFromToday(10)}T12:00:00.000Z`;
      expect((await read({ asOf, filter: { kinds: ['ACTION_TIMESCALE'] } })).map((i) => i.kind)).toEqual(['ACTION_TIMESCALE']);
      expect((await read({ asOf, filter: { ownerId: SW } })).map((i) => [i.kind, i.ownerId])).toEqual([['ACTION_TIMESCALE', SW]]);
      const byOwner = await read({ asOf, sort: 'OWNER' });
      expect(byOwner.map((i) => i.ownerId)).toEqual([...byOwner.map((i) => i.ownerId)].sort());
    });
  });

  describe('When the horizon is negative or the kind unknown', () => {
    it('should refuse naming the field, and keep serving', async () => {
      const bad = await graphql(app, OVERDUE, { dueWithinHours: -1 }, headOfService);
      expect(JSON.stringify(bad.errors)).toContain('dueWithinHours');
      const unknown = await graphql(app, OVERDUE, { filter: { kinds: ['LATE_LUNCH'] } }, headOfService);
      expect(unknown.errors?.[0]?.message).toContain('LATE_LUNCH');
      expect(await read({})).toEqual([]);
    });
  });
});

const strands = receiptClient({
  startSupervisionAudit: 'StartSupervisionAuditInput',
  answerSupervisionAuditQuestion: 'AnswerSupervisionAuditQuestionInput',
  acknowledgeSupervisionAuditEscalation: 'AcknowledgeSupervisionAuditEscalationInput',
  draftSupervisionLearningSummary: 'DraftSupervisionLearningSummaryInput',
  submitSupervisionLearningSummary: 'SubmitSupervisionLearningSummaryInput',
  raiseCrsEscalation: 'RaiseCrsEscalationInput',
});

/** An instant `days` from now: the clocks are read against the server's clock. */
const instantFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** The quarter before the one today falls in, YYYY-Qn. */
function previousQuarter(): string {
  const now = new Date();
  const quarter = Math.floor(now.getUTCMonth() / 3) + 1;
  return quarter === 1 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${quarter - 1}`;
}

describe("Overdue over GraphQL: the strands' own clocks, through each strand's mutations (SUP-3, SUP-6, CRS-1)", () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  const tokens: Record<string, string> = {};
  let position: string | null = null;

  const read = async (variables: Record<string, unknown>) =>
    dataOf(await graphql<{ overdue: Record<string, any>[] }>(app, OVERDUE, { atLeastPosition: position, ...variables }, tokens['co-001'])).overdue;
  const run = async (who: string, mutation: Parameters<typeof strands.run>[2], input: Record<string, unknown>) => {
    const receipt = await strands.run(app, tokens[who]!, mutation, input);
    position = receipt.position;
    return receipt;
  };

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    // From the staff fixture: co-001 line-manages hos-001 and hos-002; hos-001 line-manages tm-001, who line-manages ap-001, who supervises sw-003.
    tokens['hos-001'] = await tokenFor('hos-001', 'HEAD_OF_SERVICE');
    tokens['tm-001'] = await tokenFor('tm-001', 'TEAM_MANAGER');
    tokens['iro-001'] = await tokenFor('iro-001', 'IRO');
    tokens['co-001'] = await tokenFor('co-001', 'CHIEF_OFFICER'); // sees both Heads of Service's lines (issue 6 item 2)
    const sqa = await tokenFor('sqao-001', 'SQA_OFFICER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001', 'sqao-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    position = dataOf(await graphql(app, `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqa)).importStaff.position;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  describe('When a TM finds a child not safe in a supervision audit and the Head of Service has not acknowledged it (SUP-3)', () => {
    let auditId: string;

    beforeAll(async () => {
      ({ id: auditId } = await run('tm-001', 'startSupervisionAudit', {
        kind: 'CASE', supervisorId: 'ap-001', superviseeId: 'sw-003', azeusNumber: 'AZ-300411', caseFileId: 'cf-1', auditDate: new Date().toISOString().slice(0, 10),
      }));
      await run('tm-001', 'answerSupervisionAuditQuestion', { auditId, questionKey: 'CHILD_SAFE', answer: 'NO', comments: 'No safety plan after the strategy discussion' });
    });

    it("should be due within the day, and late a day on, the Head of Service's to do", async () => {
      const soon = await read({ dueWithinHours: 25, filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } });
      expect(soon.map((i) => [i.kind, i.id, i.rule, i.state])).toEqual([['SUPERVISION_AUDIT_ESCALATION', auditId, 'SUP-3', 'DUE_SOON']]);
      const late = await read({ asOf: instantFromNow(2), filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } });
      expect(late).toEqual([expect.objectContaining({ id: auditId, state: 'OVERDUE', ownerId: 'hos-001', managerId: 'co-001', teamId: 'mash-north', azeusNumber: 'AZ-300411' })]);
    });

    it('should no longer list it once the Head of Service acknowledges it (SUP-3)', async () => {
      await run('hos-001', 'acknowledgeSupervisionAuditEscalation', { auditId });
      expect(await read({ asOf: instantFromNow(2), filter: { kinds: ['SUPERVISION_AUDIT_ESCALATION'] } })).toEqual([]);
    });
  });

  describe("When last quarter's summary is submitted by one Head of Service and not the other (SUP-6)", () => {
    it('should list only the other as late', async () => {
      const quarter = previousQuarter();
      const before = await read({ filter: { kinds: ['SUPERVISION_LEARNING_SUMMARY'], state: 'OVERDUE' } });
      expect(before.map((i) => i.id)).toEqual(expect.arrayContaining([`hos-001-${quarter}`, `hos-002-${quarter}`]));
      await run('hos-001', 'draftSupervisionLearningSummary', { quarter, issues: 'Rationale for decisions rarely recorded', learning: 'Reflective discussion is strongest where APs supervise' });
      await run('hos-001', 'submitSupervisionLearningSummary', { quarter });
      const after = await read({ filter: { kinds: ['SUPERVISION_LEARNING_SUMMARY'], state: 'OVERDUE' } });
      expect(after.map((i) => i.id)).toContain(`hos-002-${quarter}`);
      expect(after.map((i) => i.id)).not.toContain(`hos-001-${quarter}`);
      expect(after.find((i) => i.id === `hos-002-${quarter}`)).toMatchObject({ rule: 'SUP-6', ownerId: 'hos-002', managerId: 'co-001' });
    });
  });

  describe('When an IRO raises an escalation and the Team Manager does not respond within five working days (CRS-1)', () => {
    it("should list it late, the Team Manager's to do, managed by their Head of Service", async () => {
      const { id } = await run('iro-001', 'raiseCrsEscalation', {
        azeusNumber: 'AZ-104233', teamId: 'mash-north', concern: 'No visits for eight weeks', practiceIssue: 'Statutory visits out of timescale', teamManagerId: 'tm-001', headOfServiceId: 'hos-001',
      });
      expect(await read({ filter: { kinds: ['CRS_ESCALATION'] } })).toEqual([]);
      const late = await read({ asOf: instantFromNow(10), filter: { kinds: ['CRS_ESCALATION'] } });
      expect(late).toEqual([expect.objectContaining({ kind: 'CRS_ESCALATION', id, rule: 'CRS-1', state: 'OVERDUE', ownerId: 'tm-001', managerId: 'hos-001', teamId: 'mash-north', azeusNumber: 'AZ-104233' })]);
    });
  });
});
