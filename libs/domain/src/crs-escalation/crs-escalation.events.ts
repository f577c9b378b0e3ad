import type { DomainEvent } from '../shared/decider.js';
import type {
  CrsEscalationAgreedAction,
  CrsEscalationNotified,
  CrsEscalationRaiserRole,
  CrsEscalationResolution,
  CrsEscalationStage,
} from './crs-escalation.values.js';

/**
 * The facts of an escalation by an independent chair (CRS-1), on its own stream
 * `crsEscalation-<escalationId>`. Type strings never change; times in data are the business time
 * of the command (`metadata.now`), the actor is also in the event metadata.
 */

export type CrsEscalationRaised = DomainEvent<
  'CrsEscalationRaised',
  {
    readonly escalationId: string;
    readonly azeusNumber: string;
    readonly teamId: string | null;
    readonly raisedBy: string;
    readonly raisedByRole: CrsEscalationRaiserRole;
    readonly concern: string;
    readonly practiceIssue: string;
    readonly teamManagerId: string;
    readonly headOfServiceId: string | null;
    readonly serious: boolean;
    readonly managementDecision: boolean;
    /** The first stage: INFORMAL or FORMAL_STAGE_1 with the TM, or FORMAL_STAGE_2 with the Manager (CRS-1). */
    readonly stage: CrsEscalationStage;
    /** Who responds at that stage. */
    readonly recipientId: string;
    /** Who is told immediately (CRS-1): always the TM, and the Manager when it went to them. */
    readonly notified: readonly CrsEscalationNotified[];
    /** The first stage's response clock starts here. */
    readonly raisedAt: string;
  }
>;

export type CrsEscalationNotificationSent = DomainEvent<
  'CrsEscalationNotificationSent',
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

/** The stage's recipient responded: the stage's clock stops. */
export type CrsEscalationResponded = DomainEvent<
  'CrsEscalationResponded',
  {
    readonly escalationId: string;
    readonly stage: CrsEscalationStage;
    readonly respondedBy: string;
    readonly response: string;
    readonly respondedAt: string;
  }
>;

/** The chair took the escalation to the next stage; its clock starts at `escalatedAt`. */
export type CrsEscalationEscalated = DomainEvent<
  'CrsEscalationEscalated',
  {
    readonly escalationId: string;
    readonly fromStage: CrsEscalationStage;
    readonly stage: CrsEscalationStage;
    readonly recipientId: string;
    readonly reason: string;
    /** Copied from the raising, so the new recipient's notification names the case and the concern from this event alone. */
    readonly azeusNumber: string;
    readonly concern: string;
    readonly notified: readonly CrsEscalationNotified[];
    readonly escalatedBy: string;
    readonly escalatedAt: string;
  }
>;

/** The chair accepted the response: resolved, with the agreed actions (issue 4, item 7). */
export type CrsEscalationResolved = DomainEvent<
  'CrsEscalationResolved',
  {
    readonly escalationId: string;
    readonly stage: CrsEscalationStage;
    readonly resolution: CrsEscalationResolution;
    readonly outcome: string;
    readonly agreedActions: readonly CrsEscalationAgreedAction[];
    /** Copied from the raising, so the agreed actions name their case and team from this event alone. */
    readonly azeusNumber: string;
    readonly teamId: string | null;
    readonly resolvedBy: string;
    readonly resolvedAt: string;
  }
>;

export type CrsEscalationWithdrawn = DomainEvent<
  'CrsEscalationWithdrawn',
  {
    readonly escalationId: string;
    readonly stage: CrsEscalationStage;
    readonly reason: string;
    readonly withdrawnBy: string;
    readonly withdrawnAt: string;
  }
>;

export type CrsEscalationEvent =
  | CrsEscalationRaised
  | CrsEscalationNotificationSent
  | CrsEscalationResponded
  | CrsEscalationEscalated
  | CrsEscalationResolved
  | CrsEscalationWithdrawn;

export const CRS_ESCALATION_EVENT_TYPES = [
  'CrsEscalationRaised',
  'CrsEscalationNotificationSent',
  'CrsEscalationResponded',
  'CrsEscalationEscalated',
  'CrsEscalationResolved',
  'CrsEscalationWithdrawn',
] as const satisfies readonly CrsEscalationEvent['type'][];
