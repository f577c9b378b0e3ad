import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  OBSERVATION_LEARNING_REPORT_EVENT_TYPES,
  observationLearningReportFromStreamId,
} from '../../libs/domain/src/observation-learning-report/index.js';
import { businessTime, dataOf, text } from '../staff/recorded-event-fields.js';
import type { ObservationLearningReportDocument } from './observation-learning-reports.document.js';

export const OBSERVATION_LEARNING_REPORTS_COLLECTION: CollectionDefinition = {
  name: 'observationLearningReports.v1',
  indexes: ['headOfServiceId', 'serviceAreaId', 'status'],
};

/**
 * One document per Head of Service per year (OBS-6), keyed by report id. Pure and idempotent: an
 * event at or below the document's revision returns the document itself. It never throws on a
 * recorded event: what it cannot read it leaves as it was.
 */
export const observationLearningReportsProjection: Projection<ObservationLearningReportDocument> = {
  name: 'observationLearningReports',
  version: 1,
  collection: OBSERVATION_LEARNING_REPORTS_COLLECTION,
  handles: OBSERVATION_LEARNING_REPORT_EVENT_TYPES,
  documentIds(event) {
    const report = observationLearningReportFromStreamId(event.streamId);
    return report === null ? [] : [report.reportId];
  },
  evolve: evolveObservationLearningReportDocument,
};

export function evolveObservationLearningReportDocument(
  document: ObservationLearningReportDocument | null,
  event: RecordedEvent,
): ObservationLearningReportDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const report = observationLearningReportFromStreamId(event.streamId);
  if (report === null) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  switch (event.type) {
    case 'ObservationLearningReportDrafted': {
      // A submitted report no longer changes (OBS-6); only the revision moves on.
      if (document?.status === 'SUBMITTED') return { ...document, revision: event.revision };
      const draftedAt = text(data['draftedAt']) ?? at;
      return {
        id: report.reportId,
        revision: event.revision,
        status: 'DRAFT',
        headOfServiceId: text(data['headOfServiceId']) ?? report.headOfServiceId,
        year: typeof data['year'] === 'number' ? data['year'] : report.year,
        serviceAreaId: text(data['serviceAreaId']) ?? document?.serviceAreaId ?? '',
        learning: text(data['learning']) ?? document?.learning ?? '',
        themes: Array.isArray(data['themes']) ? data['themes'].filter((t): t is string => typeof t === 'string') : (document?.themes ?? []),
        strengths: text(data['strengths']) ?? document?.strengths ?? '',
        areasForDevelopment: text(data['areasForDevelopment']) ?? document?.areasForDevelopment ?? '',
        firstDraftedAt: document?.firstDraftedAt ?? draftedAt,
        lastDraftedAt: draftedAt,
        submittedAt: null,
        lastUpdatedAt: at,
      };
    }
    case 'ObservationLearningReportSubmitted':
      if (document === null) return null;
      return { ...document, revision: event.revision, status: 'SUBMITTED', submittedAt: document.submittedAt ?? text(data['submittedAt']) ?? at, lastUpdatedAt: at };
    default:
      return document === null ? null : { ...document, revision: event.revision };
  }
}
