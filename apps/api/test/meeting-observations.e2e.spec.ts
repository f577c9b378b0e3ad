import type { INestApplication } from '@nestjs/common';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { MEETING_AREA_KEYS } from '../../../libs/domain/src/index.js';
import { EVENT_STORE } from '../src/infrastructure/tokens.js';
import { FIXTURE_EFFECTIVE_FROM, STAFF_CSV } from '../src/people/testing/people-fixtures.js';
import { dataOf, givenStaff, graphql, receiptClient, staffRows, startApp, tempSqlitePath, tokenFor, type GraphQLResponse, type Receipt } from './api-test-support.js';

// The staff file (projections/staff/fixtures) has two Heads of Service, a chief officer and a director.
const HOS = 'hos-001';
const OTHER_HOS = 'hos-002';
const CHIEF_OFFICER = 'co-001';
const DIRECTOR = 'dir-001';
const TM = 'tm-001';
const CHAIR = 'iro-001';

const { mutate, run } = receiptClient({
  startMeetingObservation: 'StartMeetingObservationInput',
  judgeMeetingArea: 'JudgeMeetingAreaInput',
  completeMeetingObservation: 'CompleteMeetingObservationInput',
  recordMeetingDiscussionWithChair: 'RecordMeetingDiscussionWithChairInput',
  agreeMeetingLearningAndActions: 'AgreeMeetingLearningAndActionsInput',
  recordMeetingObservationCopySentToSqa: 'RecordMeetingObservationCopySentToSqaInput',
});

const OBSERVATION_FIELDS = `
  id observerId observerRole meetingType meetingTypeTitle conferenceStage meetingDate chairId azeusNumber teamId serviceAreaId status
  areas { area title judgement comment judgedAt } areasJudged
  discussionWithChair { heldOn notes recordedAt }
  sharedRecord { learning actions { actionId description ownerId managerId timescale } agreedBy agreedAt }
  copySentToSqaAt copySentToSqaBy nextStep startedAt completedAt revision lastUpdatedAt
`;

/** Dates relative to the server's clock: the domain refuses meetings in the future and timescales in the past. */
function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}
const TODAY = day(0);
const YEAR = TODAY.slice(0, 4);

