import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  CRS_ESCALATION_EVENT_TYPES,
  CRS_ESCALATION_RESOLUTIONS,
  CRS_ESCALATION_STAGES,
  crsEscalationIdFromStreamId,
  type CrsEscalationAgreedAction,
  type CrsEscalationNotified,
  type CrsEscalationStage,
} from '../../libs/domain/src/crs-escalation/index.js';
import type { CrsEscalationDocument, CrsEscalationStageDocument } from './crs-escalations.document.js';
import { settledMonthOf } from '../settled-month.js';

export const CRS_ESCALATIONS_COLLECTION: CollectionDefinition = {
  name: 'crsEscalations.v2',
  indexes: ['status', 'azeusNumber', 'recipientId', 'raisedBy', 'teamManagerId', 'closedMonth'],
};

/**
 * One document per escalation by an independent chair (CRS-1), keyed by escalation id. Pure and
 * idempotent: an event at or below the document's revision returns the document itself. It never
 * throws on a recorded event: a field it cannot read is left as it was or defaulted.
 */
export const crsEscalationsProjection: Projection<CrsEscalationDocument> = {
  name: 'crsEscalations',
  // v2: closedMonth, so the overdue view reads the escalations open at `asOf`, not every one ever raised.
  version: 2,
  collection: CRS_ESCALATIONS_COLLECTION,
  handles: CRS_ESCALATION_EVENT_TYPES,
  documentIds(event) {
    const escalationId = crsEscalationIdFromStreamId(event.streamId);
    return escalationId === null ? [] : [escalationId];
  },
  evolve: (document, event) => withClosedMonth(evolveCrsEscalationDocument(document, event)),
};

/** The overdue view's month index (CRS-1): OPEN until resolved or withdrawn, then the UTC month it closed. */
export function withClosedMonth(document: CrsEscalationDocument | null): CrsEscalationDocument | null {
  if (document === null) return null;
  const closedMonth = settledMonthOf(document.closedAt);
  return document.closedMonth === closedMonth ? document : { ...document, closedMonth };
}

export function evolveCrsEscalationDocument(document: CrsEscalationDocument | null, event: RecordedEvent): CrsEscalationDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};

  if (event.type === 'CrsEscalationRaised') return document ?? raised(event, data);
  if (document === null) return null;

  const when = (field: string): string => text(data[field]) ?? businessTime(event);
  const next: CrsEscalationDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  const current = document.stages[document.stages.length - 1];
  const withCurrent = (stage: CrsEscalationStageDocument): readonly CrsEscalationStageDocument[] => [...document.stages.slice(0, -1), stage];

  switch (event.type) {
    case 'CrsEscalationNotificationSent': {
      const notificationId = text(data['notificationId']);
      if (notificationId === null || document.notifications.some((n) => n.notificationId === notificationId)) return next;
      return {
        ...next,
        notifications: [
          ...document.notifications,
          { notificationId, recipients: strings(data['recipients']), channel: text(data['channel']) ?? '', sentAt: when('sentAt'), messageId: text(data['messageId']) },
        ],
      };
    }
    case 'CrsEscalationResponded':
      if (document.status !== 'OPEN' || current === undefined || current.respondedAt !== null) return next;
      return {
        ...next,
        stages: withCurrent({ ...current, response: text(data['response']) ?? '', respondedBy: text(data['respondedBy']), respondedAt: when('respondedAt') }),
      };
    case 'CrsEscalationEscalated': {
      const stage = stageOf(data['stage']);
      const recipientId = text(data['recipientId']);
      if (document.status !== 'OPEN' || current === undefined || stage === null || recipientId === null) return next;
      const escalatedAt = when('escalatedAt');
      const ended = current.respondedAt === null ? { ...current, endedAt: escalatedAt } : current;
      return {
        ...next,
        stage,
        recipientId,
        stages: [...withCurrent(ended), stageDocument(stage, recipientId, escalatedAt, text(data['reason']), data['notified'])],
      };
    }
    case 'CrsEscalationResolved': {
      if (document.status !== 'OPEN') return next;
      const resolvedAt = when('resolvedAt');
      return {
        ...next,
        status: 'RESOLVED',
        closedAt: resolvedAt,
        resolution: {
          resolution: CRS_ESCALATION_RESOLUTIONS.find((r) => r === data['resolution']) ?? (document.stage === 'INFORMAL' ? 'INFORMAL' : 'FORMAL'),
          stage: stageOf(data['stage']) ?? document.stage,
          outcome: text(data['outcome']) ?? '',
          agreedActions: agreedActions(data['agreedActions']),
          resolvedBy: text(data['resolvedBy']),
          resolvedAt,
        },
      };
    }
    case 'CrsEscalationWithdrawn': {
      if (document.status !== 'OPEN') return next;
      const withdrawnAt = when('withdrawnAt');
      return {
        ...next,
        status: 'WITHDRAWN',
        closedAt: withdrawnAt,
        stages: current !== undefined && current.respondedAt === null ? withCurrent({ ...current, endedAt: withdrawnAt }) : document.stages,
        withdrawal: { reason: text(data['reason']) ?? '', withdrawnBy: text(data['withdrawnBy']), withdrawnAt },
      };
    }
    default:
      // An event type this version does not know: nothing changes.
      return document;
  }
}

