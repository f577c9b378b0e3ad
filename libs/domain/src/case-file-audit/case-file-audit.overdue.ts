import { DomainError } from '../shared/domain-error.js';

/**
 * CFA-6: an audit not completed by its due date is overdue. Computed against `asOf` whenever it is
 * asked, never stored, so a report as at any past date gives the answer of that date.
 *
 * Works on the decider state and on the read model document alike. The due date is a whole day:
 * the audit becomes overdue when `asOf` falls on a later (UTC) calendar day.
 */
export function isOverdue(
  audit: { readonly status: string; readonly dueDate?: string | null },
  asOf: string | Date,
): boolean {
  if (audit.status !== 'SCHEDULED' && audit.status !== 'IN_PROGRESS') return false;
  if (typeof audit.dueDate !== 'string') return false;
  return calendarDate(asOf) > audit.dueDate;
}

/** The UTC calendar day (YYYY-MM-DD) of an instant; a bare date is taken as it is. */
export function calendarDate(asOf: string | Date): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const instant = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError('CASE_FILE_AUDIT.INVALID_DATE', `Not a date or instant: ${String(asOf)}`, 'BAD_USER_INPUT', {
      field: 'asOf',
    });
  }
  return instant.toISOString().slice(0, 10);
}
