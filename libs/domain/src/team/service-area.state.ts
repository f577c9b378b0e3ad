import type { ServiceAreaEvent } from './service-area.events.js';

export type UnregisteredServiceArea = { readonly status: 'NOT_REGISTERED' };

export type ActiveServiceArea = {
  readonly status: 'ACTIVE';
  readonly serviceAreaId: string;
  readonly name: string;
  readonly registeredAt: string;
};

export type ClosedServiceArea = Omit<ActiveServiceArea, 'status'> & { readonly status: 'CLOSED'; readonly closedOn: string };

export type ServiceArea = UnregisteredServiceArea | ActiveServiceArea | ClosedServiceArea;

export function initialState(): ServiceArea {
  return { status: 'NOT_REGISTERED' };
}

/** Never throws: a fact that does not fit the state leaves it as it is; unknown types are skipped. */
export function evolve(state: ServiceArea, event: ServiceAreaEvent): ServiceArea {
  switch (event.type) {
    case 'ServiceAreaRegistered': {
      if (state.status !== 'NOT_REGISTERED') return state;
      const { serviceAreaId, name, registeredAt } = event.data;
      return { status: 'ACTIVE', serviceAreaId, name, registeredAt };
    }
    case 'ServiceAreaRenamed':
      return state.status === 'NOT_REGISTERED' ? state : { ...state, name: event.data.name };
    case 'ServiceAreaClosed':
      return state.status !== 'ACTIVE' ? state : { ...state, status: 'CLOSED', closedOn: event.data.closedOn };
    default:
      return state;
  }
}
