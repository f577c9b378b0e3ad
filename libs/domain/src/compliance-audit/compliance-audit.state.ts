import type { ComplianceAuditEvent } from './compliance-audit.events.js';
import type { ComplianceCheck, ComplianceCheckItem, ManagementDirectionCaseNote } from './compliance-audit.values.js';

export type NotStartedComplianceAudit = { readonly status: 'NOT_STARTED' };

export type InProgressComplianceAudit = {
  readonly status: 'IN_PROGRESS';
  readonly complianceAuditId: string;
  readonly azeusNumber: string;
  readonly superviseeId: string;
  readonly auditorId: string;
  readonly teamId: string | null;
  readonly supervisionDate: string;
  readonly supervisionSessionId: string | null;
  readonly startedAt: string;
  readonly checks: { readonly [Item in ComplianceCheckItem]?: ComplianceCheck };
  readonly caseNote: ManagementDirectionCaseNote | null;
};

export type CompletedComplianceAudit = Omit<InProgressComplianceAudit, 'status'> & {
  readonly status: 'COMPLETED';
  readonly completedOn: string;
  readonly completedAt: string;
  /** Case note actions confirmed completed in supervision (CFA-5); the rest are still open. */
  readonly completedActionIds: readonly string[];
};

export type ComplianceAudit = NotStartedComplianceAudit | InProgressComplianceAudit | CompletedComplianceAudit;

export type ComplianceAuditStatus = ComplianceAudit['status'];

export function initialState(): ComplianceAudit {
  return { status: 'NOT_STARTED' };
}

/** The case note actions not yet confirmed completed in supervision. */
export function openActionIds(audit: CompletedComplianceAudit): string[] {
  return (audit.caseNote?.actions ?? []).map((a) => a.actionId).filter((id) => !audit.completedActionIds.includes(id));
}

/**
 * Folds a recorded fact. Never throws: a fact that does not fit the state it meets leaves the state
 * as it is, and unknown (newer) event types are skipped.
 */
export function evolve(state: ComplianceAudit, event: ComplianceAuditEvent): ComplianceAudit {
  switch (event.type) {
    case 'ComplianceAuditStarted': {
      if (state.status !== 'NOT_STARTED') return state;
      const d = event.data;
      return {
        status: 'IN_PROGRESS',
        complianceAuditId: d.complianceAuditId,
        azeusNumber: d.azeusNumber,
        superviseeId: d.superviseeId,
        auditorId: d.auditorId,
        teamId: d.teamId ?? null,
        supervisionDate: d.supervisionDate,
        supervisionSessionId: d.supervisionSessionId ?? null,
        startedAt: d.startedAt,
        checks: {},
        caseNote: null,
      };
    }
    case 'ComplianceCheckRecorded': {
      if (state.status !== 'IN_PROGRESS') return state;
      const { item, met, comment } = event.data;
      return { ...state, checks: { ...state.checks, [item]: { item, met, comment: comment ?? null } } };
    }
    case 'ManagementDirectionCaseNoteRecorded': {
      if (state.status !== 'IN_PROGRESS') return state;
      const { note, actions, caseNoteReference } = event.data;
      return { ...state, caseNote: { note, actions, caseNoteReference: caseNoteReference ?? null } };
    }
    case 'ComplianceAuditCompleted': {
      if (state.status !== 'IN_PROGRESS') return state;
      const { completedOn, completedAt } = event.data;
      return { ...state, status: 'COMPLETED', completedOn, completedAt, completedActionIds: [] };
    }
    case 'ComplianceActionsReviewedInSupervision': {
      if (state.status !== 'COMPLETED') return state;
      const done = event.data.outcomes.filter((o) => o.completed).map((o) => o.actionId);
      return {
        ...state,
        completedActionIds: [...state.completedActionIds, ...done.filter((id) => !state.completedActionIds.includes(id))],
      };
    }
    default:
      return state;
  }
}
