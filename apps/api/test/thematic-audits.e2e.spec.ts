import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { handleCommand } from '../../../libs/command-handling/src/command-handler.js';
import { thematicAuditAllowanceDecider, thematicAuditAllowanceStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';
import { mutate, run, type Receipt } from './case-file-audit.client.js';

const AP = 'staff-ap-0042';
const OTHER_AP = 'staff-ap-0077';
const SQA = 'staff-sqa-0001';
const YEAR = 2027;

const ALLOWANCE = `query Allowance($auditorId: ID!, $year: Int!, $atLeastPosition: String) {
  thematicAuditAllowance(auditorId: $auditorId, year: $year, atLeastPosition: $atLeastPosition) {
    auditorId year cap used remaining
    audits { auditId theme dueDate claimedBy claimedAt scheduledAt }
    released { auditId reason auditStatus releasedBy releasedAt }
    scheduledWithoutSlot { auditId }
  }
}`;

describe('Thematic audits within the cap of four a year (CFA-3) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let ap: string;
  let sqa: string;
  let tm: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [AP]: 'ADVANCED_PRACTITIONER', [SQA]: 'SQA_OFFICER', 'staff-tm-0042': 'TEAM_MANAGER' });
    ap = await tokenFor(AP, 'ADVANCED_PRACTITIONER');
    sqa = await tokenFor(SQA, 'SQA_OFFICER');
    // A team manager arranges thematic audits for the advanced practitioners of their team.
    tm = await tokenFor('staff-tm-0042', 'TEAM_MANAGER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  function thematic(auditorId: string, n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      auditId: randomUUID(),
      azeusNumber: `AZ-7${n}`,
      auditType: 'THEMATIC',
      auditorId,
      dueDate: `${YEAR}-0${n}-15`,
      theme: 'Neglect: use of the graded care profile',
      ...overrides,
    };
  }

  async function allowance(auditorId: string, atLeastPosition: string | null): Promise<Record<string, any>> {
    // The auditor reads their own; another auditor's is read by S&QA (issue 6 item 2: an AP sees their team's).
    return dataOf(await graphql(app, ALLOWANCE, { auditorId, year: YEAR, atLeastPosition }, auditorId === AP ? ap : sqa)).thematicAuditAllowance;
  }

  describe('When an auditor has scheduled four thematic audits in a year', () => {
    let scheduled: Receipt[];
    let fifth: GraphQLResponse<Record<string, Receipt>>;
    let fifthAuditId: string;
    let headBefore: bigint | null;
    let headAfter: bigint | null;

    beforeAll(async () => {
      scheduled = [];
      for (let n = 1; n <= 4; n++) scheduled.push(await run(app, ap, 'schedule', thematic(AP, n)));
      headBefore = await store.headPosition();
      const input = thematic(AP, 5);
      fifthAuditId = input['auditId'] as string;
      fifth = await mutate(app, ap, 'schedule', input);
      headAfter = await store.headPosition();
    });

    it('should show four used, none remaining, each audit holding its slot and scheduled', async () => {
      const read = await allowance(AP, scheduled[3]!.position);
      expect(read).toMatchObject({ auditorId: AP, year: YEAR, cap: 4, used: 4, remaining: 0, released: [], scheduledWithoutSlot: [] });
      expect(read['audits'].map((a: { auditId: string }) => a.auditId)).toEqual(scheduled.map((r) => r.id));
      expect(read['audits'].every((a: { scheduledAt: string | null; claimedBy: string }) => a.scheduledAt !== null && a.claimedBy === AP)).toBe(true);
    });

    it('should refuse the fifth with CONFLICT and the rule CFA-3', () => {
      expect(fifth.data).toBeNull();
      expect(fifth.errors).toEqual([
        expect.objectContaining({
          message: expect.stringContaining('CFA-3'),
          extensions: { code: 'CONFLICT', errorCode: 'THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED', field: 'auditorId', rule: 'CFA-3' },
        }),
      ]);
    });

    it('should append nothing anywhere for the fifth: the head position is unchanged and the audit does not exist', async () => {
      expect(headAfter).toBe(headBefore);
      expect(await store.readStream(`caseFileAudit-${fifthAuditId}`)).toEqual([]);
    });

    it('should still schedule a thematic audit due the next year, against that year\'s allowance', async () => {
      const next = await run(app, ap, 'schedule', thematic(AP, 1, { dueDate: `${YEAR + 1}-01-20` }));
      const read = dataOf(await graphql(app, ALLOWANCE, { auditorId: AP, year: YEAR + 1, atLeastPosition: next.position }, ap));
      expect(read.thematicAuditAllowance).toMatchObject({ used: 1, remaining: 3 });
    });

    it('should still schedule a monthly audit for the same auditor, which takes no slot', async () => {
      const monthly = await run(app, ap, 'schedule', thematic(AP, 6, { auditType: 'MONTHLY', theme: null }));
      expect(monthly.duplicate).toBe(false);
      expect(await allowance(AP, monthly.position)).toMatchObject({ used: 4, remaining: 0 });
    });
  });

  describe('When a thematic schedule is retried with the same commandId', () => {
    it('should answer as the first time did and use one slot, not two', async () => {
      const commandId = randomUUID();
      const input = thematic(OTHER_AP, 2);
      delete input['auditId'];
      const first = await run(app, tm, 'schedule', input, { commandId });
      const headBefore = await store.headPosition();
      const retry = await run(app, tm, 'schedule', input, { commandId });

      expect(retry).toEqual({ ...first, duplicate: true });
      expect(await store.headPosition()).toBe(headBefore);
      const read = await allowance(OTHER_AP, retry.position);
      expect(read).toMatchObject({ used: 1, remaining: 3 });
      expect(read['audits'].map((a: { auditId: string }) => a.auditId)).toEqual([first.id]);
    });
  });

  describe('When a thematic audit would be refused for its input (no theme)', () => {
    it('should refuse with BAD_USER_INPUT naming the field and take no slot', async () => {
      const headBefore = await store.headPosition();
      const response = await mutate(app, tm, 'schedule', thematic('staff-ap-0099', 3, { theme: null }));
      expect(response.errors![0]!.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        errorCode: 'CASE_FILE_AUDIT.THEME_REQUIRED',
        field: 'theme',
        rule: 'CFA-3',
      });
      expect(await store.headPosition()).toBe(headBefore);
    });
  });

  describe('When a thematic schedule names a stale expectedRevision', () => {
    it('should refuse with CONFLICT before claiming, so no slot is held', async () => {
      const auditorId = 'staff-ap-0102';
      const headBefore = await store.headPosition();
      const response = await mutate(app, tm, 'schedule', thematic(auditorId, 2), { expectedRevision: 0 });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'STREAM.REVISION_CONFLICT', field: 'expectedRevision' });
      expect(await store.headPosition()).toBe(headBefore);
      expect(await allowance(auditorId, null)).toMatchObject({ used: 0, remaining: 4 });
    });
  });

  describe('When S&QA gives back a slot', () => {
    const RELEASE = `mutation Release($input: ReleaseThematicAuditSlotInput!) {
      releaseThematicAuditSlot(input: $input) { id revision position duplicate }
    }`;

    it('should refuse for an audit that is scheduled (CFA-3: it has been undertaken)', async () => {
      const receipt = await run(app, tm, 'schedule', thematic('staff-ap-0100', 4));
      const response = await graphql(app, RELEASE, { input: { auditorId: 'staff-ap-0100', year: YEAR, auditId: receipt.id, reason: 'Tidy up' } }, sqa);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'THEMATIC_AUDIT_ALLOWANCE.SLOT_IN_USE', rule: 'CFA-3' });
    });

    it('should give back a slot claimed for an audit never scheduled, listed first as unscheduled', async () => {
      // A request that failed between claiming and scheduling: the claim alone is on the log.
      const auditorId = 'staff-ap-0101';
      const auditId = randomUUID();
      const commandId = randomUUID();
      const claimedAt = '2027-01-04T09:00:00.000Z';
      await handleCommand(store, thematicAuditAllowanceStreamId(auditorId, YEAR), thematicAuditAllowanceDecider, {
        type: 'ClaimThematicAuditSlot',
        data: { auditorId, year: YEAR, auditId, theme: 'Missing children', dueDate: `${YEAR}-05-01` },
        metadata: { actor: { staffId: auditorId, role: 'ADVANCED_PRACTITIONER' }, now: claimedAt, commandId, correlationId: commandId, causationId: commandId },
      });
      const head = String(await store.headPosition());
      const unscheduled = dataOf(
        await graphql(
          app,
          'query($asOf: String, $p: String) { unscheduledThematicClaims(asOf: $asOf, atLeastPosition: $p) { auditorId year auditId claimedAt } }',
          { asOf: '2027-01-04T10:00:00.000Z', p: head },
          sqa,
        ),
      ).unscheduledThematicClaims;
      expect(unscheduled).toEqual([{ auditorId, year: YEAR, auditId, claimedAt }]);

      const released = dataOf(await graphql(app, RELEASE, { input: { auditorId, year: YEAR, auditId, reason: 'Scheduling did not complete' } }, sqa));
      const read = dataOf(await graphql(app, ALLOWANCE, { auditorId, year: YEAR, atLeastPosition: released.releaseThematicAuditSlot.position }, sqa));
      expect(read.thematicAuditAllowance).toMatchObject({
        used: 0,
        remaining: 4,
        released: [expect.objectContaining({ auditId, auditStatus: 'NOT_SCHEDULED', releasedBy: SQA })],
      });
    });
  });

  describe('When the allowance is asked for with a bad year', () => {
    it('should refuse with BAD_USER_INPUT naming the field', async () => {
      const response = await graphql(app, ALLOWANCE, { auditorId: AP, year: 99, atLeastPosition: null }, ap);
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    });
  });
});
