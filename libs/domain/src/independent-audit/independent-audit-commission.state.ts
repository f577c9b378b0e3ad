import { dayOf } from '../csv/field-checks.js';
import type { IndependentAuditCommissionEvent } from './independent-audit-commission.events.js';
import type { LearningEvidenced } from './independent-audit-commission.values.js';

export type NotCommissioned = { readonly status: 'NOT_COMMISSIONED' };

type Commission = {
  readonly commissionId: string;
  readonly azeusNumber: string;
  readonly learningToTest: string;
  readonly dueDate: string;
  readonly teamId: string | null;
  readonly commissionedBy: string;
  readonly commissionedAt: string;
};

export type CommissionedIndependentAudit = Commission & { readonly status: 'COMMISSIONED' };

export type AcceptedIndependentAudit = Commission & {
  readonly status: 'ACCEPTED';
  readonly auditorId: string;
  readonly acceptedAt: string;
};

export type LinkedIndependentAudit = Omit<AcceptedIndependentAudit, 'status'> & {
  readonly status: 'AUDIT_LINKED';
  readonly auditId: string;
};

export type ReportedIndependentAudit = Omit<LinkedIndependentAudit, 'status'> & {
  readonly status: 'REPORTED';
  readonly learningEvidenced: LearningEvidenced;
  readonly findings: string;
  readonly reportedAt: string;
};

export type WithdrawnIndependentAudit = Commission & {
  readonly status: 'WITHDRAWN';
  readonly reason: string;
  readonly withdrawnAt: string;
};

export type IndependentAuditCommission =
  | NotCommissioned
  | CommissionedIndependentAudit
  | AcceptedIndependentAudit
  | LinkedIndependentAudit
  | ReportedIndependentAudit
  | WithdrawnIndependentAudit;

export type IndependentAuditCommissionStatus = IndependentAuditCommission['status'];

export function initialState(): IndependentAuditCommission {
  return { status: 'NOT_COMMISSIONED' };
}

/** Folds a recorded fact. Never throws; a fact that does not fit the state leaves it as it is. */
export function evolve(state: IndependentAuditCommission, event: IndependentAuditCommissionEvent): IndependentAuditCommission {
  switch (event.type) {
    case 'IndependentAuditCommissioned': {
      if (state.status !== 'NOT_COMMISSIONED') return state;
      const d = event.data;
      return {
        status: 'COMMISSIONED',
        commissionId: d.commissionId,
        azeusNumber: d.azeusNumber,
        learningToTest: d.learningToTest,
        dueDate: d.dueDate,
        teamId: d.teamId ?? null,
        commissionedBy: d.commissionedBy,
        commissionedAt: d.commissionedAt,
      };
    }
    case 'IndependentAuditCommissionAccepted':
      if (state.status !== 'COMMISSIONED') return state;
      return { ...state, status: 'ACCEPTED', auditorId: event.data.auditorId, acceptedAt: event.data.acceptedAt };
    case 'IndependentAuditLinked':
      if (state.status !== 'ACCEPTED') return state;
      return { ...state, status: 'AUDIT_LINKED', auditId: event.data.auditId };
    case 'IndependentAuditFindingsReported': {
      if (state.status !== 'AUDIT_LINKED') return state;
      const { learningEvidenced, findings, reportedAt } = event.data;
      return { ...state, status: 'REPORTED', learningEvidenced, findings, reportedAt };
    }
    case 'IndependentAuditCommissionWithdrawn': {
      if (state.status === 'NOT_COMMISSIONED' || state.status === 'REPORTED' || state.status === 'WITHDRAWN') return state;
      const { commissionId, azeusNumber, learningToTest, dueDate, teamId, commissionedBy, commissionedAt } = state;
      return {
        status: 'WITHDRAWN',
        commissionId,
        azeusNumber,
        learningToTest,
        dueDate,
        teamId,
        commissionedBy,
        commissionedAt,
        reason: event.data.reason,
        withdrawnAt: event.data.withdrawnAt,
      };
    }
    default:
      return state;
  }
}

/**
 * CFA-6 for a commission: due by its due date; overdue when its findings are not reported by the
 * end of that day. Computed against `asOf`, never stored; works on the state and the read model.
 */
export function isIndependentAuditOverdue(commission: { readonly status: string; readonly dueDate?: string | null }, asOf: string): boolean {
  const open = commission.status === 'COMMISSIONED' || commission.status === 'ACCEPTED' || commission.status === 'AUDIT_LINKED';
  return open && typeof commission.dueDate === 'string' && dayOf(asOf) > commission.dueDate;
}
