import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of an escalation by an independent chair (CRS-1). Enumerated values arrive
 * from the edge as strings; `decide` checks them. Who acts is the actor of the command (metadata).
 */

export type RaiseCrsEscalation = Command<
  'RaiseCrsEscalation',
  {
    readonly escalationId: string;
    /** The child's case. */
    readonly azeusNumber: string;
    readonly teamId?: string | null;
    /** The practice concern placing the child at risk. */
    readonly concern: string;
    /** The practice issue behind it (what is not being done, or not well enough). */
    readonly practiceIssue: string;
    /** The child's Team Manager: notified immediately, whatever the route (CRS-1). */
    readonly teamManagerId: string;
    /** The Manager (Head of Service) of the service area; required for a serious issue or a management decision. */
    readonly headOfServiceId?: string | null;
    /** A serious issue: sent to the Manager of the service area (CRS-1). */
    readonly serious?: boolean | null;
    /** An issue that involves a management decision: sent to the Manager of the service area (CRS-1). */
    readonly managementDecision?: boolean | null;
    /** INFORMAL or FORMAL (CRS_ESCALATION_ROUTES); a serious issue or a management decision is formal. Default INFORMAL. */
    readonly route?: string | null;
  }
>;

/** The outbox records that the escalation's notification was sent (in the raising chair's name). */
export type RecordCrsEscalationNotificationSent = Command<
  'RecordCrsEscalationNotificationSent',
  {
    readonly escalationId: string;
    readonly notificationId: string;
    readonly recipients: readonly string[];
    readonly channel: string;
    readonly sentAt: string;
    readonly messageId?: string | null;
  }
>;

/** The current stage's recipient says what they found and what they have done or will do. */
export type RespondToCrsEscalation = Command<'RespondToCrsEscalation', { readonly escalationId: string; readonly response: string }>;

/** The raising chair takes the escalation to the next stage. */
export type EscalateCrsEscalation = Command<
  'EscalateCrsEscalation',
  {
    readonly escalationId: string;
    /** Why the last stage did not resolve it. */
    readonly reason: string;
    /**
     * The next stage's recipient. Formal stage 1: default the Team Manager; formal stage 2: default
     * the Head of Service named when raised; formal stage 3: required.
     */
    readonly recipientId?: string | null;
  }
>;

export type CrsEscalationAgreedActionInput = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  readonly managerId: string;
  /** YYYY-MM-DD, not before the day of resolution. */
  readonly timescale: string;
};

/** The raising chair accepts the current stage's response: the escalation is resolved. */
export type ResolveCrsEscalation = Command<
  'ResolveCrsEscalation',
  {
    readonly escalationId: string;
    /** What was resolved, and how. */
    readonly outcome: string;
    readonly agreedActions?: readonly CrsEscalationAgreedActionInput[] | null;
  }
>;

/** The raising chair withdraws the escalation (e.g. the concern has gone away). */
export type WithdrawCrsEscalation = Command<'WithdrawCrsEscalation', { readonly escalationId: string; readonly reason: string }>;

export type CrsEscalationCommand =
  | RaiseCrsEscalation
  | RecordCrsEscalationNotificationSent
  | RespondToCrsEscalation
  | EscalateCrsEscalation
  | ResolveCrsEscalation
  | WithdrawCrsEscalation;
