import type { DomainEvent } from '../shared/decider.js';
import type { EscalationScope } from '../case-file-audit/case-file-audit.values.js';

/**
 * CFA-13: a case graded Inadequate is escalated to the manager and the social worker immediately,
 * with its own clock. The audit records that it escalated (`CaseFileAuditInadequacyEscalated`);
 * this stream (`immediateEscalation-<escalationId>`) follows the escalation after that: that the
 * manager and SW were sent it, and that the manager acknowledged it and said what will be done.
 */

export const ESCALATION_SOURCE_KINDS = ['CASE_FILE_AUDIT'] as const;
export type EscalationSourceKind = (typeof ESCALATION_SOURCE_KINDS)[number];

export type ImmediateEscalationRaised = DomainEvent<
  'ImmediateEscalationRaised',
  {
    readonly escalationId: string;
    readonly source: { readonly kind: EscalationSourceKind; readonly id: string };
    readonly azeusNumber: string;
    readonly scope: EscalationScope;
    readonly criterion: number | null;
    readonly reason: string;
    /** The team manager, who acknowledges it. */
    readonly managerId: string;
    readonly managerName: string;
    readonly socialWorkerId: string;
    readonly socialWorkerName: string;
    readonly escalatedBy: string;
    /** When the audit escalated it: the clock starts here, not when this record was made. */
    readonly escalatedAt: string;
    readonly raisedAt: string;
  }
>;

export type ImmediateEscalationNotificationSent = DomainEvent<
  'ImmediateEscalationNotificationSent',
  {
    readonly escalationId: string;
    readonly notificationId: string;
    readonly recipients: readonly string[];
    readonly channel: string;
    readonly sentAt: string;
    readonly messageId: string | null;
    readonly recordedAt: string;
  }
>;

export type ImmediateEscalationAcknowledged = DomainEvent<
  'ImmediateEscalationAcknowledged',
  {
    readonly escalationId: string;
    readonly acknowledgedBy: string;
    /** What the manager will do about it ("for action", CFA-13). */
    readonly response: string;
    readonly acknowledgedAt: string;
  }
>;

export type ImmediateEscalationEvent =
  | ImmediateEscalationRaised
  | ImmediateEscalationNotificationSent
  | ImmediateEscalationAcknowledged;

export type ImmediateEscalationEventType = ImmediateEscalationEvent['type'];

export const IMMEDIATE_ESCALATION_EVENT_TYPES: readonly ImmediateEscalationEventType[] = [
  'ImmediateEscalationRaised',
  'ImmediateEscalationNotificationSent',
  'ImmediateEscalationAcknowledged',
];
