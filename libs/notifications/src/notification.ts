import type { CopyRecipient, CrsEscalationStage, EscalationScope, RemedialActionSource } from '../../domain/src/index.js';

/**
 * A notification the service owes someone, as the outbox holds it. It is derived from a recorded
 * event (never written by a request), keyed by an id derived from that event's id, so replaying the
 * log yields the same notifications with the same ids. It stays PENDING until its sending is itself
 * recorded as an event on the stream it is about; then the outbox marks it SENT.
 */

export const NOTIFICATION_KINDS = ['REMEDIAL_ACTION_RAISED', 'IMMEDIATE_ESCALATION_RAISED', 'CRS_ESCALATION'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationStatus = 'PENDING' | 'SENT';

/** CFA-7: what the worker, the manager and those copied in are told about a new remedial action. */
export type RemedialActionRaisedContent = {
  readonly kind: 'REMEDIAL_ACTION_RAISED';
  readonly actionId: string;
  readonly source: RemedialActionSource;
  /** Null for an action about practice or a service rather than one case. */
  readonly azeusNumber: string | null;
  readonly description: string;
  readonly timescale: string;
  readonly ownerId: string;
  readonly managerId: string;
  readonly copyTo: readonly CopyRecipient[];
};

/** CFA-13: what the manager and the social worker are told, immediately, about an Inadequate grade. */
export type ImmediateEscalationRaisedContent = {
  readonly kind: 'IMMEDIATE_ESCALATION_RAISED';
  readonly escalationId: string;
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly scope: EscalationScope;
  readonly criterion: number | null;
  readonly reason: string;
  readonly managerId: string;
  readonly managerName: string;
  readonly socialWorkerId: string;
  readonly socialWorkerName: string;
  readonly escalatedAt: string;
};

/**
 * CRS-1: what the stage's recipient (and the child's Team Manager, kept informed) are told when an
 * IRO or CP chair raises an escalation, and again each time the chair takes it to the next stage.
 */
export type CrsEscalationContent = {
  readonly kind: 'CRS_ESCALATION';
  readonly escalationId: string;
  readonly azeusNumber: string;
  readonly stage: CrsEscalationStage;
  readonly concern: string;
  /** The practice issue, when raised; the chair's reason for taking it further, at a later stage. */
  readonly detail: string;
  readonly recipientId: string;
  readonly teamManagerId: string | null;
  readonly chairId: string;
  readonly at: string;
};

export type NotificationContent = RemedialActionRaisedContent | ImmediateEscalationRaisedContent | CrsEscalationContent;

export type OutboxNotification = {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly status: NotificationStatus;
  /** The stream the sending is recorded on, and the id of what it is about (action or escalation id). */
  readonly streamId: string;
  readonly subjectId: string;
  /** Staff who must receive it, and staff copied in. */
  readonly to: readonly string[];
  readonly cc: readonly string[];
  /** In whose name the sending is recorded: whoever raised what it is about. */
  readonly actor: { readonly staffId: string; readonly role: string };
  readonly correlationId: string;
  readonly sourceEventId: string;
  /** Global position of the source event, as a decimal string: the order notifications are sent in. */
  readonly sourcePosition: string;
  readonly createdAt: string;
  readonly content: NotificationContent;
  /** Once SENT: the recorded sending. */
  readonly sentAt: string | null;
  readonly channel: string | null;
  readonly messageId: string | null;
  readonly recipients: readonly string[] | null;
};
