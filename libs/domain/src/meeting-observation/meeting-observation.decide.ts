import { assertNever, type CommandMetadata, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  AgreeMeetingLearningAndActions,
  CompleteMeetingObservation,
  JudgeMeetingArea,
  MeetingObservationCommand,
  RecordMeetingDiscussionWithChair,
  RecordMeetingObservationCopySentToSqa,
  StartMeetingObservation,
} from './meeting-observation.commands.js';
import { MeetingObservationErrorCode as Code } from './meeting-observation.errors.js';
import type { MeetingObservationEvent } from './meeting-observation.events.js';
import {
  evolve,
  initialState,
  type CompletedMeetingObservation,
  type InProgressMeetingObservation,
  type MeetingObservation,
} from './meeting-observation.state.js';
import {
  MEETING_CONFERENCE_STAGES,
  MEETING_AREA_KEYS,
  MEETING_JUDGEMENTS,
  MEETING_OBSERVER_ROLES,
  MEETING_TYPE_KEYS,
  isMeetingObserverRole,
  type MeetingAgreedAction,
} from './meeting-observation.values.js';

/**
 * The observation of a key meeting (framework section 6). Who may do what:
 * - a Head of Service, the chief officer or the director starts an observation, as its observer (MTG-1);
 * - only the observer judges the areas, completes the record, records the discussion with the chair,
 *   the shared record of learning and actions, and the copy sent to S&QA;
 * - the observer does not observe a meeting they chaired: the record is discussed with the chair (MTG-4).
 * Order: judge all fourteen areas (MTG-3) → complete → discuss with the chair → agree the shared
 * record of learning and actions → send a copy to S&QA (MTG-4). A completed record's judgements are settled.
 */
export function decide(command: MeetingObservationCommand, state: MeetingObservation): MeetingObservationEvent[] {
  switch (command.type) {
    case 'StartMeetingObservation':
      return start(command, state);
    case 'JudgeMeetingArea':
      return judge(command, state);
    case 'CompleteMeetingObservation':
      return complete(command, state);
    case 'RecordMeetingDiscussionWithChair':
      return discussWithChair(command, state);
    case 'AgreeMeetingLearningAndActions':
      return agreeLearningAndActions(command, state);
    case 'RecordMeetingObservationCopySentToSqa':
      return recordCopySentToSqa(command, state);
    default:
      return assertNever(command);
  }
}

export const meetingObservationDecider: Decider<MeetingObservationCommand, MeetingObservation, MeetingObservationEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function start(command: StartMeetingObservation, state: MeetingObservation): MeetingObservationEvent[] {
  if (state.status !== 'NOT_STARTED') {
    throw new DomainError(Code.ALREADY_STARTED, `Meeting observation ${state.observationId} is already started`, 'CONFLICT', {
      field: 'observationId',
    });
  }
  const d = command.data;
  const { actor, now } = command.metadata;
  const observerRole = actor.role;
  if (!isMeetingObserverRole(observerRole)) {
    throw new DomainError(
      Code.NOT_AN_OBSERVER,
      `Key meetings are observed by a Head of Service, the chief officer or the director (${MEETING_OBSERVER_ROLES.join(', ')}), not ${observerRole}`,
      'FORBIDDEN',
      { rule: 'MTG-1' },
    );
  }
  const meetingType = MEETING_TYPE_KEYS.find((t) => t === d.meetingType);
  if (meetingType === undefined) {
    throw new DomainError(
      Code.MEETING_TYPE_UNKNOWN,
      `meetingType is one of the key meetings ${MEETING_TYPE_KEYS.join(', ')}, not ${JSON.stringify(d.meetingType)}`,
      'BAD_USER_INPUT',
      { field: 'meetingType', rule: 'MTG-2' },
    );
  }
  const conferenceStage = stageOf(meetingType, d.conferenceStage);
  const chairId = required(d.chairId, 'chairId');
  if (chairId === actor.staffId) {
    throw new DomainError(
      Code.OBSERVER_CHAIRED,
      'chairId: the observer discusses the record with the chair, so does not observe a meeting they chaired',
      'BAD_USER_INPUT',
      { field: 'chairId', rule: 'MTG-4' },
    );
  }
  const teamId = optionalText(d.teamId);
  const serviceAreaId = optionalText(d.serviceAreaId);
  if (teamId === null && serviceAreaId === null) {
    throw new DomainError(
      Code.SERVICE_REQUIRED,
      'serviceAreaId or teamId is required: a key meeting is observed within a service',
      'BAD_USER_INPUT',
      { field: 'serviceAreaId', rule: 'MTG-1' },
    );
  }
  return [
    {
      type: 'MeetingObservationStarted',
      data: {
        observationId: required(d.observationId, 'observationId'),
        observerId: actor.staffId,
        observerRole,
        meetingType,
        conferenceStage,
        meetingDate: pastDate(d.meetingDate, 'meetingDate', now, 'MTG-1'),
        chairId,
        azeusNumber: optionalText(d.azeusNumber),
        teamId,
        serviceAreaId,
        startedAt: now,
      },
    },
  ];
}

