import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { GRADES, auditIdFromStreamId, type Grade } from '../../libs/domain/src/index.js';
import type { GradeMovementDocument, ModeratedAuditDocument } from './moderation-statistics.document.js';

export const MODERATION_STATISTICS_COLLECTION: CollectionDefinition = {
  name: 'moderationStatistics.v1',
  indexes: ['auditorId', 'teamId', 'month'],
};

/**
 * CFA-9: one document per moderated case file audit, keyed by audit id, from the moderation and
 * each grade it changed. Pure and idempotent: an event at or below the document's revision returns
 * the document itself. It never throws on a recorded event.
 */
export const moderationStatisticsProjection: Projection<ModeratedAuditDocument> = {
  name: 'moderationStatistics',
  version: 1,
  collection: MODERATION_STATISTICS_COLLECTION,
  handles: ['CaseFileAuditModerated', 'CaseFileAuditGradeModerated'],
  documentIds(event) {
    const auditId = auditIdFromStreamId(event.streamId);
    return auditId === null ? [] : [auditId];
  },
  evolve: evolveModeratedAuditDocument,
};

export function evolveModeratedAuditDocument(
  document: ModeratedAuditDocument | null,
  event: RecordedEvent,
): ModeratedAuditDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};
  switch (event.type) {
    case 'CaseFileAuditModerated': {
      // An audit is moderated once; a second recorded moderation does not replace the first.
      if (document !== null) return { ...document, revision: event.revision };
      const moderatedAt = text(data['moderatedAt']) ?? businessTime(event);
      return {
        id: auditIdFromStreamId(event.streamId) ?? text(data['auditId']) ?? event.streamId,
        auditorId: text(data['auditorId']) ?? '',
        teamId: text(data['teamId']),
        moderatorId: text(data['moderatorId']) ?? '',
        moderatedAt,
        month: moderatedAt.slice(0, 7),
        agreed: data['agreed'] !== false,
        movements: [],
        revision: event.revision,
      };
    }
    case 'CaseFileAuditGradeModerated': {
      if (document === null) return null;
      const movement = movementOf(data);
      if (movement === null) return { ...document, revision: event.revision };
      return { ...document, agreed: false, movements: [...document.movements, movement], revision: event.revision };
    }
    default:
      return document;
  }
}

function movementOf(data: Record<string, unknown>): GradeMovementDocument | null {
  const fromGrade = grade(data['fromGrade']);
  const toGrade = grade(data['toGrade']);
  if (fromGrade === null || toGrade === null) return null;
  const criterion = typeof data['criterion'] === 'number' ? data['criterion'] : null;
  const scope = data['scope'] === 'OVERALL' || criterion === null ? 'OVERALL' : 'CRITERION';
  return { scope, criterion: scope === 'OVERALL' ? null : criterion, fromGrade, toGrade };
}

function grade(value: unknown): Grade | null {
  return GRADES.find((g) => g === value) ?? null;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
