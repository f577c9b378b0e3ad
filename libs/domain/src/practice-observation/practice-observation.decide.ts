import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  AgreeObservationActionPlan,
  CompletePracticeObservation,
  LinkObservationToPdr,
  PracticeObservationCommand,
  RecordObservationFeedback,
  RecordObservationWorkerComments,
  RecordPracticeObservation,
  RecordReflectiveReview,
  RejudgeAreaOfPractice,
  ShareObservationWithLineManager,
  ShareObservationWithSqa,
  ShareObservationWithWorker,
} from './practice-observation.commands.js';
import { PracticeObservationErrorCode as Code } from './practice-observation.errors.js';
import type { PracticeObservationEvent } from './practice-observation.events.js';
import {
  evolve,
  initialState,
  type CompletedPracticeObservation,
  type PracticeObservation,
  type RecordedPracticeObservation,
} from './practice-observation.state.js';
import {
  AREA_OF_PRACTICE_KEYS,
  OBSERVER_ROLES,
  PRACTICE_JUDGEMENTS,
  REFLECTIVE_REVIEW_SETTINGS,
  type AreaJudgements,
  type AreaOfPractice,
  type ObservationAction,
} from './practice-observation.values.js';

export function decide(command: PracticeObservationCommand, state: PracticeObservation): PracticeObservationEvent[] {
  switch (command.type) {
    case 'RecordPracticeObservation':
      return record(command, state);
    case 'RejudgeAreaOfPractice':
      return rejudge(command, state);
    case 'RecordObservationWorkerComments':
      return recordWorkerComments(command, state);
    case 'RecordObservationFeedback':
      return recordFeedback(command, state);
    case 'ShareObservationWithWorker':
      return shareWithWorker(command, state);
    case 'RecordReflectiveReview':
      return recordReflectiveReview(command, state);
    case 'AgreeObservationActionPlan':
      return agreeActionPlan(command, state);
    case 'LinkObservationToPdr':
      return linkToPdr(command, state);
    case 'CompletePracticeObservation':
      return complete(command, state);
    case 'ShareObservationWithLineManager':
      return shareWithLineManager(command, state);
    case 'ShareObservationWithSqa':
      return shareWithSqa(command, state);
    default:
      return assertNever(command);
  }
}

export const practiceObservationDecider: Decider<PracticeObservationCommand, PracticeObservation, PracticeObservationEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function record(command: RecordPracticeObservation, state: PracticeObservation): PracticeObservationEvent[] {
  if (state.status !== 'NOT_RECORDED') {
    throw new DomainError(Code.ALREADY_RECORDED, `Practice observation ${state.observationId} is already recorded`, 'CONFLICT', {
      field: 'observationId',
    });
  }
  const d = command.data;
  const { actor, now } = command.metadata;
  const workerIsAsye = d.workerIsAsye === true;
  mayObserve(actor, workerIsAsye, d.advancedPractitionerAgreed === true);
  const workerId = required(d.workerId, 'workerId');
  if (workerId === actor.staffId) {
    throw new DomainError(Code.OWN_PRACTICE, 'An observer cannot observe their own practice', 'BAD_USER_INPUT', {
      field: 'workerId',
      rule: 'OBS-1',
    });
  }
  return [
    {
      type: 'PracticeObservationRecorded',
      data: {
        observationId: required(d.observationId, 'observationId'),
        workerId,
        workerRole: required(d.workerRole, 'workerRole'),
        workerIsAsye,
        observerId: actor.staffId,
        observerRole: actor.role,
        activityObserved: required(d.activityObserved, 'activityObserved'),
        observedOn: pastDate(d.observedOn, 'observedOn', now),
        description: required(d.description, 'description'),
        wentWell: required(d.wentWell, 'wentWell'),
        needsDevelopment: required(d.needsDevelopment, 'needsDevelopment'),
        specificComments: optionalText(d.specificComments),
        areas: areaJudgements(d.areas),
        otherComments: optionalText(d.otherComments),
        recordedAt: now,
      },
    },
  ];
}

function rejudge(command: RejudgeAreaOfPractice, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  const area = areaOf(command.data.area, 'area');
  const judgement = judgementOf(command.data.judgement, 'judgement');
  if (observation.areas[area] === judgement) return [];
  return [
    {
      type: 'PracticeObservationAreaRejudged',
      data: { observationId: observation.observationId, area, judgement, rejudgedAt: command.metadata.now },
    },
  ];
}