function judge(command: JudgeMeetingArea, state: MeetingObservation): MeetingObservationEvent[] {
  const observation = inProgress(state, command.metadata);
  const d = command.data;
  const area = MEETING_AREA_KEYS.find((a) => a === d.area);
  if (area === undefined) {
    throw new DomainError(Code.AREA_UNKNOWN, `area is one of the fourteen areas of section 6, not ${JSON.stringify(d.area)}`, 'BAD_USER_INPUT', {
      field: 'area',
      rule: 'MTG-3',
    });
  }
  const judgement = MEETING_JUDGEMENTS.find((j) => j === d.judgement);
  if (judgement === undefined) {
    throw new DomainError(
      Code.JUDGEMENT_UNKNOWN,
      `judgement is one of ${MEETING_JUDGEMENTS.join(', ')}, not ${JSON.stringify(d.judgement)}`,
      'BAD_USER_INPUT',
      { field: 'judgement', rule: 'MTG-3' },
    );
  }
  const comment = optionalText(d.comment);
  if (comment === null) {
    throw new DomainError(Code.COMMENT_REQUIRED, `comment is required: say what was seen in the meeting for ${area}`, 'BAD_USER_INPUT', {
      field: 'comment',
      rule: 'MTG-3',
    });
  }
  const current = observation.areas[area];
  if (current?.judgement === judgement && current.comment === comment) return [];
  return [
    {
      type: 'MeetingObservationAreaJudged',
      data: { observationId: observation.observationId, area, judgement, comment, judgedAt: command.metadata.now },
    },
  ];
}

