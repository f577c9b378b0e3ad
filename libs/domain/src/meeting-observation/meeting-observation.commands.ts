import type { Command } from '../shared/decider.js';

/**
 * Commands carry raw input (strings where the API takes strings); the decider validates it. The
 * observer is the actor of StartMeetingObservation, and only they record anything after it.
 */

export type StartMeetingObservation = Command<
  'StartMeetingObservation',
  {
    readonly observationId: string;
    readonly meetingType: string;
    /** CP conference only: INITIAL or REVIEW (MTG-2). */
    readonly conferenceStage?: string | null;
    readonly meetingDate: string;
    /** The member of staff who chaired the meeting, with whom the record is discussed (MTG-4). */
    readonly chairId: string;
    /** The child's case, where the meeting is about one. */
    readonly azeusNumber?: string | null;
    readonly teamId?: string | null;
    readonly serviceAreaId?: string | null;
  }
>;

export type JudgeMeetingArea = Command<
  'JudgeMeetingArea',
  { readonly observationId: string; readonly area: string; readonly judgement: string; readonly comment: string }
>;

export type CompleteMeetingObservation = Command<'CompleteMeetingObservation', { readonly observationId: string }>;

export type RecordMeetingDiscussionWithChair = Command<
  'RecordMeetingDiscussionWithChair',
  { readonly observationId: string; readonly heldOn: string; readonly notes: string }
>;

export type MeetingAgreedActionInput = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  readonly managerId: string;
  readonly timescale: string;
};

export type AgreeMeetingLearningAndActions = Command<
  'AgreeMeetingLearningAndActions',
  { readonly observationId: string; readonly learning: string; readonly actions: readonly MeetingAgreedActionInput[] }
>;

export type RecordMeetingObservationCopySentToSqa = Command<'RecordMeetingObservationCopySentToSqa', { readonly observationId: string }>;

export type MeetingObservationCommand =
  | StartMeetingObservation
  | JudgeMeetingArea
  | CompleteMeetingObservation
  | RecordMeetingDiscussionWithChair
  | AgreeMeetingLearningAndActions
  | RecordMeetingObservationCopySentToSqa;
