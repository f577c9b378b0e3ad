import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  SERVICE_AREA_EVENT_TYPES,
  TEAM_EVENT_TYPES,
  serviceAreaIdFromStreamId,
  teamIdFromStreamId,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text, withPeriod } from '../staff/recorded-event-fields.js';
import type { ServiceAreaDocument, TeamDocument } from './teams.document.js';

export const TEAMS_COLLECTION: CollectionDefinition = { name: 'teams.v1', indexes: ['serviceAreaId', 'status'] };
export const SERVICE_AREAS_COLLECTION: CollectionDefinition = { name: 'serviceAreas.v1', indexes: ['status'] };

/** One document per team, keyed by team id. Pure, idempotent by stream revision, never throws on a recorded event. */
export const teamsProjection: Projection<TeamDocument> = {
  name: 'teams',
  version: 1,
  collection: TEAMS_COLLECTION,
  handles: TEAM_EVENT_TYPES,
  documentIds(event) {
    const teamId = teamIdFromStreamId(event.streamId);
    return teamId === null ? [] : [teamId];
  },
  evolve: evolveTeamDocument,
};

/** One document per service area, keyed by its id. Pure, idempotent by stream revision, never throws. */
export const serviceAreasProjection: Projection<ServiceAreaDocument> = {
  name: 'serviceAreas',
  version: 1,
  collection: SERVICE_AREAS_COLLECTION,
  handles: SERVICE_AREA_EVENT_TYPES,
  documentIds(event) {
    const serviceAreaId = serviceAreaIdFromStreamId(event.streamId);
    return serviceAreaId === null ? [] : [serviceAreaId];
  },
  evolve: evolveServiceAreaDocument,
};

export function evolveTeamDocument(document: TeamDocument | null, event: RecordedEvent): TeamDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  if (event.type === 'TeamRegistered') {
    if (document !== null) return document;
    const teamId = text(data['teamId']) ?? teamIdFromStreamId(event.streamId);
    const serviceAreaId = text(data['serviceAreaId']);
    if (teamId === null || serviceAreaId === null) return null;
    const at = businessTime(event);
    return {
      id: teamId,
      teamId,
      name: text(data['name']) ?? '',
      serviceAreaId,
      status: 'ACTIVE',
      closedOn: null,
      serviceAreaHistory: [{ value: serviceAreaId, effectiveFrom: at.slice(0, 10) }],
      revision: event.revision,
      registeredAt: text(data['registeredAt']) ?? at,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  switch (event.type) {
    case 'TeamRenamed':
      return { ...next, name: text(data['name']) ?? document.name };
    case 'TeamMovedToServiceArea': {
      const serviceAreaId = text(data['serviceAreaId']);
      const effectiveFrom = text(data['effectiveFrom']);
      if (serviceAreaId === null || effectiveFrom === null) return next;
      return { ...next, serviceAreaId, serviceAreaHistory: withPeriod(document.serviceAreaHistory, serviceAreaId, effectiveFrom) };
    }
    case 'TeamClosed':
      return { ...next, status: 'CLOSED', closedOn: text(data['closedOn']) ?? document.closedOn };
    default:
      return document;
  }
}

export function evolveServiceAreaDocument(document: ServiceAreaDocument | null, event: RecordedEvent): ServiceAreaDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  if (event.type === 'ServiceAreaRegistered') {
    if (document !== null) return document;
    const serviceAreaId = text(data['serviceAreaId']) ?? serviceAreaIdFromStreamId(event.streamId);
    if (serviceAreaId === null) return null;
    const at = businessTime(event);
    return {
      id: serviceAreaId,
      serviceAreaId,
      name: text(data['name']) ?? '',
      status: 'ACTIVE',
      closedOn: null,
      revision: event.revision,
      registeredAt: text(data['registeredAt']) ?? at,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  switch (event.type) {
    case 'ServiceAreaRenamed':
      return { ...next, name: text(data['name']) ?? document.name };
    case 'ServiceAreaClosed':
      return { ...next, status: 'CLOSED', closedOn: text(data['closedOn']) ?? document.closedOn };
    default:
      return document;
  }
}
