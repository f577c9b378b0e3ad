import type { DomainEvent } from '../shared/decider.js';
import type { MeetingConferenceStage, MeetingAgreedAction, MeetingArea, MeetingJudgement, MeetingObserverRole, MeetingType } from './meeting-observation.values.js';

/**
 * The facts of an observation of a key meeting (framework section 6). Type strings never change;
 * times in data are the business time of the command (`metadata.now`).
 */

/** MTG-1, MTG-2: a Head of Service, the chief officer or the director observed a key meeting. */
export type MeetingObservationStarted = DomainEvent<
  'MeetingObservationStarted',
  {
    readonly observationId: string;
    readonly observerId: string;
    readonly observerRole: MeetingObserverRole;
    readonly meetingType: MeetingType;
    readonly conferenceStage: MeetingConferenceStage | null;
    /** YYYY-MM-DD the meeting was held: the date MTG-1 counts it on. */
    readonly meetingDate: string;
    readonly chairId: string;
    readonly azeusNumber: string | null;
    readonly teamId: string | null;
    readonly serviceAreaId: string | null;
    readonly startedAt: string;
  }
>;

/** MTG-3: one of the fourteen areas judged, with the observer's comment; a later one replaces it until completion. */
export type MeetingObservationAreaJudged = DomainEvent<
  'MeetingObservationAreaJudged',
  {
    readonly observationId: string;
    readonly area: MeetingArea;
    readonly judgement: MeetingJudgement;
    readonly comment: string;
    readonly judgedAt: string;
  }
>;

/** MTG-3: the record complete, every area judged. */
export type MeetingObservationCompleted = DomainEvent<
  'MeetingObservationCompleted',
  { readonly observationId: string; readonly completedAt: string }
>;

/** MTG-4: the observer discussed the record with the chair of the meeting. */
export type MeetingObservationDiscussedWithChair = DomainEvent<
  'MeetingObservationDiscussedWithChair',
  { readonly observationId: string; readonly chairId: string; readonly heldOn: string; readonly notes: string; readonly recordedAt: string }
>;

/**
 * MTG-4: the shared record of learning and actions agreed with the chair. It carries the case and
 * team so each action can become a remedial action from this event alone (issue 4, item 7).
 */
export type MeetingObservationLearningAndActionsAgreed = DomainEvent<
  'MeetingObservationLearningAndActionsAgreed',
  {
    readonly observationId: string;
    readonly learning: string;
    readonly actions: readonly MeetingAgreedAction[];
    readonly azeusNumber: string | null;
    readonly teamId: string | null;
    readonly agreedBy: string;
    readonly agreedAt: string;
  }
>;

/** MTG-4: a copy of the observation record sent to the S&QA Team. */
export type MeetingObservationCopySentToSqa = DomainEvent<
  'MeetingObservationCopySentToSqa',
  { readonly observationId: string; readonly sentBy: string; readonly sentAt: string }
>;

export type MeetingObservationEvent =
  | MeetingObservationStarted
  | MeetingObservationAreaJudged
  | MeetingObservationCompleted
  | MeetingObservationDiscussedWithChair
  | MeetingObservationLearningAndActionsAgreed
  | MeetingObservationCopySentToSqa;

export const MEETING_OBSERVATION_EVENT_TYPES = [
  'MeetingObservationStarted',
  'MeetingObservationAreaJudged',
  'MeetingObservationCompleted',
  'MeetingObservationDiscussedWithChair',
  'MeetingObservationLearningAndActionsAgreed',
  'MeetingObservationCopySentToSqa',
] as const satisfies readonly MeetingObservationEvent['type'][];
