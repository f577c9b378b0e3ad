import { DeciderSpecification } from '../testing/decider-specification.js';
import { meetingObservationDecider } from './meeting-observation.decide.js';
import { MeetingObservationErrorCode as Code } from './meeting-observation.errors.js';
import {
  AZEUS,
  CHAIR_ID,
  HOS_ID,
  TEAM_ID,
  TM_ID,
  action,
  allJudged,
  commands,
  director,
  discussed,
  events,
} from './meeting-observation.fixtures.js';
import { MEETING_AREAS, MEETING_AREA_KEYS, MEETING_JUDGEMENTS, MEETING_TYPES } from './meeting-observation.values.js';

const spec = DeciderSpecification.for(meetingObservationDecider);

describe('Meeting observation', () => {
  describe('The lists of section 6', () => {
    it('should hold the seven key meetings word for word (MTG-2)', () => {
      expect(MEETING_TYPES.map((t) => t.title)).toEqual([
        'Child Protection Conference – Initial/ Review',
        'Strategy discussion/meeting',
        'Core Group meeting',
        'Looked After Child Review',
        'ARP (Access to Resources Panel)',
        'Legal Planning Meeting',
        'Child in Need Meeting',
      ]);
    });

    it('should hold the fourteen areas from the focus on the child to overall effectiveness (MTG-3)', () => {
      expect(MEETING_AREAS).toHaveLength(14);
      expect(MEETING_AREAS[0].title).toBe('The focus on the child');
      expect(MEETING_AREAS[7].title).toBe('Quality of decision-making - effective and timely');
      expect(MEETING_AREAS[13].title).toBe('Overall effectiveness');
      expect(new Set(MEETING_AREA_KEYS).size).toBe(14);
    });

    it('should judge on the four-point grade (MTG-3)', () => {
      expect(MEETING_JUDGEMENTS).toEqual(['OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE']);
    });
  });

  describe('When no observation is started', () => {
    it('should start one by a Head of Service, as its observer (MTG-1, MTG-2)', () => {
      spec.given([]).when(commands.start()).then(events.started());
    });

    it('should start one by the director of a meeting with no case and no stage (MTG-1, MTG-2)', () => {
      spec
        .given([])
        .when(commands.start({ meetingType: 'ARP', conferenceStage: null, azeusNumber: null, teamId: null }, director))
        .then(
          events.started({
            observerId: 'dir-001',
            observerRole: 'DIRECTOR',
            meetingType: 'ARP',
            conferenceStage: null,
            azeusNumber: null,
            teamId: null,
          }),
        );
    });

    it('should refuse a team manager as observer, naming MTG-1', () => {
      spec
        .given([])
        .when(commands.start({}, { staffId: TM_ID, role: 'TEAM_MANAGER' }))
        .thenThrows(Code.NOT_AN_OBSERVER, { kind: 'FORBIDDEN', rule: 'MTG-1' });
    });

    it('should refuse a meeting that is not one of the seven (MTG-2)', () => {
      spec.given([]).when(commands.start({ meetingType: 'TEAM_MEETING' })).thenThrows(Code.MEETING_TYPE_UNKNOWN, {
        kind: 'BAD_USER_INPUT',
        field: 'meetingType',
        rule: 'MTG-2',
      });
    });

    it('should require the stage of a CP conference and refuse one for another meeting (MTG-2)', () => {
      spec.given([]).when(commands.start({ conferenceStage: null })).thenThrows(Code.CONFERENCE_STAGE_REQUIRED, {
        field: 'conferenceStage',
        rule: 'MTG-2',
      });
      spec.given([]).when(commands.start({ meetingType: 'CORE_GROUP', conferenceStage: 'REVIEW' })).thenThrows(Code.CONFERENCE_STAGE_NOT_EXPECTED, {
        field: 'conferenceStage',
        rule: 'MTG-2',
      });
    });

    it('should refuse a meeting the observer chaired (MTG-4)', () => {
      spec.given([]).when(commands.start({ chairId: HOS_ID })).thenThrows(Code.OBSERVER_CHAIRED, { field: 'chairId', rule: 'MTG-4' });
    });

    it('should require the service the meeting was in (MTG-1)', () => {
      spec.given([]).when(commands.start({ teamId: null, serviceAreaId: ' ' })).thenThrows(Code.SERVICE_REQUIRED, {
        field: 'serviceAreaId',
        rule: 'MTG-1',
      });
    });

    it('should refuse a meeting date in the future or not a date, and a missing chair', () => {
      spec.given([]).when(commands.start({ meetingDate: '2025-06-13' })).thenThrows(Code.DATE_IN_FUTURE, { field: 'meetingDate' });
      spec.given([]).when(commands.start({ meetingDate: '2025-02-30' })).thenThrows(Code.INVALID_DATE, { field: 'meetingDate' });
      spec.given([]).when(commands.start({ chairId: '' })).thenThrows(Code.FIELD_REQUIRED, { field: 'chairId' });
    });

    it('should refuse anything else as not found', () => {
      spec.given([]).when(commands.judge('RISK')).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
    });
  });

  describe('When an observation is in progress', () => {
    it('should refuse starting it again', () => {
      spec.given([events.started()]).when(commands.start()).thenThrows(Code.ALREADY_STARTED, { kind: 'CONFLICT' });
    });

    it('should judge an area with its comment (MTG-3)', () => {
      spec
        .given([events.started()])
        .when(commands.judge('RISK', 'REQUIRES_IMPROVEMENT', 'Risk named but no contingency plan'))
        .then(events.judged('RISK', 'REQUIRES_IMPROVEMENT', 'Risk named but no contingency plan'));
    });

    it('should replace a judgement, and change nothing when it is the same (MTG-3)', () => {
      spec.given([events.started(), events.judged('RISK')]).when(commands.judge('RISK', 'INADEQUATE', 'No plan')).then(events.judged('RISK', 'INADEQUATE', 'No plan'));
      spec.given([events.started(), events.judged('RISK')]).when(commands.judge('RISK')).thenNothingHappens();
    });

    it('should refuse an unknown area, an unknown judgement and a missing comment, naming the field (MTG-3)', () => {
      spec.given([events.started()]).when(commands.judge('VENUE')).thenThrows(Code.AREA_UNKNOWN, { field: 'area', rule: 'MTG-3' });
      spec.given([events.started()]).when(commands.judge('RISK', 'FEW_SKILLS')).thenThrows(Code.JUDGEMENT_UNKNOWN, { field: 'judgement', rule: 'MTG-3' });
      spec.given([events.started()]).when(commands.judge('RISK', 'GOOD', '  ')).thenThrows(Code.COMMENT_REQUIRED, { field: 'comment', rule: 'MTG-3' });
    });

    it('should refuse completion until all fourteen areas are judged, naming those left (MTG-3)', () => {
      const error = spec
        .given(allJudged().slice(0, -1))
        .when(commands.complete())
        .thenThrows(Code.AREAS_NOT_JUDGED, { kind: 'BAD_USER_INPUT', field: 'areas', rule: 'MTG-3' });
      expect(error.message).toContain('OVERALL_EFFECTIVENESS');
    });

    it('should complete once all fourteen areas are judged (MTG-3)', () => {
      spec.given(allJudged()).when(commands.complete()).then(events.completed());
    });

    it('should let only the observer judge or complete', () => {
      spec.given(allJudged()).when(commands.judge('RISK', 'GOOD', 'x', director)).thenThrows(Code.NOT_THE_OBSERVER, { kind: 'FORBIDDEN' });
      spec.given(allJudged()).when(commands.complete(director)).thenThrows(Code.NOT_THE_OBSERVER, { kind: 'FORBIDDEN' });
    });

    it('should refuse the discussion with the chair before the record is completed (MTG-4)', () => {
      spec.given(allJudged()).when(commands.discuss()).thenThrows(Code.NOT_COMPLETED, { kind: 'CONFLICT', rule: 'MTG-4' });
    });
  });

  describe('When the record is completed', () => {
    const completed = () => [...allJudged(), events.completed()];

    it('should refuse a changed judgement (MTG-3)', () => {
      spec.given(completed()).when(commands.judge('RISK', 'INADEQUATE', 'Changed my mind')).thenThrows(Code.COMPLETED, { kind: 'CONFLICT', rule: 'MTG-3' });
    });

    it('should record the discussion with the chair (MTG-4)', () => {
      spec.given(completed()).when(commands.discuss()).then(events.discussed());
    });

    it('should refuse a discussion before the meeting, or in the future (MTG-4)', () => {
      spec.given(completed()).when(commands.discuss('2025-06-09')).thenThrows(Code.DATE_BEFORE_MEETING, { field: 'heldOn', rule: 'MTG-4' });
      spec.given(completed()).when(commands.discuss('2025-06-20')).thenThrows(Code.DATE_IN_FUTURE, { field: 'heldOn', rule: 'MTG-4' });
      spec.given(completed()).when(commands.discuss('2025-06-11', '')).thenThrows(Code.FIELD_REQUIRED, { field: 'notes', rule: 'MTG-4' });
    });

    it('should refuse the shared record before the discussion with the chair (MTG-4)', () => {
      spec.given(completed()).when(commands.agree()).thenThrows(Code.NOT_DISCUSSED, { kind: 'CONFLICT', rule: 'MTG-4' });
    });

    it('should refuse a copy to S&QA before the shared record is agreed (MTG-4)', () => {
      spec.given([...completed(), events.discussed()]).when(commands.copySent()).thenThrows(Code.NOT_AGREED, { kind: 'CONFLICT', rule: 'MTG-4' });
    });

    it('should let only the observer record the discussion', () => {
      spec.given(completed()).when(commands.discuss('2025-06-11', 'notes', { staffId: CHAIR_ID, role: 'CP_CHAIR' })).thenThrows(Code.NOT_THE_OBSERVER, {
        kind: 'FORBIDDEN',
      });
    });
  });

  describe('When the record is discussed with the chair', () => {
    it('should agree the shared record of learning and actions, carrying the case and team for each action (MTG-4)', () => {
      spec.given(discussed()).when(commands.agree()).then(events.agreed());
    });

    it('should agree learning with no action (MTG-4)', () => {
      spec.given(discussed()).when(commands.agree([])).thenEvents(([agreed]) => {
        expect(agreed).toMatchObject({ type: 'MeetingObservationLearningAndActionsAgreed', data: { actions: [], azeusNumber: AZEUS, teamId: TEAM_ID } });
      });
    });

    it('should refuse an action whose manager is its owner, a past timescale, a duplicate and missing learning (MTG-4)', () => {
      spec.given(discussed()).when(commands.agree([{ ...action, managerId: TM_ID }])).thenThrows(Code.MANAGER_IS_OWNER, {
        field: 'actions.0.managerId',
        rule: 'MTG-4',
      });
      spec.given(discussed()).when(commands.agree([{ ...action, timescale: '2025-06-11' }])).thenThrows(Code.TIMESCALE_PASSED, {
        field: 'actions.0.timescale',
        rule: 'MTG-4',
      });
      spec.given(discussed()).when(commands.agree([action, { ...action }])).thenThrows(Code.ACTION_DUPLICATED, { field: 'actions', rule: 'MTG-4' });
      spec.given(discussed()).when(commands.agree([{ ...action, ownerId: '' }])).thenThrows(Code.FIELD_REQUIRED, { field: 'actions.0.ownerId' });
      spec.given(discussed()).when(commands.agree([action], ' ')).thenThrows(Code.FIELD_REQUIRED, { field: 'learning', rule: 'MTG-4' });
    });

    it('should refuse a second discussion (MTG-4)', () => {
      spec.given(discussed()).when(commands.discuss()).thenThrows(Code.ALREADY_DISCUSSED, { kind: 'CONFLICT', rule: 'MTG-4' });
    });
  });

  describe('When the shared record is agreed', () => {
    it('should record the copy sent to S&QA once (MTG-4)', () => {
      spec.given([...discussed(), events.agreed()]).when(commands.copySent()).then(events.copySent());
      spec.given([...discussed(), events.agreed(), events.copySent()]).when(commands.copySent()).thenThrows(Code.COPY_ALREADY_SENT, {
        kind: 'CONFLICT',
        rule: 'MTG-4',
      });
    });

    it('should refuse agreeing it again (MTG-4)', () => {
      spec.given([...discussed(), events.agreed()]).when(commands.agree()).thenThrows(Code.ALREADY_AGREED, { kind: 'CONFLICT', rule: 'MTG-4' });
    });

    it('should let only the observer send the copy', () => {
      spec.given([...discussed(), events.agreed()]).when(commands.copySent(director)).thenThrows(Code.NOT_THE_OBSERVER, { kind: 'FORBIDDEN' });
    });
  });
});