function complete(command: CompleteMeetingObservation, state: MeetingObservation): MeetingObservationEvent[] {
  const observation = inProgress(state, command.metadata);
  const unjudged = MEETING_AREA_KEYS.filter((area) => observation.areas[area] === undefined);
  if (unjudged.length > 0) {
    throw new DomainError(
      Code.AREAS_NOT_JUDGED,
      `areas: all fourteen areas are judged before the record is completed; not judged: ${unjudged.join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'areas', rule: 'MTG-3' },
    );
  }
  return [{ type: 'MeetingObservationCompleted', data: { observationId: observation.observationId, completedAt: command.metadata.now } }];
}

function discussWithChair(command: RecordMeetingDiscussionWithChair, state: MeetingObservation): MeetingObservationEvent[] {
  const observation = completed(state, command.metadata, 'The record is completed before it is discussed with the chair');
  if (observation.discussion !== null) {
    throw new DomainError(Code.ALREADY_DISCUSSED, 'The discussion with the chair is already recorded', 'CONFLICT', { rule: 'MTG-4' });
  }
  const heldOn = pastDate(command.data.heldOn, 'heldOn', command.metadata.now, 'MTG-4');
  if (heldOn < observation.meetingDate) {
    throw new DomainError(
      Code.DATE_BEFORE_MEETING,
      `heldOn: the record of the meeting of ${observation.meetingDate} is discussed after it, not on ${heldOn}`,
      'BAD_USER_INPUT',
      { field: 'heldOn', rule: 'MTG-4' },
    );
  }
  return [
    {
      type: 'MeetingObservationDiscussedWithChair',
      data: {
        observationId: observation.observationId,
        chairId: observation.chairId,
        heldOn,
        notes: required(command.data.notes, 'notes', 'MTG-4'),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function agreeLearningAndActions(command: AgreeMeetingLearningAndActions, state: MeetingObservation): MeetingObservationEvent[] {
  const observation = completed(state, command.metadata, 'The record is completed before learning and actions are agreed');
  // MTG-4: the shared record is agreed with the chair, so the discussion comes first.
  if (observation.discussion === null) {
    throw new DomainError(
      Code.NOT_DISCUSSED,
      'The shared record of learning and actions is agreed with the chair: record the discussion with the chair first',
      'CONFLICT',
      { rule: 'MTG-4' },
    );
  }
  if (observation.sharedRecord !== null) {
    throw new DomainError(Code.ALREADY_AGREED, 'The shared record of learning and actions is already agreed', 'CONFLICT', { rule: 'MTG-4' });
  }
  const d = command.data;
  const learning = required(d.learning, 'learning', 'MTG-4');
  const today = command.metadata.now.slice(0, 10);
  const inputs = Array.isArray(d.actions) ? d.actions : [];
  const actions = inputs.map((input, i): MeetingAgreedAction => {
    const field = (name: string) => `actions.${i}.${name}`;
    const ownerId = required(input?.ownerId, field('ownerId'), 'MTG-4');
    const managerId = required(input?.managerId, field('managerId'), 'MTG-4');
    if (managerId === ownerId) {
      throw new DomainError(
        Code.MANAGER_IS_OWNER,
        `${field('managerId')}: the manager who reviews an action is not its owner (${ownerId})`,
        'BAD_USER_INPUT',
        { field: field('managerId'), rule: 'MTG-4' },
      );
    }
    const timescale = isoDate(input?.timescale, field('timescale'), 'MTG-4');
    if (timescale < today) {
      throw new DomainError(
        Code.TIMESCALE_PASSED,
        `${field('timescale')}: an action agreed on ${today} is not due on the past date ${timescale}`,
        'BAD_USER_INPUT',
        { field: field('timescale'), rule: 'MTG-4' },
      );
    }
    return {
      actionId: required(input?.actionId, field('actionId'), 'MTG-4'),
      description: required(input?.description, field('description'), 'MTG-4'),
      ownerId,
      managerId,
      timescale,
    };
  });
  const ids = actions.map((a) => a.actionId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw new DomainError(Code.ACTION_DUPLICATED, `actions: action ${duplicate} is agreed twice`, 'BAD_USER_INPUT', {
      field: 'actions',
      rule: 'MTG-4',
    });
  }
  return [
    {
      type: 'MeetingObservationLearningAndActionsAgreed',
      data: {
        observationId: observation.observationId,
        learning,
        actions,
        azeusNumber: observation.started.azeusNumber,
        teamId: observation.started.teamId,
        agreedBy: command.metadata.actor.staffId,
        agreedAt: command.metadata.now,
      },
    },
  ];
}

function recordCopySentToSqa(command: RecordMeetingObservationCopySentToSqa, state: MeetingObservation): MeetingObservationEvent[] {
  const observation = completed(state, command.metadata, 'A copy of the completed record goes to S&QA');
  // MTG-4: the copy is of the whole record, with the learning and actions agreed with the chair.
  if (observation.sharedRecord === null) {
    throw new DomainError(
      Code.NOT_AGREED,
      'The copy goes to S&QA once the shared record of learning and actions is agreed with the chair',
      'CONFLICT',
      { rule: 'MTG-4' },
    );
  }
  if (observation.copySentToSqaAt !== null) {
    throw new DomainError(Code.COPY_ALREADY_SENT, 'A copy is already recorded as sent to S&QA', 'CONFLICT', { rule: 'MTG-4' });
  }
  return [
    {
      type: 'MeetingObservationCopySentToSqa',
      data: { observationId: observation.observationId, sentBy: command.metadata.actor.staffId, sentAt: command.metadata.now },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

function started(state: MeetingObservation): InProgressMeetingObservation | CompletedMeetingObservation {
  if (state.status === 'NOT_STARTED') {
    throw new DomainError(Code.NOT_FOUND, 'No such meeting observation', 'NOT_FOUND', { field: 'observationId' });
  }
  return state;
}

/** Only the observer records anything of their observation. */
function byObserver<T extends InProgressMeetingObservation | CompletedMeetingObservation>(observation: T, metadata: CommandMetadata): T {
  if (metadata.actor.staffId !== observation.observerId) {
    throw new DomainError(Code.NOT_THE_OBSERVER, 'Only the observer records this meeting observation', 'FORBIDDEN', {
      field: 'observationId',
    });
  }
  return observation;
}

function inProgress(state: MeetingObservation, metadata: CommandMetadata): InProgressMeetingObservation {
  const observation = byObserver(started(state), metadata);
  if (observation.status === 'COMPLETED') {
    throw new DomainError(Code.COMPLETED, `Meeting observation ${observation.observationId} is completed: its judgements cannot change`, 'CONFLICT', {
      field: 'observationId',
      rule: 'MTG-3',
    });
  }
  return observation;
}

function completed(state: MeetingObservation, metadata: CommandMetadata, why: string): CompletedMeetingObservation {
  const observation = byObserver(started(state), metadata);
  if (observation.status !== 'COMPLETED') {
    throw new DomainError(Code.NOT_COMPLETED, `${why}: complete it first, with all fourteen areas judged`, 'CONFLICT', {
      field: 'observationId',
      rule: 'MTG-4',
    });
  }
  return observation;
}

/** MTG-2: a CP conference is initial or review; other meetings have no stage. */
function stageOf(meetingType: string, value: unknown) {
  const given = optionalText(value);
  if (meetingType !== 'CP_CONFERENCE') {
    if (given === null) return null;
    throw new DomainError(
      Code.CONFERENCE_STAGE_NOT_EXPECTED,
      `conferenceStage belongs to a child protection conference, not to a ${meetingType}`,
      'BAD_USER_INPUT',
      { field: 'conferenceStage', rule: 'MTG-2' },
    );
  }
  const stage = MEETING_CONFERENCE_STAGES.find((s) => s === given);
  if (stage === undefined) {
    throw new DomainError(
      Code.CONFERENCE_STAGE_REQUIRED,
      `conferenceStage of a child protection conference is ${MEETING_CONFERENCE_STAGES.join(' or ')}, not ${JSON.stringify(value ?? null)}`,
      'BAD_USER_INPUT',
      { field: 'conferenceStage', rule: 'MTG-2' },
    );
  }
  return stage;
}

function required(value: unknown, field: string, rule?: string): string {
  const text = optionalText(value);
  if (text === null) {
    throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field, ...(rule ? { rule } : {}) });
  }
  return text;
}

/** Trimmed text, or null when absent or blank. */
function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (2025-02-30 is refused). */
function isoDate(value: unknown, field: string, rule?: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return value as string;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
    ...(rule ? { rule } : {}),
  });
}

function pastDate(value: unknown, field: string, now: string, rule: string): string {
  const date = isoDate(value, field, rule);
  if (date > now.slice(0, 10)) {
    throw new DomainError(Code.DATE_IN_FUTURE, `${field} cannot be in the future (${date})`, 'BAD_USER_INPUT', { field, rule });
  }
  return date;
}
