import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { crsEscalationStreamId } from '../../../libs/domain/src/index.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { dayFromToday, eventually } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, graphql, receiptClient, startApp, tempSqlitePath, tokenFor, type Receipt } from './api-test-support.js';

const IRO = 'staff-iro-0007';
const CP_CHAIR = 'staff-cpc-0003';
const TM = 'staff-tm-0042';
const HOS = 'staff-hos-0002';
const DIRECTOR = 'staff-dir-0001';
const SW = 'staff-sw-0311';
const CASE = 'AZ-104233';

const { mutate, run } = receiptClient({
  raiseCrsEscalation: 'RaiseCrsEscalationInput',
  respondToCrsEscalation: 'RespondToCrsEscalationInput',
  escalateCrsEscalation: 'EscalateCrsEscalationInput',
  resolveCrsEscalation: 'ResolveCrsEscalationInput',
  withdrawCrsEscalation: 'WithdrawCrsEscalationInput',
});

const CLOCK = 'stage recipientId startedAt responseWorkingDays dueOn state respondedAt workingDaysLate daysLate';
const FIELDS = `
  id azeusNumber teamId raisedBy raisedByRole concern practiceIssue teamManagerId headOfServiceId serious managementDecision
  status stage recipientId overdue asOf closedAt raisedAt revision
  clock { ${CLOCK} }
  stages { stage recipientId startedAt reason notified { staffId as } response respondedBy respondedAt endedAt clock { ${CLOCK} } }
  notifications { notificationId recipients channel sentAt }
  resolution { resolution stage outcome resolvedBy agreedActions { actionId description ownerId managerId timescale } }
  withdrawal { reason withdrawnBy }
`;

/** An instant `days` from now: the clocks are read against the server's clock. */
function instantFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

