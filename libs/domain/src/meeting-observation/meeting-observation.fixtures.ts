import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { MeetingAgreedActionInput, MeetingObservationCommand, StartMeetingObservation } from './meeting-observation.commands.js';
import type { MeetingObservationEvent } from './meeting-observation.events.js';
import { MEETING_AREA_KEYS, type MeetingArea, type MeetingJudgement } from './meeting-observation.values.js';

/** Test data: a Head of Service observes an initial child protection conference chaired by a CP chair. */

export const OBSERVATION_ID = 'mo-1';
export const HOS_ID = 'hos-001';
export const CHAIR_ID = 'cpc-001';
export const TM_ID = 'tm-001';
export const SW_ID = 'sw-001';
export const AZEUS = 'AZ-104233';
export const TEAM_ID = 'mash-north';
export const SERVICE_AREA_ID = 'assess';
export const MEETING_DATE = '2025-06-10';
export const NOW = '2025-06-12T14:00:00.000Z';

export const hos: Actor = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' };
export const director: Actor = { staffId: 'dir-001', role: 'DIRECTOR' };

export function metadata(actor: Actor = hos, now: string = NOW): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

export const action: MeetingAgreedActionInput = {
  actionId: 'mo-1-a1',
  description: 'Invite the school nurse to every core group',
  ownerId: TM_ID,
  managerId: HOS_ID,
  timescale: '2025-07-31',
};

export const commands = {
  start(overrides: Partial<Record<string, string | null>> = {}, actor: Actor = hos): MeetingObservationCommand {
    return {
      type: 'StartMeetingObservation',
      data: {
        observationId: OBSERVATION_ID,
        meetingType: 'CP_CONFERENCE',
        conferenceStage: 'INITIAL',
        meetingDate: MEETING_DATE,
        chairId: CHAIR_ID,
        azeusNumber: AZEUS,
        teamId: TEAM_ID,
        serviceAreaId: SERVICE_AREA_ID,
        ...overrides,
      } as StartMeetingObservation['data'],
      metadata: metadata(actor),
    };
  },
  judge(area: string, judgement: string = 'GOOD', comment: string = 'Seen in the meeting', actor: Actor = hos): MeetingObservationCommand {
    return { type: 'JudgeMeetingArea', data: { observationId: OBSERVATION_ID, area, judgement, comment }, metadata: metadata(actor) };
  },
  complete(actor: Actor = hos): MeetingObservationCommand {
    return { type: 'CompleteMeetingObservation', data: { observationId: OBSERVATION_ID }, metadata: metadata(actor) };
  },
  discuss(heldOn = '2025-06-11', notes = 'The chair agreed the plan was not SMART', actor: Actor = hos): MeetingObservationCommand {
    return { type: 'RecordMeetingDiscussionWithChair', data: { observationId: OBSERVATION_ID, heldOn, notes }, metadata: metadata(actor) };
  },
  agree(actions: readonly MeetingAgreedActionInput[] = [action], learning = 'Health partners were missing from the decision', actor: Actor = hos): MeetingObservationCommand {
    return { type: 'AgreeMeetingLearningAndActions', data: { observationId: OBSERVATION_ID, learning, actions }, metadata: metadata(actor) };
  },
  copySent(actor: Actor = hos): MeetingObservationCommand {
    return { type: 'RecordMeetingObservationCopySentToSqa', data: { observationId: OBSERVATION_ID }, metadata: metadata(actor) };
  },
};

export const events = {
  started(overrides: Partial<Extract<MeetingObservationEvent, { type: 'MeetingObservationStarted' }>['data']> = {}): MeetingObservationEvent {
    return {
      type: 'MeetingObservationStarted',
      data: {
        observationId: OBSERVATION_ID,
        observerId: HOS_ID,
        observerRole: 'HEAD_OF_SERVICE',
        meetingType: 'CP_CONFERENCE',
        conferenceStage: 'INITIAL',
        meetingDate: MEETING_DATE,
        chairId: CHAIR_ID,
        azeusNumber: AZEUS,
        teamId: TEAM_ID,
        serviceAreaId: SERVICE_AREA_ID,
        startedAt: NOW,
        ...overrides,
      },
    };
  },
  judged(area: MeetingArea, judgement: MeetingJudgement = 'GOOD', comment = 'Seen in the meeting'): MeetingObservationEvent {
    return { type: 'MeetingObservationAreaJudged', data: { observationId: OBSERVATION_ID, area, judgement, comment, judgedAt: NOW } };
  },
  completed(completedAt = NOW): MeetingObservationEvent {
    return { type: 'MeetingObservationCompleted', data: { observationId: OBSERVATION_ID, completedAt } };
  },
  discussed(heldOn = '2025-06-11', notes = 'The chair agreed the plan was not SMART'): MeetingObservationEvent {
    return { type: 'MeetingObservationDiscussedWithChair', data: { observationId: OBSERVATION_ID, chairId: CHAIR_ID, heldOn, notes, recordedAt: NOW } };
  },
  agreed(actions = [action], learning = 'Health partners were missing from the decision'): MeetingObservationEvent {
    return {
      type: 'MeetingObservationLearningAndActionsAgreed',
      data: { observationId: OBSERVATION_ID, learning, actions, azeusNumber: AZEUS, teamId: TEAM_ID, agreedBy: HOS_ID, agreedAt: NOW },
    };
  },
  copySent(): MeetingObservationEvent {
    return { type: 'MeetingObservationCopySentToSqa', data: { observationId: OBSERVATION_ID, sentBy: HOS_ID, sentAt: NOW } };
  },
};

/** Started, with every one of the fourteen areas judged Good: ready to complete. */
export function allJudged(): MeetingObservationEvent[] {
  return [events.started(), ...MEETING_AREA_KEYS.map((area) => events.judged(area))];
}

/** Completed and discussed with the chair: ready for the shared record. */
export function discussed(): MeetingObservationEvent[] {
  return [...allJudged(), events.completed(), events.discussed()];
}
