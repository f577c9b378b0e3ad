import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  CRS_MEETING_TYPES,
  CRS_MONITORING_FORM_EVENT_TYPES,
  crsMonitoringFormIdFromStreamId,
  planKindOf,
} from '../../libs/domain/src/index.js';
import type { MonitoringFormDocument } from './crs-monitoring.documents.js';
import { businessTime, concerns, dataOf, oneOf, rated, text } from './crs-monitoring.read.js';

export const MONITORING_FORMS_COLLECTION: CollectionDefinition = {
  name: 'crsMonitoringForms.v1',
  indexes: ['chairId', 'teamManagerId', 'socialWorkerId', 'azeusNumber', 'meetingMonth'],
};

/**
 * One document per monitoring form (CRS-3), keyed by form id. Pure and idempotent: an event at or
 * below the document's revision returns the document itself. Never throws on a recorded event.
 */
export const monitoringFormsProjection: Projection<MonitoringFormDocument> = {
  name: 'crsMonitoringForms',
  version: 1,
  collection: MONITORING_FORMS_COLLECTION,
  handles: CRS_MONITORING_FORM_EVENT_TYPES,
  documentIds(event) {
    const formId = crsMonitoringFormIdFromStreamId(event.streamId);
    return formId === null ? [] : [formId];
  },
  evolve: evolveMonitoringFormDocument,
};

export function evolveMonitoringFormDocument(document: MonitoringFormDocument | null, event: RecordedEvent): MonitoringFormDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  if (event.type === 'CrsMonitoringFormSubmitted') return document ?? submitted(event, data);
  if (document === null) return null;
  const next: MonitoringFormDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  switch (event.type) {
    case 'CrsMonitoringFormUsedInSupervision': {
      const supervisionDate = text(data['supervisionDate']);
      return supervisionDate === null
        ? next
        : { ...next, usedInSupervision: [...document.usedInSupervision, { supervisionDate, notes: text(data['notes']) }] };
    }
    default:
      // An event type this version does not know only moves the revision on.
      return next;
  }
}

function submitted(event: RecordedEvent, data: Record<string, unknown>): MonitoringFormDocument | null {
  const id = crsMonitoringFormIdFromStreamId(event.streamId);
  const meetingType = oneOf(data['meetingType'], CRS_MEETING_TYPES);
  if (id === null || meetingType === null) return null;
  const meetingDate = text(data['meetingDate']) ?? '';
  return {
    id,
    revision: event.revision,
    meetingType,
    planKind: planKindOf(meetingType),
    meetingDate,
    meetingMonth: meetingDate.slice(0, 7),
    nextMeetingDate: text(data['nextMeetingDate']),
    azeusNumber: text(data['azeusNumber']) ?? '',
    socialWorkerId: text(data['socialWorkerId']) ?? '',
    teamManagerId: text(data['teamManagerId']) ?? '',
    teamId: text(data['teamId']),
    chairId: text(data['chairId']) ?? '',
    chairRole: text(data['chairRole']) ?? '',
    preparation: rated(data['preparation']),
    assessment: rated(data['assessment']),
    plan: rated(data['plan']),
    concerns: concerns(data['concerns']),
    usedInSupervision: [],
    submittedAt: text(data['submittedAt']) ?? businessTime(event),
    lastUpdatedAt: businessTime(event),
  };
}
