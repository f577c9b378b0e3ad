import type { Command } from '../shared/decider.js';

/**
 * Commands carry raw input (strings where the API takes strings); the decider validates it.
 * The observer is the actor of RecordPracticeObservation.
 */

export type RecordPracticeObservation = Command<
  'RecordPracticeObservation',
  {
    readonly observationId: string;
    readonly workerId: string;
    readonly workerRole: string;
    readonly workerIsAsye?: boolean;
    /** OBS-1: an advanced practitioner observes a qualified worker only where this is agreed locally. */
    readonly advancedPractitionerAgreed?: boolean;
    readonly activityObserved: string;
    readonly observedOn: string;
    readonly description: string;
    readonly wentWell: string;
    readonly needsDevelopment: string;
    readonly specificComments?: string | null;
    readonly areas: Readonly<Record<string, string>>;
    readonly otherComments?: string | null;
  }
>;

export type RejudgeAreaOfPractice = Command<
  'RejudgeAreaOfPractice',
  { readonly observationId: string; readonly area: string; readonly judgement: string }
>;

export type RecordObservationWorkerComments = Command<
  'RecordObservationWorkerComments',
  { readonly observationId: string; readonly comments: string }
>;

export type RecordObservationFeedback = Command<
  'RecordObservationFeedback',
  { readonly observationId: string; readonly feedback: string }
>;

export type ShareObservationWithWorker = Command<'ShareObservationWithWorker', { readonly observationId: string }>;

export type RecordReflectiveReview = Command<
  'RecordReflectiveReview',
  { readonly observationId: string; readonly setting: string; readonly heldOn: string; readonly notes?: string | null }
>;

export type AgreeObservationActionPlan = Command<
  'AgreeObservationActionPlan',
  {
    readonly observationId: string;
    readonly actions: readonly {
      readonly actionId: string;
      readonly description: string;
      readonly ownerId: string;
      readonly dueBy: string;
      /** Default: the observer, or the observer's line manager when the observer owns the action. */
      readonly managerId?: string | null;
      readonly azeusNumber?: string | null;
    }[];
    /** Fetched fact: the observer's line manager in the staff directory, if known. */
    readonly observerLineManagerId?: string | null;
    /** Fetched fact: the worker's team in the staff directory, if known. */
    readonly workerTeamId?: string | null;
  }
>;

export type LinkObservationToPdr = Command<
  'LinkObservationToPdr',
  { readonly observationId: string; readonly priorities: readonly string[] }
>;

export type CompletePracticeObservation = Command<'CompletePracticeObservation', { readonly observationId: string }>;

export type ShareObservationWithLineManager = Command<
  'ShareObservationWithLineManager',
  { readonly observationId: string; readonly lineManagerId: string }
>;

export type ShareObservationWithSqa = Command<'ShareObservationWithSqa', { readonly observationId: string }>;

export type PracticeObservationCommand =
  | RecordPracticeObservation
  | RejudgeAreaOfPractice
  | RecordObservationWorkerComments
  | RecordObservationFeedback
  | ShareObservationWithWorker
  | RecordReflectiveReview
  | AgreeObservationActionPlan
  | LinkObservationToPdr
  | CompletePracticeObservation
  | ShareObservationWithLineManager
  | ShareObservationWithSqa;
