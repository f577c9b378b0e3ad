import { assertNever, type Role } from '../shared/decider.js';
import type { ThemedAuditDayEvent, ThemedAuditDayPlanned } from './themed-audit-day.events.js';
import type {
  TaskAndFinishGroup,
  ThemeReason,
  ThemedAudit,
  ThemedAuditDayAction,
  ThemedAuditDaySession,
} from './themed-audit-day.values.js';

/**
 * A themed audit day's life (TAD-1): PLANNED (audits recorded on the day) → CLOSED (the day is
 * over) → ACTION_PLAN_AGREED (the task-and-finish group owns its actions) → ACTION_PLAN_CLOSED
 * (every action done).
 */
export type ThemedAuditDayStatus = 'NOT_PLANNED' | 'PLANNED' | 'CLOSED' | 'ACTION_PLAN_AGREED' | 'ACTION_PLAN_CLOSED';

export interface NotPlannedThemedAuditDay {
  readonly status: 'NOT_PLANNED';
}

/** What the plan says, whatever the day's status. */
export interface ThemedAuditDayPlan {
  readonly dayId: string;
  readonly theme: string;
  readonly reasons: readonly ThemeReason[];
  readonly date: string;
  readonly session: ThemedAuditDaySession;
  readonly teamIds: readonly string[];
  readonly serviceAreaIds: readonly string[];
  readonly leadId: string;
  readonly leadRole: Role;
  readonly plannedAt: string;
  readonly audits: readonly ThemedAudit[];
}

export interface PlannedThemedAuditDay extends ThemedAuditDayPlan {
  readonly status: 'PLANNED';
}

export interface ClosedDayFields extends ThemedAuditDayPlan {
  readonly summary: string | null;
  readonly closedAt: string;
}

export interface ClosedThemedAuditDay extends ClosedDayFields {
  readonly status: 'CLOSED';
}

export interface TargetedActionPlan {
  readonly group: TaskAndFinishGroup;
  readonly actions: readonly ThemedAuditDayAction[];
  readonly agreedBy: string;
  readonly agreedAt: string;
}

export interface ActionPlanAgreedThemedAuditDay extends ClosedDayFields {
  readonly status: 'ACTION_PLAN_AGREED';
  readonly actionPlan: TargetedActionPlan;
}

export interface ActionPlanClosedThemedAuditDay extends ClosedDayFields {
  readonly status: 'ACTION_PLAN_CLOSED';
  readonly actionPlan: TargetedActionPlan;
  readonly outcome: string | null;
  readonly actionPlanClosedBy: string;
  readonly actionPlanClosedAt: string;
}

export type ThemedAuditDay =
  | NotPlannedThemedAuditDay
  | PlannedThemedAuditDay
  | ClosedThemedAuditDay
  | ActionPlanAgreedThemedAuditDay
  | ActionPlanClosedThemedAuditDay;

export function initialState(): ThemedAuditDay {
  return { status: 'NOT_PLANNED' };
}

/** Folds recorded facts; a fact that cannot be placed leaves the state as it is (evolve never throws). */
export function evolve(state: ThemedAuditDay, event: ThemedAuditDayEvent): ThemedAuditDay {
  switch (event.type) {
    case 'ThemedAuditDayPlanned':
      return state.status === 'NOT_PLANNED' ? planned(event) : state;
    case 'ThemedAuditRecorded': {
      if (state.status === 'NOT_PLANNED') return state;
      const { dayId: _dayId, ...audit } = event.data;
      return { ...state, audits: [...state.audits, audit] };
    }
    case 'ThemedAuditDayClosed':
      if (state.status !== 'PLANNED') return state;
      return { ...state, status: 'CLOSED', summary: event.data.summary, closedAt: event.data.closedAt };
    case 'ThemedAuditDayActionPlanAgreed':
      if (state.status !== 'CLOSED') return state;
      return {
        ...state,
        status: 'ACTION_PLAN_AGREED',
        actionPlan: { group: event.data.group, actions: event.data.actions, agreedBy: event.data.agreedBy, agreedAt: event.data.agreedAt },
      };
    case 'ThemedAuditDayActionPlanClosed':
      if (state.status !== 'ACTION_PLAN_AGREED') return state;
      return {
        ...state,
        status: 'ACTION_PLAN_CLOSED',
        outcome: event.data.outcome,
        actionPlanClosedBy: event.data.closedBy,
        actionPlanClosedAt: event.data.closedAt,
      };
    default:
      return assertNever(event);
  }
}

function planned(event: ThemedAuditDayPlanned): PlannedThemedAuditDay {
  const { plannedAt, ...plan } = event.data;
  return { status: 'PLANNED', ...plan, plannedAt, audits: [] };
}
