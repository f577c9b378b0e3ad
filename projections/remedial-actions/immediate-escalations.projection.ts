import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { IMMEDIATE_ESCALATION_EVENT_TYPES, escalationIdFromStreamId } from '../../libs/domain/src/index.js';
import type { ImmediateEscalationDocument } from './remedial-actions.document.js';
import { businessTime, isRecord, notificationOf, text } from './read-event.js';

export const IMMEDIATE_ESCALATIONS_COLLECTION: CollectionDefinition = {
  name: 'immediateEscalations.v1',
  indexes: ['managerId', 'socialWorkerId', 'azeusNumber', 'auditId', 'status'],
};

/**
 * One document per immediate escalation (CFA-13), keyed by escalation id: by manager, by social
 * worker, by case, by audit, by status. Pure, idempotent by stream revision, never throws.
 */
export const immediateEscalationsProjection: Projection<ImmediateEscalationDocument> = {
  name: 'immediateEscalations',
  version: 1,
  collection: IMMEDIATE_ESCALATIONS_COLLECTION,
  handles: IMMEDIATE_ESCALATION_EVENT_TYPES,
  documentIds(event) {
    const escalationId = escalationIdFromStreamId(event.streamId);
    return escalationId === null ? [] : [escalationId];
  },
  evolve: evolveImmediateEscalationDocument,
};

export function evolveImmediateEscalationDocument(
  document: ImmediateEscalationDocument | null,
  event: RecordedEvent,
): ImmediateEscalationDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};
  if (event.type === 'ImmediateEscalationRaised') return document ?? raised(event, data);
  if (document === null) return null;

  const next: ImmediateEscalationDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  switch (event.type) {
    case 'ImmediateEscalationNotificationSent': {
      const notification = notificationOf(data, text(data['sentAt']) ?? businessTime(event));
      if (notification === null || document.notifications.some((n) => n.notificationId === notification.notificationId)) return next;
      return { ...next, notifications: [...document.notifications, notification] };
    }
    case 'ImmediateEscalationAcknowledged':
      return {
        ...next,
        status: 'ACKNOWLEDGED',
        acknowledgedBy: text(data['acknowledgedBy']),
        acknowledgedAt: text(data['acknowledgedAt']) ?? businessTime(event),
        response: text(data['response']),
      };
    default:
      return document;
  }
}

function raised(event: RecordedEvent, data: Record<string, unknown>): ImmediateEscalationDocument {
  const source = isRecord(data['source']) ? data['source'] : {};
  const auditId = text(source['id']) ?? '';
  const criterion = typeof data['criterion'] === 'number' ? data['criterion'] : null;
  return {
    id: text(data['escalationId']) ?? escalationIdFromStreamId(event.streamId) ?? event.streamId,
    source: { kind: text(source['kind']) ?? 'CASE_FILE_AUDIT', id: auditId },
    auditId,
    azeusNumber: text(data['azeusNumber']) ?? '',
    scope: data['scope'] === 'CRITERION' || data['scope'] === 'OVERALL' ? data['scope'] : criterion === null ? 'OVERALL' : 'CRITERION',
    criterion,
    reason: text(data['reason']) ?? '',
    managerId: text(data['managerId']) ?? '',
    managerName: text(data['managerName']) ?? '',
    socialWorkerId: text(data['socialWorkerId']) ?? '',
    socialWorkerName: text(data['socialWorkerName']) ?? '',
    escalatedBy: text(data['escalatedBy']) ?? '',
    escalatedAt: text(data['escalatedAt']) ?? businessTime(event),
    status: 'RAISED',
    revision: event.revision,
    notifications: [],
    acknowledgedBy: null,
    acknowledgedAt: null,
    response: null,
    lastUpdatedAt: businessTime(event),
  };
}
