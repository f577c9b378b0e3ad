import { v5 } from 'uuid';

/** Namespace of notification ids (UUID v5). Never change it: ids are derived again on every replay. */
export const NOTIFICATION_ID_NAMESPACE = '8c2d4f1a-6b3e-5a7c-9d0e-1f2a3b4c5d6e';

/** The notification a recorded event gives rise to. Event ids are themselves derived from command ids. */
export function notificationIdFor(sourceEventId: string, purpose = 'notify'): string {
  return v5(`${purpose}:${sourceEventId}`, NOTIFICATION_ID_NAMESPACE);
}

/**
 * The command id under which a notification's sending is recorded: one per notification, so a
 * dispatcher that records it again after a crash appends nothing (the command handler sees the
 * command id already in the stream).
 */
export function recordingCommandIdFor(notificationId: string): string {
  return v5(`record-sent:${notificationId}`, NOTIFICATION_ID_NAMESPACE);
}

/**
 * The e-mail Message-ID of a notification (RFC 5322 `<left@right>`). The same notification always
 * gets the same Message-ID, so if it is ever sent twice (a crash between the SMTP server accepting it
 * and the sending being recorded) mail clients and archives can see it is one message.
 */
export function messageIdFor(notificationId: string, domain: string): string {
  return `<${notificationId}@${domain}>`;
}