function raised(event: RecordedEvent, data: Record<string, unknown>): CrsEscalationDocument {
  const raisedAt = text(data['raisedAt']) ?? businessTime(event);
  const teamManagerId = text(data['teamManagerId']) ?? '';
  const stage = stageOf(data['stage']) ?? 'INFORMAL';
  const recipientId = text(data['recipientId']) ?? teamManagerId;
  return {
    id: text(data['escalationId']) ?? crsEscalationIdFromStreamId(event.streamId) ?? event.streamId,
    azeusNumber: text(data['azeusNumber']) ?? '',
    teamId: text(data['teamId']),
    raisedBy: text(data['raisedBy']) ?? '',
    raisedByRole: text(data['raisedByRole']),
    concern: text(data['concern']) ?? '',
    practiceIssue: text(data['practiceIssue']) ?? '',
    teamManagerId,
    headOfServiceId: text(data['headOfServiceId']),
    serious: data['serious'] === true,
    managementDecision: data['managementDecision'] === true,
    status: 'OPEN',
    stage,
    recipientId,
    stages: [stageDocument(stage, recipientId, raisedAt, null, data['notified'])],
    notifications: [],
    resolution: null,
    withdrawal: null,
    closedAt: null,
    raisedAt,
    lastUpdatedAt: businessTime(event),
    revision: event.revision,
  };
}

function stageDocument(stage: CrsEscalationStage, recipientId: string, startedAt: string, reason: string | null, notified: unknown): CrsEscalationStageDocument {
  return { stage, recipientId, startedAt, reason, notified: notifiedOf(notified), response: null, respondedBy: null, respondedAt: null, endedAt: null };
}

function notifiedOf(value: unknown): CrsEscalationNotified[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): CrsEscalationNotified[] => {
    if (!isRecord(entry)) return [];
    const staffId = text(entry['staffId']);
    const as = entry['as'] === 'RECIPIENT' || entry['as'] === 'TEAM_MANAGER' ? entry['as'] : null;
    return staffId === null || as === null ? [] : [{ staffId, as }];
  });
}

function agreedActions(value: unknown): CrsEscalationAgreedAction[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): CrsEscalationAgreedAction[] => {
    if (!isRecord(entry)) return [];
    const [actionId, description, ownerId, managerId, timescale] = ['actionId', 'description', 'ownerId', 'managerId', 'timescale'].map((k) => text(entry[k]));
    return actionId && description && ownerId && managerId && timescale ? [{ actionId, description, ownerId, managerId, timescale }] : [];
  });
}

function stageOf(value: unknown): CrsEscalationStage | null {
  return CRS_ESCALATION_STAGES.find((s) => s === value) ?? null;
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
