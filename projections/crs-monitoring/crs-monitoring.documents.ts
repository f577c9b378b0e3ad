import type {
  ConcernEscalationRoute,
  CrsMeetingType,
  CrsPlanKind,
  CrsQualityCheckKind,
  CrsRating,
  MidwayReviewAgreedAction,
  PlanProgression,
} from '../../libs/domain/src/index.js';

/**
 * The read models of the Conference and Review Service's quality assurance (appendix D): the chairs'
 * monitoring forms and midway reviews (CRS-3) and the CRS team manager's checks (CRS-2), each
 * document carrying the stream revision of the last event applied. Plain JSON; `type`, not
 * `interface`, so each is a ReadStore `Document`.
 */

export type RatedJudgementDocument = { readonly rating: CrsRating | null; readonly comments: string };

export type ConcernsDocument = {
  readonly raised: boolean;
  readonly details: string | null;
  readonly escalationRoute: ConcernEscalationRoute | null;
  readonly escalationId: string | null;
};

export type MonitoringFormDocument = {
  readonly id: string;
  readonly revision: number;
  readonly meetingType: CrsMeetingType;
  readonly planKind: CrsPlanKind;
  readonly meetingDate: string;
  /** YYYY-MM of the meeting: the month the form reports in (CRS-4). */
  readonly meetingMonth: string;
  readonly nextMeetingDate: string | null;
  readonly azeusNumber: string;
  readonly socialWorkerId: string;
  readonly teamManagerId: string;
  readonly teamId: string | null;
  readonly chairId: string;
  readonly chairRole: string;
  readonly preparation: RatedJudgementDocument;
  readonly assessment: RatedJudgementDocument;
  readonly plan: RatedJudgementDocument;
  readonly concerns: ConcernsDocument;
  readonly usedInSupervision: readonly { readonly supervisionDate: string; readonly notes: string | null }[];
  readonly submittedAt: string;
  readonly lastUpdatedAt: string;
};

export type MidwayReviewDocument = {
  readonly id: string;
  readonly revision: number;
  readonly planKind: CrsPlanKind;
  readonly azeusNumber: string;
  readonly socialWorkerId: string;
  readonly teamManagerId: string;
  readonly teamId: string | null;
  readonly chairId: string;
  readonly chairRole: string;
  readonly previousMeetingDate: string;
  readonly nextMeetingDate: string;
  readonly dueOn: string;
  readonly heldOn: string;
  /** YYYY-MM the review was held: the month it reports in (CRS-4). */
  readonly heldMonth: string;
  /** Held by the midpoint plus the tolerance (CRS-3). */
  readonly heldOnTime: boolean;
  readonly planProgression: { readonly progression: PlanProgression | null; readonly comments: string };
  readonly driftOrDelay: { readonly found: boolean; readonly details: string | null };
  readonly concerns: ConcernsDocument;
  readonly agreedActions: readonly MidwayReviewAgreedAction[];
  readonly recordedAt: string;
  readonly lastUpdatedAt: string;
};

export const CRS_CHECK_SECTIONS = ['OBSERVATION', 'MINUTES', 'PLAN'] as const;
export type CrsCheckSection = (typeof CRS_CHECK_SECTIONS)[number];

/** One judged criterion of a check, with the criterion's words. */
export type CrsCheckJudgementDocument = {
  readonly section: CrsCheckSection;
  readonly criterion: string;
  readonly text: string;
  readonly rating: CrsRating | null;
  readonly comments: string;
};

export type CrsQualityCheckDocument = {
  readonly id: string;
  readonly revision: number;
  readonly kind: CrsQualityCheckKind;
  readonly crsTeamManagerId: string;
  readonly planKind: CrsPlanKind;
  /** The meeting observed or whose minutes were audited; null for a plan audit. */
  readonly meetingType: CrsMeetingType | null;
  /** The meeting observed, whose minutes were audited, or that made the plan. */
  readonly meetingDate: string;
  readonly azeusNumber: string;
  readonly chairId: string;
  readonly socialWorkerId: string | null;
  /** The day the check was done (the meeting observed, or the audit); the month it counts in (CRS-2). */
  readonly checkedOn: string;
  readonly checkedMonth: string;
  readonly judgements: readonly CrsCheckJudgementDocument[];
  readonly feedbackForChair: string;
  readonly feedbackForWiderTeams: string | null;
  readonly feedbackGivenToChairOn: string | null;
  readonly recordedAt: string;
  readonly lastUpdatedAt: string;
};
