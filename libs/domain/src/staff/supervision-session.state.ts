import type { SupervisionSessionEvent } from './supervision-session.events.js';

export type UnplannedSupervisionSession = { readonly status: 'NOT_PLANNED' };

export type PlannedSupervisionSession = {
  readonly status: 'PLANNED';
  readonly sessionId: string;
  readonly supervisorId: string;
  readonly superviseeId: string;
  readonly plannedFor: string;
};

export type HeldSupervisionSession = {
  readonly status: 'HELD';
  readonly sessionId: string;
  readonly supervisorId: string;
  readonly superviseeId: string;
  /** Null when the session was recorded only once held. */
  readonly plannedFor: string | null;
  readonly heldOn: string;
};

export type CancelledSupervisionSession = Omit<PlannedSupervisionSession, 'status'> & {
  readonly status: 'CANCELLED';
  readonly reason: string;
};

export type SupervisionSession =
  | UnplannedSupervisionSession
  | PlannedSupervisionSession
  | HeldSupervisionSession
  | CancelledSupervisionSession;

export function initialState(): SupervisionSession {
  return { status: 'NOT_PLANNED' };
}

/** Never throws: a fact that does not fit the state leaves it as it is; unknown types are skipped. */
export function evolve(state: SupervisionSession, event: SupervisionSessionEvent): SupervisionSession {
  switch (event.type) {
    case 'SupervisionSessionPlanned': {
      if (state.status !== 'NOT_PLANNED') return state;
      const { sessionId, supervisorId, superviseeId, plannedFor } = event.data;
      return { status: 'PLANNED', sessionId, supervisorId, superviseeId, plannedFor };
    }
    case 'SupervisionSessionRescheduled':
      return state.status === 'PLANNED' ? { ...state, plannedFor: event.data.plannedFor } : state;
    case 'SupervisionSessionHeld': {
      if (state.status !== 'NOT_PLANNED' && state.status !== 'PLANNED') return state;
      const { sessionId, supervisorId, superviseeId, heldOn } = event.data;
      const plannedFor = state.status === 'PLANNED' ? state.plannedFor : null;
      return { status: 'HELD', sessionId, supervisorId, superviseeId, plannedFor, heldOn };
    }
    case 'SupervisionSessionCancelled':
      return state.status === 'PLANNED' ? { ...state, status: 'CANCELLED', reason: event.data.reason } : state;
    default:
      return state;
  }
}
