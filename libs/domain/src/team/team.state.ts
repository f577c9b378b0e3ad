import type { TeamEvent } from './team.events.js';

export type UnregisteredTeam = { readonly status: 'NOT_REGISTERED' };

export type ActiveTeam = {
  readonly status: 'ACTIVE';
  readonly teamId: string;
  readonly name: string;
  readonly serviceAreaId: string;
  /** Effective date of the last move between service areas; null if never moved. */
  readonly movedOn: string | null;
  readonly registeredAt: string;
};

export type ClosedTeam = Omit<ActiveTeam, 'status'> & { readonly status: 'CLOSED'; readonly closedOn: string };

export type Team = UnregisteredTeam | ActiveTeam | ClosedTeam;

export function initialState(): Team {
  return { status: 'NOT_REGISTERED' };
}

/** Never throws: a fact that does not fit the state leaves it as it is; unknown types are skipped. */
export function evolve(state: Team, event: TeamEvent): Team {
  switch (event.type) {
    case 'TeamRegistered': {
      if (state.status !== 'NOT_REGISTERED') return state;
      const { teamId, name, serviceAreaId, registeredAt } = event.data;
      return { status: 'ACTIVE', teamId, name, serviceAreaId, movedOn: null, registeredAt };
    }
    case 'TeamRenamed':
      return state.status === 'NOT_REGISTERED' ? state : { ...state, name: event.data.name };
    case 'TeamMovedToServiceArea':
      return state.status === 'NOT_REGISTERED'
        ? state
        : { ...state, serviceAreaId: event.data.serviceAreaId, movedOn: event.data.effectiveFrom };
    case 'TeamClosed':
      return state.status !== 'ACTIVE' ? state : { ...state, status: 'CLOSED', closedOn: event.data.closedOn };
    default:
      return state;
  }
}
