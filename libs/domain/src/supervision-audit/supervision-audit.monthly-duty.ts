import { DomainError } from '../shared/domain-error.js';
import { SupervisionAuditErrorCode as Code } from './supervision-audit.errors.js';
import { SUPERVISION_AUDIT_KINDS, type SupervisionAuditKind } from './supervision-audit.values.js';

/** What the monthly duty needs to know of an audit; a read model document fits it. */
export type SupervisionAuditForDuty = {
  readonly auditorId: string;
  readonly kind: SupervisionAuditKind;
  /** ISO instant or date; null while the audit is not completed. */
  readonly completedAt: string | null;
};

export type MonthlySupervisionAuditDuty = {
  readonly auditorId: string;
  /** YYYY-MM. */
  readonly month: string;
  readonly required: readonly SupervisionAuditKind[];
  readonly done: readonly SupervisionAuditKind[];
  readonly remaining: readonly SupervisionAuditKind[];
  readonly met: boolean;
};

/**
 * SUP-1 / SUP-2: each month an auditor does one CASE and one PROFESSIONAL supervision audit. Counts
 * audits completed by this auditor in the calendar month (UTC) of their completion; a second audit
 * of one kind does not stand in for the other.
 */
export function monthlySupervisionAuditDuty(
  auditorId: string,
  month: string,
  audits: readonly SupervisionAuditForDuty[],
): MonthlySupervisionAuditDuty {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new DomainError(Code.MONTH_INVALID, `month must be YYYY-MM, not ${JSON.stringify(month)}`, 'BAD_USER_INPUT', {
      field: 'month',
    });
  }
  const doneKinds = new Set(
    audits
      .filter((a) => a.auditorId === auditorId && a.completedAt !== null && a.completedAt.slice(0, 7) === month)
      .map((a) => a.kind),
  );
  const done = SUPERVISION_AUDIT_KINDS.filter((k) => doneKinds.has(k));
  const remaining = SUPERVISION_AUDIT_KINDS.filter((k) => !doneKinds.has(k));
  return { auditorId, month, required: [...SUPERVISION_AUDIT_KINDS], done, remaining, met: remaining.length === 0 };
}