describe('CRS escalations (appendix D, CRS-1) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, { [IRO]: 'IRO', [CP_CHAIR]: 'CP_CHAIR', [TM]: 'TEAM_MANAGER', [HOS]: 'HEAD_OF_SERVICE', [DIRECTOR]: 'DIRECTOR', [SW]: 'SOCIAL_WORKER' });
    tokens[IRO] = await tokenFor(IRO, 'IRO');
    tokens[CP_CHAIR] = await tokenFor(CP_CHAIR, 'CP_CHAIR');
    tokens[TM] = await tokenFor(TM, 'TEAM_MANAGER');
    tokens[HOS] = await tokenFor(HOS, 'HEAD_OF_SERVICE');
    tokens[DIRECTOR] = await tokenFor(DIRECTOR, 'DIRECTOR');
    tokens[SW] = await tokenFor(SW, 'SOCIAL_WORKER');
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  async function read(id: string, as: string, options: { atLeastPosition?: string | null; asOf?: string } = {}): Promise<Record<string, any>> {
    return dataOf(
      await graphql(
        app,
        `query Read($id: ID!, $p: String, $asOf: String) { crsEscalation(id: $id, atLeastPosition: $p, asOf: $asOf) { ${FIELDS} } }`,
        { id, p: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
        tokens[as],
      ),
    ).crsEscalation;
  }

  async function overdue(asOf: string, recipientId: string | null, atLeastPosition: string | null): Promise<Array<Record<string, any>>> {
    return dataOf(
      await graphql(
        app,
        `query Overdue($asOf: String, $r: ID, $p: String) { overdueCrsEscalations(asOf: $asOf, recipientId: $r, atLeastPosition: $p) { id stage recipientId clock { ${CLOCK} } } }`,
        { asOf, r: recipientId, p: atLeastPosition },
        tokens[HOS],
      ),
    ).overdueCrsEscalations;
  }

  const raiseInput = (overrides: Record<string, unknown> = {}) => ({
    azeusNumber: CASE,
    teamId: 'cin-east',
    concern: 'No visits for eight weeks; the placement is breaking down',
    practiceIssue: 'Statutory visits out of timescale; the care plan is not progressing',
    teamManagerId: TM,
    headOfServiceId: HOS,
    ...overrides,
  });

  describe('When an IRO raises an escalation informally and it goes unanswered', () => {
    let escalationId: string;
    let raised: Receipt;

    beforeAll(async () => {
      raised = await run(app, tokens[IRO]!, 'raiseCrsEscalation', raiseInput());
      escalationId = raised.id;
    });

    it('should put it with the Team Manager at the informal stage, due in five working days (CRS-1)', async () => {
      const escalation = await read(escalationId, IRO, { atLeastPosition: raised.position });
      expect(escalation).toMatchObject({
        azeusNumber: CASE,
        raisedBy: IRO,
        raisedByRole: 'IRO',
        status: 'OPEN',
        stage: 'INFORMAL',
        recipientId: TM,
        overdue: false,
        clock: { stage: 'INFORMAL', recipientId: TM, responseWorkingDays: 5, state: 'RUNNING' },
        stages: [{ stage: 'INFORMAL', notified: [{ staffId: TM, as: 'RECIPIENT' }] }],
      });
      expect(escalation.clock.dueOn > dayFromToday(4)).toBe(true);
    });

    it('should notify the Team Manager at once through the outbox (CRS-1)', async () => {
      const escalation = await eventually(
        () => read(escalationId, IRO),
        (e) => e.notifications.length > 0,
      );
      expect(escalation.notifications[0]).toMatchObject({ recipients: [TM], channel: 'LOG' });
    });

    it('should list it past its stage clock a month on, with the TM, and not today (CRS-1)', async () => {
      expect((await overdue(instantFromNow(30), TM, raised.position)).map((e) => [e.id, e.stage, e.clock.state])).toEqual([
        [escalationId, 'INFORMAL', 'OVERDUE'],
      ]);
      expect((await overdue(instantFromNow(30), TM, null))[0].clock.workingDaysLate).toBeGreaterThan(10);
      expect(await overdue(instantFromNow(0), null, null)).toEqual([]);
      expect(await overdue(instantFromNow(30), HOS, null)).toEqual([]);
    });

    it("should refuse a response from anyone but the stage's recipient, and record nothing (CRS-1)", async () => {
      const before = (await store.readStream(crsEscalationStreamId(escalationId))).length;
      const response = await mutate(app, tokens[HOS]!, 'respondToCrsEscalation', { escalationId, response: 'Looked into it' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'CRS_ESCALATION.NOT_THE_RECIPIENT', rule: 'CRS-1' });
      const escalating = await mutate(app, tokens[TM]!, 'escalateCrsEscalation', { escalationId, reason: 'I am not the chair' });
      expect(escalating.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      expect((await store.readStream(crsEscalationStreamId(escalationId))).length).toBe(before);
    });

    it('should refuse resolving before the recipient has responded (CRS-1)', async () => {
      const response = await mutate(app, tokens[IRO]!, 'resolveCrsEscalation', { escalationId, outcome: 'Fine now' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CRS_ESCALATION.NO_RESPONSE_TO_ACCEPT', rule: 'CRS-1' });
    });

    describe('When the chair takes it to formal stage 1 and then to the Manager', () => {
      it('should move it stage by stage, each recipient responding in turn, and resolve it formally with an agreed action (CRS-1)', async () => {
        await run(app, tokens[IRO]!, 'escalateCrsEscalation', { escalationId, reason: 'No response to the informal escalation' });
        await run(app, tokens[TM]!, 'respondToCrsEscalation', { escalationId, response: 'Visit booked for Friday' });
        await run(app, tokens[IRO]!, 'escalateCrsEscalation', { escalationId, reason: 'A visit alone does not address the placement' });
        const stage2 = await read(escalationId, HOS, { atLeastPosition: (await run(app, tokens[HOS]!, 'respondToCrsEscalation', { escalationId, response: 'Placement support funded' })).position });
        expect(stage2.stages.map((s: any) => [s.stage, s.recipientId, s.respondedBy, s.clock.state])).toEqual([
          ['INFORMAL', TM, null, 'ENDED_UNANSWERED'],
          ['FORMAL_STAGE_1', TM, TM, 'MET'],
          ['FORMAL_STAGE_2', HOS, HOS, 'MET'],
        ]);
        expect(stage2.stages[2].notified).toEqual([
          { staffId: HOS, as: 'RECIPIENT' },
          { staffId: TM, as: 'TEAM_MANAGER' },
        ]);

        const action = { description: 'Visit the child weekly until the placement review', ownerId: SW, managerId: TM, timescale: dayFromToday(14) };
        const resolved = await run(app, tokens[IRO]!, 'resolveCrsEscalation', { escalationId, outcome: 'Support in place; visits weekly', agreedActions: [action] });
        const escalation = await read(escalationId, IRO, { atLeastPosition: resolved.position, asOf: instantFromNow(60) });
        expect(escalation).toMatchObject({
          status: 'RESOLVED',
          stage: 'FORMAL_STAGE_2',
          overdue: false,
          clock: null,
          resolution: { resolution: 'FORMAL', stage: 'FORMAL_STAGE_2', resolvedBy: IRO, agreedActions: [action] },
        });
        expect(await overdue(instantFromNow(60), null, resolved.position)).toEqual([]);

        // Issue 4, item 7: the service raises the agreed action as a remedial action, in the chair's name.
        const actionId = escalation.resolution.agreedActions[0].actionId;
        const remedial = await eventually(
          async () =>
            dataOf(
              await graphql(
                app,
                `query ($f: RemedialActionFilter) { remedialActions(filter: $f) { id source { kind id } ownerId managerId azeusNumber teamId timescale } }`,
                { f: { sourceId: escalationId } },
                tokens[IRO],
              ),
            ).remedialActions as Array<Record<string, any>>,
          (actions) => actions.length === 1,
        );
        expect(remedial[0]).toMatchObject({ id: actionId, source: { kind: 'CRS_ESCALATION', id: escalationId }, ownerId: SW, managerId: TM, azeusNumber: CASE, teamId: 'cin-east' });

        const again = await mutate(app, tokens[IRO]!, 'withdrawCrsEscalation', { escalationId, reason: 'Too late' });
        expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'CRS_ESCALATION.CLOSED' });
      });
    });
  });

  describe('When a CP chair raises a serious issue', () => {
    it('should send it to the Manager at formal stage 2, telling the Team Manager as well, both notified (CRS-1)', async () => {
      const raised = await run(app, tokens[CP_CHAIR]!, 'raiseCrsEscalation', raiseInput({ azeusNumber: 'AZ-200871', serious: true }));
      const escalation = await read(raised.id, CP_CHAIR, { atLeastPosition: raised.position });
      expect(escalation).toMatchObject({ raisedByRole: 'CP_CHAIR', serious: true, stage: 'FORMAL_STAGE_2', recipientId: HOS });
      expect(escalation.stages[0].notified).toEqual([
        { staffId: HOS, as: 'RECIPIENT' },
        { staffId: TM, as: 'TEAM_MANAGER' },
      ]);
      const notified = await eventually(
        () => read(raised.id, CP_CHAIR),
        (e) => e.notifications.length > 0,
      );
      expect([...notified.notifications[0].recipients].sort()).toEqual([HOS, TM].sort());

      // Stage 3 needs the chief officer or director named; the director then responds.
      const unnamed = await mutate(app, tokens[CP_CHAIR]!, 'escalateCrsEscalation', { escalationId: raised.id, reason: 'No plan' });
      expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipientId', rule: 'CRS-1' });
      await run(app, tokens[CP_CHAIR]!, 'escalateCrsEscalation', { escalationId: raised.id, reason: 'No plan', recipientId: DIRECTOR });
      const responded = await run(app, tokens[DIRECTOR]!, 'respondToCrsEscalation', { escalationId: raised.id, response: 'Legal planning meeting called' });
      expect((await read(raised.id, DIRECTOR, { atLeastPosition: responded.position })).clock).toMatchObject({
        stage: 'FORMAL_STAGE_3',
        responseWorkingDays: 10,
        state: 'MET',
      });

      const withdrawn = await run(app, tokens[CP_CHAIR]!, 'withdrawCrsEscalation', { escalationId: raised.id, reason: 'Child moved out of area' });
      expect(await read(raised.id, CP_CHAIR, { atLeastPosition: withdrawn.position })).toMatchObject({
        status: 'WITHDRAWN',
        withdrawal: { reason: 'Child moved out of area', withdrawnBy: CP_CHAIR },
      });
    });

    it('should refuse it without the Manager named, naming headOfServiceId and CRS-1, and record nothing', async () => {
      const escalationId = '7d6a1f44-3b0e-4c59-9f1a-2b8d6e5c4a10';
      const response = await mutate(app, tokens[CP_CHAIR]!, 'raiseCrsEscalation', raiseInput({ escalationId, managementDecision: true, headOfServiceId: null }));
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'CRS_ESCALATION.HEAD_OF_SERVICE_REQUIRED',
        field: 'headOfServiceId',
        rule: 'CRS-1',
      });
      expect(response.errors?.[0]?.message).toMatch(/headOfServiceId.*CRS-1/);
      expect(await store.readStream(crsEscalationStreamId(escalationId))).toEqual([]);
    });
  });

  describe('When someone other than an IRO or CP chair raises one', () => {
    it('should refuse a Team Manager and a social worker (CRS-1)', async () => {
      for (const who of [TM, SW]) {
        const response = await mutate(app, tokens[who]!, 'raiseCrsEscalation', raiseInput());
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      }
    });
  });

  describe('When escalations are listed', () => {
    it('should list by case, by recipient now and by chair, and need exactly one of them (CRS-1)', async () => {
      const list = async (filter: Record<string, unknown>) =>
        graphql(app, `query ($f: CrsEscalationFilter!) { crsEscalations(filter: $f) { id azeusNumber status stage raisedBy } }`, { f: filter }, tokens[HOS]);
      const byCase = dataOf(await list({ azeusNumber: CASE })).crsEscalations;
      expect(byCase.map((e: any) => [e.azeusNumber, e.status, e.stage])).toEqual([[CASE, 'RESOLVED', 'FORMAL_STAGE_2']]);
      expect(dataOf(await list({ raisedBy: CP_CHAIR })).crsEscalations.map((e: any) => e.azeusNumber)).toEqual(['AZ-200871']);
      expect(dataOf(await list({ recipientId: DIRECTOR, status: 'WITHDRAWN' })).crsEscalations).toHaveLength(1);
      expect(dataOf(await list({ recipientId: TM, status: 'OPEN' })).crsEscalations).toEqual([]);
      const both = await list({ azeusNumber: CASE, raisedBy: IRO });
      expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    });
  });
});
