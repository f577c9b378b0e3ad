import type { DomainEvent } from '../shared/decider.js';

/**
 * The facts of a Head of Service's quarterly summary of issues and learning from supervision
 * audits, and DMT's review of it (SUP-6). Type strings never change; times are the business time
 * of the command (`metadata.now`), the actor is in the event metadata.
 */

/** Written, or revised before submission: the whole summary as it now stands. */
export type SupervisionLearningSummaryDrafted = DomainEvent<
  'SupervisionLearningSummaryDrafted',
  {
    readonly summaryId: string;
    readonly headOfServiceId: string;
    readonly quarter: string;
    readonly serviceAreaId: string | null;
    readonly issues: string;
    readonly learning: string;
    readonly themes: readonly string[];
    readonly supervisionAuditIds: readonly string[];
    readonly draftedAt: string;
  }
>;

export type SupervisionLearningSummarySubmitted = DomainEvent<
  'SupervisionLearningSummarySubmitted',
  { readonly summaryId: string; readonly headOfServiceId: string; readonly quarter: string; readonly submittedAt: string }
>;

export type SupervisionLearningSummaryReviewedByDmt = DomainEvent<
  'SupervisionLearningSummaryReviewedByDmt',
  {
    readonly summaryId: string;
    readonly reviewedBy: string;
    readonly reviewDate: string;
    readonly comments: string;
    readonly recordedAt: string;
  }
>;

export type SupervisionLearningSummaryEvent =
  | SupervisionLearningSummaryDrafted
  | SupervisionLearningSummarySubmitted
  | SupervisionLearningSummaryReviewedByDmt;

export const SUPERVISION_LEARNING_SUMMARY_EVENT_TYPES = [
  'SupervisionLearningSummaryDrafted',
  'SupervisionLearningSummarySubmitted',
  'SupervisionLearningSummaryReviewedByDmt',
] as const satisfies readonly SupervisionLearningSummaryEvent['type'][];
