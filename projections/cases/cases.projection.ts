import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { CASE_CATEGORIES, CASE_EVENT_TYPES, azeusNumberFromStreamId, type CaseCategory } from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text, withPeriod } from '../staff/recorded-event-fields.js';
import type { CaseDocument } from './cases.document.js';

export const CASES_COLLECTION: CollectionDefinition = {
  name: 'cases.v1',
  indexes: ['teamId', 'allocatedWorkerId', 'status', 'category'],
};

/**
 * The caseload: one document per case, keyed by Azeus number. Pure and idempotent: an event at or
 * below the document's revision returns the document itself. Never throws on a recorded event.
 */
export const casesProjection: Projection<CaseDocument> = {
  name: 'cases',
  version: 1,
  collection: CASES_COLLECTION,
  handles: CASE_EVENT_TYPES,
  documentIds(event) {
    const azeusNumber = azeusNumberFromStreamId(event.streamId);
    return azeusNumber === null ? [] : [azeusNumber];
  },
  evolve: evolveCaseDocument,
};

export function evolveCaseDocument(document: CaseDocument | null, event: RecordedEvent): CaseDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  if (event.type === 'CaseOpened') return document ?? opened(event, data);
  if (document === null) return null;

  const next = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  const effectiveFrom = text(data['effectiveFrom']);
  switch (event.type) {
    case 'CaseReallocated': {
      if (effectiveFrom === null) return next;
      const allocatedWorkerId = text(data['allocatedWorkerId']);
      return {
        ...next,
        allocatedWorkerId,
        history: { ...document.history, allocatedWorkerId: withPeriod(document.history.allocatedWorkerId, allocatedWorkerId, effectiveFrom) },
      };
    }
    case 'CaseTransferred': {
      const teamId = text(data['teamId']);
      if (effectiveFrom === null || teamId === null) return next;
      return { ...next, teamId, history: { ...document.history, teamId: withPeriod(document.history.teamId, teamId, effectiveFrom) } };
    }
    case 'CaseRecategorised': {
      const category = categoryOf(data['category']);
      if (effectiveFrom === null || category === null) return next;
      return { ...next, category, history: { ...document.history, category: withPeriod(document.history.category, category, effectiveFrom) } };
    }
    case 'CaseClosed': {
      const closedOn = text(data['closedOn']);
      if (closedOn === null || document.status === 'CLOSED') return next;
      return {
        ...next,
        status: 'CLOSED',
        closedOn,
        episodes: document.episodes.map((e, i) => (i === document.episodes.length - 1 ? { ...e, closedOn } : e)),
      };
    }
    case 'CaseReopened': {
      const reopenedOn = text(data['reopenedOn']);
      if (reopenedOn === null || document.status === 'OPEN') return next;
      return { ...next, status: 'OPEN', openedOn: reopenedOn, closedOn: null, episodes: [...document.episodes, { openedOn: reopenedOn, closedOn: null }] };
    }
    default:
      return document;
  }
}

function opened(event: RecordedEvent, data: Record<string, unknown>): CaseDocument | null {
  const azeusNumber = text(data['azeusNumber']) ?? azeusNumberFromStreamId(event.streamId);
  const openedOn = text(data['openedOn']);
  const teamId = text(data['teamId']);
  if (azeusNumber === null || openedOn === null || teamId === null) return null;
  const category = categoryOf(data['category']) ?? 'CIN';
  const allocatedWorkerId = text(data['allocatedWorkerId']);
  return {
    id: azeusNumber,
    azeusNumber,
    category,
    teamId,
    allocatedWorkerId,
    status: 'OPEN',
    openedOn,
    closedOn: null,
    episodes: [{ openedOn, closedOn: null }],
    history: {
      category: [{ value: category, effectiveFrom: openedOn }],
      teamId: [{ value: teamId, effectiveFrom: openedOn }],
      allocatedWorkerId: [{ value: allocatedWorkerId, effectiveFrom: openedOn }],
    },
    revision: event.revision,
    lastUpdatedAt: businessTime(event),
  };
}

function categoryOf(value: unknown): CaseCategory | null {
  return CASE_CATEGORIES.find((c) => c === value) ?? null;
}
