import type { DomainEvent, Role } from '../shared/decider.js';
import type { AreaJudgements, AreaOfPractice, ObservationAction, PracticeJudgement, ReflectiveReviewSetting } from './practice-observation.values.js';

/** OBS-4: the appendix C form as the observer completed it. */
export type PracticeObservationRecorded = DomainEvent<
  'PracticeObservationRecorded',
  {
    readonly observationId: string;
    readonly workerId: string;
    readonly workerRole: string;
    /** OBS-3: the worker is newly qualified (ASYE). */
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
    readonly recordedAt: string;
  }
>;

export type PracticeObservationAreaRejudged = DomainEvent<
  'PracticeObservationAreaRejudged',
  {
    readonly observationId: string;
    readonly area: AreaOfPractice;
    readonly judgement: PracticeJudgement;
    readonly rejudgedAt: string;
  }
>;

export type PracticeObservationWorkerCommentsRecorded = DomainEvent<
  'PracticeObservationWorkerCommentsRecorded',
  { readonly observationId: string; readonly comments: string; readonly recordedBy: string; readonly recordedAt: string }
>;

export type PracticeObservationFeedbackRecorded = DomainEvent<
  'PracticeObservationFeedbackRecorded',
  { readonly observationId: string; readonly feedback: string; readonly recordedAt: string }
>;

export type PracticeObservationSharedWithWorker = DomainEvent<
  'PracticeObservationSharedWithWorker',
  { readonly observationId: string; readonly sharedAt: string }
>;

export type PracticeObservationReflectiveReviewHeld = DomainEvent<
  'PracticeObservationReflectiveReviewHeld',
  {
    readonly observationId: string;
    readonly setting: ReflectiveReviewSetting;
    readonly heldOn: string;
    readonly notes: string | null;
    readonly recordedAt: string;
  }
>;

export type PracticeObservationActionPlanAgreed = DomainEvent<
  'PracticeObservationActionPlanAgreed',
  { readonly observationId: string; readonly actions: readonly ObservationAction[]; readonly agreedAt: string }
>;

export type PracticeObservationLinkedToPdr = DomainEvent<
  'PracticeObservationLinkedToPdr',
  { readonly observationId: string; readonly priorities: readonly string[]; readonly linkedAt: string }
>;

export type PracticeObservationCompleted = DomainEvent<
  'PracticeObservationCompleted',
  { readonly observationId: string; readonly completedAt: string }
>;

export type PracticeObservationSharedWithLineManager = DomainEvent<
  'PracticeObservationSharedWithLineManager',
  { readonly observationId: string; readonly lineManagerId: string; readonly sharedAt: string }
>;

export type PracticeObservationSharedWithSqa = DomainEvent<
  'PracticeObservationSharedWithSqa',
  { readonly observationId: string; readonly sharedAt: string }
>;

export type PracticeObservationEvent =
  | PracticeObservationRecorded
  | PracticeObservationAreaRejudged
  | PracticeObservationWorkerCommentsRecorded
  | PracticeObservationFeedbackRecorded
  | PracticeObservationSharedWithWorker
  | PracticeObservationReflectiveReviewHeld
  | PracticeObservationActionPlanAgreed
  | PracticeObservationLinkedToPdr
  | PracticeObservationCompleted
  | PracticeObservationSharedWithLineManager
  | PracticeObservationSharedWithSqa;

export const PRACTICE_OBSERVATION_EVENT_TYPES: readonly PracticeObservationEvent['type'][] = [
  'PracticeObservationRecorded',
  'PracticeObservationAreaRejudged',
  'PracticeObservationWorkerCommentsRecorded',
  'PracticeObservationFeedbackRecorded',
  'PracticeObservationSharedWithWorker',
  'PracticeObservationReflectiveReviewHeld',
  'PracticeObservationActionPlanAgreed',
  'PracticeObservationLinkedToPdr',
  'PracticeObservationCompleted',
  'PracticeObservationSharedWithLineManager',
  'PracticeObservationSharedWithSqa',
];
