/** The `supervisionLearningSummaries` read model (SUP-6): one document per Head of Service per quarter. */

export type SupervisionLearningSummaryDocumentStatus = 'DRAFT' | 'SUBMITTED' | 'REVIEWED';

export type SupervisionLearningSummaryDmtReviewDocument = {
  readonly reviewedBy: string | null;
  readonly reviewDate: string;
  readonly comments: string;
  readonly recordedAt: string;
};

export type SupervisionLearningSummaryDocument = {
  /** `<headOfServiceId>-<YYYY-Qn>`. */
  readonly id: string;
  readonly headOfServiceId: string;
  readonly quarter: string;
  readonly serviceAreaId: string | null;
  readonly status: SupervisionLearningSummaryDocumentStatus;
  readonly issues: string;
  readonly learning: string;
  readonly themes: readonly string[];
  readonly supervisionAuditIds: readonly string[];
  readonly firstDraftedAt: string;
  readonly lastDraftedAt: string;
  readonly submittedAt: string | null;
  readonly dmtReview: SupervisionLearningSummaryDmtReviewDocument | null;
  /** The stream revision last applied: events at or below it are already in. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
