import type { Command } from '../shared/decider.js';

/**
 * Commands of an independent audit commission (CFA-10). Facts about the case file audit that
 * carries it out are read by the API from that audit's stream and arrive in the command, so the
 * decision stays pure.
 *
 * The API's order: commission → accept → schedule the case file audit (type INDEPENDENT, the same
 * case, the accepting officer as auditor) → link it here by audit id → (the audit is done and
 * submitted) → report the findings. A crash between scheduling and linking leaves an INDEPENDENT
 * audit not yet linked; linking again with the same audit id is a no-op, so the request retries.
 */

export type CommissionIndependentAudit = Command<
  'CommissionIndependentAudit',
  {
    readonly commissionId: string;
    readonly azeusNumber: string;
    readonly learningToTest: string;
    /** YYYY-MM-DD. */
    readonly dueDate: string;
    readonly teamId?: string | null;
  }
>;

export type AcceptIndependentAuditCommission = Command<'AcceptIndependentAuditCommission', { readonly commissionId: string }>;

/** The case file audit as the API read it: null when no audit has been scheduled with that id. */
export type IndependentAuditFacts = {
  readonly auditType: string;
  readonly azeusNumber: string;
  readonly auditorId: string;
  /** When the audit was submitted; null while it is not. */
  readonly submittedAt: string | null;
} | null;

export type LinkIndependentAudit = Command<
  'LinkIndependentAudit',
  { readonly commissionId: string; readonly auditId: string; readonly audit: IndependentAuditFacts }
>;

export type ReportIndependentAuditFindings = Command<
  'ReportIndependentAuditFindings',
  {
    readonly commissionId: string;
    /** One of LEARNING_EVIDENCED. */
    readonly learningEvidenced: string;
    readonly findings: string;
    /** The linked audit as the API read it. */
    readonly audit: IndependentAuditFacts;
  }
>;

export type WithdrawIndependentAuditCommission = Command<
  'WithdrawIndependentAuditCommission',
  { readonly commissionId: string; readonly reason: string }
>;

export type IndependentAuditCommissionCommand =
  | CommissionIndependentAudit
  | AcceptIndependentAuditCommission
  | LinkIndependentAudit
  | ReportIndependentAuditFindings
  | WithdrawIndependentAuditCommission;

export type IndependentAuditCommissionCommandType = IndependentAuditCommissionCommand['type'];
