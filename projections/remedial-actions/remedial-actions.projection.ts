import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  COPY_TO_ROLES,
  REMEDIAL_ACTION_EVENT_TYPES,
  REMEDIAL_ACTION_SOURCE_KINDS,
  actionIdFromStreamId,
  notificationClock,
  type CopyRecipient,
  type NotificationRecord,
  type RemedialActionSourceKind,
} from '../../libs/domain/src/index.js';
import type { RemedialActionDocument } from './remedial-actions.document.js';
import { UNSETTLED, settledMonthOf } from '../settled-month.js';
import { actorOf, businessTime, isRecord, notificationOf, text } from './read-event.js';

export const REMEDIAL_ACTIONS_COLLECTION: CollectionDefinition = {
  name: 'remedialActions.v3',
  indexes: ['ownerId', 'managerId', 'teamId', 'azeusNumber', 'status', 'sourceId', 'settledMonth'],
};

/**
 * One document per remedial action, keyed by action id: by owner, by manager, by team, by case
 * (Azeus number), by status and by source. Pure and idempotent: an event at or below the
 * document's revision returns the document itself. Never throws on a recorded event.
 */
export const remedialActionsProjection: Projection<RemedialActionDocument> = {
  name: 'remedialActions',
  // v2: settledMonth, so the overdue view reads the actions still unsettled at `asOf`, not every action ever raised.
  // v3: settledMonth is the UTC month of the settling instant, whatever offset the time was recorded with.
  version: 3,
  collection: REMEDIAL_ACTIONS_COLLECTION,
  handles: REMEDIAL_ACTION_EVENT_TYPES,
  documentIds(event) {
    const actionId = actionIdFromStreamId(event.streamId);
    return actionId === null ? [] : [actionId];
  },
  evolve: (document, event) => withSettledMonth(evolveRemedialActionDocument(document, event)),
};

/** The index value of an action not yet settled. */
export { UNSETTLED };

/**
 * When an action stopped being able to be late (CFA-7): sent to both its owner and its manager,
 * and completed (or verified). Before that instant, and while it is null, the notification or the
 * timescale clock may run; after it, neither does. The overdue view reads only actions whose
 * settling falls after `asOf`.
 */
export function settledAt(action: Pick<RemedialActionDocument, 'ownerId' | 'managerId' | 'notifications' | 'completedAt' | 'status' | 'source'>): string | null {
  const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);
  let notified: string | null;
  try {
    // The 48-hour clock's own reading of when both were sent, read at the end of time.
    notified = notificationClock(action, END_OF_TIME).doneAt;
  } catch {
    // A source time the clock cannot read: never settled, so the overdue view keeps reading it.
    return null;
  }
  if (notified === null) return null;
  if (action.status === 'VERIFIED') return notified;
  if (action.completedAt === null || Number.isNaN(Date.parse(action.completedAt))) return null;
  return later(action.completedAt, notified);
}

const END_OF_TIME = new Date(Date.UTC(9999, 11, 31, 23, 59, 59));

/** The month (YYYY-MM) the action was settled in, or OPEN: an index for the overdue view. */
export function withSettledMonth(document: RemedialActionDocument | null): RemedialActionDocument | null {
  if (document === null) return null;
  const at = settledAt(document);
  const settledMonth = settledMonthOf(at);
  return document.settledMonth === settledMonth ? document : { ...document, settledMonth };
}

export function evolveRemedialActionDocument(
  document: RemedialActionDocument | null,
  event: RecordedEvent,
): RemedialActionDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};

  if (event.type === 'RemedialActionRaised') return document ?? raised(event, data);
  if (document === null) return null;

  const when = (field: string): string => text(data[field]) ?? businessTime(event);
  const next: RemedialActionDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };

  switch (event.type) {
    case 'RemedialActionNotificationSent': {
      const notification = notificationOf(data, when('sentAt'));
      if (notification === null || document.notifications.some((n) => n.notificationId === notification.notificationId)) return next;
      return { ...next, notifications: [...document.notifications, notification] };
    }
    case 'RemedialActionAcknowledged':
      return { ...next, status: 'ACKNOWLEDGED', acknowledgedAt: when('acknowledgedAt') };
    case 'RemedialActionCompleted':
      return { ...next, status: 'COMPLETED', completedAt: when('completedAt'), evidence: text(data['evidence']) ?? '' };
    case 'RemedialActionVerified':
      return {
        ...next,
        status: 'VERIFIED',
        verifiedBy: text(data['verifiedBy']),
        verifiedAt: when('verifiedAt'),
        supervisionDate: text(data['supervisionDate']),
        supervisionSessionId: text(data['supervisionSessionId']),
      };
    case 'RemedialActionReopened': {
      const timescale = text(data['timescale']) ?? document.timescale;
      return {
        ...next,
        status: 'REOPENED',
        timescale,
        acknowledgedAt: null,
        completedAt: null,
        evidence: null,
        reopenings: [
          ...document.reopenings,
          {
            reason: text(data['reason']) ?? '',
            previousTimescale: text(data['previousTimescale']) ?? document.timescale,
            timescale,
            evidence: document.evidence,
            completedAt: document.completedAt,
            reopenedBy: text(data['reopenedBy']),
            reopenedAt: when('reopenedAt'),
          },
        ],
      };
    }
    default:
      // An event type this version does not know: nothing changes.
      return document;
  }
}

function raised(event: RecordedEvent, data: Record<string, unknown>): RemedialActionDocument {
  const source = isRecord(data['source']) ? data['source'] : {};
  const kind = REMEDIAL_ACTION_SOURCE_KINDS.find((k) => k === source['kind']) ?? ('CASE_FILE_AUDIT' satisfies RemedialActionSourceKind);
  const sourceId = text(source['id']) ?? '';
  const raisedBy = isRecord(data['raisedBy']) ? data['raisedBy'] : null;
  const raisedByStaff = raisedBy ? text(raisedBy['staffId']) : null;
  const raisedByRole = raisedBy ? text(raisedBy['role']) : null;
  return {
    id: text(data['actionId']) ?? actionIdFromStreamId(event.streamId) ?? event.streamId,
    source: { kind, id: sourceId, submittedAt: text(source['submittedAt']) ?? businessTime(event) },
    sourceId,
    recommendationId: text(data['recommendationId']),
    azeusNumber: text(data['azeusNumber']),
    teamId: text(data['teamId']),
    ownerId: text(data['ownerId']) ?? '',
    managerId: text(data['managerId']) ?? '',
    copyTo: copyTo(data['copyTo']),
    description: text(data['description']) ?? '',
    timescale: text(data['timescale']) ?? '',
    status: 'RAISED',
    revision: event.revision,
    raisedBy: raisedByStaff !== null && raisedByRole !== null ? { staffId: raisedByStaff, role: raisedByRole } : actorOf(event),
    raisedAt: text(data['raisedAt']) ?? businessTime(event),
    notifications: [] as NotificationRecord[],
    acknowledgedAt: null,
    completedAt: null,
    evidence: null,
    verifiedBy: null,
    verifiedAt: null,
    supervisionDate: null,
    supervisionSessionId: null,
    reopenings: [],
    lastUpdatedAt: businessTime(event),
  };
}

function copyTo(value: unknown): CopyRecipient[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry): CopyRecipient[] => {
    if (!isRecord(entry)) return [];
    const staffId = text(entry['staffId']);
    const role = COPY_TO_ROLES.find((r) => r === entry['role']);
    return staffId !== null && role !== undefined ? [{ staffId, role }] : [];
  });
}

