import type { INestApplication } from '@nestjs/common';
import { supervisionLearningSummaryStreamId } from '../../../libs/domain/src/index.js';
import { quarterOf } from '../../../libs/domain/src/supervision-learning-summary/supervision-learning-summary.values.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor, type GraphQLResponse } from './api-test-support.js';

// From the staff fixture: hos-001 (Callum Pemberton) heads "assess", hos-002 (Nadia Fairweather) "care".
const HOS = 'hos-001';
const OTHER_HOS = 'hos-002';
const DMT = 'dmt-001';
const TM = 'tm-001';

const IMPORT_STAFF = `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`;

const client = receiptClient({
  draftSupervisionLearningSummary: 'DraftSupervisionLearningSummaryInput',
  submitSupervisionLearningSummary: 'SubmitSupervisionLearningSummaryInput',
  recordDmtReviewOfSupervisionLearningSummary: 'RecordDmtReviewOfSupervisionLearningSummaryInput',
});
type Mutation = Parameters<typeof client.run>[2];

const SUMMARY_FIELDS = `
  id headOfServiceId quarter serviceAreaId status issues learning themes supervisionAuditIds
  firstDraftedAt lastDraftedAt submittedAt dmtReview { reviewedBy reviewDate comments recordedAt } revision lastUpdatedAt
`;

const today = () => new Date().toISOString().slice(0, 10);
const THIS_QUARTER = quarterOf(today());
/** The quarter after this one: not begun yet. */
function nextQuarter(quarter: string): string {
  const [year, n] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return n === 4 ? `${year + 1}-Q1` : `${year}-Q${n + 1}`;
}

