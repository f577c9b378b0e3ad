import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { SUPERVISION_SESSION_EVENT_TYPES, sessionIdFromStreamId } from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text } from './recorded-event-fields.js';
import type { SupervisionSessionDocument } from './supervision-sessions.document.js';

export const SUPERVISION_SESSIONS_COLLECTION: CollectionDefinition = {
  name: 'supervisionSessions.v2',
  indexes: ['supervisorId', 'superviseeId', 'status', 'month'],
};

/**
 * One document per supervision session, keyed by session id: what CFA-4 counts compliance audits
 * against. Pure, idempotent by stream revision, never throws on a recorded event.
 */
export const supervisionSessionsProjection: Projection<SupervisionSessionDocument> = {
  name: 'supervisionSessions',
  // v2: month, so CFA-4 reads a month's sessions of a supervisor and walks back to a supervisee's previous one.
  version: 2,
  collection: SUPERVISION_SESSIONS_COLLECTION,
  handles: SUPERVISION_SESSION_EVENT_TYPES,
  documentIds(event) {
    const sessionId = sessionIdFromStreamId(event.streamId);
    return sessionId === null ? [] : [sessionId];
  },
  evolve: (document, event) => withMonth(evolveSupervisionSessionDocument(document, event)),
};

/** The month (YYYY-MM) of the session's date: an index for the CFA-4 quota. */
export function withMonth(document: SupervisionSessionDocument | null): SupervisionSessionDocument | null {
  if (document === null) return null;
  const month = typeof document.date === 'string' ? document.date.slice(0, 7) : null;
  return document.month === month ? document : { ...document, month };
}

export function evolveSupervisionSessionDocument(
  document: SupervisionSessionDocument | null,
  event: RecordedEvent,
): SupervisionSessionDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const sessionId = text(data['sessionId']) ?? sessionIdFromStreamId(event.streamId) ?? event.streamId;
  const base = { revision: event.revision, lastUpdatedAt: businessTime(event) };

  switch (event.type) {
    case 'SupervisionSessionPlanned': {
      if (document !== null) return document;
      const plannedFor = text(data['plannedFor']);
      if (plannedFor === null) return null;
      return {
        id: sessionId,
        sessionId,
        supervisorId: text(data['supervisorId']) ?? '',
        superviseeId: text(data['superviseeId']) ?? '',
        status: 'PLANNED',
        plannedFor,
        heldOn: null,
        cancelledReason: null,
        date: plannedFor,
        ...base,
      };
    }
    case 'SupervisionSessionRescheduled': {
      const plannedFor = text(data['plannedFor']);
      if (document === null) return null;
      if (plannedFor === null || document.status !== 'PLANNED') return { ...document, ...base };
      return { ...document, ...base, plannedFor, date: plannedFor };
    }
    case 'SupervisionSessionHeld': {
      const heldOn = text(data['heldOn']);
      if (heldOn === null) return document === null ? null : { ...document, ...base };
      return {
        id: sessionId,
        sessionId,
        plannedFor: document?.plannedFor ?? null,
        cancelledReason: null,
        supervisorId: text(data['supervisorId']) ?? document?.supervisorId ?? '',
        superviseeId: text(data['superviseeId']) ?? document?.superviseeId ?? '',
        status: 'HELD',
        heldOn,
        date: heldOn,
        ...base,
      };
    }
    case 'SupervisionSessionCancelled':
      if (document === null) return null;
      return { ...document, ...base, status: 'CANCELLED', cancelledReason: text(data['reason']) ?? '' };
    default:
      return document;
  }
}