function recordWorkerComments(command: RecordObservationWorkerComments, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  const actor = command.metadata.actor;
  // The worker writes their own comments; the observer may enter them on the worker's behalf.
  if (actor.staffId !== observation.workerId && actor.staffId !== observation.observerId) {
    throw new DomainError(
      Code.NOT_THE_WORKER_OR_OBSERVER,
      "Only the worker observed or their observer records the worker's comments",
      'FORBIDDEN',
      { rule: 'OBS-4' },
    );
  }
  const comments = required(command.data.comments, 'comments');
  if (observation.workerComments === comments) return [];
  return [
    {
      type: 'PracticeObservationWorkerCommentsRecorded',
      data: { observationId: observation.observationId, comments, recordedBy: actor.staffId, recordedAt: command.metadata.now },
    },
  ];
}

function recordFeedback(command: RecordObservationFeedback, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  const feedback = required(command.data.feedback, 'feedback');
  if (observation.feedback === feedback) return [];
  return [
    {
      type: 'PracticeObservationFeedbackRecorded',
      data: { observationId: observation.observationId, feedback, recordedAt: command.metadata.now },
    },
  ];
}

function shareWithWorker(command: ShareObservationWithWorker, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  if (observation.sharedWithWorkerAt !== null) return [];
  return [
    {
      type: 'PracticeObservationSharedWithWorker',
      data: { observationId: observation.observationId, sharedAt: command.metadata.now },
    },
  ];
}

