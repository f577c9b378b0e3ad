import type { DomainEvent } from '../shared/decider.js';
import type { Actor } from '../shared/decider.js';
import type { CopyRecipient, RemedialActionSource } from './remedial-action.values.js';

/**
 * The facts of a remedial action (CFA-5, CFA-7), one stream per action (`remedialAction-<actionId>`).
 * Times in data are business times (`metadata.now` of the command), except `sentAt`, which is when
 * the channel accepted the message.
 */

export type RemedialActionRaised = DomainEvent<
  'RemedialActionRaised',
  {
    readonly actionId: string;
    readonly source: RemedialActionSource;
    /** The section 5 recommendation the action comes from, where there is one. */
    readonly recommendationId: string | null;
    /**
     * CFA-7: "recorded against the case". Null for an action a strand agreed about practice or a
     * service rather than one child's case (a professional supervision audit, a themed audit day).
     */
    readonly azeusNumber: string | null;
    readonly teamId: string | null;
    /** The worker who must do it. */
    readonly ownerId: string;
    /** Who reviews its completion in supervision (CFA-5). */
    readonly managerId: string;
    readonly copyTo: readonly CopyRecipient[];
    readonly description: string;
    /** The timescale: the date (YYYY-MM-DD) by which it must be done; past it the action is overdue. */
    readonly timescale: string;
    readonly raisedBy: Actor;
    readonly raisedAt: string;
  }
>;

/** CFA-7: the action was sent to these staff; the 48-hour clock is read from these records. */
export type RemedialActionNotificationSent = DomainEvent<
  'RemedialActionNotificationSent',
  {
    readonly actionId: string;
    /** Deterministic per notification: recording it twice records nothing. */
    readonly notificationId: string;
    readonly recipients: readonly string[];
    /** How it went: `SMTP`, `LOG`, or a channel named by whoever recorded it. */
    readonly channel: string;
    readonly sentAt: string;
    /** The Message-ID header of the e-mail, where the channel has one. */
    readonly messageId: string | null;
    readonly recordedAt: string;
  }
>;

export type RemedialActionAcknowledged = DomainEvent<
  'RemedialActionAcknowledged',
  { readonly actionId: string; readonly acknowledgedBy: string; readonly acknowledgedAt: string }
>;

export type RemedialActionCompleted = DomainEvent<
  'RemedialActionCompleted',
  { readonly actionId: string; readonly evidence: string; readonly completedBy: string; readonly completedAt: string }
>;

/** CFA-5: the manager reviewed the completion in supervision and agrees it is done. */
export type RemedialActionVerified = DomainEvent<
  'RemedialActionVerified',
  {
    readonly actionId: string;
    readonly verifiedBy: string;
    /** The date (YYYY-MM-DD) of the supervision in which it was reviewed. */
    readonly supervisionDate: string;
    readonly supervisionSessionId: string | null;
    readonly verifiedAt: string;
  }
>;

/** CFA-5: the manager found it not done; it is open again with a new timescale. */
export type RemedialActionReopened = DomainEvent<
  'RemedialActionReopened',
  {
    readonly actionId: string;
    readonly reason: string;
    readonly previousTimescale: string;
    readonly timescale: string;
    readonly reopenedBy: string;
    readonly reopenedAt: string;
  }
>;

export type RemedialActionEvent =
  | RemedialActionRaised
  | RemedialActionNotificationSent
  | RemedialActionAcknowledged
  | RemedialActionCompleted
  | RemedialActionVerified
  | RemedialActionReopened;

export type RemedialActionEventType = RemedialActionEvent['type'];

export const REMEDIAL_ACTION_EVENT_TYPES: readonly RemedialActionEventType[] = [
  'RemedialActionRaised',
  'RemedialActionNotificationSent',
  'RemedialActionAcknowledged',
  'RemedialActionCompleted',
  'RemedialActionVerified',
  'RemedialActionReopened',
];
