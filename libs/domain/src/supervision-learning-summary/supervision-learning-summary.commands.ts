import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of the quarterly supervision learning summary (SUP-6). The Head of Service
 * or DMT member is the actor of the command (metadata).
 */

/** Write the summary, or revise it while it is not yet submitted. */
export type DraftSupervisionLearningSummary = Command<
  'DraftSupervisionLearningSummary',
  {
    /** Must be the actor, a Head of Service. */
    readonly headOfServiceId: string;
    /** YYYY-Qn; a quarter that has begun. */
    readonly quarter: string;
    /** The Head of Service's service area, where known. */
    readonly serviceAreaId?: string | null;
    readonly issues: string;
    readonly learning: string;
    readonly themes?: readonly string[] | null;
    /** The supervision audits the summary draws on, where the Head of Service names them. */
    readonly supervisionAuditIds?: readonly string[] | null;
  }
>;

export type SubmitSupervisionLearningSummary = Command<
  'SubmitSupervisionLearningSummary',
  { readonly headOfServiceId: string; readonly quarter: string }
>;

export type RecordDmtReviewOfSupervisionLearningSummary = Command<
  'RecordDmtReviewOfSupervisionLearningSummary',
  {
    readonly headOfServiceId: string;
    readonly quarter: string;
    /** YYYY-MM-DD of the DMT meeting that reviewed it. */
    readonly reviewDate: string;
    readonly comments: string;
  }
>;

export type SupervisionLearningSummaryCommand =
  | DraftSupervisionLearningSummary
  | SubmitSupervisionLearningSummary
  | RecordDmtReviewOfSupervisionLearningSummary;
