import type { DomainEvent, Role } from '../shared/decider.js';
import type { ConcernsRaised, CrsPlanKind } from '../crs-monitoring-form/conference-and-review.values.js';
import type { DriftOrDelay, MidwayReviewAgreedAction, PlanProgressionJudgement } from './midway-review.values.js';

/** CRS-3: a midway review held between the chair and the social worker, with what it found and agreed. */
export type MidwayReviewHeld = DomainEvent<
  'MidwayReviewHeld',
  {
    readonly reviewId: string;
    readonly planKind: CrsPlanKind;
    readonly azeusNumber: string;
    readonly socialWorkerId: string;
    readonly teamManagerId: string;
    readonly teamId: string | null;
    readonly chairId: string;
    readonly chairRole: Role;
    readonly previousMeetingDate: string;
    readonly nextMeetingDate: string;
    /** The midpoint the review was due on (CRS-3), fixed when it was held. */
    readonly dueOn: string;
    readonly heldOn: string;
    readonly planProgression: PlanProgressionJudgement;
    readonly driftOrDelay: DriftOrDelay;
    readonly concerns: ConcernsRaised;
    readonly agreedActions: readonly MidwayReviewAgreedAction[];
    readonly recordedAt: string;
  }
>;

export type MidwayReviewEvent = MidwayReviewHeld;

export const MIDWAY_REVIEW_EVENT_TYPES: readonly MidwayReviewEvent['type'][] = ['MidwayReviewHeld'];
