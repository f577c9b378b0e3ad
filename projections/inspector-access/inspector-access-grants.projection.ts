import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { INSPECTOR_ACCESS_EVENT_TYPES, inspectorAccessGrantIdFromStreamId } from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text } from '../staff/recorded-event-fields.js';
import type { InspectorAccessGrantDocument } from './inspector-access-grants.document.js';

export const INSPECTOR_ACCESS_GRANTS_COLLECTION: CollectionDefinition = {
  name: 'inspectorAccessGrants.v1',
  indexes: ['inspectorId', 'status', 'grantedBy'],
};

/**
 * One document per inspector access grant, keyed by its id (issue 6 item 3). Pure, idempotent by
 * stream revision, and never throws on a recorded event: a grant whose window cannot be read is
 * left out, so it never lets anyone in.
 */
export const inspectorAccessGrantsProjection: Projection<InspectorAccessGrantDocument> = {
  name: 'inspectorAccessGrants',
  version: 1,
  collection: INSPECTOR_ACCESS_GRANTS_COLLECTION,
  handles: INSPECTOR_ACCESS_EVENT_TYPES,
  documentIds(event) {
    const id = inspectorAccessGrantIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveInspectorAccessGrantDocument,
};

export function evolveInspectorAccessGrantDocument(
  document: InspectorAccessGrantDocument | null,
  event: RecordedEvent,
): InspectorAccessGrantDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  switch (event.type) {
    case 'InspectorAccessGranted': {
      if (document !== null) return document;
      const grantId = inspectorAccessGrantIdFromStreamId(event.streamId);
      const inspectorId = text(data['inspectorId']);
      const from = instant(data['from']);
      const until = instant(data['until']);
      if (grantId === null || inspectorId === null || from === null || until === null) return null;
      return {
        id: grantId,
        grantId,
        inspectorId,
        name: text(data['name']) ?? '',
        organisation: text(data['organisation']) ?? '',
        from,
        until,
        reason: text(data['reason']) ?? '',
        inspectionReference: text(data['inspectionReference']),
        grantedBy: text(data['grantedBy']) ?? '',
        grantedAt: text(data['grantedAt']) ?? at,
        status: 'GRANTED',
        revocation: null,
        revision: event.revision,
        lastUpdatedAt: at,
      };
    }
    case 'InspectorAccessRevoked': {
      if (document === null || document.status === 'REVOKED') return document;
      // A revocation whose time cannot be read takes effect when it was recorded.
      const revokedAt = instant(data['revokedAt']) ?? at;
      return {
        ...document,
        status: 'REVOKED',
        revocation: { reason: text(data['reason']) ?? '', revokedBy: text(data['revokedBy']), revokedAt },
        revision: event.revision,
        lastUpdatedAt: at,
      };
    }
    default:
      return document;
  }
}

/** An ISO instant as recorded, or null when it is not one. */
function instant(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}
