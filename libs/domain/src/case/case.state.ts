import type { CaseEvent } from './case.events.js';
import type { CaseCategory } from './case.values.js';

/** What changes with an effective date; each keeps the date its current value took effect. */
export type CaseEffectiveAttribute = 'category' | 'team' | 'allocation';

export type CaseDetails = {
  readonly azeusNumber: string;
  readonly category: CaseCategory;
  readonly teamId: string;
  readonly allocatedWorkerId: string | null;
  /** Opening date of the current (or, when closed, the last) episode. */
  readonly openedOn: string;
  readonly effectiveFrom: { readonly [A in CaseEffectiveAttribute]: string };
};

export type UnopenedCase = { readonly status: 'NOT_OPENED' };
export type OpenCaseState = CaseDetails & { readonly status: 'OPEN' };
export type ClosedCase = CaseDetails & { readonly status: 'CLOSED'; readonly closedOn: string };

export type Case = UnopenedCase | OpenCaseState | ClosedCase;

export function initialState(): Case {
  return { status: 'NOT_OPENED' };
}

/** Never throws: a fact that does not fit the state leaves it as it is; unknown types are skipped. */
export function evolve(state: Case, event: CaseEvent): Case {
  switch (event.type) {
    case 'CaseOpened': {
      if (state.status !== 'NOT_OPENED') return state;
      const { azeusNumber, category, teamId, allocatedWorkerId, openedOn } = event.data;
      return {
        status: 'OPEN',
        azeusNumber,
        category,
        teamId,
        allocatedWorkerId: allocatedWorkerId ?? null,
        openedOn,
        effectiveFrom: { category: openedOn, team: openedOn, allocation: openedOn },
      };
    }
    case 'CaseReallocated':
      if (state.status !== 'OPEN') return state;
      return {
        ...state,
        allocatedWorkerId: event.data.allocatedWorkerId ?? null,
        effectiveFrom: { ...state.effectiveFrom, allocation: event.data.effectiveFrom },
      };
    case 'CaseTransferred':
      if (state.status !== 'OPEN') return state;
      return { ...state, teamId: event.data.teamId, effectiveFrom: { ...state.effectiveFrom, team: event.data.effectiveFrom } };
    case 'CaseRecategorised':
      if (state.status !== 'OPEN') return state;
      return {
        ...state,
        category: event.data.category,
        effectiveFrom: { ...state.effectiveFrom, category: event.data.effectiveFrom },
      };
    case 'CaseClosed':
      return state.status === 'OPEN' ? { ...state, status: 'CLOSED', closedOn: event.data.closedOn } : state;
    case 'CaseReopened': {
      if (state.status !== 'CLOSED') return state;
      const { closedOn: _closed, ...details } = state;
      const reopenedOn = event.data.reopenedOn;
      return {
        ...details,
        status: 'OPEN',
        openedOn: reopenedOn,
        effectiveFrom: { category: reopenedOn, team: reopenedOn, allocation: reopenedOn },
      };
    }
    default:
      return state;
  }
}
