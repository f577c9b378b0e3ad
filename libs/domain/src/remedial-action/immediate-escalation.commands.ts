import type { Command } from '../shared/decider.js';

/** Commands of an immediate escalation (CFA-13). Enumerated values arrive as strings; `decide` checks them. */

/** Made from the audit's `CaseFileAuditInadequacyEscalated` (see `raiseImmediateEscalationFrom`). */
export type RaiseImmediateEscalation = Command<
  'RaiseImmediateEscalation',
  {
    readonly escalationId: string;
    readonly source: { readonly kind: string; readonly id: string };
    readonly azeusNumber: string;
    readonly scope: string;
    readonly criterion: number | null;
    readonly reason: string;
    readonly managerId: string;
    readonly managerName: string;
    readonly socialWorkerId: string;
    readonly socialWorkerName: string;
    readonly escalatedBy: string;
    readonly escalatedAt: string;
  }
>;

export type RecordImmediateEscalationNotificationSent = Command<
  'RecordImmediateEscalationNotificationSent',
  {
    readonly escalationId: string;
    readonly notificationId: string;
    readonly recipients: readonly string[];
    readonly channel: string;
    readonly sentAt: string;
    readonly messageId?: string | null;
  }
>;

export type AcknowledgeImmediateEscalation = Command<
  'AcknowledgeImmediateEscalation',
  { readonly escalationId: string; readonly response: string }
>;

export type ImmediateEscalationCommand =
  | RaiseImmediateEscalation
  | RecordImmediateEscalationNotificationSent
  | AcknowledgeImmediateEscalation;

export type ImmediateEscalationCommandType = ImmediateEscalationCommand['type'];
