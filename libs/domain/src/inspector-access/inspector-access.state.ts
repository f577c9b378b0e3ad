import type { InspectorAccessEvent } from './inspector-access.events.js';

type GrantedFields = {
  readonly grantId: string;
  readonly inspectorId: string;
  readonly from: string;
  readonly until: string;
  readonly grantedBy: string;
};

export type NotGrantedInspectorAccess = { readonly status: 'NOT_GRANTED' };
export type GrantedInspectorAccess = GrantedFields & { readonly status: 'GRANTED' };
export type RevokedInspectorAccess = GrantedFields & { readonly status: 'REVOKED'; readonly revokedAt: string };

export type InspectorAccess = NotGrantedInspectorAccess | GrantedInspectorAccess | RevokedInspectorAccess;
export type InspectorAccessStatus = InspectorAccess['status'];

export function initialState(): InspectorAccess {
  return { status: 'NOT_GRANTED' };
}

/** Folds recorded facts; never throws. A fact that does not fit the state leaves it as it was. */
export function evolve(state: InspectorAccess, event: InspectorAccessEvent): InspectorAccess {
  switch (event.type) {
    case 'InspectorAccessGranted': {
      if (state.status !== 'NOT_GRANTED') return state;
      const { grantId, inspectorId, from, until, grantedBy } = event.data;
      return { status: 'GRANTED', grantId, inspectorId, from, until, grantedBy };
    }
    case 'InspectorAccessRevoked':
      if (state.status !== 'GRANTED') return state;
      return { ...state, status: 'REVOKED', revokedAt: event.data.revokedAt };
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}
