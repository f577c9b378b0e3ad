import { assertNever } from '../shared/decider.js';
import type { MeetingObservationEvent, MeetingObservationStarted } from './meeting-observation.events.js';
import type { MeetingAgreedAction, MeetingArea, MeetingJudgement } from './meeting-observation.values.js';

export type MeetingObservationStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface NotStartedMeetingObservation {
  readonly status: 'NOT_STARTED';
}

export type MeetingAreaJudgement = { readonly judgement: MeetingJudgement; readonly comment: string };

export type MeetingDiscussionWithChair = { readonly heldOn: string; readonly notes: string };

export type MeetingSharedRecord = { readonly learning: string; readonly actions: readonly MeetingAgreedAction[]; readonly agreedAt: string };

/** What the observation holds, whether or not the record is completed. */
export interface MeetingObservationRecord {
  readonly observationId: string;
  readonly started: MeetingObservationStarted['data'];
  readonly observerId: string;
  readonly chairId: string;
  readonly meetingDate: string;
  /** MTG-3: the areas judged so far. */
  readonly areas: Readonly<Partial<Record<MeetingArea, MeetingAreaJudgement>>>;
}

export interface InProgressMeetingObservation extends MeetingObservationRecord {
  readonly status: 'IN_PROGRESS';
}

/** MTG-3: every area judged and settled; only the MTG-4 follow-up goes on. */
export interface CompletedMeetingObservation extends MeetingObservationRecord {
  readonly status: 'COMPLETED';
  readonly completedAt: string;
  readonly discussion: MeetingDiscussionWithChair | null;
  readonly sharedRecord: MeetingSharedRecord | null;
  readonly copySentToSqaAt: string | null;
}

export type MeetingObservation = NotStartedMeetingObservation | InProgressMeetingObservation | CompletedMeetingObservation;

export function initialState(): MeetingObservation {
  return { status: 'NOT_STARTED' };
}

export function evolve(state: MeetingObservation, event: MeetingObservationEvent): MeetingObservation {
  if (event.type === 'MeetingObservationStarted') {
    if (state.status !== 'NOT_STARTED') return state;
    return {
      status: 'IN_PROGRESS',
      observationId: event.data.observationId,
      started: event.data,
      observerId: event.data.observerId,
      chairId: event.data.chairId,
      meetingDate: event.data.meetingDate,
      areas: {},
    };
  }
  // Later facts without a started observation cannot be placed; evolve never throws.
  if (state.status === 'NOT_STARTED') return state;
  switch (event.type) {
    case 'MeetingObservationAreaJudged':
      return { ...state, areas: { ...state.areas, [event.data.area]: { judgement: event.data.judgement, comment: event.data.comment } } };
    case 'MeetingObservationCompleted':
      if (state.status === 'COMPLETED') return state;
      return { ...state, status: 'COMPLETED', completedAt: event.data.completedAt, discussion: null, sharedRecord: null, copySentToSqaAt: null };
    case 'MeetingObservationDiscussedWithChair':
      return state.status === 'COMPLETED' ? { ...state, discussion: { heldOn: event.data.heldOn, notes: event.data.notes } } : state;
    case 'MeetingObservationLearningAndActionsAgreed':
      return state.status === 'COMPLETED'
        ? { ...state, sharedRecord: { learning: event.data.learning, actions: event.data.actions, agreedAt: event.data.agreedAt } }
        : state;
    case 'MeetingObservationCopySentToSqa':
      return state.status === 'COMPLETED' ? { ...state, copySentToSqaAt: state.copySentToSqaAt ?? event.data.sentAt } : state;
    default:
      return assertNever(event);
  }
}
