import { AGREED_ACTION_SOURCES } from '../agreed-action-sources.js';
import { meetingObservationAgreedActions } from './meeting-observation.agreed-actions.js';
import { AZEUS, HOS_ID, NOW, OBSERVATION_ID, TEAM_ID, TM_ID, action, events } from './meeting-observation.fixtures.js';

describe('Agreed actions of a meeting observation (MTG-4, issue 4 item 7)', () => {
  it('should read the shared record event as a MEETING_OBSERVATION source', () => {
    expect(meetingObservationAgreedActions.sourceKind).toBe('MEETING_OBSERVATION');
    expect(meetingObservationAgreedActions.eventTypes).toEqual(['MeetingObservationLearningAndActionsAgreed']);
  });

  it('should be one of the sources the service raises remedial actions from', () => {
    expect(AGREED_ACTION_SOURCES).toContain(meetingObservationAgreedActions);
  });

  describe('When learning and two actions are agreed with the chair', () => {
    it('should give each action with its owner, manager, timescale, case and team, agreed at the event time (MTG-4)', () => {
      const second = { actionId: 'mo-1-a2', description: 'Send the plan to the family in plain words', ownerId: 'sw-001', managerId: TM_ID, timescale: '2025-07-15' };
      expect(meetingObservationAgreedActions.agreedActions(events.agreed([action, second]))).toEqual([
        {
          sourceKind: 'MEETING_OBSERVATION',
          sourceId: OBSERVATION_ID,
          agreedAt: NOW,
          actionId: 'mo-1-a1',
          description: action.description,
          ownerId: TM_ID,
          managerId: HOS_ID,
          timescale: '2025-07-31',
          azeusNumber: AZEUS,
          teamId: TEAM_ID,
        },
        {
          sourceKind: 'MEETING_OBSERVATION',
          sourceId: OBSERVATION_ID,
          agreedAt: NOW,
          actionId: 'mo-1-a2',
          description: second.description,
          ownerId: 'sw-001',
          managerId: TM_ID,
          timescale: '2025-07-15',
          azeusNumber: AZEUS,
          teamId: TEAM_ID,
        },
      ]);
    });
  });

  describe('When the meeting had no case and no action was agreed', () => {
    it('should give no action, and a null case for actions of a meeting without one (MTG-4)', () => {
      expect(meetingObservationAgreedActions.agreedActions(events.agreed([]))).toEqual([]);
      const noCase = events.agreed();
      const [only] = meetingObservationAgreedActions.agreedActions({ type: noCase.type, data: { ...noCase.data, azeusNumber: null } });
      expect(only).toMatchObject({ azeusNumber: null, teamId: TEAM_ID });
    });
  });

  describe('When the event is another or cannot be read', () => {
    it('should give nothing and never throw', () => {
      expect(meetingObservationAgreedActions.agreedActions(events.discussed())).toEqual([]);
      expect(meetingObservationAgreedActions.agreedActions({ type: 'MeetingObservationLearningAndActionsAgreed', data: {} })).toEqual([]);
      expect(
        meetingObservationAgreedActions.agreedActions({
          type: 'MeetingObservationLearningAndActionsAgreed',
          data: { observationId: 'mo-1', agreedAt: NOW, actions: [null, { actionId: 'x', ownerId: 'a' }, 'junk'] },
        }),
      ).toEqual([]);
    });
  });
});
