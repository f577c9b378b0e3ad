import { dayOf } from '../csv/field-checks.js';
import { COMPLIANCE_AUDITS_BEFORE_SUPERVISION } from './compliance-audit.values.js';

/**
 * CFA-4: before each supervision at least 2 compliance audits are completed for the member of
 * staff supervised. An audit counts for the first supervision after (or on) the day it was
 * completed: it counts towards `upcomingSupervisionDate` when it was completed after the previous
 * supervision's day and no later than the upcoming one's. An audit completed on the day of a
 * supervision counts for that supervision, as it was done for it. Completed audits only: one
 * started but not completed counts for nothing.
 */
export type ComplianceQuotaInput = {
  /** YYYY-MM-DD of the supervision the audits must precede. */
  readonly upcomingSupervisionDate: string;
  /** YYYY-MM-DD of the supervisee's previous supervision; null if they have had none. */
  readonly previousSupervisionDate: string | null;
  /** The compliance audits completed for this supervisee (any period; the window is applied here). */
  readonly completedAudits: readonly { readonly complianceAuditId: string; readonly completedOn: string }[];
};

export type ComplianceQuota = {
  readonly required: number;
  /** The audits that count towards the upcoming supervision, in completion order. */
  readonly counted: readonly string[];
  /** How many more must be completed by the upcoming supervision (0 when met). */
  readonly owed: number;
  readonly met: boolean;
};

export function complianceAuditsOwed(input: ComplianceQuotaInput): ComplianceQuota {
  const from = input.previousSupervisionDate;
  const to = input.upcomingSupervisionDate;
  const counted = [...input.completedAudits]
    .filter((audit) => (from === null || audit.completedOn > from) && audit.completedOn <= to)
    .sort((a, b) => (a.completedOn < b.completedOn ? -1 : a.completedOn > b.completedOn ? 1 : 0))
    .map((audit) => audit.complianceAuditId)
    .filter((id, index, ids) => ids.indexOf(id) === index);
  const owed = Math.max(0, COMPLIANCE_AUDITS_BEFORE_SUPERVISION - counted.length);
  return { required: COMPLIANCE_AUDITS_BEFORE_SUPERVISION, counted, owed, met: owed === 0 };
}

/**
 * CFA-6 for compliance audits: the due date is the day of the supervision the audit precedes
 * (CFA-4), and an audit not completed by the end of that day is overdue. Computed against `asOf`
 * (a date or an instant), never stored. Works on the decider state and on the read model alike.
 */
export function isComplianceAuditOverdue(
  audit: { readonly status: string; readonly supervisionDate?: string | null },
  asOf: string,
): boolean {
  if (audit.status !== 'IN_PROGRESS' || typeof audit.supervisionDate !== 'string') return false;
  return dayOf(asOf) > audit.supervisionDate;
}
