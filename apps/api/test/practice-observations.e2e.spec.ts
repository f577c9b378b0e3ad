import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor } from './api-test-support.js';

// From the staff fixture: tm-001 leads mash-north and is line-managed by hos-001; ap-001 is an AP
// there; sw-001 is newly qualified (ASYE from 2024-09-02); sw-002 needs performance support;
// sw-003 is a qualified social worker.
const TM = 'tm-001';
const HOS = 'hos-001';
const AP = 'ap-001';

const client = receiptClient({
  recordPracticeObservation: 'RecordPracticeObservationInput',
  rejudgePracticeObservationArea: 'RejudgePracticeObservationAreaInput',
  recordPracticeObservationWorkerComments: 'RecordPracticeObservationWorkerCommentsInput',
  recordPracticeObservationFeedback: 'RecordPracticeObservationFeedbackInput',
  sharePracticeObservationWithWorker: 'PracticeObservationIdInput',
  recordPracticeObservationReflectiveReview: 'RecordPracticeObservationReflectiveReviewInput',
  agreePracticeObservationActionPlan: 'AgreePracticeObservationActionPlanInput',
  linkPracticeObservationToPdr: 'LinkPracticeObservationToPdrInput',
  completePracticeObservation: 'PracticeObservationIdInput',
  sharePracticeObservationWithLineManager: 'SharePracticeObservationWithLineManagerInput',
  sharePracticeObservationWithSqa: 'PracticeObservationIdInput',
});

const OBSERVATION_FIELDS = `
  id status workerId workerRole workerIsAsye observerId observerRole activityObserved observedOn description wentWell needsDevelopment
  specificComments areas { area title judgement judgementDescriptor } otherComments workerComments feedback sharedWithWorkerAt
  reflectiveReview { setting heldOn notes } actionPlan { actionId description ownerId dueBy managerId azeusNumber teamId }
  pdrPriorities completedAt lineManagerId sharedWithLineManagerAt sharedWithSqaAt recordedAt revision lastUpdatedAt
`;

const DUE_FIELDS = 'workerId name asOf needsPerformanceSupport asye asyeStartedOn asyeScheduleMonths rule lastObservedOn nextDue overdue observationIds';

const AREAS = [
  { area: 'COMMUNICATION', judgement: 'GOOD' },
  { area: 'PREPARATION_AND_PROFESSIONALISM', judgement: 'OUTSTANDING' },
  { area: 'CHILD_FOCUS', judgement: 'GOOD' },
  { area: 'SAFEGUARDING_AND_RISK', judgement: 'FEW_SKILLS' },
  { area: 'LEADERSHIP', judgement: 'NOT_SEEN' },
  { area: 'DECISION_MAKING', judgement: 'GOOD' },
];

