import { MEETING_AREA_KEYS, MEETING_OBSERVATION_EVENT_TYPES, type MeetingObservationEvent } from '../../libs/domain/src/meeting-observation/index.js';
import { AZEUS, CHAIR_ID, HOS_ID, NOW, OBSERVATION_ID, allJudged, events } from '../../libs/domain/src/meeting-observation/meeting-observation.fixtures.js';
import { staffEvents } from '../../libs/domain/src/staff/staff.fixtures.js';
import { fold } from '../staff/people.test-support.js';
import type { MeetingObservationDocument } from './meeting-observations.document.js';
import { evolveMeetingObservationDocument as evolve, meetingObservationsProjection } from './meeting-observations.projection.js';
import { getMeetingObservation, listMeetingObservations, meetingObservationDutyReport } from './meeting-observations.queries.js';
import { recorded, storeWith, stream } from './meeting-observations.test-support.js';

const wholeLife = (): MeetingObservationEvent[] => [...allJudged(), events.completed(), events.discussed(), events.agreed(), events.copySent()];

describe('meetingObservations projection (MTG-1..MTG-4)', () => {
  it('should be meetingObservations v1, handling every meeting observation event, keyed by the observation id', () => {
    expect(meetingObservationsProjection).toMatchObject({ name: 'meetingObservations', version: 1, collection: { name: 'meetingObservations.v1' } });
    expect([...meetingObservationsProjection.handles].sort()).toEqual([...MEETING_OBSERVATION_EVENT_TYPES].sort());
    const [first] = stream([events.started()]);
    expect(meetingObservationsProjection.documentIds(first!)).toEqual([OBSERVATION_ID]);
    expect(meetingObservationsProjection.documentIds({ ...first!, streamId: 'practiceObservation-x' })).toEqual([]);
  });

  describe('When an observation is started and three areas judged', () => {
    it('should show the meeting, fourteen rows with three judged, and the areas still to judge (MTG-2, MTG-3)', () => {
      const document = fold(evolve, stream([events.started(), events.judged('FOCUS_ON_THE_CHILD', 'OUTSTANDING', 'Child\'s voice central'), events.judged('RISK', 'INADEQUATE', 'No contingency plan'), events.judged('RISK', 'REQUIRES_IMPROVEMENT', 'Contingency plan thin')]))!;
      expect(document).toMatchObject({
        id: OBSERVATION_ID,
        observerId: HOS_ID,
        observerRole: 'HEAD_OF_SERVICE',
        meetingType: 'CP_CONFERENCE',
        meetingTypeTitle: 'Child Protection Conference – Initial/ Review',
        conferenceStage: 'INITIAL',
        chairId: CHAIR_ID,
        azeusNumber: AZEUS,
        status: 'IN_PROGRESS',
        areasJudged: 2,
        nextStep: 'JUDGE_AREAS',
        revision: 3,
      });
      expect(document.areas).toHaveLength(14);
      expect(document.areas[0]).toEqual({ area: 'FOCUS_ON_THE_CHILD', title: 'The focus on the child', judgement: 'OUTSTANDING', comment: "Child's voice central", judgedAt: NOW });
      expect(document.areas.find((a) => a.area === 'RISK')).toMatchObject({ judgement: 'REQUIRES_IMPROVEMENT', comment: 'Contingency plan thin' });
      expect(document.areas[13]).toMatchObject({ title: 'Overall effectiveness', judgement: null });
    });
  });

  describe('When each step of the record is taken', () => {
    it('should say what the observer does next, to DONE once the copy is sent to S&QA (MTG-3, MTG-4)', () => {
      const history = wholeLife();
      const stepAfter = (n: number) => fold(evolve, stream(history.slice(0, n)))!.nextStep;
      expect(stepAfter(1 + MEETING_AREA_KEYS.length)).toBe('COMPLETE');
      expect(stepAfter(history.length - 3)).toBe('DISCUSS_WITH_CHAIR');
      expect(stepAfter(history.length - 2)).toBe('AGREE_LEARNING_AND_ACTIONS');
      expect(stepAfter(history.length - 1)).toBe('SEND_COPY_TO_SQA');
      const done = fold(evolve, stream(history))!;
      expect(done).toMatchObject({
        status: 'COMPLETED',
        completedAt: NOW,
        areasJudged: 14,
        nextStep: 'DONE',
        discussionWithChair: { heldOn: '2025-06-11', notes: 'The chair agreed the plan was not SMART', recordedAt: NOW },
        sharedRecord: { learning: 'Health partners were missing from the decision', agreedBy: HOS_ID, agreedAt: NOW },
        copySentToSqaAt: NOW,
        copySentToSqaBy: HOS_ID,
      });
      expect(done.sharedRecord!.actions).toEqual([
        { actionId: 'mo-1-a1', description: 'Invite the school nurse to every core group', ownerId: 'tm-001', managerId: HOS_ID, timescale: '2025-07-31' },
      ]);
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const history = stream(wholeLife());
      const once = fold(evolve, history);
      const twice = history.reduce<MeetingObservationDocument | null>((d, e) => evolve(evolve(d, e), e), null);
      expect(twice).toEqual(once);
      expect(evolve(once, history[3]!)).toBe(once);
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw, and keep what it knows', () => {
      expect(evolve(null, recorded({ type: 'MeetingObservationStarted', data: 'garbage' }, 0, { observationId: 'x' }))).toBeNull();
      expect(evolve(null, recorded({ type: 'MeetingObservationStarted', data: {} }, 0))).toBeNull();
      expect(evolve(null, recorded(events.judged('RISK'), 1))).toBeNull();
      const started = fold(evolve, stream([events.started()]))!;
      expect(evolve(started, recorded({ type: 'MeetingObservationAreaJudged', data: { area: 'VENUE', judgement: 'GOOD' } }, 1))).toMatchObject({ revision: 1, areasJudged: 0 });
      expect(evolve(started, recorded({ type: 'MeetingObservationLearningAndActionsAgreed', data: { actions: 'junk' } }, 2))).toMatchObject({
        sharedRecord: { actions: [] },
      });
      expect(evolve(started, recorded({ type: 'SomethingNew', data: {} }, 3))).toBe(started);
    });
  });

  describe('When meeting observations are queried', () => {
    const completedOn = (meetingDate: string): MeetingObservationEvent[] => [
      events.started({ meetingDate }),
      ...MEETING_AREA_KEYS.map((area) => events.judged(area)),
      events.completed(),
    ];

    it('should find one by id and list by observer, type, case, next step and meeting dates (MTG-2, MTG-4)', async () => {
      const store = await storeWith({
        a: completedOn('2025-03-14'),
        b: [events.started({ meetingType: 'ARP', conferenceStage: null, azeusNumber: null, meetingDate: '2025-05-02' })],
        c: [events.started({ observerId: 'dir-001', observerRole: 'DIRECTOR', meetingDate: '2025-01-20' })],
      });
      expect(await getMeetingObservation(store, 'b')).toMatchObject({ meetingType: 'ARP', azeusNumber: null });
      expect(await getMeetingObservation(store, 'nope')).toBeNull();
      expect((await listMeetingObservations(store)).map((d) => d.id)).toEqual(['c', 'a', 'b']);
      expect((await listMeetingObservations(store, { observerId: HOS_ID })).map((d) => d.id)).toEqual(['a', 'b']);
      expect((await listMeetingObservations(store, { meetingType: 'ARP' })).map((d) => d.id)).toEqual(['b']);
      expect((await listMeetingObservations(store, { azeusNumber: AZEUS, status: 'COMPLETED' })).map((d) => d.id)).toEqual(['a']);
      expect((await listMeetingObservations(store, { nextStep: 'DISCUSS_WITH_CHAIR' })).map((d) => d.id)).toEqual(['a']);
      expect((await listMeetingObservations(store, { from: '2025-02-01', to: '2025-04-30' })).map((d) => d.id)).toEqual(['a']);
    });

    it('should report the MTG-1 duty of every HoS, the chief officer and the director from the staff directory (MTG-1)', async () => {
      const person = (staffId: string, name: string, role: 'HEAD_OF_SERVICE' | 'CHIEF_OFFICER' | 'DIRECTOR' | 'TEAM_MANAGER') =>
        staffEvents.registered({ staffId, name, role, teamId: null, lineManagerId: null, startDate: '2020-01-01', inAsye: false });
      const store = await storeWith(
        {
          a: completedOn('2025-03-14'),
          b: completedOn('2025-09-03'),
          c: [events.started({ observerId: 'hos-002', meetingDate: '2025-04-01' })],
          d: [...completedOn('2025-02-11').map((e) => (e.type === 'MeetingObservationStarted' ? { ...e, data: { ...e.data, observerId: 'co-001', observerRole: 'CHIEF_OFFICER' } } : e))] as MeetingObservationEvent[],
        },
        [
          person(HOS_ID, 'Callum Pemberton', 'HEAD_OF_SERVICE'),
          person('hos-002', 'Nadia Fairweather', 'HEAD_OF_SERVICE'),
          person('co-001', 'Imogen Thackeray', 'CHIEF_OFFICER'),
          person('dir-001', 'Rowan Ashcroft', 'DIRECTOR'),
          person('tm-001', 'Priyanka Desai', 'TEAM_MANAGER'),
        ],
      );
      const year = await meetingObservationDutyReport(store, { period: '2025', asOf: '2026-01-15' });
      expect(year).toMatchObject({ period: '2025', from: '2025-01-01', to: '2025-12-31', rolesAsAt: '2025-12-31', met: 2, notMet: 2 });
      expect(year.observers.map((o) => [o.observerId, o.name, o.role, o.required, o.done, o.remaining, o.met])).toEqual([
        [HOS_ID, 'Callum Pemberton', 'HEAD_OF_SERVICE', 2, 2, 0, true],
        ['hos-002', 'Nadia Fairweather', 'HEAD_OF_SERVICE', 2, 0, 2, false],
        ['co-001', 'Imogen Thackeray', 'CHIEF_OFFICER', 1, 1, 0, true],
        ['dir-001', 'Rowan Ashcroft', 'DIRECTOR', 1, 0, 1, false],
      ]);
      expect(year.observers[1]!.inProgressObservationIds).toEqual(['c']);

      const firstHalf = await meetingObservationDutyReport(store, { period: '2025-H1', asOf: '2025-05-01', role: 'HEAD_OF_SERVICE' });
      expect(firstHalf).toMatchObject({ rolesAsAt: '2025-05-01', to: '2025-06-30' });
      expect(firstHalf.observers.map((o) => [o.observerId, o.required, o.done, o.doneObservationIds])).toEqual([
        [HOS_ID, 1, 1, ['a']],
        ['hos-002', 1, 0, []],
      ]);
      expect((await meetingObservationDutyReport(store, { period: '2025', observerId: 'dir-001' })).observers.map((o) => o.observerId)).toEqual(['dir-001']);
      await expect(meetingObservationDutyReport(store, { period: '2025-Q3' })).rejects.toMatchObject({ code: 'MEETING_OBSERVATION.PERIOD_INVALID', field: 'period' });
    });
  });
});
