import type { SupervisionLearningSummaryEvent } from './supervision-learning-summary.events.js';

type Written = {
  readonly summaryId: string;
  readonly headOfServiceId: string;
  readonly quarter: string;
  readonly serviceAreaId: string | null;
  readonly issues: string;
  readonly learning: string;
  readonly themes: readonly string[];
  readonly supervisionAuditIds: readonly string[];
};

export type DmtReview = { readonly reviewedBy: string; readonly reviewDate: string; readonly comments: string };

export type NotWrittenSupervisionLearningSummary = { readonly status: 'NOT_WRITTEN' };
export type DraftSupervisionLearningSummaryState = Written & { readonly status: 'DRAFT' };
export type SubmittedSupervisionLearningSummary = Written & { readonly status: 'SUBMITTED'; readonly submittedAt: string };
export type ReviewedSupervisionLearningSummary = Written & {
  readonly status: 'REVIEWED';
  readonly submittedAt: string;
  readonly dmtReview: DmtReview;
};

export type SupervisionLearningSummary =
  | NotWrittenSupervisionLearningSummary
  | DraftSupervisionLearningSummaryState
  | SubmittedSupervisionLearningSummary
  | ReviewedSupervisionLearningSummary;
export type SupervisionLearningSummaryStatus = SupervisionLearningSummary['status'];

export function initialState(): SupervisionLearningSummary {
  return { status: 'NOT_WRITTEN' };
}

/** Folds recorded facts; never throws. A fact that does not fit the state leaves it as it was. */
export function evolve(state: SupervisionLearningSummary, event: SupervisionLearningSummaryEvent): SupervisionLearningSummary {
  switch (event.type) {
    case 'SupervisionLearningSummaryDrafted': {
      if (state.status !== 'NOT_WRITTEN' && state.status !== 'DRAFT') return state;
      const d = event.data;
      return {
        status: 'DRAFT',
        summaryId: d.summaryId,
        headOfServiceId: d.headOfServiceId,
        quarter: d.quarter,
        serviceAreaId: d.serviceAreaId,
        issues: d.issues,
        learning: d.learning,
        themes: d.themes,
        supervisionAuditIds: d.supervisionAuditIds,
      };
    }
    case 'SupervisionLearningSummarySubmitted':
      if (state.status !== 'DRAFT') return state;
      return { ...state, status: 'SUBMITTED', submittedAt: event.data.submittedAt };
    case 'SupervisionLearningSummaryReviewedByDmt':
      if (state.status !== 'SUBMITTED') return state;
      return {
        ...state,
        status: 'REVIEWED',
        dmtReview: { reviewedBy: event.data.reviewedBy, reviewDate: event.data.reviewDate, comments: event.data.comments },
      };
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}
