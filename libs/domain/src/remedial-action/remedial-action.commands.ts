import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of a remedial action. Enumerated values (source kind, copy-to role) arrive as
 * strings from the edge and are checked by `decide`.
 */

export type RaiseRemedialAction = Command<
  'RaiseRemedialAction',
  {
    readonly actionId: string;
    readonly source: { readonly kind: string; readonly id: string; readonly submittedAt: string };
    readonly recommendationId?: string | null;
    /** Required for actions from case file audits and dip samples; null where the source is not about one case. */
    readonly azeusNumber?: string | null;
    readonly teamId?: string | null;
    readonly ownerId: string;
    readonly managerId: string;
    readonly copyTo?: readonly { readonly staffId: string; readonly role: string }[];
    readonly description: string;
    /** YYYY-MM-DD. */
    readonly timescale: string;
  }
>;

export type RecordRemedialActionNotificationSent = Command<
  'RecordRemedialActionNotificationSent',
  {
    readonly actionId: string;
    readonly notificationId: string;
    readonly recipients: readonly string[];
    readonly channel: string;
    /** ISO-8601 instant the channel accepted the message. */
    readonly sentAt: string;
    readonly messageId?: string | null;
  }
>;

export type AcknowledgeRemedialAction = Command<'AcknowledgeRemedialAction', { readonly actionId: string }>;

export type CompleteRemedialAction = Command<
  'CompleteRemedialAction',
  { readonly actionId: string; readonly evidence: string }
>;

export type VerifyRemedialAction = Command<
  'VerifyRemedialAction',
  {
    readonly actionId: string;
    /** YYYY-MM-DD of the supervision in which the manager reviewed it. */
    readonly supervisionDate: string;
    readonly supervisionSessionId?: string | null;
  }
>;

export type ReopenRemedialAction = Command<
  'ReopenRemedialAction',
  { readonly actionId: string; readonly reason: string; /** YYYY-MM-DD. */ readonly timescale: string }
>;

export type RemedialActionCommand =
  | RaiseRemedialAction
  | RecordRemedialActionNotificationSent
  | AcknowledgeRemedialAction
  | CompleteRemedialAction
  | VerifyRemedialAction
  | ReopenRemedialAction;

export type RemedialActionCommandType = RemedialActionCommand['type'];
