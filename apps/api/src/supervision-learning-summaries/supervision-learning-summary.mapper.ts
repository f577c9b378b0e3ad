import type {
  MissingSupervisionLearningSummary as MissingDocument,
  SupervisionLearningSummaryDocument,
} from '../../../../projections/supervision-learning-summaries/index.js';
import type { MissingSupervisionLearningSummary, SupervisionLearningSummary } from './models/supervision-learning-summary.model.js';

/** Copies read-model documents into the GraphQL output types field by field. */
export function toSupervisionLearningSummary(d: SupervisionLearningSummaryDocument): SupervisionLearningSummary {
  return {
    id: d.id,
    headOfServiceId: d.headOfServiceId,
    quarter: d.quarter,
    serviceAreaId: d.serviceAreaId,
    status: d.status,
    issues: d.issues,
    learning: d.learning,
    themes: [...d.themes],
    supervisionAuditIds: [...d.supervisionAuditIds],
    firstDraftedAt: d.firstDraftedAt,
    lastDraftedAt: d.lastDraftedAt,
    submittedAt: d.submittedAt,
    dmtReview:
      d.dmtReview === null
        ? null
        : { reviewedBy: d.dmtReview.reviewedBy, reviewDate: d.dmtReview.reviewDate, comments: d.dmtReview.comments, recordedAt: d.dmtReview.recordedAt },
    revision: d.revision,
    lastUpdatedAt: d.lastUpdatedAt,
  };
}

export function toMissingSupervisionLearningSummary(m: MissingDocument): MissingSupervisionLearningSummary {
  return { headOfServiceId: m.headOfServiceId, name: m.name, quarter: m.quarter, status: m.status, summaryId: m.summaryId, asAt: m.asAt };
}
