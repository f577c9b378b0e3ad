import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor, type GraphQLResponse, type Receipt } from './api-test-support.js';

// The staff file: hos-001 line-manages the team managers of mash-north and cp-east (service area
// "assess"); hos-002 those of lac-central and leaving-care ("care").
const SQA_OFFICER = 'sqao-001';
const HOS_ASSESS = 'hos-001';
const HOS_CARE = 'hos-002';

const client = receiptClient({
  recordLearningInput: 'RecordLearningInputInput',
  correctLearningInput: 'CorrectLearningInputInput',
  recordComplaintResponse: 'RecordComplaintResponseInput',
  withdrawLearningInput: 'WithdrawLearningInputInput',
});

const IMPORT_STAFF = /* GraphQL */ `
  mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }
`;

const INPUT_FIELDS = `
  id kind status receivedOn source { description type } teams { teamId serviceAreaId } serviceAreaIds serviceAreasTouched
  themes themeKeys summary complaint { outcome responseDate } staffSurvey { year findings { theme text } }
  recordedBy recordedByRole recordedAt withdrawal { reason withdrawnBy } history { change by reason revision } revision
`;

/** A date relative to the server's clock: the domain refuses dates received in the future. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

function complaint(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'COMPLAINT',
    receivedOn: '2025-05-06',
    source: { description: 'A parent, by letter' },
    teamIds: ['mash-north'],
    themes: [' Drift and delay ', 'Communication with families'],
    summary: 'The family waited six weeks to hear the outcome of the assessment.',
    ...overrides,
  };
}

describe('Learning inputs (section 2, REP-2) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let sqa: string;
  let hosAssess: string;
  let hosCare: string;
  let tm: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    sqa = await tokenFor(SQA_OFFICER, 'SQA_OFFICER');
    hosAssess = await tokenFor(HOS_ASSESS, 'HEAD_OF_SERVICE');
    hosCare = await tokenFor(HOS_CARE, 'HEAD_OF_SERVICE');
    tm = await tokenFor('tm-001', 'TEAM_MANAGER');
    const sqam = await tokenFor('sqam-001', 'SQA_MANAGER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqam));
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  async function read(id: string, position: string | null): Promise<Record<string, any>> {
    return dataOf(
      await graphql(app, `query ($id: ID!, $p: String) { learningInput(id: $id, atLeastPosition: $p) { ${INPUT_FIELDS} } }`, { id, p: position }, sqa),
    ).learningInput;
  }

  async function list(filter: Record<string, unknown>, position: string | null): Promise<string[]> {
    const data = dataOf(
      await graphql(app, `query ($f: LearningInputFilter, $p: String) { learningInputs(filter: $f, atLeastPosition: $p) { id } }`, { f: filter, p: position }, sqa),
    );
    return data.learningInputs.map((i: { id: string }) => i.id);
  }

  /** A refused mutation: the error, and that nothing was appended. */
  async function refused(response: Promise<GraphQLResponse<Record<string, Receipt>>>): Promise<Record<string, unknown>> {
    const before = await store.headPosition();
    const result = await response;
    expect(result.data).toBeNull();
    expect(await store.headPosition()).toBe(before);
    return result.errors![0]!.extensions;
  }

  const ids: Record<string, string> = {};
  let last: Receipt;

  describe('When S&QA record a learning input of each kind (REP-2)', () => {
    it('should record a complaint, a compliment, feedback from the Children in Care Council and the annual staff survey', async () => {
      last = await client.run(app, sqa, 'recordLearningInput', complaint());
      ids['complaint'] = last.id;
      expect(last).toMatchObject({ revision: 0, duplicate: false, position: expect.stringMatching(/^\d+$/) });

      last = await client.run(app, sqa, 'recordLearningInput', {
        kind: 'COMPLIMENT',
        receivedOn: '2025-06-03',
        source: { description: 'A foster carer' },
        teamIds: ['lac-central'],
        themes: ['drift AND delay'],
        summary: 'Thanks the social worker for getting the plan moving.',
      });
      ids['compliment'] = last.id;

      last = await client.run(app, sqa, 'recordLearningInput', {
        kind: 'CHILD_OR_FAMILY_FEEDBACK',
        receivedOn: '2025-06-10',
        source: { description: 'Children in Care Council, June meeting', type: 'CHILDREN_IN_CARE_COUNCIL' },
        serviceAreaIds: ['care'],
        themes: ['Voice of the child', 'Drift and delay'],
        summary: 'Young people want to know sooner who their new worker is.',
      });
      ids['feedback'] = last.id;

      last = await client.run(app, sqa, 'recordLearningInput', {
        kind: 'STAFF_SURVEY',
        receivedOn: '2025-06-20',
        source: { description: 'Annual staff survey 2025' },
        serviceAreaIds: ['assess', 'care'],
        themes: ['Workload'],
        summary: 'Headline findings of the annual survey of staff.',
        staffSurvey: { year: 2025, findings: [{ theme: 'Supervision', text: 'One in three say supervision is not monthly.' }] },
      });
      ids['survey'] = last.id;

      expect(await read(ids['complaint']!, last.position)).toMatchObject({
        kind: 'COMPLAINT',
        status: 'RECORDED',
        source: { description: 'A parent, by letter', type: null },
        teams: [{ teamId: 'mash-north', serviceAreaId: 'assess' }],
        serviceAreasTouched: ['assess'],
        themes: ['Drift and delay', 'Communication with families'],
        themeKeys: ['drift and delay', 'communication with families'],
        complaint: { outcome: null, responseDate: null },
        staffSurvey: null,
        recordedBy: SQA_OFFICER,
        recordedByRole: 'SQA_OFFICER',
      });
      expect(await read(ids['survey']!, last.position)).toMatchObject({
        kind: 'STAFF_SURVEY',
        themes: ['Workload', 'Supervision'],
        staffSurvey: { year: 2025, findings: [{ theme: 'Supervision', text: 'One in three say supervision is not monthly.' }] },
        complaint: null,
      });
    });

    it('should answer a retried record with the same commandId as a duplicate, recording nothing', async () => {
      const commandId = randomUUID();
      const first = await client.run(app, sqa, 'recordLearningInput', complaint({ receivedOn: '2025-04-01', themes: ['Chronology'] }), { commandId });
      const again = await client.run(app, sqa, 'recordLearningInput', complaint({ receivedOn: '2025-04-01', themes: ['Chronology'] }), { commandId });
      expect(again).toEqual({ ...first, duplicate: true });
      last = await client.run(app, sqa, 'withdrawLearningInput', { learningInputId: first.id, reason: 'Test of a retry' });
    });
  });

  describe('When the input breaks a rule', () => {
    it('should refuse an input with no learning theme, naming the field and REP-2', async () => {
      expect(await refused(client.mutate(app, sqa, 'recordLearningInput', complaint({ themes: [] })))).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'LEARNING_INPUT.THEMES_REQUIRED',
        field: 'themes',
        rule: 'REP-2',
      });
    });

    it('should refuse an unknown team, no team or service area, a date in the future and a missing source type', async () => {
      expect(await refused(client.mutate(app, sqa, 'recordLearningInput', complaint({ teamIds: ['no-such-team'] })))).toMatchObject({
        errorCode: 'LEARNING_INPUT.TEAM_UNKNOWN',
        field: 'teamIds',
      });
      expect(await refused(client.mutate(app, sqa, 'recordLearningInput', complaint({ teamIds: [] })))).toMatchObject({
        errorCode: 'LEARNING_INPUT.TEAMS_REQUIRED',
        field: 'teamIds',
      });
      expect(await refused(client.mutate(app, sqa, 'recordLearningInput', complaint({ receivedOn: day(2) })))).toMatchObject({
        errorCode: 'LEARNING_INPUT.DATE_IN_FUTURE',
        field: 'receivedOn',
      });
      expect(
        await refused(client.mutate(app, sqa, 'recordLearningInput', complaint({ kind: 'CHILD_OR_FAMILY_FEEDBACK', source: { description: 'A group' } }))),
      ).toMatchObject({ errorCode: 'LEARNING_INPUT.SOURCE_TYPE_REQUIRED', field: 'source.type' });
    });

    it('should refuse a kind the framework does not name at the edge', async () => {
      const response = await client.mutate(app, sqa, 'recordLearningInput', complaint({ kind: 'RUMOUR' }));
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('When someone other than S&QA records (REP-2)', () => {
    it('should let a Head of Service record within their own service, and refuse a team outside it', async () => {
      last = await client.run(app, hosAssess, 'recordLearningInput', {
        kind: 'LSCB_AUDIT',
        receivedOn: '2025-06-12',
        source: { description: 'LSCB multi-agency audit of neglect' },
        teamIds: ['cp-east'],
        themes: ['Chronology'],
        summary: 'Chronologies were not kept up to date in four of six cases.',
      });
      ids['lscb'] = last.id;
      expect(await read(ids['lscb']!, last.position)).toMatchObject({ recordedBy: HOS_ASSESS, recordedByRole: 'HEAD_OF_SERVICE', serviceAreasTouched: ['assess'] });

      expect(await refused(client.mutate(app, hosAssess, 'recordLearningInput', complaint({ teamIds: ['lac-central'] })))).toMatchObject({
        code: 'FORBIDDEN',
        errorCode: 'LEARNING_INPUT.OUTSIDE_SERVICE_AREA',
        field: 'teamIds',
        rule: 'REP-2',
      });
    });

    it('should refuse a team manager', async () => {
      expect(await refused(client.mutate(app, tm, 'recordLearningInput', complaint()))).toMatchObject({
        code: 'FORBIDDEN',
        errorCode: 'ACCESS.ROLE_NOT_PERMITTED',
      });
    });
  });

  describe('When inputs are responded to, corrected and withdrawn', () => {
    it("should record the complaint's outcome and response date", async () => {
      last = await client.run(app, sqa, 'recordComplaintResponse', { learningInputId: ids['complaint'], outcome: 'PARTLY_UPHELD', responseDate: '2025-05-30' });
      expect(await read(ids['complaint']!, last.position)).toMatchObject({ complaint: { outcome: 'PARTLY_UPHELD', responseDate: '2025-05-30' }, revision: 1 });
    });

    it('should replace what a compliment says and keep the change in its history', async () => {
      last = await client.run(
        app,
        sqa,
        'correctLearningInput',
        {
          learningInputId: ids['compliment'],
          receivedOn: '2025-06-03',
          source: { description: 'A foster carer, by email' },
          teamIds: ['lac-central'],
          themes: ['drift AND delay', 'Stability of placements'],
          summary: 'Thanks the social worker for getting the plan moving.',
          reason: 'Theme missed when first recorded',
        },
        { expectedRevision: 0 },
      );
      expect(await read(ids['compliment']!, last.position)).toMatchObject({
        source: { description: 'A foster carer, by email' },
        themes: ['drift AND delay', 'Stability of placements'],
        history: [
          { change: 'RECORDED', by: SQA_OFFICER, reason: null, revision: 0 },
          { change: 'CORRECTED', by: SQA_OFFICER, reason: 'Theme missed when first recorded', revision: 1 },
        ],
      });
    });

    it('should refuse a withdrawal by a Head of Service who did not record it, and take one by the one who did', async () => {
      expect(
        await refused(client.mutate(app, hosCare, 'withdrawLearningInput', { learningInputId: ids['lscb'], reason: 'Not ours' })),
      ).toMatchObject({ code: 'FORBIDDEN', errorCode: 'LEARNING_INPUT.NOT_THE_RECORDER' });
      last = await client.run(app, hosAssess, 'withdrawLearningInput', { learningInputId: ids['lscb'], reason: 'Recorded against the wrong audit' });
      expect(await read(ids['lscb']!, last.position)).toMatchObject({
        status: 'WITHDRAWN',
        withdrawal: { reason: 'Recorded against the wrong audit', withdrawnBy: HOS_ASSESS },
      });
      expect(
        await refused(client.mutate(app, sqa, 'correctLearningInput', { ...complaint(), kind: undefined, learningInputId: ids['lscb'], reason: 'x' })),
      ).toMatchObject({ code: 'CONFLICT', errorCode: 'LEARNING_INPUT.WITHDRAWN' });
    });
  });

  describe('When learning inputs are read (REP-2)', () => {
    it('should list them by theme, kind, team, service area and period; withdrawn ones only when asked', async () => {
      const p = last.position;
      expect(await list({ theme: 'DRIFT and  delay' }, p)).toEqual([ids['complaint'], ids['compliment'], ids['feedback']]);
      expect(await list({ kind: 'COMPLAINT' }, p)).toEqual([ids['complaint']]);
      expect(await list({ teamId: 'lac-central' }, p)).toEqual([ids['compliment']]);
      expect(await list({ serviceAreaId: 'care' }, p)).toEqual([ids['compliment'], ids['feedback'], ids['survey']]);
      expect(await list({ from: '2025-06-01', to: '2025-06-15' }, p)).toEqual([ids['compliment'], ids['feedback']]);
      expect(await list({ theme: 'chronology', from: '2025-06-01' }, p)).toEqual([]);
      expect(await list({ theme: 'chronology', from: '2025-06-01', includeWithdrawn: true }, p)).toEqual([ids['lscb']]);
    });

    it("should count June's learning themes against May's, leaving the withdrawn LSCB audit out", async () => {
      const data = dataOf(
        await graphql(
          app,
          `query ($p: String) {
            learningThemeCounts(period: MONTH, from: "2025-06-01", atLeastPosition: $p) {
              period start end previousPeriod inputCount
              themes { key theme count previousCount change trend byKind { kind count } learningInputIds }
            }
          }`,
          { p: last.position },
          sqa,
        ),
      );
      const [june] = data.learningThemeCounts;
      expect(june).toMatchObject({ period: '2025-06', start: '2025-06-01', end: '2025-06-30', previousPeriod: '2025-05', inputCount: 3 });
      expect(june.themes.map((t: any) => [t.theme, t.count, t.previousCount, t.trend])).toEqual([
        ['Drift and delay', 2, 1, 'RISING'],
        ['Stability of placements', 1, 0, 'NEW'],
        ['Supervision', 1, 0, 'NEW'],
        ['Voice of the child', 1, 0, 'NEW'],
        ['Workload', 1, 0, 'NEW'],
        ['Communication with families', 0, 1, 'GONE'],
      ]);
      expect(june.themes[0]).toMatchObject({
        byKind: [
          { kind: 'COMPLIMENT', count: 1 },
          { kind: 'CHILD_OR_FAMILY_FEEDBACK', count: 1 },
        ],
        learningInputIds: [ids['compliment'], ids['feedback']],
      });
    });

    it('should count per quarter, and refuse a period that ends before it starts', async () => {
      const data = dataOf(
        await graphql(app, `{ learningThemeCounts(period: QUARTER, from: "2025-04-01", serviceAreaId: "assess") { period inputCount themes { key count } } }`, {}, sqa),
      );
      expect(data.learningThemeCounts).toEqual([
        {
          period: '2025-Q2',
          inputCount: 2,
          themes: [
            { key: 'communication with families', count: 1 },
            { key: 'drift and delay', count: 1 },
            { key: 'supervision', count: 1 },
            { key: 'workload', count: 1 },
          ],
        },
      ]);
      const response = await graphql(app, `{ learningThemeCounts(period: MONTH, from: "2025-06-01", to: "2025-05-01") { period } }`, {}, sqa);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    });
  });
});