/** Dates relative to the server's clock: the domain refuses observations in the future. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

function monthsLater(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

const form = (overrides: Record<string, unknown> = {}) => ({
  workerId: 'sw-003',
  activityObserved: 'Home visit',
  observedOn: day(-10),
  description: 'A planned home visit; the worker led it and spoke with the child alone',
  wentWell: 'Warm, clear explanation of the plan to the mother',
  needsDevelopment: 'Risk from the new partner was not explored',
  specificComments: 'The child was seen alone',
  areas: AREAS,
  otherComments: 'Good use of the three houses tool',
  ...overrides,
});

describe('Practice observations (appendix C, OBS-1..OBS-5) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let tm: string;
  let ap: string;
  let worker: string;

  beforeAll(async () => {
    // OBS-3: the ASYE schedule is configuration; this service observes ASYE workers at 2 and 4 months.
    app = await startApp({ SQLITE_PATH: db.path, ASYE_OBSERVATION_MONTHS: '2,4' });
    store = app.get<EventStore>(EVENT_STORE);
    tm = await tokenFor(TM, 'TEAM_MANAGER');
    ap = await tokenFor(AP, 'ADVANCED_PRACTITIONER');
    worker = await tokenFor('sw-003', 'SOCIAL_WORKER');
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

  async function read(id: string, atLeastPosition: string | null): Promise<Record<string, any>> {
    return dataOf(
      await graphql(app, `query ($id: ID!, $p: String) { practiceObservation(id: $id, atLeastPosition: $p) { ${OBSERVATION_FIELDS} } }`, { id, p: atLeastPosition }, tm),
    ).practiceObservation;
  }

  async function due(workerId: string, extra: Record<string, unknown> = {}, token?: string): Promise<Record<string, any>> {
    return dataOf(
      await graphql(
        app,
        `query ($workerId: ID!, $asOf: String, $p: String, $asyeStartedOn: String) {
          practiceObservationDue(workerId: $workerId, asOf: $asOf, atLeastPosition: $p, asyeStartedOn: $asyeStartedOn) { ${DUE_FIELDS} }
        }`,
        { workerId, ...extra },
        token ?? tm,
      ),
    ).practiceObservationDue;
  }

  describe('When a team manager records the appendix C form (OBS-1, OBS-4)', () => {
    let observationId: string;
    let position: string | null;

    beforeAll(async () => {
      const receipt = await client.run(app, tm, 'recordPracticeObservation', form());
      observationId = receipt.id;
      position = receipt.position;
    });

    it('should read it back field for field, the worker role taken from the staff directory (OBS-4)', async () => {
      const observation = await read(observationId, position);
      expect(observation).toMatchObject({
        status: 'RECORDED',
        workerId: 'sw-003',
        workerRole: 'Social worker',
        workerIsAsye: false,
        observerId: TM,
        observerRole: 'TEAM_MANAGER',
        activityObserved: 'Home visit',
        observedOn: day(-10),
        specificComments: 'The child was seen alone',
        otherComments: 'Good use of the three houses tool',
        revision: 0,
      });
      expect(observation.areas).toEqual([
        { area: 'COMMUNICATION', title: 'Communication with child/family/professionals', judgement: 'GOOD', judgementDescriptor: 'A good level of skill seen' },
        { area: 'PREPARATION_AND_PROFESSIONALISM', title: 'Preparation and professionalism', judgement: 'OUTSTANDING', judgementDescriptor: 'Skills demonstrated were outstanding' },
        { area: 'CHILD_FOCUS', title: 'Ensuring the activity is child focussed', judgement: 'GOOD', judgementDescriptor: 'A good level of skill seen' },
        { area: 'SAFEGUARDING_AND_RISK', title: 'Robust safeguarding and Risk Management', judgement: 'FEW_SKILLS', judgementDescriptor: 'Few skills seen, but could improve' },
        { area: 'LEADERSHIP', title: 'Demonstration of leadership skills', judgement: 'NOT_SEEN', judgementDescriptor: 'Skills not seen at all' },
        { area: 'DECISION_MAKING', title: 'Quality of decision making', judgement: 'GOOD', judgementDescriptor: 'A good level of skill seen' },
      ]);
    });

    it('should make the worker due again 12 months after the observation (OBS-1)', async () => {
      expect(await due('sw-003', { p: position })).toMatchObject({
        rule: 'OBS-1',
        lastObservedOn: day(-10),
        nextDue: monthsLater(day(-10), 12),
        overdue: false,
        observationIds: [observationId],
      });
    });

    it('should list it by worker, observer and status (OBS-4)', async () => {
      const listed = dataOf(
        await graphql(
          app,
          `query ($filter: PracticeObservationFilter, $p: String) { practiceObservations(filter: $filter, atLeastPosition: $p) { id } }`,
          { filter: { workerId: 'sw-003', observerId: TM, status: 'RECORDED' }, p: position },
          tm,
        ),
      ).practiceObservations;
      expect(listed).toEqual([{ id: observationId }]);
    });
  });

  describe('When the form is incomplete or wrong (OBS-4)', () => {
    it('should refuse an area not judged, naming the area and OBS-4, and record nothing', async () => {
      const id = randomUUID();
      const response = await client.mutate(app, tm, 'recordPracticeObservation', form({ observationId: id, areas: AREAS.slice(0, 5) }));
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'PRACTICE_OBSERVATION.AREA_NOT_JUDGED',
        field: 'areas.DECISION_MAKING',
        rule: 'OBS-4',
      });
      expect(await store.readStream(`practiceObservation-${id}`)).toEqual([]);
    });

    it('should refuse an area judged twice, naming the field and OBS-4', async () => {
      const response = await client.mutate(app, tm, 'recordPracticeObservation', form({ areas: [...AREAS.slice(0, 5), { area: 'LEADERSHIP', judgement: 'GOOD' }] }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.areas' });
      expect(response.errors?.[0]?.message).toMatch(/OBS-4/);
    });

    it('should refuse a judgement off the four-point scale (OBS-4)', async () => {
      const response = await client.mutate(app, tm, 'recordPracticeObservation', form({ areas: [...AREAS.slice(0, 5), { area: 'DECISION_MAKING', judgement: 'SUPERB' }] }));
      expect(response.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(/PracticeJudgement/);
    });

    it('should refuse an observation dated in the future, naming observedOn', async () => {
      const response = await client.mutate(app, tm, 'recordPracticeObservation', form({ observedOn: day(5) }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ errorCode: 'PRACTICE_OBSERVATION.DATE_IN_FUTURE', field: 'observedOn' });
    });

    it("should refuse an empty 'went well', naming the field", async () => {
      const response = await client.mutate(app, tm, 'recordPracticeObservation', form({ wentWell: '  ' }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', errorCode: 'PRACTICE_OBSERVATION.FIELD_REQUIRED', field: 'wentWell' });
    });
  });

  describe('When someone other than a TM or an agreed AP observes (OBS-1, OBS-3)', () => {
    it('should refuse a social worker as observer (OBS-1)', async () => {
      const response = await client.mutate(app, worker, 'recordPracticeObservation', form({ workerId: 'sw-004' }));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });

    it('should refuse an AP observing a qualified worker without a local agreement (OBS-1)', async () => {
      const response = await client.mutate(app, ap, 'recordPracticeObservation', form());
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        errorCode: 'PRACTICE_OBSERVATION.ADVANCED_PRACTITIONER_NOT_AGREED',
        field: 'advancedPractitionerAgreed',
        rule: 'OBS-1',
      });
    });

    it('should let the AP observe a newly qualified worker, the ASYE flag taken from the staff directory (OBS-3)', async () => {
      const receipt = await client.run(app, ap, 'recordPracticeObservation', form({ workerId: 'sw-001' }));
      expect(await read(receipt.id, receipt.position)).toMatchObject({ workerIsAsye: true, observerRole: 'ADVANCED_PRACTITIONER' });
    });
  });

  describe('When due dates are asked (OBS-2, OBS-3)', () => {
    it('should use 6 months for a worker the directory shows needing support, overdue when never observed (OBS-2)', async () => {
      // sw-002 has left: no line manager in today's registry, so S&QA reads their staff data (issue 6 item 2).
      expect(await due('sw-002', { asOf: '2025-07-01' }, await tokenFor('sqam-001', 'SQA_MANAGER'))).toMatchObject({ rule: 'OBS-2', needsPerformanceSupport: true, nextDue: null, overdue: true });
    });

    it('should follow the configured ASYE schedule from the start of the ASYE year (OBS-3)', async () => {
      expect(await due('sw-001', { asOf: '2024-10-01' })).toMatchObject({
        rule: 'OBS-3',
        asye: true,
        asyeStartedOn: '2024-09-02',
        asyeScheduleMonths: [2, 4],
        lastObservedOn: null,
        nextDue: '2024-11-02',
        overdue: false,
      });
      expect(await due('sw-001', { asOf: '2024-11-03' })).toMatchObject({ nextDue: '2024-11-02', overdue: true });
    });

    it('should list a team with each worker’s rule (OBS-1..OBS-3)', async () => {
      const dues = dataOf(
        await graphql(app, `query { practiceObservationDueDates(teamId: "mash-north", asOf: "2025-07-01") { workerId rule } }`, {}, await tokenFor('sqam-001', 'SQA_MANAGER')),
      ).practiceObservationDueDates as { workerId: string; rule: string }[];
      expect(dues).toEqual(
        expect.arrayContaining([
          { workerId: 'sw-001', rule: 'OBS-3' },
          { workerId: 'sw-002', rule: 'OBS-2' },
          { workerId: 'sw-003', rule: 'OBS-1' },
        ]),
      );
    });

    it('should refuse a bad asOf, naming the argument', async () => {
      const response = await graphql(app, `query { practiceObservationDue(workerId: "sw-003", asOf: "soon") { nextDue } }`, {}, tm);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
    });
  });

  describe('When the observation is followed up to completion and shared (OBS-4, OBS-5)', () => {
    let id: string;
    let last: string | null;
    let actionIds: string[];

    beforeAll(async () => {
      id = (await client.run(app, tm, 'recordPracticeObservation', form({ observedOn: day(-3) }))).id;
    });

    it("should record the worker's own comments and the feedback of children, families and professionals (OBS-4)", async () => {
      await client.run(app, worker, 'recordPracticeObservationWorkerComments', { observationId: id, comments: 'I found the feedback fair' });
      last = (await client.run(app, tm, 'recordPracticeObservationFeedback', { observationId: id, feedback: 'Mother said she understood the plan' })).position;
      await client.run(app, tm, 'rejudgePracticeObservationArea', { observationId: id, area: 'LEADERSHIP', judgement: 'GOOD' }).then((r) => (last = r.position));
      const observation = await read(id, last);
      expect(observation).toMatchObject({ workerComments: 'I found the feedback fair', feedback: 'Mother said she understood the plan' });
      expect(observation.areas.find((a: { area: string }) => a.area === 'LEADERSHIP').judgement).toBe('GOOD');
    });

    it('should refuse the reflective review before the worker has seen it (OBS-5)', async () => {
      const response = await client.mutate(app, tm, 'recordPracticeObservationReflectiveReview', { observationId: id, setting: 'AFTER_OBSERVATION', heldOn: day(-1) });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'PRACTICE_OBSERVATION.NOT_SHARED_WITH_WORKER', rule: 'OBS-5' });
    });

    it('should refuse completing it before it is shared, reviewed and linked to the PDR (OBS-5)', async () => {
      const response = await client.mutate(app, tm, 'completePracticeObservation', { observationId: id });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'OBS-5' });
    });

    it('should share it, hold the review and refuse a review dated before the observation (OBS-5)', async () => {
      await client.run(app, tm, 'sharePracticeObservationWithWorker', { observationId: id });
      const early = await client.mutate(app, tm, 'recordPracticeObservationReflectiveReview', { observationId: id, setting: 'NEXT_SUPERVISION', heldOn: day(-4) });
      expect(early.errors?.[0]?.extensions).toMatchObject({ errorCode: 'PRACTICE_OBSERVATION.DATE_BEFORE_OBSERVATION', field: 'heldOn', rule: 'OBS-5' });
      last = (await client.run(app, tm, 'recordPracticeObservationReflectiveReview', { observationId: id, setting: 'NEXT_SUPERVISION', heldOn: day(-1), notes: 'Agreed to explore risk' })).position;
      expect(await read(id, last)).toMatchObject({ reflectiveReview: { setting: 'NEXT_SUPERVISION', heldOn: day(-1), notes: 'Agreed to explore risk' } });
    });

    it("should agree the action plan with each action's manager (observer, or the observer's line manager), timescale, case and team (OBS-5)", async () => {
      last = (
        await client.run(app, tm, 'agreePracticeObservationActionPlan', {
          observationId: id,
          actions: [
            { description: 'Shadow a risk assessment', ownerId: 'sw-003', dueBy: day(60), azeusNumber: 'AZ-1001' },
            { description: 'Arrange the shadowing', ownerId: TM, dueBy: day(30) },
          ],
        })
      ).position;
      const plan = (await read(id, last)).actionPlan;
      expect(plan).toEqual([
        { actionId: expect.any(String), description: 'Shadow a risk assessment', ownerId: 'sw-003', dueBy: day(60), managerId: TM, azeusNumber: 'AZ-1001', teamId: 'mash-north' },
        { actionId: expect.any(String), description: 'Arrange the shadowing', ownerId: TM, dueBy: day(30), managerId: HOS, azeusNumber: null, teamId: 'mash-north' },
      ]);
      actionIds = plan.map((a: { actionId: string }) => a.actionId);
      expect(new Set(actionIds).size).toBe(2);
    });

    it('should refuse an action whose manager is its owner, naming the field (OBS-5)', async () => {
      const response = await client.mutate(app, tm, 'agreePracticeObservationActionPlan', {
        observationId: id,
        actions: [{ description: 'd', ownerId: 'sw-003', dueBy: day(60), managerId: 'sw-003' }],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actions[0].managerId', rule: 'OBS-5' });
    });

    it('should link it to the PDR, complete it and then refuse a changed judgement (OBS-4, OBS-5)', async () => {
      const empty = await client.mutate(app, tm, 'linkPracticeObservationToPdr', { observationId: id, priorities: [] });
      expect(empty.errors?.[0]?.extensions).toMatchObject({ field: 'priorities', rule: 'OBS-5' });
      await client.run(app, tm, 'linkPracticeObservationToPdr', { observationId: id, priorities: ['Risk analysis'] });
      last = (await client.run(app, tm, 'completePracticeObservation', { observationId: id })).position;
      expect(await read(id, last)).toMatchObject({ status: 'COMPLETED', pdrPriorities: ['Risk analysis'], actionPlan: [{ actionId: actionIds[0] }, { actionId: actionIds[1] }] });
      const rejudged = await client.mutate(app, tm, 'rejudgePracticeObservationArea', { observationId: id, area: 'LEADERSHIP', judgement: 'OUTSTANDING' });
      expect(rejudged.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'PRACTICE_OBSERVATION.COMPLETED', rule: 'OBS-4' });
    });

    it('should list it as awaiting sharing until shared with the line manager and S&QA (OBS-5)', async () => {
      const awaiting = async (p: string | null) =>
        (dataOf(await graphql(app, `query ($p: String) { practiceObservationsAwaitingSharing(observerId: "${TM}", atLeastPosition: $p) { id } }`, { p }, tm))
          .practiceObservationsAwaitingSharing as { id: string }[]).map((o) => o.id);
      expect(await awaiting(last)).toContain(id);
      await client.run(app, tm, 'sharePracticeObservationWithLineManager', { observationId: id });
      last = (await client.run(app, tm, 'sharePracticeObservationWithSqa', { observationId: id })).position;
      expect(await awaiting(last)).not.toContain(id);
      expect(await read(id, last)).toMatchObject({ lineManagerId: HOS, sharedWithLineManagerAt: expect.any(String), sharedWithSqaAt: expect.any(String) });
    });

    it('should refuse anyone but the observer sharing it', async () => {
      const response = await client.mutate(app, worker, 'sharePracticeObservationWithSqa', { observationId: id });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
    });
  });
});
