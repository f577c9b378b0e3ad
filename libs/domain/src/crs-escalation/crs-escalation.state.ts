import type { CrsEscalationEvent } from './crs-escalation.events.js';
import type {
  CrsEscalationAgreedAction,
  CrsEscalationNotified,
  CrsEscalationRaiserRole,
  CrsEscalationResolution,
  CrsEscalationStage,
} from './crs-escalation.values.js';

/** One stage the escalation has been at: who it went to, when, and their response if any. */
export type CrsEscalationStageRecord = {
  readonly stage: CrsEscalationStage;
  readonly recipientId: string;
  /** The stage's clock starts here. */
  readonly startedAt: string;
  /** Why the chair took it to this stage (null for the first). */
  readonly reason: string | null;
  readonly notified: readonly CrsEscalationNotified[];
  readonly response: string | null;
  readonly respondedBy: string | null;
  readonly respondedAt: string | null;
  /** When the escalation left this stage without its response (escalated on, or withdrawn). */
  readonly endedAt: string | null;
};

type RaisedFields = {
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
  readonly raisedAt: string;
  /** In order; the last is the current one. */
  readonly stages: readonly CrsEscalationStageRecord[];
  readonly notifications: readonly { readonly notificationId: string; readonly sentAt: string }[];
};

export type NotRaisedCrsEscalation = { readonly status: 'NOT_RAISED' };
export type OpenCrsEscalation = RaisedFields & { readonly status: 'OPEN' };
export type ResolvedCrsEscalation = RaisedFields & {
  readonly status: 'RESOLVED';
  readonly resolution: CrsEscalationResolution;
  readonly outcome: string;
  readonly agreedActions: readonly CrsEscalationAgreedAction[];
  readonly resolvedAt: string;
};
export type WithdrawnCrsEscalation = RaisedFields & {
  readonly status: 'WITHDRAWN';
  readonly withdrawalReason: string;
  readonly withdrawnAt: string;
};

export type CrsEscalation = NotRaisedCrsEscalation | OpenCrsEscalation | ResolvedCrsEscalation | WithdrawnCrsEscalation;
export type CrsEscalationStatus = CrsEscalation['status'];

export function initialState(): CrsEscalation {
  return { status: 'NOT_RAISED' };
}

/** The stage the escalation is at (or was at when it closed). */
export function currentStage(escalation: Exclude<CrsEscalation, NotRaisedCrsEscalation>): CrsEscalationStageRecord {
  return escalation.stages[escalation.stages.length - 1]!;
}

/** Folds recorded facts; never throws. A fact that does not fit the state leaves it as it was. */
export function evolve(state: CrsEscalation, event: CrsEscalationEvent): CrsEscalation {
  switch (event.type) {
    case 'CrsEscalationRaised': {
      if (state.status !== 'NOT_RAISED') return state;
      const d = event.data;
      return {
        status: 'OPEN',
        escalationId: d.escalationId,
        azeusNumber: d.azeusNumber,
        teamId: d.teamId ?? null,
        raisedBy: d.raisedBy,
        raisedByRole: d.raisedByRole,
        concern: d.concern,
        practiceIssue: d.practiceIssue,
        teamManagerId: d.teamManagerId,
        headOfServiceId: d.headOfServiceId ?? null,
        serious: d.serious,
        managementDecision: d.managementDecision,
        raisedAt: d.raisedAt,
        stages: [stageRecord(d.stage, d.recipientId, d.raisedAt, null, d.notified)],
        notifications: [],
      };
    }
    case 'CrsEscalationNotificationSent': {
      if (state.status === 'NOT_RAISED') return state;
      if (state.notifications.some((n) => n.notificationId === event.data.notificationId)) return state;
      return { ...state, notifications: [...state.notifications, { notificationId: event.data.notificationId, sentAt: event.data.sentAt }] };
    }
    case 'CrsEscalationResponded': {
      if (state.status !== 'OPEN') return state;
      const current = currentStage(state);
      if (current.stage !== event.data.stage || current.respondedAt !== null) return state;
      const d = event.data;
      return withCurrent(state, { ...current, response: d.response, respondedBy: d.respondedBy, respondedAt: d.respondedAt });
    }
    case 'CrsEscalationEscalated': {
      if (state.status !== 'OPEN') return state;
      const d = event.data;
      const current = currentStage(state);
      const ended = current.respondedAt === null ? { ...current, endedAt: d.escalatedAt } : current;
      return {
        ...state,
        stages: [...state.stages.slice(0, -1), ended, stageRecord(d.stage, d.recipientId, d.escalatedAt, d.reason, d.notified)],
      };
    }
    case 'CrsEscalationResolved': {
      if (state.status !== 'OPEN') return state;
      const d = event.data;
      return { ...state, status: 'RESOLVED', resolution: d.resolution, outcome: d.outcome, agreedActions: d.agreedActions, resolvedAt: d.resolvedAt };
    }
    case 'CrsEscalationWithdrawn': {
      if (state.status !== 'OPEN') return state;
      const d = event.data;
      const current = currentStage(state);
      const closed = current.respondedAt === null ? withCurrent(state, { ...current, endedAt: d.withdrawnAt }) : state;
      return { ...closed, status: 'WITHDRAWN', withdrawalReason: d.reason, withdrawnAt: d.withdrawnAt };
    }
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}

function stageRecord(
  stage: CrsEscalationStage,
  recipientId: string,
  startedAt: string,
  reason: string | null,
  notified: readonly CrsEscalationNotified[] | undefined,
): CrsEscalationStageRecord {
  return { stage, recipientId, startedAt, reason, notified: notified ?? [], response: null, respondedBy: null, respondedAt: null, endedAt: null };
}

function withCurrent(state: OpenCrsEscalation, current: CrsEscalationStageRecord): OpenCrsEscalation {
  return { ...state, stages: [...state.stages.slice(0, -1), current] };
}

/** When the escalation closed (resolved or withdrawn), or null while open: what its clocks read. */
export function closedAtOf(escalation: CrsEscalation): string | null {
  switch (escalation.status) {
    case 'RESOLVED':
      return escalation.resolvedAt;
    case 'WITHDRAWN':
      return escalation.withdrawnAt;
    default:
      return null;
  }
}
