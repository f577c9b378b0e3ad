import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { jest } from '@jest/globals';
import { readLogStreamId } from '../../../libs/domain/src/index.js';
import type { EventStore, RecordedEvent } from '../../../libs/event-store/src/event-store.port.js';
import { verifyChain } from '../../../libs/event-store/src/hash-chain.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dayFromToday, run as runAction } from '../src/remedial-actions/testing/remedial-action.client.js';
import { dataOf, givenStaff, graphql, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';
import { submittedAudit } from './case-file-audit.scenarios.js';

// People of the staff registry (projections/staff/fixtures/staff.csv): tm-001 manages mash-north,
// where sw-001 works; sqam-001 and sqao-001 are S&QA.
const TM = 'tm-001';
const SW = 'sw-001';
const AZ = 'AZ-104233';

const RECORD_READS = /* GraphQL */ `
  query Reads($filter: RecordReadsFilter, $first: Int, $after: String) {
    recordReads(filter: $filter, first: $first, after: $after) {
      items { readAt readerId readerRole recordKind recordId caseId operation operationName streamId revision position eventId cursor }
      hasMore endCursor
    }
  }
`;

type Read = {
  readAt: string;
  readerId: string;
  readerRole: string;
  recordKind: string;
  recordId: string;
  caseId: string | null;
  operation: string;
  operationName: string | null;
  streamId: string;
  revision: number;
  position: string;
  eventId: string;
  cursor: string;
};

describe('Reads of child-level records are recorded, and S&QA read the log (issue 6 item 4)', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let tm: string;
  let sw: string;
  let sqam: string;
  let sqao: string;
  let auditId: string;
  let actionIds: string[];
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    // Listening, so requests sent at once share one server (supertest would start one per request).
    await app.listen(0, '127.0.0.1');
    store = app.get<EventStore>(EVENT_STORE);
    await givenStaff(app, STAFF_CSV, { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    tm = await tokenFor(TM, 'TEAM_MANAGER');
    sw = await tokenFor(SW, 'SOCIAL_WORKER');
    sqam = await tokenFor('sqam-001', 'SQA_MANAGER');
    sqao = await tokenFor('sqao-001', 'SQA_OFFICER');
    ({ auditId } = await submittedAudit(app, tm, { auditorId: TM, teamId: 'mash-north', azeusNumber: AZ }));
    actionIds = [];
    for (const description of ['Update the CP plan with measurable outcomes', 'Record the father\'s details']) {
      const raised = await runAction(app, tm, 'raiseRemedialAction', { auditId, ownerId: SW, managerId: TM, description, timescale: dayFromToday(14) });
      actionIds.push(raised.id);
    }
    // Every read of this suite waits for the last write, so the read models hold everything above.
    const head = (await store.headPosition())!.toString();
    dataOf(await graphql(app, `query { remedialActions(atLeastPosition: "${head}", filter: { ownerId: "nobody" }) { id } }`, {}, sqam));
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.close();
    db.remove();
  });

  /** The read log's events of a reader's day, verified, newest last. */
  async function readLogOf(staffId: string): Promise<RecordedEvent[]> {
    const events = await store.readStream(readLogStreamId(staffId, today));
    expect(verifyChain(readLogStreamId(staffId, today), events).valid).toBe(true);
    return events;
  }

  async function reads(token: string, filter: Record<string, unknown>, first?: number, after?: string): Promise<{ items: Read[]; hasMore: boolean; endCursor: string | null }> {
    return dataOf(await graphql<{ recordReads: { items: Read[]; hasMore: boolean; endCursor: string | null } }>(app, RECORD_READS, { filter, first, after }, token)).recordReads;
  }

  describe('When the team manager reads an audit', () => {
    let before: number;
    let response: GraphQLResponse<{ caseFileAudit: { id: string; azeusNumber: string } | null }>;

    beforeAll(async () => {
      before = (await readLogOf(TM)).length;
      response = await graphql(app, 'query ReadAudit($id: ID!) { caseFileAudit(id: $id) { id azeusNumber overallGrade } }', { id: auditId }, tm);
    });

    it('should answer the audit', () => {
      expect(dataOf(response).caseFileAudit).toMatchObject({ id: auditId, azeusNumber: AZ });
    });

    it('should record one event in their day\'s read log: who, in which role, when, by which operation, and the audit with its case', async () => {
      const events = await readLogOf(TM);
      expect(events).toHaveLength(before + 1);
      expect(events.at(-1)).toMatchObject({
        type: 'ChildRecordsRead',
        data: {
          readerId: TM,
          readerRole: 'TEAM_MANAGER',
          operationName: 'ReadAudit',
          records: [{ kind: 'CASE_FILE_AUDIT', id: auditId, caseId: AZ, operation: 'caseFileAudit' }],
        },
        metadata: { actor: { staffId: TM, role: 'TEAM_MANAGER' }, commandType: 'RecordChildReads' },
      });
      expect(Date.parse(events.at(-1)!.data['readAt'] as string)).toBeLessThanOrEqual(Date.now());
    });

    it('should let S&QA find the read by the record, with the verifiable stream it is in', async () => {
      const page = await reads(sqam, { recordKind: 'CASE_FILE_AUDIT', recordId: auditId, readerId: TM });
      expect(page.items[0]).toMatchObject({
        readerId: TM,
        readerRole: 'TEAM_MANAGER',
        recordKind: 'CASE_FILE_AUDIT',
        recordId: auditId,
        caseId: AZ,
        operation: 'caseFileAudit',
        operationName: 'ReadAudit',
        streamId: readLogStreamId(TM, today),
      });
      const verdict = dataOf(await graphql(app, 'query ($s: String!) { verifyStream(streamId: $s) { valid events } }', { s: page.items[0]!.streamId }, sqam));
      expect(verdict.verifyStream).toMatchObject({ valid: true });
    });
  });

  describe('When the team manager reads an action, and then a list of actions', () => {
    beforeAll(async () => {
      dataOf(await graphql(app, 'query One($id: ID!) { remedialAction(id: $id) { id } }', { id: actionIds[0] }, tm));
      const list = dataOf(await graphql(app, `query Mine { remedialActions(filter: { managerId: "${TM}" }) { id } }`, {}, tm));
      expect(list.remedialActions.map((a: { id: string }) => a.id).sort()).toEqual([...actionIds].sort());
    });

    it('should record the single action, and every action the list returned, in the order returned', async () => {
      const [one, list] = (await readLogOf(TM)).slice(-2);
      expect(one!.data['records']).toEqual([{ kind: 'REMEDIAL_ACTION', id: actionIds[0], caseId: AZ, operation: 'remedialAction' }]);
      expect((list!.data['records'] as Array<{ id: string; operation: string }>).map((r) => [r.id, r.operation]).sort()).toEqual(
        actionIds.map((id) => [id, 'remedialActions']).sort(),
      );
    });

    it('should let S&QA ask who read an action', async () => {
      const page = await reads(sqao, { recordKind: 'REMEDIAL_ACTION', recordId: actionIds[1] });
      expect(page.items.map((r) => [r.readerId, r.operation])).toEqual([[TM, 'remedialActions']]);
    });
  });

  describe('When S&QA read the case\'s history', () => {
    beforeAll(async () => {
      const history = dataOf(await graphql(app, `query { caseHistory(azeusNumber: "${AZ}") { entries { streamId } } }`, {}, sqao));
      expect(history.caseHistory.entries.length).toBeGreaterThan(0);
    });

    it('should record the case history, and the audit and actions it showed, under the case', async () => {
      const [event] = (await readLogOf('sqao-001')).slice(-1);
      const records = event!.data['records'] as Array<{ kind: string; id: string; caseId: string; operation: string }>;
      expect(records[0]).toEqual({ kind: 'CASE_HISTORY', id: AZ, caseId: AZ, operation: 'caseHistory' });
      expect(records.map((r) => `${r.kind} ${r.id}`)).toEqual(
        expect.arrayContaining([`CASE_FILE_AUDIT ${auditId}`, ...actionIds.map((id) => `REMEDIAL_ACTION ${id}`)]),
      );
      expect(records.every((r) => r.caseId === AZ && r.operation === 'caseHistory')).toBe(true);
    });

    it('should not put the reads themselves in the case\'s history: an access log, not something done to the case', async () => {
      const query = `query ($p: String) { caseHistory(azeusNumber: "${AZ}", atLeastPosition: $p) { entries { type streamId } } }`;
      const first = dataOf(await graphql(app, query, { p: null }, sqao)).caseHistory.entries;
      // The second read waits until the history index has taken the first read's event.
      const second = dataOf(await graphql(app, query, { p: (await store.headPosition())!.toString() }, sqao)).caseHistory.entries;
      expect(second).toEqual(first);
      expect(first.some((e: { type: string }) => e.type === 'ChildRecordsRead')).toBe(false);
    });

    it('should let S&QA ask who read anything of the child\'s case, newest first', async () => {
      const page = await reads(sqam, { caseId: AZ });
      expect(page.items[0]).toMatchObject({ readerId: 'sqao-001', recordKind: 'CASE_HISTORY', recordId: AZ });
      expect(new Set(page.items.map((r) => r.readerId))).toEqual(new Set([TM, 'sqao-001']));
      const times = page.items.map((r) => r.readAt);
      expect([...times].sort().reverse()).toEqual(times);
    });
  });

  describe('When one request asks several queries', () => {
    it('should record one event listing what each returned', async () => {
      const before = (await readLogOf(TM)).length;
      const both = dataOf(
        await graphql(app, `query Both($id: ID!) { audit: caseFileAudit(id: $id) { id } actions: remedialActions(filter: { ownerId: "${SW}" }) { id } }`, { id: auditId }, tm),
      );
      const events = await readLogOf(TM);
      expect(events).toHaveLength(before + 1);
      expect(events.at(-1)!.data).toMatchObject({
        operationName: 'Both',
        records: [
          { kind: 'CASE_FILE_AUDIT', id: both.audit.id, operation: 'caseFileAudit' },
          ...both.actions.map((a: { id: string }) => ({ kind: 'REMEDIAL_ACTION', id: a.id, operation: 'remedialActions' })),
        ],
      });
    });

    it('should record only what access rules let through: a record refused is not returned, and not recorded', async () => {
      const before = (await readLogOf(SW)).length;
      const response = await graphql<{ audit: { id: string } | null; actions: Array<{ id: string }> }>(
        app,
        `query Mine($id: ID!) { audit: caseFileAudit(id: $id) { id } actions: remedialActions(filter: { ownerId: "${SW}" }) { id } }`,
        { id: auditId },
        sw,
      );
      const returned = [...(response.data?.audit ? [response.data.audit.id] : []), ...(response.data?.actions ?? []).map((a) => a.id)];
      expect(returned).toEqual(expect.arrayContaining(actionIds));
      const events = await readLogOf(SW);
      expect(events).toHaveLength(before + 1);
      expect((events.at(-1)!.data['records'] as Array<{ id: string }>).map((r) => r.id)).toEqual(returned);
    });
  });

  describe('When S&QA ask what a person read', () => {
    it('should list the person\'s reads newest first, a page at a time', async () => {
      const all = await reads(sqam, { readerId: TM });
      const recorded = (await readLogOf(TM))
        .reverse()
        .flatMap((event) => (event.data['records'] as Array<{ kind: string; id: string; operation: string }>).map((r) => `${r.kind} ${r.id} ${r.operation}`));
      expect(recorded.length).toBeGreaterThanOrEqual(5);
      expect(all.items.map((r) => `${r.recordKind} ${r.recordId} ${r.operation}`)).toEqual(recorded);
      expect(all.items.every((r) => r.readerId === TM && r.readerRole === 'TEAM_MANAGER')).toBe(true);
      const first = await reads(sqam, { readerId: TM }, 2);
      const rest = await reads(sqam, { readerId: TM }, 50, first.endCursor!);
      expect(first.hasMore).toBe(true);
      expect([...first.items, ...rest.items].map((r) => r.cursor)).toEqual(all.items.map((r) => r.cursor));
      expect(await reads(sqam, { readerId: TM, from: dayFromToday(1) })).toMatchObject({ items: [], hasMore: false, endCursor: null });
    });
  });

  describe('When someone outside S&QA asks for the log', () => {
    it.each([
      ['a team manager', () => tm],
      ['a social worker', () => sw],
    ])('should refuse %s (FORBIDDEN)', async (_who, token) => {
      const response = await graphql(app, RECORD_READS, { filter: {} }, token());
      expect(response.data?.recordReads ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });
  });

  describe('When someone outside S&QA asks for a read log stream\'s history, even their own', () => {
    const history = 'query ($s: String!) { recordHistory(streamId: $s) { chainVerified entries { type } } }';

    it.each([
      ['the team manager, of their own reads', () => tm],
      ['a social worker, of the team manager\'s reads', () => sw],
    ])('should refuse %s with ACCESS.OUT_OF_SCOPE naming streamId', async (_who, token) => {
      const response = await graphql(app, history, { s: readLogStreamId(TM, today) }, token());
      expect(response.data?.recordHistory ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.OUT_OF_SCOPE', field: 'streamId' });
    });

    it('should let S&QA read it, its chain verified', async () => {
      const view = dataOf(await graphql<{ recordHistory: { chainVerified: boolean; entries: { type: string }[] } }>(app, history, { s: readLogStreamId(TM, today) }, sqao)).recordHistory;
      expect(view.chainVerified).toBe(true);
      expect(view.entries.length).toBeGreaterThan(0);
      expect(new Set(view.entries.map((e) => e.type))).toEqual(new Set(['ChildRecordsRead']));
    });
  });

  describe('When a query returns no child-level record', () => {
    it('should record nothing: an unknown audit, an empty list, staff data and aggregates', async () => {
      const head = await store.headPosition();
      dataOf(await graphql(app, 'query ($id: ID!) { caseFileAudit(id: $id) { id } }', { id: randomUUID() }, tm));
      dataOf(await graphql(app, 'query { remedialActions(filter: { ownerId: "nobody" }) { id } }', {}, tm));
      dataOf(await graphql(app, 'query { teams { teamId } }', {}, tm));
      dataOf(await graphql(app, `query { caseHistory(azeusNumber: "AZ-000000") { entries { streamId } } }`, {}, sqao));
      await graphql(app, RECORD_READS, { filter: { readerId: TM } }, sqam);
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('When the same person reads many times at once', () => {
    it('should record every read in one chain, none lost', async () => {
      const before = (await readLogOf(SW)).length;
      const responses = await Promise.all(
        Array.from({ length: 12 }, () => graphql(app, 'query { remedialAction(id: $id) { id } }'.replace('$id', JSON.stringify(actionIds[0])), {}, sw)),
      );
      responses.forEach((r) => expect(dataOf(r).remedialAction).toMatchObject({ id: actionIds[0] }));
      expect(await readLogOf(SW)).toHaveLength(before + 12);
    });
  });

  describe('When the read cannot be recorded', () => {
    it('should fail the read and return none of it (503, READ_LOG.NOT_RECORDED)', async () => {
      const append = store.appendToStream.bind(store);
      const spy = jest.spyOn(store, 'appendToStream').mockImplementation((streamId, events, options) =>
        streamId.startsWith('readLog-') ? Promise.reject(new Error('disk full')) : append(streamId, events, options),
      );
      try {
        const response = await graphql(app, 'query ($id: ID!) { caseFileAudit(id: $id) { id penPicture } }', { id: auditId }, tm);
        expect(response.status).toBe(503);
        expect(response.data ?? null).toBeNull();
        expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ errorCode: 'READ_LOG.NOT_RECORDED' }) })]);
        // A read returning nothing child-level does not need the log and still answers.
        expect(dataOf(await graphql(app, 'query { teams { teamId } }', {}, tm)).teams.length).toBeGreaterThan(0);
      } finally {
        spy.mockRestore();
      }
    });
  });
});
