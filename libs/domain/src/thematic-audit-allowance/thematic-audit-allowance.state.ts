import type { ThematicAuditAllowanceEvent } from './thematic-audit-allowance.events.js';

export type ThematicAuditSlot = {
  readonly auditId: string;
  readonly theme: string;
  readonly dueDate: string;
  readonly claimedAt: string;
};

/** No slot has ever been claimed: all four are free. */
export type UnusedThematicAuditAllowance = { readonly status: 'UNUSED' };

export type ClaimedThematicAuditAllowance = {
  readonly status: 'CLAIMED';
  readonly auditorId: string;
  readonly year: number;
  /** Slots held now, in the order claimed. */
  readonly slots: readonly ThematicAuditSlot[];
  /** Audit ids whose slot was given back (and not claimed again), so a repeated release is a no-op. */
  readonly released: readonly string[];
};

export type ThematicAuditAllowance = UnusedThematicAuditAllowance | ClaimedThematicAuditAllowance;

export function initialState(): ThematicAuditAllowance {
  return { status: 'UNUSED' };
}

/** Folds a recorded fact. Never throws; unknown event types are skipped. */
export function evolve(state: ThematicAuditAllowance, event: ThematicAuditAllowanceEvent): ThematicAuditAllowance {
  switch (event.type) {
    case 'ThematicAuditSlotClaimed': {
      const { auditorId, year, auditId, theme, dueDate, claimedAt } = event.data;
      const current: ClaimedThematicAuditAllowance =
        state.status === 'UNUSED' ? { status: 'CLAIMED', auditorId, year, slots: [], released: [] } : state;
      if (current.slots.some((slot) => slot.auditId === auditId)) return current;
      return {
        ...current,
        slots: [...current.slots, { auditId, theme, dueDate, claimedAt }],
        released: current.released.filter((id) => id !== auditId),
      };
    }
    case 'ThematicAuditSlotReleased': {
      if (state.status === 'UNUSED') return state;
      const { auditId } = event.data;
      return {
        ...state,
        slots: state.slots.filter((slot) => slot.auditId !== auditId),
        released: state.released.includes(auditId) ? state.released : [...state.released, auditId],
      };
    }
    default:
      return state;
  }
}