describe('Observation of meetings (MTG-1..MTG-4) over GraphQL', () => {
  const db = tempSqlitePath();
  let app: INestApplication;
  let store: EventStore;
  let hos: string;
  let otherHos: string;
  let director: string;
  let teamManager: string;

  beforeAll(async () => {
    app = await startApp({ SQLITE_PATH: db.path });
    store = app.get<EventStore>(EVENT_STORE);
    hos = await tokenFor(HOS, 'HEAD_OF_SERVICE');
    otherHos = await tokenFor(OTHER_HOS, 'HEAD_OF_SERVICE');
    director = await tokenFor(DIRECTOR, 'DIRECTOR');
    teamManager = await tokenFor(TM, 'TEAM_MANAGER');
    const sqaManager = await tokenFor('sqam-001', 'SQA_MANAGER');
    await givenStaff(app, staffRows(STAFF_CSV, ['dir-001', 'co-001', 'sqam-001']), { effectiveFrom: FIXTURE_EFFECTIVE_FROM });
    dataOf(
      await graphql(
        app,
        `mutation ($csv: String!, $effectiveFrom: String) { importStaff(csv: $csv, effectiveFrom: $effectiveFrom) { position } }`,
        { csv: STAFF_CSV, effectiveFrom: FIXTURE_EFFECTIVE_FROM },
        sqaManager,
      ),
    );
  });

  afterAll(async () => {
    await app.close();
    db.remove();
  });

  async function read(id: string, atLeastPosition: string | null): Promise<Record<string, any>> {
    return dataOf(
      await graphql(app, `query ($id: ID!, $p: String) { meetingObservation(id: $id, atLeastPosition: $p) { ${OBSERVATION_FIELDS} } }`, { id, p: atLeastPosition }, hos),
    ).meetingObservation;
  }

  /** The response of a refused mutation, and whether the log moved. */
  async function refused(token: string, mutation: Parameters<typeof mutate>[2], input: Record<string, unknown>): Promise<{ response: GraphQLResponse<Record<string, Receipt>>; appended: boolean }> {
    const before = await store.headPosition();
    const response = await mutate(app, token, mutation, input);
    return { response, appended: (await store.headPosition()) !== before };
  }

  const coreGroup = { meetingType: 'CORE_GROUP', meetingDate: TODAY, chairId: 'sw-003', azeusNumber: 'AZ-300411', teamId: 'mash-north' };

  async function judgeAll(token: string, observationId: string, except: readonly string[] = []): Promise<Receipt | null> {
    let last: Receipt | null = null;
    for (const area of MEETING_AREA_KEYS.filter((a) => !except.includes(a))) {
      last = await run(app, token, 'judgeMeetingArea', {
        observationId,
        area,
        judgement: area === 'RISK' ? 'REQUIRES_IMPROVEMENT' : 'GOOD',
        comment: `Seen in the meeting: ${area}`,
      });
    }
    return last;
  }

  describe('When someone other than a HoS, the chief officer or the director starts an observation', () => {
    it('should refuse a team manager with FORBIDDEN naming MTG-1, and record nothing', async () => {
      const { response, appended } = await refused(teamManager, 'startMeetingObservation', coreGroup);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'ACCESS.ROLE_NOT_PERMITTED' });
      expect(appended).toBe(false);
    });
  });

  describe('When the meeting is not described as MTG-2 lists it', () => {
    it('should refuse a CP conference without its stage, and a meeting type that is not one of the seven', async () => {
      const { response, appended } = await refused(hos, 'startMeetingObservation', { ...coreGroup, meetingType: 'CP_CONFERENCE' });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'MEETING_OBSERVATION.CONFERENCE_STAGE_REQUIRED',
        field: 'conferenceStage',
        rule: 'MTG-2',
      });
      expect(appended).toBe(false);
      const unknownType = await mutate(app, hos, 'startMeetingObservation', { ...coreGroup, meetingType: 'TEAM_MEETING' });
      expect(unknownType.errors?.[0]?.message).toMatch(/MeetingType/);
    });
  });

  describe('When a Head of Service observes an initial CP conference, through to the copy sent to S&QA', () => {
    let id: string;
    let completionRefusal: { response: GraphQLResponse<Record<string, Receipt>>; appended: boolean };
    let last: Receipt;

    beforeAll(async () => {
      const started = await run(app, hos, 'startMeetingObservation', {
        meetingType: 'CP_CONFERENCE',
        conferenceStage: 'INITIAL',
        meetingDate: TODAY,
        chairId: CHAIR,
        azeusNumber: 'AZ-200117',
        teamId: 'mash-north',
        serviceAreaId: 'assess',
      });
      id = started.id;
      await judgeAll(hos, id, ['OVERALL_EFFECTIVENESS']);
      completionRefusal = await refused(hos, 'completeMeetingObservation', { observationId: id });
      await run(app, hos, 'judgeMeetingArea', { observationId: id, area: 'OVERALL_EFFECTIVENESS', judgement: 'GOOD', comment: 'A clear, child-centred plan' });
      last = await run(app, hos, 'completeMeetingObservation', { observationId: id });
    });

    it('should refuse completion while an area is not judged, naming it and MTG-3, and record nothing', () => {
      expect(completionRefusal.response.errors?.[0]).toMatchObject({
        message: expect.stringContaining('OVERALL_EFFECTIVENESS'),
        extensions: { code: 'BAD_USER_INPUT', errorCode: 'MEETING_OBSERVATION.AREAS_NOT_JUDGED', field: 'areas', rule: 'MTG-3' },
      });
      expect(completionRefusal.appended).toBe(false);
    });

    it('should read back the meeting and all fourteen areas judged, the next step being the discussion with the chair (MTG-2, MTG-3)', async () => {
      const observation = await read(id, last.position);
      expect(observation).toMatchObject({
        observerId: HOS,
        observerRole: 'HEAD_OF_SERVICE',
        meetingType: 'CP_CONFERENCE',
        meetingTypeTitle: 'Child Protection Conference – Initial/ Review',
        conferenceStage: 'INITIAL',
        meetingDate: TODAY,
        chairId: CHAIR,
        status: 'COMPLETED',
        areasJudged: 14,
        nextStep: 'DISCUSS_WITH_CHAIR',
        discussionWithChair: null,
        sharedRecord: null,
      });
      expect(observation.areas.map((a: { title: string }) => a.title)).toHaveLength(14);
      expect(observation.areas[0]).toMatchObject({ area: 'FOCUS_ON_THE_CHILD', title: 'The focus on the child', judgement: 'GOOD' });
      expect(observation.areas[13]).toMatchObject({ title: 'Overall effectiveness', judgement: 'GOOD', comment: 'A clear, child-centred plan' });
    });

    it('should refuse a changed judgement once completed (MTG-3)', async () => {
      const { response, appended } = await refused(hos, 'judgeMeetingArea', { observationId: id, area: 'RISK', judgement: 'INADEQUATE', comment: 'On reflection' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'MEETING_OBSERVATION.COMPLETED', rule: 'MTG-3' });
      expect(appended).toBe(false);
    });

    it('should let only the observer record the discussion with the chair', async () => {
      const { response, appended } = await refused(director, 'recordMeetingDiscussionWithChair', { observationId: id, heldOn: TODAY, notes: 'x' });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', errorCode: 'MEETING_OBSERVATION.NOT_THE_OBSERVER' });
      expect(appended).toBe(false);
    });

    it('should discuss with the chair, agree the shared record of learning and actions, and send a copy to S&QA, in that order (MTG-4)', async () => {
      const early = await refused(hos, 'agreeMeetingLearningAndActions', { observationId: id, learning: 'x', actions: [] });
      expect(early.response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'MEETING_OBSERVATION.NOT_DISCUSSED', rule: 'MTG-4' });
      expect(early.appended).toBe(false);

      await run(app, hos, 'recordMeetingDiscussionWithChair', { observationId: id, heldOn: TODAY, notes: 'The chair agreed health were not heard' });

      const action = { actionId: 'mtg-e2e-a1', description: 'Invite the GP to every initial conference', ownerId: CHAIR, managerId: 'sqam-001', timescale: day(30) };
      const sameManager = await refused(hos, 'agreeMeetingLearningAndActions', {
        observationId: id,
        learning: 'Health partners were missing',
        actions: [{ ...action, managerId: CHAIR }],
      });
      expect(sameManager.response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        errorCode: 'MEETING_OBSERVATION.MANAGER_IS_OWNER',
        field: 'actions.0.managerId',
        rule: 'MTG-4',
      });
      expect(sameManager.appended).toBe(false);

      const copyTooEarly = await refused(hos, 'recordMeetingObservationCopySentToSqa', { observationId: id });
      expect(copyTooEarly.response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'MEETING_OBSERVATION.NOT_AGREED', rule: 'MTG-4' });

      await run(app, hos, 'agreeMeetingLearningAndActions', { observationId: id, learning: 'Health partners were missing', actions: [action] });
      const copied = await run(app, hos, 'recordMeetingObservationCopySentToSqa', { observationId: id });

      const observation = await read(id, copied.position);
      expect(observation).toMatchObject({
        nextStep: 'DONE',
        discussionWithChair: { heldOn: TODAY, notes: 'The chair agreed health were not heard' },
        sharedRecord: { learning: 'Health partners were missing', actions: [action], agreedBy: HOS },
        copySentToSqaBy: HOS,
      });
      expect(observation.copySentToSqaAt).toEqual(expect.any(String));

      const again = await refused(hos, 'recordMeetingObservationCopySentToSqa', { observationId: id });
      expect(again.response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', errorCode: 'MEETING_OBSERVATION.COPY_ALREADY_SENT', rule: 'MTG-4' });
      expect(again.appended).toBe(false);
    });
  });

  describe('When the MTG-1 duty for the year is read', () => {
    let position: string | null;
    let inProgressId: string;

    beforeAll(async () => {
      const second = await run(app, hos, 'startMeetingObservation', coreGroup);
      await judgeAll(hos, second.id);
      await run(app, hos, 'completeMeetingObservation', { observationId: second.id });
      const started = await run(app, otherHos, 'startMeetingObservation', { ...coreGroup, meetingType: 'LEGAL_PLANNING_MEETING', chairId: HOS });
      inProgressId = started.id;
      position = started.position;
    });

    it('should list every HoS (two a year), the chief officer and the director (one a year) with done and remaining (MTG-1)', async () => {
      const { meetingObservationDuty } = dataOf(
        await graphql(
          app,
          `query ($period: String!, $p: String) {
            meetingObservationDuty(period: $period, atLeastPosition: $p) {
              period from to rolesAsAt met notMet
              observers { observerId name role required done remaining met doneObservationIds inProgressObservationIds }
            }
          }`,
          { period: YEAR, p: position },
          director,
        ),
      );
      expect(meetingObservationDuty).toMatchObject({ period: YEAR, from: `${YEAR}-01-01`, to: `${YEAR}-12-31`, rolesAsAt: TODAY, met: 1, notMet: 3 });
      expect(
        meetingObservationDuty.observers.map((o: Record<string, unknown>) => [o['observerId'], o['role'], o['required'], o['done'], o['remaining'], o['met']]),
      ).toEqual([
        [HOS, 'HEAD_OF_SERVICE', 2, 2, 0, true],
        [OTHER_HOS, 'HEAD_OF_SERVICE', 2, 0, 2, false],
        [CHIEF_OFFICER, 'CHIEF_OFFICER', 1, 0, 1, false],
        [DIRECTOR, 'DIRECTOR', 1, 0, 1, false],
      ]);
      expect(meetingObservationDuty.observers[1].inProgressObservationIds).toEqual([inProgressId]);
    });

    it('should narrow to one role, and refuse a period that is not a year or half-year', async () => {
      const { meetingObservationDuty } = dataOf(
        await graphql(app, `query ($period: String!) { meetingObservationDuty(period: $period, role: DIRECTOR) { observers { observerId required } } }`, { period: `${YEAR}-H2` }, director),
      );
      expect(meetingObservationDuty.observers).toEqual([{ observerId: DIRECTOR, required: 1 }]);
      const bad = await graphql(app, `query { meetingObservationDuty(period: "${YEAR}-Q1") { period } }`, {}, director);
      expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(bad.errors)).toContain('period');
    });

    it('should list observations by observer and by what remains to be done (MTG-4)', async () => {
      const byObserver = dataOf(
        await graphql(app, `query ($p: String) { meetingObservations(filter: { observerId: "${HOS}" }, atLeastPosition: $p) { id meetingType nextStep } }`, { p: position }, hos),
      ).meetingObservations;
      expect(byObserver.map((o: { meetingType: string; nextStep: string }) => [o.meetingType, o.nextStep]).sort()).toEqual([
        ['CORE_GROUP', 'DISCUSS_WITH_CHAIR'],
        ['CP_CONFERENCE', 'DONE'],
      ]);
      const toJudge = dataOf(
        await graphql(app, `query { meetingObservations(filter: { nextStep: JUDGE_AREAS, meetingType: LEGAL_PLANNING_MEETING }) { id observerId } }`, {}, hos),
      ).meetingObservations;
      expect(toJudge).toEqual([{ id: inProgressId, observerId: OTHER_HOS }]);
    });
  });
});
