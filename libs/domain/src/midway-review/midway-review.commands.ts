import type { Command } from '../shared/decider.js';
import type { ConcernsInput } from '../crs-monitoring-form/conference-and-review.checks.js';

/** The chair is the actor of RecordMidwayReview; raw input, validated by the decider. */
export type RecordMidwayReview = Command<
  'RecordMidwayReview',
  {
    readonly reviewId: string;
    /** One of CRS_PLAN_KINDS: the CP plan or the LAC plan reviewed. */
    readonly planKind: string;
    readonly azeusNumber: string;
    readonly socialWorkerId: string;
    readonly teamManagerId: string;
    readonly teamId?: string | null;
    /** YYYY-MM-DD of the conference or review before, and of the one after. */
    readonly previousMeetingDate: string;
    readonly nextMeetingDate: string;
    /** YYYY-MM-DD the midway review was held; between the two, not in the future. */
    readonly heldOn: string;
    readonly planProgression: { readonly progression: string; readonly comments?: string | null };
    readonly driftOrDelay: { readonly found: boolean; readonly details?: string | null };
    readonly concerns: ConcernsInput;
    readonly agreedActions?: readonly {
      readonly actionId: string;
      readonly description: string;
      readonly ownerId: string;
      readonly managerId: string;
      readonly timescale: string;
    }[];
  }
>;

export type MidwayReviewCommand = RecordMidwayReview;