function recordReflectiveReview(command: RecordReflectiveReview, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  // OBS-5: the review reflects on an observation the worker has seen.
  if (observation.sharedWithWorkerAt === null) {
    throw new DomainError(Code.NOT_SHARED_WITH_WORKER, 'Share the observation with the worker before the reflective review', 'CONFLICT', {
      rule: 'OBS-5',
    });
  }
  const setting = REFLECTIVE_REVIEW_SETTINGS.find((s) => s === command.data.setting);
  if (setting === undefined) {
    throw new DomainError(
      Code.REFLECTIVE_REVIEW_SETTING_UNKNOWN,
      `The reflective review is held ${REFLECTIVE_REVIEW_SETTINGS.join(' or ')}, not ${JSON.stringify(command.data.setting)}`,
      'BAD_USER_INPUT',
      { field: 'setting', rule: 'OBS-5' },
    );
  }
  const heldOn = pastDate(command.data.heldOn, 'heldOn', command.metadata.now);
  if (heldOn < observation.observedOn) {
    throw new DomainError(Code.DATE_BEFORE_OBSERVATION, 'The reflective review follows the observation', 'BAD_USER_INPUT', {
      field: 'heldOn',
      rule: 'OBS-5',
    });
  }
  return [
    {
      type: 'PracticeObservationReflectiveReviewHeld',
      data: {
        observationId: observation.observationId,
        setting,
        heldOn,
        notes: optionalText(command.data.notes),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function agreeActionPlan(command: AgreeObservationActionPlan, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  // OBS-5: the plan is shared, so it is agreed at or after the reflective review.
  if (observation.reflectiveReview === null) {
    throw new DomainError(Code.NO_REFLECTIVE_REVIEW, 'The shared action plan is agreed at the reflective review', 'CONFLICT', {
      rule: 'OBS-5',
    });
  }
  const given = Array.isArray(command.data.actions) ? command.data.actions : [];
  if (given.length === 0) {
    throw new DomainError(Code.ACTION_PLAN_EMPTY, 'An action plan needs at least one action', 'BAD_USER_INPUT', {
      field: 'actions',
      rule: 'OBS-5',
    });
  }
  const observerLineManagerId = optionalText(command.data.observerLineManagerId);
  const teamId = optionalText(command.data.workerTeamId);
  const actions: ObservationAction[] = given.map((action, index) => {
    const ownerId = required(action?.ownerId, `actions[${index}].ownerId`);
    return {
      actionId: required(action?.actionId, `actions[${index}].actionId`),
      description: required(action?.description, `actions[${index}].description`),
      ownerId,
      dueBy: isoDate(action?.dueBy, `actions[${index}].dueBy`),
      managerId: actionManager(optionalText(action?.managerId), ownerId, observation.observerId, observerLineManagerId, index),
      azeusNumber: optionalText(action?.azeusNumber),
      teamId,
    };
  });
  const seen = new Set<string>();
  actions.forEach((action, index) => {
    if (seen.has(action.actionId)) {
      throw new DomainError(Code.ACTION_ID_DUPLICATE, `Action id ${action.actionId} is given twice`, 'BAD_USER_INPUT', {
        field: `actions[${index}].actionId`,
        rule: 'OBS-5',
      });
    }
    seen.add(action.actionId);
  });
  if (JSON.stringify(actions) === JSON.stringify(observation.actionPlan)) return [];
  return [
    {
      type: 'PracticeObservationActionPlanAgreed',
      data: { observationId: observation.observationId, actions, agreedAt: command.metadata.now },
    },
  ];
}

function linkToPdr(command: LinkObservationToPdr, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  const priorities = (Array.isArray(command.data.priorities) ? command.data.priorities : [])
    .map((priority) => optionalText(priority))
    .filter((priority): priority is string => priority !== null);
  if (priorities.length === 0) {
    throw new DomainError(Code.PDR_PRIORITIES_REQUIRED, 'Name at least one PDR priority the observation links to', 'BAD_USER_INPUT', {
      field: 'priorities',
      rule: 'OBS-5',
    });
  }
  return [
    {
      type: 'PracticeObservationLinkedToPdr',
      data: { observationId: observation.observationId, priorities, linkedAt: command.metadata.now },
    },
  ];
}

function complete(command: CompletePracticeObservation, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = editable(state);
  mustBeTheObserver(observation, command.metadata.actor);
  // OBS-5: an observation is complete once the worker has seen it, reflected on it and it is linked to the PDR.
  if (observation.sharedWithWorkerAt === null) {
    throw new DomainError(Code.NOT_SHARED_WITH_WORKER, 'Share the observation with the worker before completing it', 'CONFLICT', {
      rule: 'OBS-5',
    });
  }
  if (observation.reflectiveReview === null) {
    throw new DomainError(Code.NO_REFLECTIVE_REVIEW, 'Hold the reflective review before completing the observation', 'CONFLICT', {
      rule: 'OBS-5',
    });
  }
  if (observation.pdrPriorities.length === 0) {
    throw new DomainError(Code.PDR_PRIORITIES_REQUIRED, "Link the observation to the worker's PDR priorities before completing it", 'CONFLICT', {
      field: 'priorities',
      rule: 'OBS-5',
    });
  }
  return [
    {
      type: 'PracticeObservationCompleted',
      data: { observationId: observation.observationId, completedAt: command.metadata.now },
    },
  ];
}

function shareWithLineManager(command: ShareObservationWithLineManager, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = completed(state);
  mustBeTheObserver(observation, command.metadata.actor);
  const lineManagerId = required(command.data.lineManagerId, 'lineManagerId');
  if (observation.lineManagerId === lineManagerId) return [];
  return [
    {
      type: 'PracticeObservationSharedWithLineManager',
      data: { observationId: observation.observationId, lineManagerId, sharedAt: command.metadata.now },
    },
  ];
}

function shareWithSqa(command: ShareObservationWithSqa, state: PracticeObservation): PracticeObservationEvent[] {
  const observation = completed(state);
  mustBeTheObserver(observation, command.metadata.actor);
  if (observation.sharedWithSqaAt !== null) return [];
  return [
    {
      type: 'PracticeObservationSharedWithSqa',
      data: { observationId: observation.observationId, sharedAt: command.metadata.now },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

/** OBS-1: a TM observes, or an AP where agreed locally. OBS-3: TM and AP both observe ASYE workers. */
function mayObserve(actor: Actor, workerIsAsye: boolean, advancedPractitionerAgreed: boolean): void {
  if (!OBSERVER_ROLES.includes(actor.role)) {
    throw new DomainError(
      Code.NOT_AN_OBSERVER,
      `Practice is observed by a team manager or an advanced practitioner, not ${actor.role}`,
      'FORBIDDEN',
      { rule: workerIsAsye ? 'OBS-3' : 'OBS-1' },
    );
  }
  if (actor.role === 'ADVANCED_PRACTITIONER' && !workerIsAsye && !advancedPractitionerAgreed) {
    throw new DomainError(
      Code.ADVANCED_PRACTITIONER_NOT_AGREED,
      'An advanced practitioner observes a qualified worker only where this is agreed locally',
      'FORBIDDEN',
      { field: 'advancedPractitionerAgreed', rule: 'OBS-1' },
    );
  }
}

/**
 * OBS-5 with CFA-7: someone other than the owner reviews each action. The observer does for the
 * worker's actions; for an action the observer owns, the observer's line manager does.
 */
function actionManager(
  given: string | null,
  ownerId: string,
  observerId: string,
  observerLineManagerId: string | null,
  index: number,
): string {
  const managerId = given ?? (ownerId !== observerId ? observerId : observerLineManagerId);
  if (managerId === null) {
    throw new DomainError(
      Code.ACTION_MANAGER_UNKNOWN,
      `actions[${index}].managerId is required: the observer owns the action and their line manager is not known`,
      'BAD_USER_INPUT',
      { field: `actions[${index}].managerId`, rule: 'OBS-5' },
    );
  }
  if (managerId === ownerId) {
    throw new DomainError(
      Code.ACTION_MANAGER_IS_OWNER,
      `actions[${index}].managerId must be someone other than the action's owner: the manager reviews its completion`,
      'BAD_USER_INPUT',
      { field: `actions[${index}].managerId`, rule: 'OBS-5' },
    );
  }
  return managerId;
}

function existing(state: PracticeObservation): RecordedPracticeObservation | CompletedPracticeObservation {
  if (state.status === 'NOT_RECORDED') {
    throw new DomainError(Code.NOT_FOUND, 'No such practice observation', 'NOT_FOUND', { field: 'observationId' });
  }
  return state;
}

/** OBS-4: a completed observation's judgements and narrative are settled. */
function editable(state: PracticeObservation): RecordedPracticeObservation {
  const observation = existing(state);
  if (observation.status === 'COMPLETED') {
    throw new DomainError(Code.COMPLETED, `Practice observation ${observation.observationId} is completed and cannot change`, 'CONFLICT', {
      rule: 'OBS-4',
    });
  }
  return observation;
}

/** OBS-5: completed observations are the ones shared with the line manager and S&QA. */
function completed(state: PracticeObservation): CompletedPracticeObservation {
  const observation = existing(state);
  if (observation.status !== 'COMPLETED') {
    throw new DomainError(
      Code.NOT_COMPLETED,
      'Only a completed observation is shared with the line manager and S&QA',
      'CONFLICT',
      { rule: 'OBS-5' },
    );
  }
  return observation;
}

function mustBeTheObserver(observation: { readonly observerId: string }, actor: Actor): void {
  if (actor.staffId !== observation.observerId) {
    throw new DomainError(Code.NOT_THE_OBSERVER, 'Only the observer may do this', 'FORBIDDEN');
  }
}

function areaJudgements(value: unknown): AreaJudgements {
  const given = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  for (const key of Object.keys(given)) areaOf(key, `areas.${key}`);
  // OBS-4: every one of the six areas is judged; "not seen at all" is itself a judgement.
  return Object.fromEntries(
    AREA_OF_PRACTICE_KEYS.map((area) => {
      if (given[area] === undefined || given[area] === null) {
        throw new DomainError(Code.AREA_NOT_JUDGED, `Judge the area of practice ${area}`, 'BAD_USER_INPUT', {
          field: `areas.${area}`,
          rule: 'OBS-4',
        });
      }
      return [area, judgementOf(given[area], `areas.${area}`)];
    }),
  ) as AreaJudgements;
}

function areaOf(value: unknown, field: string): AreaOfPractice {
  const area = AREA_OF_PRACTICE_KEYS.find((key) => key === value);
  if (area === undefined) {
    throw new DomainError(Code.AREA_UNKNOWN, `Unknown area of practice ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
      field,
      rule: 'OBS-4',
    });
  }
  return area;
}

function judgementOf(value: unknown, field: string) {
  const judgement = PRACTICE_JUDGEMENTS.find((j) => j === value);
  if (judgement === undefined) {
    throw new DomainError(
      Code.JUDGEMENT_UNKNOWN,
      `A judgement is one of ${PRACTICE_JUDGEMENTS.join(', ')}, not ${JSON.stringify(value)}`,
      'BAD_USER_INPUT',
      { field, rule: 'OBS-4' },
    );
  }
  return judgement;
}

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) {
    throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field });
  }
  return text;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isoDate(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return value;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD`, 'BAD_USER_INPUT', { field });
}

function pastDate(value: unknown, field: string, now: string): string {
  const date = isoDate(value, field);
  if (date > now.slice(0, 10)) {
    throw new DomainError(Code.DATE_IN_FUTURE, `${field} cannot be in the future`, 'BAD_USER_INPUT', { field });
  }
  return date;
}
