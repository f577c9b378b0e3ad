import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { NotificationRecord } from '../../libs/domain/src/index.js';
import type { RemedialActionActorDocument } from './remedial-actions.document.js';

/** Defensive readers of recorded event data, shared by the projections of this folder. */

/** The business time of the command that recorded the event; the store's time if it is missing. */
export function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

export function actorOf(event: RecordedEvent): RemedialActionActorDocument | null {
  const actor = isRecord(event.metadata) ? event.metadata['actor'] : undefined;
  if (!isRecord(actor)) return null;
  const staffId = text(actor['staffId']);
  const role = text(actor['role']);
  return staffId === null || role === null ? null : { staffId, role };
}

/** A notification record from `*NotificationSent` data, or null without a notification id. */
export function notificationOf(data: Record<string, unknown>, sentAt: string): NotificationRecord | null {
  const notificationId = text(data['notificationId']);
  if (notificationId === null) return null;
  return {
    notificationId,
    recipients: strings(data['recipients']),
    channel: text(data['channel']) ?? '',
    sentAt,
    messageId: text(data['messageId']),
  };
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
