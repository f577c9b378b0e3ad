import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  SUPERVISION_LEARNING_SUMMARY_EVENT_TYPES,
  supervisionLearningSummaryFromStreamId,
} from '../../libs/domain/src/supervision-learning-summary/index.js';
import type { SupervisionLearningSummaryDocument } from './supervision-learning-summaries.document.js';

export const SUPERVISION_LEARNING_SUMMARIES_COLLECTION: CollectionDefinition = {
  name: 'supervisionLearningSummaries.v1',
  indexes: ['headOfServiceId', 'quarter', 'status'],
};

/**
 * SUP-6: one document per Head of Service per quarter, keyed by summary id. Pure and idempotent:
 * an event at or below the document's revision returns the document itself. It never throws on a
 * recorded event: a field it cannot read is left as it was or defaulted.
 */
export const supervisionLearningSummariesProjection: Projection<SupervisionLearningSummaryDocument> = {
  name: 'supervisionLearningSummaries',
  version: 1,
  collection: SUPERVISION_LEARNING_SUMMARIES_COLLECTION,
  handles: SUPERVISION_LEARNING_SUMMARY_EVENT_TYPES,
  documentIds(event) {
    const summary = supervisionLearningSummaryFromStreamId(event.streamId);
    return summary === null ? [] : [summary.summaryId];
  },
  evolve: evolveSupervisionLearningSummaryDocument,
};

export function evolveSupervisionLearningSummaryDocument(
  document: SupervisionLearningSummaryDocument | null,
  event: RecordedEvent,
): SupervisionLearningSummaryDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};
  const when = (field: string): string => text(data[field]) ?? businessTime(event);

  switch (event.type) {
    case 'SupervisionLearningSummaryDrafted': {
      // A draft after submission is never decided; if one were recorded it would not reopen it.
      if (document !== null && document.status !== 'DRAFT') return { ...document, revision: event.revision };
      const fromStream = supervisionLearningSummaryFromStreamId(event.streamId);
      const draftedAt = when('draftedAt');
      return {
        id: fromStream?.summaryId ?? text(data['summaryId']) ?? event.streamId,
        headOfServiceId: text(data['headOfServiceId']) ?? fromStream?.headOfServiceId ?? '',
        quarter: text(data['quarter']) ?? fromStream?.quarter ?? '',
        serviceAreaId: text(data['serviceAreaId']),
        status: 'DRAFT',
        issues: text(data['issues']) ?? '',
        learning: text(data['learning']) ?? '',
        themes: texts(data['themes']),
        supervisionAuditIds: texts(data['supervisionAuditIds']),
        firstDraftedAt: document?.firstDraftedAt ?? draftedAt,
        lastDraftedAt: draftedAt,
        submittedAt: null,
        dmtReview: null,
        revision: event.revision,
        lastUpdatedAt: businessTime(event),
      };
    }
    case 'SupervisionLearningSummarySubmitted':
      if (document === null) return null;
      return {
        ...document,
        status: document.status === 'REVIEWED' ? 'REVIEWED' : 'SUBMITTED',
        submittedAt: document.submittedAt ?? when('submittedAt'),
        revision: event.revision,
        lastUpdatedAt: businessTime(event),
      };
    case 'SupervisionLearningSummaryReviewedByDmt':
      if (document === null) return null;
      return {
        ...document,
        status: 'REVIEWED',
        dmtReview: document.dmtReview ?? {
          reviewedBy: text(data['reviewedBy']),
          reviewDate: text(data['reviewDate']) ?? '',
          comments: text(data['comments']) ?? '',
          recordedAt: when('recordedAt'),
        },
        revision: event.revision,
        lastUpdatedAt: businessTime(event),
      };
    default:
      return document;
  }
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
