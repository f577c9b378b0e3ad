import type { Actor } from '../shared/decider.js';
import type { RemedialActionEvent } from './remedial-action.events.js';
import type { CopyRecipient, NotificationRecord, RemedialActionSource } from './remedial-action.values.js';

/**
 * A remedial action's life: RAISED → ACKNOWLEDGED (by its owner) → COMPLETED (with evidence) →
 * VERIFIED (by the manager in supervision), or REOPENED from COMPLETED when the manager finds it
 * not done, which needs acknowledging again. Notifications are not a status: they may be recorded
 * at any point and are kept beside the status for the 48-hour clock (CFA-7).
 */

export type RemedialActionReopening = {
  readonly reason: string;
  readonly previousTimescale: string;
  readonly timescale: string;
  /** The completion the manager did not accept. */
  readonly evidence: string;
  readonly completedAt: string;
  readonly reopenedBy: string;
  readonly reopenedAt: string;
};

/** What every raised action has, whatever its status. */
export type RaisedRemedialActionFields = {
  readonly actionId: string;
  readonly source: RemedialActionSource;
  readonly recommendationId: string | null;
  readonly azeusNumber: string | null;
  readonly teamId: string | null;
  readonly ownerId: string;
  readonly managerId: string;
  readonly copyTo: readonly CopyRecipient[];
  readonly description: string;
  readonly timescale: string;
  readonly raisedBy: Actor;
  readonly raisedAt: string;
  readonly notifications: readonly NotificationRecord[];
  readonly reopenings: readonly RemedialActionReopening[];
};

export type NotRaisedRemedialAction = { readonly status: 'NOT_RAISED' };

export type RaisedRemedialAction = RaisedRemedialActionFields & { readonly status: 'RAISED' };

/** Open again after the manager found it not done; the owner acknowledges the new timescale. */
export type ReopenedRemedialAction = RaisedRemedialActionFields & { readonly status: 'REOPENED' };

export type AcknowledgedRemedialAction = RaisedRemedialActionFields & {
  readonly status: 'ACKNOWLEDGED';
  readonly acknowledgedAt: string;
};

export type CompletedRemedialAction = RaisedRemedialActionFields & {
  readonly status: 'COMPLETED';
  readonly acknowledgedAt: string;
  readonly evidence: string;
  readonly completedAt: string;
};

export type VerifiedRemedialAction = Omit<CompletedRemedialAction, 'status'> & {
  readonly status: 'VERIFIED';
  readonly verifiedBy: string;
  readonly supervisionDate: string;
  readonly supervisionSessionId: string | null;
  readonly verifiedAt: string;
};

export type RemedialAction =
  | NotRaisedRemedialAction
  | RaisedRemedialAction
  | ReopenedRemedialAction
  | AcknowledgedRemedialAction
  | CompletedRemedialAction
  | VerifiedRemedialAction;

export type RemedialActionStatus = RemedialAction['status'];
export type ExistingRemedialAction = Exclude<RemedialAction, NotRaisedRemedialAction>;

export function initialState(): RemedialAction {
  return { status: 'NOT_RAISED' };
}

/**
 * Folds a recorded fact into the action. Never throws: a fact that does not fit the state it meets
 * (which `decide` never produces) leaves the state as it is; unknown event types are skipped.
 */
export function evolve(state: RemedialAction, event: RemedialActionEvent): RemedialAction {
  switch (event.type) {
    case 'RemedialActionRaised': {
      if (state.status !== 'NOT_RAISED') return state;
      const d = event.data;
      return {
        status: 'RAISED',
        actionId: d.actionId,
        source: d.source,
        recommendationId: d.recommendationId ?? null,
        azeusNumber: d.azeusNumber,
        teamId: d.teamId ?? null,
        ownerId: d.ownerId,
        managerId: d.managerId,
        copyTo: d.copyTo ?? [],
        description: d.description,
        timescale: d.timescale,
        raisedBy: d.raisedBy,
        raisedAt: d.raisedAt,
        notifications: [],
        reopenings: [],
      };
    }
    case 'RemedialActionNotificationSent': {
      if (state.status === 'NOT_RAISED') return state;
      const { notificationId, recipients, channel, sentAt, messageId } = event.data;
      if (state.notifications.some((n) => n.notificationId === notificationId)) return state;
      return {
        ...state,
        notifications: [...state.notifications, { notificationId, recipients, channel, sentAt, messageId: messageId ?? null }],
      };
    }
    case 'RemedialActionAcknowledged': {
      if (state.status !== 'RAISED' && state.status !== 'REOPENED') return state;
      return { ...state, status: 'ACKNOWLEDGED', acknowledgedAt: event.data.acknowledgedAt };
    }
    case 'RemedialActionCompleted': {
      if (state.status !== 'ACKNOWLEDGED') return state;
      const { evidence, completedAt } = event.data;
      return { ...state, status: 'COMPLETED', evidence, completedAt };
    }
    case 'RemedialActionVerified': {
      if (state.status !== 'COMPLETED') return state;
      const { verifiedBy, supervisionDate, supervisionSessionId, verifiedAt } = event.data;
      return {
        ...state,
        status: 'VERIFIED',
        verifiedBy,
        supervisionDate,
        supervisionSessionId: supervisionSessionId ?? null,
        verifiedAt,
      };
    }
    case 'RemedialActionReopened': {
      if (state.status !== 'COMPLETED') return state;
      const { reason, previousTimescale, timescale, reopenedBy, reopenedAt } = event.data;
      const { acknowledgedAt: _acknowledged, evidence, completedAt, status: _status, ...fields } = state;
      return {
        ...fields,
        status: 'REOPENED',
        timescale,
        reopenings: [...state.reopenings, { reason, previousTimescale, timescale, evidence, completedAt, reopenedBy, reopenedAt }],
      };
    }
    default:
      return state;
  }
}
