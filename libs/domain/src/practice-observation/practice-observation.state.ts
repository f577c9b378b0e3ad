import { assertNever, type Role } from '../shared/decider.js';
import type { PracticeObservationEvent, PracticeObservationRecorded } from './practice-observation.events.js';
import type { AreaJudgements, ObservationAction, ReflectiveReviewSetting } from './practice-observation.values.js';

export type PracticeObservationStatus = 'NOT_RECORDED' | 'RECORDED' | 'COMPLETED';

export interface NotRecordedPracticeObservation {
  readonly status: 'NOT_RECORDED';
}

export interface ReflectiveReview {
  readonly setting: ReflectiveReviewSetting;
  readonly heldOn: string;
  readonly notes: string | null;
}

/** Everything the form and the OBS-5 follow-up hold, whether or not the observation is completed. */
export interface PracticeObservationRecord {
  readonly observationId: string;
  readonly workerId: string;
  readonly workerRole: string;
  readonly workerIsAsye: boolean;
  readonly observerId: string;
  readonly observerRole: Role;
  readonly activityObserved: string;
  readonly observedOn: string;
  readonly description: string;
  readonly wentWell: string;
  readonly needsDevelopment: string;
  readonly specificComments: string | null;
  readonly areas: AreaJudgements;
  readonly otherComments: string | null;
  readonly workerComments: string | null;
  readonly feedback: string | null;
  readonly sharedWithWorkerAt: string | null;
  readonly reflectiveReview: ReflectiveReview | null;
  readonly actionPlan: readonly ObservationAction[];
  readonly pdrPriorities: readonly string[];
  readonly lineManagerId: string | null;
  readonly sharedWithLineManagerAt: string | null;
  readonly sharedWithSqaAt: string | null;
}

export interface RecordedPracticeObservation extends PracticeObservationRecord {
  readonly status: 'RECORDED';
}

/** OBS-4: a completed observation's judgements are settled; only its sharing (OBS-5) goes on. */
export interface CompletedPracticeObservation extends PracticeObservationRecord {
  readonly status: 'COMPLETED';
  readonly completedAt: string;
}

export type PracticeObservation = NotRecordedPracticeObservation | RecordedPracticeObservation | CompletedPracticeObservation;

export function initialState(): PracticeObservation {
  return { status: 'NOT_RECORDED' };
}

export function evolve(state: PracticeObservation, event: PracticeObservationEvent): PracticeObservation {
  if (event.type === 'PracticeObservationRecorded') {
    return state.status === 'NOT_RECORDED' ? recorded(event) : state;
  }
  // Later facts without a recorded observation cannot be placed; evolve never throws.
  if (state.status === 'NOT_RECORDED') return state;
  switch (event.type) {
    case 'PracticeObservationAreaRejudged':
      return { ...state, areas: { ...state.areas, [event.data.area]: event.data.judgement } };
    case 'PracticeObservationWorkerCommentsRecorded':
      return { ...state, workerComments: event.data.comments };
    case 'PracticeObservationFeedbackRecorded':
      return { ...state, feedback: event.data.feedback };
    case 'PracticeObservationSharedWithWorker':
      return { ...state, sharedWithWorkerAt: state.sharedWithWorkerAt ?? event.data.sharedAt };
    case 'PracticeObservationReflectiveReviewHeld':
      return {
        ...state,
        reflectiveReview: { setting: event.data.setting, heldOn: event.data.heldOn, notes: event.data.notes },
      };
    case 'PracticeObservationActionPlanAgreed':
      return { ...state, actionPlan: event.data.actions };
    case 'PracticeObservationLinkedToPdr':
      return { ...state, pdrPriorities: event.data.priorities };
    case 'PracticeObservationCompleted':
      return { ...state, status: 'COMPLETED', completedAt: event.data.completedAt };
    case 'PracticeObservationSharedWithLineManager':
      return { ...state, lineManagerId: event.data.lineManagerId, sharedWithLineManagerAt: event.data.sharedAt };
    case 'PracticeObservationSharedWithSqa':
      return { ...state, sharedWithSqaAt: state.sharedWithSqaAt ?? event.data.sharedAt };
    default:
      return assertNever(event);
  }
}

function recorded(event: PracticeObservationRecorded): RecordedPracticeObservation {
  const { recordedAt: _recordedAt, ...form } = event.data;
  return {
    status: 'RECORDED',
    ...form,
    workerComments: null,
    feedback: null,
    sharedWithWorkerAt: null,
    reflectiveReview: null,
    actionPlan: [],
    pdrPriorities: [],
    lineManagerId: null,
    sharedWithLineManagerAt: null,
    sharedWithSqaAt: null,
  };
}
