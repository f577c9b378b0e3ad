import type {
  MeetingAgreedAction,
  MeetingArea,
  MeetingConferenceStage,
  MeetingJudgement,
  MeetingObserverRole,
  MeetingType,
} from '../../libs/domain/src/meeting-observation/index.js';

/**
 * The read model of one observation of a key meeting (framework section 6, MTG-1..MTG-4): the
 * meeting, the fourteen areas as rows, the discussion with the chair, the shared record of
 * learning and actions and the copy to S&QA. Plain JSON; `type`, not `interface`, so it is a
 * ReadStore `Document`.
 */

export type MeetingAreaDocument = {
  readonly area: MeetingArea;
  /** The area as section 6 words it. */
  readonly title: string;
  readonly judgement: MeetingJudgement | null;
  readonly comment: string | null;
  readonly judgedAt: string | null;
};

/** What the observer still has to do, in the order the framework sets (MTG-3, MTG-4). */
export const MEETING_OBSERVATION_NEXT_STEPS = [
  'JUDGE_AREAS',
  'COMPLETE',
  'DISCUSS_WITH_CHAIR',
  'AGREE_LEARNING_AND_ACTIONS',
  'SEND_COPY_TO_SQA',
  'DONE',
] as const;
export type MeetingObservationNextStep = (typeof MEETING_OBSERVATION_NEXT_STEPS)[number];

export type MeetingObservationDocumentStatus = 'IN_PROGRESS' | 'COMPLETED';

export type MeetingObservationDocument = {
  readonly id: string;
  readonly observerId: string;
  readonly observerRole: MeetingObserverRole | null;
  readonly meetingType: MeetingType;
  readonly meetingTypeTitle: string;
  readonly conferenceStage: MeetingConferenceStage | null;
  /** YYYY-MM-DD; the date MTG-1 counts the observation on. */
  readonly meetingDate: string;
  readonly chairId: string;
  readonly azeusNumber: string | null;
  readonly teamId: string | null;
  readonly serviceAreaId: string | null;
  readonly status: MeetingObservationDocumentStatus;
  /** Always fourteen rows, in section 6's order. */
  readonly areas: readonly MeetingAreaDocument[];
  readonly areasJudged: number;
  readonly discussionWithChair: { readonly heldOn: string; readonly notes: string; readonly recordedAt: string } | null;
  readonly sharedRecord: {
    readonly learning: string;
    readonly actions: readonly MeetingAgreedAction[];
    readonly agreedBy: string | null;
    readonly agreedAt: string;
  } | null;
  readonly copySentToSqaAt: string | null;
  readonly copySentToSqaBy: string | null;
  readonly nextStep: MeetingObservationNextStep;
  readonly startedAt: string;
  readonly completedAt: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
