import { GRADES, type Grade } from '../case-file-audit/case-file-audit.values.js';
import type { Role } from '../shared/decider.js';

/**
 * The words of the Conference and Review Service (framework appendix D; DOMAIN.md CRS-2..CRS-4),
 * shared by the chairs' monitoring forms and midway reviews and the CRS team manager's checks.
 */

/** The meetings an independent chair chairs (MTG-2's words): a CP conference, initial or review, and a LAC review. */
export const CRS_MEETING_TYPES = ['CP_CONFERENCE_INITIAL', 'CP_CONFERENCE_REVIEW', 'LAC_REVIEW'] as const;
export type CrsMeetingType = (typeof CRS_MEETING_TYPES)[number];

export const CRS_MEETING_TYPE_LABELS: Readonly<Record<CrsMeetingType, string>> = {
  CP_CONFERENCE_INITIAL: 'Child protection conference (initial)',
  CP_CONFERENCE_REVIEW: 'Child protection conference (review)',
  LAC_REVIEW: 'Looked after child review',
};

/** The plan a meeting makes or reviews: a child protection plan or a looked after child's plan. */
export const CRS_PLAN_KINDS = ['CP', 'LAC'] as const;
export type CrsPlanKind = (typeof CRS_PLAN_KINDS)[number];

export function planKindOf(meetingType: CrsMeetingType): CrsPlanKind {
  return meetingType === 'LAC_REVIEW' ? 'LAC' : 'CP';
}

/**
 * The judgement of a quality ("quality of assessment and plan", "robust, SMART and child centred"):
 * the framework's own four grades, so CRS findings read like every other audit's.
 */
export const CRS_RATINGS: readonly Grade[] = GRADES;
export type CrsRating = Grade;

/** Independent chairs: IROs review children looked after, CP chairs children subject to a CP plan (section 2). */
export const INDEPENDENT_CHAIR_ROLES: readonly Role[] = ['IRO', 'CP_CHAIR'];

/**
 * Appendix D: "Where concerns are raised, the independent chair may escalate these concerns either
 * formally or informally", and "will follow the case escalation process" wherever concerns are
 * raised. So a concern is always followed by an escalation, informal or formal (CRS-1).
 */
export const CONCERN_ESCALATION_ROUTES = ['INFORMAL', 'FORMAL'] as const;
export type ConcernEscalationRoute = (typeof CONCERN_ESCALATION_ROUTES)[number];

/** A judged quality: the rating and what the judge saw. */
export type RatedJudgement = {
  readonly rating: CrsRating;
  readonly comments: string;
};

/** "Any concerns": none, or what they are and how the chair escalated them (CRS-1). */
export type ConcernsRaised =
  | { readonly raised: false }
  | {
      readonly raised: true;
      readonly details: string;
      readonly escalationRoute: ConcernEscalationRoute;
      /** The escalation raised for them (CRS-1), where the chair names it. */
      readonly escalationId: string | null;
    };
