import type { RecordedEvent } from '../../event-store/src/event-store.port.js';
import type { Projection } from '../../read-store/src/projection.js';
import type { CollectionDefinition } from '../../read-store/src/read-store.port.js';
import {
  COPY_TO_ROLES,
  CRS_ESCALATION_STAGES,
  crsEscalationStreamId,
  REMEDIAL_ACTION_SOURCE_KINDS,
  immediateEscalationStreamId,
  remedialActionStreamId,
  type CopyRecipient,
} from '../../domain/src/index.js';
import type { NotificationContent, OutboxNotification } from './notification.js';
import { notificationIdFor } from './notification-ids.js';

export const NOTIFICATION_OUTBOX_COLLECTION: CollectionDefinition = {
  name: 'notificationOutbox.v1',
  indexes: ['status', 'kind', 'subjectId'],
};

const RAISING_EVENTS = ['RemedialActionRaised', 'ImmediateEscalationRaised', 'CrsEscalationRaised', 'CrsEscalationEscalated'] as const;
const SENDING_EVENTS = ['RemedialActionNotificationSent', 'ImmediateEscalationNotificationSent', 'CrsEscalationNotificationSent'] as const;

/**
 * The transactional outbox, as a projection over `$all`: the events that owe someone a message
 * (a remedial action raised, CFA-7; an immediate escalation raised, CFA-13) become PENDING
 * notifications, and the recorded sending of each makes it SENT. The projection runner commits the
 * notifications with its checkpoint in one atomic ReadStore commit, so a crash neither loses nor
 * doubles one; and because the log is the truth, a rebuilt outbox holds exactly the notifications
 * whose sending has not been recorded. Nothing here sends: the NotificationDispatcher does.
 */
export const notificationOutboxProjection: Projection<OutboxNotification> = {
  name: 'notificationOutbox',
  version: 1,
  collection: NOTIFICATION_OUTBOX_COLLECTION,
  handles: [...RAISING_EVENTS, ...SENDING_EVENTS],
  documentIds(event) {
    if ((RAISING_EVENTS as readonly string[]).includes(event.type)) return [notificationIdFor(event.eventId)];
    const notificationId = isRecord(event.data) ? text(event.data['notificationId']) : null;
    return notificationId === null ? [] : [notificationId];
  },
  evolve: evolveOutboxNotification,
};

export function evolveOutboxNotification(document: OutboxNotification | null, event: RecordedEvent): OutboxNotification | null {
  const data = isRecord(event.data) ? event.data : {};
  switch (event.type) {
    case 'RemedialActionRaised':
    case 'ImmediateEscalationRaised':
    case 'CrsEscalationRaised':
    case 'CrsEscalationEscalated':
      // Keyed by the event's own id: a redelivered event finds its notification already there.
      return document ?? pending(event, data);
    case 'RemedialActionNotificationSent':
    case 'ImmediateEscalationNotificationSent':
    case 'CrsEscalationNotificationSent':
      // A sending recorded by hand, for a notification this outbox never owed, has no document.
      if (document === null || document.status === 'SENT') return document;
      return {
        ...document,
        status: 'SENT',
        sentAt: text(data['sentAt']) ?? businessTime(event),
        channel: text(data['channel']),
        messageId: text(data['messageId']),
        recipients: strings(data['recipients']),
      };
    default:
      return document;
  }
}

function pending(event: RecordedEvent, data: Record<string, unknown>): OutboxNotification | null {
  const content = contentOf(event.type, data, event);
  if (content === null) return null;
  const metadata = isRecord(event.metadata) ? event.metadata : {};
  const metadataActor = isRecord(metadata['actor']) ? metadata['actor'] : {};
  const base = {
    id: notificationIdFor(event.eventId),
    status: 'PENDING' as const,
    correlationId: text(metadata['correlationId']) ?? event.eventId,
    sourceEventId: event.eventId,
    sourcePosition: event.position.toString(),
    createdAt: businessTime(event),
    sentAt: null,
    channel: null,
    messageId: null,
    recipients: null,
  };
  if (content.kind === 'REMEDIAL_ACTION_RAISED') {
    const raisedBy = isRecord(data['raisedBy']) ? data['raisedBy'] : metadataActor;
    return {
      ...base,
      kind: content.kind,
      streamId: remedialActionStreamId(content.actionId),
      subjectId: content.actionId,
      to: distinct([content.ownerId, content.managerId]),
      cc: distinct(content.copyTo.map((c) => c.staffId)),
      actor: { staffId: text(raisedBy['staffId']) ?? '', role: text(raisedBy['role']) ?? '' },
      content,
    };
  }
  if (content.kind === 'CRS_ESCALATION') {
    // CRS-1: recorded in the name of the chair who raised it (and who takes it further).
    return {
      ...base,
      kind: content.kind,
      streamId: crsEscalationStreamId(content.escalationId),
      subjectId: content.escalationId,
      to: distinct([content.recipientId, content.teamManagerId ?? '']),
      cc: [],
      actor: { staffId: content.chairId, role: text(metadataActor['role']) ?? '' },
      content,
    };
  }
  return {
    ...base,
    kind: content.kind,
    streamId: immediateEscalationStreamId(content.escalationId),
    subjectId: content.escalationId,
    to: distinct([content.managerId, content.socialWorkerId]),
    cc: [],
    // The escalation is recorded in the auditor's name; the role is the one they acted in.
    actor: { staffId: text(data['escalatedBy']) ?? '', role: text(metadataActor['role']) ?? '' },
    content,
  };
}

