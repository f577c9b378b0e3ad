/**
 * Midway reviews (appendix D, CRS-3): "held between the independent chair and social worker mid-way
 * between conferences and reviews. These reviews are used to assess the progression of plans and
 * ensure there is no drift or delay. Where concerns are raised, the independent chair may escalate
 * these concerns either formally or informally."
 */

/** How far the plan has progressed since the last conference or review. */
export const PLAN_PROGRESSIONS = ['PROGRESSING', 'PARTLY_PROGRESSING', 'NOT_PROGRESSING'] as const;
export type PlanProgression = (typeof PLAN_PROGRESSIONS)[number];

export type PlanProgressionJudgement = { readonly progression: PlanProgression; readonly comments: string };

/** "Ensure there is no drift or delay": found or not, and what it is. */
export type DriftOrDelay = { readonly found: false } | { readonly found: true; readonly details: string };

/** An action the chair and social worker agree at the review; raised as a remedial action (CFA-7). */
export type MidwayReviewAgreedAction = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  /** Who reviews completion; never the owner. */
  readonly managerId: string;
  /** YYYY-MM-DD. */
  readonly timescale: string;
};