describe('Supervision learning summaries (SUP-6) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  const tokens: Record<string, string> = {};
  let staffImported: string | null = null;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    tokens[HOS] = await tokenFor(HOS, 'HEAD_OF_SERVICE');
    tokens[OTHER_HOS] = await tokenFor(OTHER_HOS, 'HEAD_OF_SERVICE');
    tokens[DMT] = await tokenFor(DMT, 'DMT_MEMBER');
    tokens[TM] = await tokenFor(TM, 'TEAM_MANAGER');
    tokens['co-001'] = await tokenFor('co-001', 'CHIEF_OFFICER');
    const sqa = await tokenFor('sqao-001', 'SQA_OFFICER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001', 'sqao-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    await givenStaff(app, { [DMT]: 'DMT_MEMBER' });
    staffImported = dataOf(await graphql(app, IMPORT_STAFF, { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM }, sqa)).importStaff.position;
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  const mutate = (who: string, mutation: Mutation, input: Record<string, unknown>) => client.mutate(app, tokens[who]!, mutation, input);
  const run = (who: string, mutation: Mutation, input: Record<string, unknown>) => client.run(app, tokens[who]!, mutation, input);

  function refusal(response: GraphQLResponse): Record<string, unknown> {
    expect(response.errors).toHaveLength(1);
    return { message: response.errors![0]!.message, ...response.errors![0]!.extensions };
  }

  async function summary(headOfServiceId: string, quarter: string, position: string | null): Promise<Record<string, any> | null> {
    return dataOf(
      await graphql(
        app,
        `query ($h: ID!, $q: String!, $p: String) { supervisionLearningSummary(headOfServiceId: $h, quarter: $q, atLeastPosition: $p) { ${SUMMARY_FIELDS} } }`,
        { h: headOfServiceId, q: quarter, p: position },
        tokens['co-001'], // a draft is seen by its Head of Service and their line management, not yet by DMT (issue 6 item 2)
      ),
    ).supervisionLearningSummary;
  }

  async function missing(quarter: string, position: string | null): Promise<Record<string, unknown>[]> {
    return dataOf(
      await graphql(
        app,
        `query ($q: String!, $p: String) { missingSupervisionLearningSummaries(quarter: $q, atLeastPosition: $p) { headOfServiceId name quarter status summaryId asAt } }`,
        { q: quarter, p: position },
        tokens[DMT],
      ),
    ).missingSupervisionLearningSummaries;
  }

  const draft = {
    quarter: THIS_QUARTER,
    issues: 'Case supervision rarely records the rationale for decisions',
    learning: 'Reflective case discussion is strongest where APs supervise',
    themes: ['Recording of rationale', 'Drift in CIN cases', 'Recording of rationale'],
    supervisionAuditIds: ['7f9a1d1e-2b1c-4c55-9f0e-3a4b5c6d7e8f'],
  };

  describe('When nobody has written for the quarter', () => {
    it('should report every Head of Service in post as missing (SUP-6)', async () => {
      expect(await missing(THIS_QUARTER, staffImported)).toEqual([
        { headOfServiceId: HOS, name: 'Callum Pemberton', quarter: THIS_QUARTER, status: 'NOT_WRITTEN', summaryId: null, asAt: today() },
        { headOfServiceId: OTHER_HOS, name: 'Nadia Fairweather', quarter: THIS_QUARTER, status: 'NOT_WRITTEN', summaryId: null, asAt: today() },
      ]);
    });

    it('should refuse a summary for a quarter that has not begun, and a quarter not written YYYY-Qn, naming SUP-6', async () => {
      const ahead = await mutate(HOS, 'draftSupervisionLearningSummary', { ...draft, quarter: nextQuarter(THIS_QUARTER) });
      expect(refusal(ahead)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.QUARTER_NOT_BEGUN', field: 'quarter', rule: 'SUP-6' });
      const malformed = await mutate(HOS, 'draftSupervisionLearningSummary', { ...draft, quarter: '2025-Q7' });
      expect(refusal(malformed)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.QUARTER_INVALID', field: 'quarter', rule: 'SUP-6' });
      expect(await store.readStream(supervisionLearningSummaryStreamId(`${HOS}-${nextQuarter(THIS_QUARTER)}`))).toEqual([]);
    });

    it('should refuse a summary written by a Team Manager, or without learning (SUP-6)', async () => {
      const byTm = await mutate(TM, 'draftSupervisionLearningSummary', draft);
      expect(refusal(byTm)).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      const noLearning = await mutate(HOS, 'draftSupervisionLearningSummary', { ...draft, learning: '   ' });
      expect(refusal(noLearning)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.FIELD_REQUIRED', field: 'learning', rule: 'SUP-6' });
    });
  });

  describe('When a Head of Service writes, revises and submits the quarter summary, and DMT reviews it (SUP-6)', () => {
    it('should keep one summary for the quarter, revised while a draft, with the service area from the staff list', async () => {
      const first = await run(HOS, 'draftSupervisionLearningSummary', draft);
      expect(first.id).toBe(`${HOS}-${THIS_QUARTER}`);
      expect((await missing(THIS_QUARTER, first.position)).map((m) => [m['headOfServiceId'], m['status']])).toEqual([
        [HOS, 'DRAFT'],
        [OTHER_HOS, 'NOT_WRITTEN'],
      ]);
      const revised = await run(HOS, 'draftSupervisionLearningSummary', { ...draft, learning: 'Reflective discussion is strong; compliance checks before supervision are patchy' });
      expect(revised.id).toBe(first.id);
      expect(await summary(HOS, THIS_QUARTER, revised.position)).toMatchObject({
        id: first.id,
        quarter: THIS_QUARTER,
        serviceAreaId: 'assess',
        status: 'DRAFT',
        learning: 'Reflective discussion is strong; compliance checks before supervision are patchy',
        themes: ['Recording of rationale', 'Drift in CIN cases'],
        supervisionAuditIds: draft.supervisionAuditIds,
        submittedAt: null,
        revision: 1,
      });
    });

    it('should refuse DMT review of a draft (SUP-6)', async () => {
      const response = await mutate(DMT, 'recordDmtReviewOfSupervisionLearningSummary', { headOfServiceId: HOS, quarter: THIS_QUARTER, reviewDate: today(), comments: 'Too early' });
      expect(refusal(response)).toMatchObject({ code: 'CONFLICT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.NOT_SUBMITTED', rule: 'SUP-6' });
    });

    it('should submit it, take it off the missing list and refuse any change after (SUP-6)', async () => {
      const submitted = await run(HOS, 'submitSupervisionLearningSummary', { quarter: THIS_QUARTER });
      expect((await missing(THIS_QUARTER, submitted.position)).map((m) => m['headOfServiceId'])).toEqual([OTHER_HOS]);
      const awaiting = dataOf(
        await graphql(app, `query ($p: String) { supervisionLearningSummaries(filter: { status: SUBMITTED }, atLeastPosition: $p) { id } }`, { p: submitted.position }, tokens[DMT]),
      ).supervisionLearningSummaries;
      expect(awaiting).toEqual([{ id: `${HOS}-${THIS_QUARTER}` }]);

      const again = await mutate(HOS, 'draftSupervisionLearningSummary', draft);
      expect(refusal(again)).toMatchObject({ code: 'CONFLICT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.ALREADY_SUBMITTED', field: 'quarter', rule: 'SUP-6' });
    });

    it('should refuse a review by a Head of Service, or dated after today (SUP-6)', async () => {
      const byHos = await mutate(OTHER_HOS, 'recordDmtReviewOfSupervisionLearningSummary', { headOfServiceId: HOS, quarter: THIS_QUARTER, reviewDate: today(), comments: 'Seen' });
      expect(refusal(byHos)).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const ahead = await mutate(DMT, 'recordDmtReviewOfSupervisionLearningSummary', { headOfServiceId: HOS, quarter: THIS_QUARTER, reviewDate: tomorrow, comments: 'Seen' });
      expect(refusal(ahead)).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.REVIEW_IN_FUTURE', field: 'reviewDate', rule: 'SUP-6' });
    });

    it("should record DMT's review with its comments, once (SUP-6)", async () => {
      const reviewed = await run(DMT, 'recordDmtReviewOfSupervisionLearningSummary', {
        headOfServiceId: HOS,
        quarter: THIS_QUARTER,
        reviewDate: today(),
        comments: 'Workforce development to pick up the recording of rationale',
      });
      expect(await summary(HOS, THIS_QUARTER, reviewed.position)).toMatchObject({
        status: 'REVIEWED',
        dmtReview: { reviewedBy: DMT, reviewDate: today(), comments: 'Workforce development to pick up the recording of rationale' },
      });
      const twice = await mutate(DMT, 'recordDmtReviewOfSupervisionLearningSummary', { headOfServiceId: HOS, quarter: THIS_QUARTER, reviewDate: today(), comments: 'Again' });
      expect(refusal(twice)).toMatchObject({ code: 'CONFLICT', errorCode: 'SUPERVISION_LEARNING_SUMMARY.ALREADY_REVIEWED', rule: 'SUP-6' });
      expect((await missing(THIS_QUARTER, reviewed.position)).map((m) => m['headOfServiceId'])).toEqual([OTHER_HOS]);
    });

    it('should answer null for a quarter a Head of Service has not written', async () => {
      expect(await summary(OTHER_HOS, THIS_QUARTER, null)).toBeNull();
    });
  });
});
