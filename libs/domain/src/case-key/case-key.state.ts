import type { CaseKeyEvent } from './case-key.events.js';

export type CaseKey =
  | { readonly status: 'IN_USE' }
  | { readonly status: 'SHREDDED'; readonly azeusNumber: string; readonly shreddedAt: string; readonly shreddedBy: string };

/** Until it is shredded a case's key is in use (or will be made the first time its text is encrypted). */
export function initialState(): CaseKey {
  return { status: 'IN_USE' };
}

/** Folds a recorded fact. Never throws; unknown event types are skipped. */
export function evolve(state: CaseKey, event: CaseKeyEvent): CaseKey {
  switch (event.type) {
    case 'CaseKeyShredded':
      if (state.status === 'SHREDDED') return state;
      return { status: 'SHREDDED', azeusNumber: event.data.azeusNumber, shreddedAt: event.data.shreddedAt, shreddedBy: event.data.shreddedBy };
    default:
      return state;
  }
}