function contentOf(type: string, data: Record<string, unknown>, event: RecordedEvent): NotificationContent | null {
  if (type === 'RemedialActionRaised') {
    const actionId = text(data['actionId']);
    const source = isRecord(data['source']) ? data['source'] : {};
    if (actionId === null) return null;
    return {
      kind: 'REMEDIAL_ACTION_RAISED',
      actionId,
      source: {
        kind: REMEDIAL_ACTION_SOURCE_KINDS.find((k) => k === source['kind']) ?? 'CASE_FILE_AUDIT',
        id: text(source['id']) ?? '',
        submittedAt: text(source['submittedAt']) ?? businessTime(event),
      },
      azeusNumber: text(data['azeusNumber']),
      description: text(data['description']) ?? '',
      timescale: text(data['timescale']) ?? '',
      ownerId: text(data['ownerId']) ?? '',
      managerId: text(data['managerId']) ?? '',
      copyTo: copyTo(data['copyTo']),
    };
  }
  if (type === 'CrsEscalationRaised' || type === 'CrsEscalationEscalated') return crsEscalationContent(type, data, event);
  const escalationId = text(data['escalationId']);
  if (escalationId === null) return null;
  const source = isRecord(data['source']) ? data['source'] : {};
  const criterion = typeof data['criterion'] === 'number' ? data['criterion'] : null;
  return {
    kind: 'IMMEDIATE_ESCALATION_RAISED',
    escalationId,
    auditId: text(source['id']) ?? '',
    azeusNumber: text(data['azeusNumber']) ?? '',
    scope: data['scope'] === 'CRITERION' || data['scope'] === 'OVERALL' ? data['scope'] : criterion === null ? 'OVERALL' : 'CRITERION',
    criterion,
    reason: text(data['reason']) ?? '',
    managerId: text(data['managerId']) ?? '',
    managerName: text(data['managerName']) ?? '',
    socialWorkerId: text(data['socialWorkerId']) ?? '',
    socialWorkerName: text(data['socialWorkerName']) ?? '',
    escalatedAt: text(data['escalatedAt']) ?? businessTime(event),
  };
}

/** CRS-1: the stage's recipient, and the child's TM when the event names them as kept informed. */
function crsEscalationContent(type: string, data: Record<string, unknown>, event: RecordedEvent): NotificationContent | null {
  const escalationId = text(data['escalationId']);
  const recipientId = text(data['recipientId']);
  const stage = CRS_ESCALATION_STAGES.find((s) => s === data['stage']);
  if (escalationId === null || recipientId === null || stage === undefined) return null;
  const raised = type === 'CrsEscalationRaised';
  const notified = Array.isArray(data['notified']) ? data['notified'] : [];
  const teamManager = notified.find((n): n is Record<string, unknown> => isRecord(n) && n['as'] === 'TEAM_MANAGER');
  return {
    kind: 'CRS_ESCALATION',
    escalationId,
    azeusNumber: text(data['azeusNumber']) ?? '',
    stage,
    concern: text(data['concern']) ?? '',
    detail: text(data[raised ? 'practiceIssue' : 'reason']) ?? '',
    recipientId,
    teamManagerId: teamManager === undefined ? null : text(teamManager['staffId']),
    chairId: text(data[raised ? 'raisedBy' : 'escalatedBy']) ?? '',
    at: text(data[raised ? 'raisedAt' : 'escalatedAt']) ?? businessTime(event),
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

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => id !== ''))];
}

function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  return event.created instanceof Date && !Number.isNaN(event.created.getTime()) ? event.created.toISOString() : '';
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
