import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

// From the staff fixture: hos-001 heads "assess" (tm-001 and tm-002 report to them), hos-002
// heads "care" (tm-003).
const client = receiptClient({
  draftObservationLearningReport: 'DraftObservationLearningReportInput',
  submitObservationLearningReport: 'SubmitObservationLearningReportInput',
});

const REPORT_FIELDS = 'id status headOfServiceId year serviceAreaId learning themes strengths areasForDevelopment firstDraftedAt lastDraftedAt submittedAt revision lastUpdatedAt';

const LAST_YEAR = new Date().getUTCFullYear() - 1;

const report = (overrides: Record<string, unknown> = {}) => ({
  year: LAST_YEAR,
  serviceAreaId: 'assess',
  learning: 'Children were seen alone on most visits; risk analysis was weaker',
  themes: ['Risk analysis', 'Direct work with children'],
  strengths: 'Relationship-based practice with families',
  areasForDevelopment: 'Analysis of risk from new partners',
  ...overrides,
});

describe('Observation learning reports (OBS-6) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let hos: string;
  let otherHos: string;
  let tm: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    hos = await tokenFor('hos-001', 'HEAD_OF_SERVICE');
    otherHos = await tokenFor('hos-002', 'HEAD_OF_SERVICE');
    tm = await tokenFor('tm-001', 'TEAM_MANAGER');
    const sqa = await tokenFor('sqam-001', 'SQA_MANAGER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(
      await graphql(
        app,
        `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`,
        { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM },
        sqa,
      ),
    );
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  async function read(headOfServiceId: string, year: number, p: string | null): Promise<Record<string, any> | null> {
    return dataOf(
      await graphql(
        app,
        `query ($h: ID!, $y: Int!, $p: String) { observationLearningReport(headOfServiceId: $h, year: $y, atLeastPosition: $p) { ${REPORT_FIELDS} } }`,
        { h: headOfServiceId, y: year, p },
        hos,
      ),
    ).observationLearningReport;
  }

  async function missing(year: number, asOf: string, p: string | null = null): Promise<Record<string, any>[]> {
    return dataOf(
      await graphql(
        app,
        `query ($y: Int!, $asOf: String, $p: String) { headsOfServiceWithoutObservationLearningReport(year: $y, asOf: $asOf, atLeastPosition: $p) { staffId name year reportStatus dueBy overdue } }`,
        { y: year, asOf, p },
        await tokenFor('sqam-001', 'SQA_MANAGER'), // every Head of Service's line: S&QA's view (issue 6 item 2)
      ),
    ).headsOfServiceWithoutObservationLearningReport;
  }

  describe('When no Head of Service has reported for last year (OBS-6)', () => {
    it('should list every Head of Service as not submitted, overdue after the year', async () => {
      expect(await missing(LAST_YEAR, `${LAST_YEAR + 1}-01-15`)).toEqual([
        { staffId: 'hos-001', name: 'Callum Pemberton', year: LAST_YEAR, reportStatus: 'NOT_STARTED', dueBy: `${LAST_YEAR}-12-31`, overdue: true },
        { staffId: 'hos-002', name: 'Nadia Fairweather', year: LAST_YEAR, reportStatus: 'NOT_STARTED', dueBy: `${LAST_YEAR}-12-31`, overdue: true },
      ]);
    });
  });

  describe('When input breaks a rule (OBS-6)', () => {
    it('should refuse anyone but a Head of Service, and record nothing', async () => {
      const response = await client.mutate(app, tm, 'draftObservationLearningReport', report());
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      expect(await store.readStream(`observationLearningReport-tm-001-${LAST_YEAR}`)).toEqual([]);
    });

    it('should refuse a service area the Head of Service does not head, naming the field', async () => {
      const response = await client.mutate(app, hos, 'draftObservationLearningReport', report({ serviceAreaId: 'care' }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceAreaId', rule: 'OBS-6' });
      expect(response.errors?.[0]?.message).toMatch(/you head assess/);
    });

    it('should refuse a year not yet begun, naming the field', async () => {
      const response = await client.mutate(app, hos, 'draftObservationLearningReport', report({ year: LAST_YEAR + 2 }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ errorCode: 'OBSERVATION_LEARNING_REPORT.YEAR_IN_FUTURE', field: 'year', rule: 'OBS-6' });
    });

    it('should refuse a report with no theme or no learning, naming the field', async () => {
      const noTheme = await client.mutate(app, hos, 'draftObservationLearningReport', report({ themes: [] }));
      expect(noTheme.errors?.[0]?.extensions).toMatchObject({ field: 'themes', rule: 'OBS-6' });
      const noLearning = await client.mutate(app, hos, 'draftObservationLearningReport', report({ learning: ' ' }));
      expect(noLearning.errors?.[0]?.extensions).toMatchObject({ field: 'learning', rule: 'OBS-6' });
    });

    it('should refuse submitting a report not written (OBS-6)', async () => {
      const response = await client.mutate(app, otherHos, 'submitObservationLearningReport', { year: LAST_YEAR });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', errorCode: 'OBSERVATION_LEARNING_REPORT.NOT_DRAFTED', rule: 'OBS-6' });
    });
  });

  describe('When a Head of Service drafts, redrafts and submits the year’s report (OBS-6)', () => {
    let position: string | null;

    beforeAll(async () => {
      await client.run(app, hos, 'draftObservationLearningReport', report());
      position = (await client.run(app, hos, 'draftObservationLearningReport', report({ strengths: 'Clear, child-centred plans' }))).position;
    });

    it('should read the draft back and still list the Head of Service as not submitted', async () => {
      expect(await read('hos-001', LAST_YEAR, position)).toMatchObject({
        id: `hos-001-${LAST_YEAR}`,
        status: 'DRAFT',
        serviceAreaId: 'assess',
        themes: ['Risk analysis', 'Direct work with children'],
        strengths: 'Clear, child-centred plans',
        submittedAt: null,
        revision: 1,
      });
      expect((await missing(LAST_YEAR, `${LAST_YEAR + 1}-01-15`, position)).map((h) => [h.staffId, h.reportStatus])).toEqual([
        ['hos-001', 'DRAFT'],
        ['hos-002', 'NOT_STARTED'],
      ]);
    });

    it('should submit it once: no longer listed, a second report for the year refused', async () => {
      const receipt = await client.run(app, hos, 'submitObservationLearningReport', { year: LAST_YEAR });
      expect(await read('hos-001', LAST_YEAR, receipt.position)).toMatchObject({ status: 'SUBMITTED', submittedAt: expect.any(String) });
      expect((await missing(LAST_YEAR, `${LAST_YEAR + 1}-01-15`, receipt.position)).map((h) => h.staffId)).toEqual(['hos-002']);
      const again = await client.mutate(app, hos, 'draftObservationLearningReport', report({ learning: 'A second view' }));
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'OBSERVATION_LEARNING_REPORT.ALREADY_SUBMITTED', field: 'year', rule: 'OBS-6' });
      const resubmitted = await client.run(app, hos, 'submitObservationLearningReport', { year: LAST_YEAR });
      expect(resubmitted.revision).toBe(receipt.revision);
    });

    it('should list reports by service area and status', async () => {
      const listed = dataOf(
        await graphql(app, `query { observationLearningReports(filter: { serviceAreaId: "assess", status: SUBMITTED }) { id year } }`, {}, hos),
      ).observationLearningReports;
      expect(listed).toEqual([{ id: `hos-001-${LAST_YEAR}`, year: LAST_YEAR }]);
    });
  });
});
