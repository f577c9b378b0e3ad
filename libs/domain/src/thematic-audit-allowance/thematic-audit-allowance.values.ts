/**
 * CFA-3: "Team Managers / Advanced Practitioners may undertake up to four additional thematic
 * audits each year on key areas of concern for the service" (framework section 3).
 */
export const THEMATIC_AUDITS_PER_YEAR = 4;

/**
 * The statuses of a case file audit (as the API reads them from its stream) in which a claimed
 * slot may be given back: the audit was never scheduled (the claim was left behind by a request
 * that failed between claiming and scheduling), or the audit was withdrawn before it was done.
 * A thematic audit scheduled, in progress or submitted has been undertaken and keeps its slot.
 */
export const RELEASABLE_AUDIT_STATUSES = ['NOT_SCHEDULED', 'WITHDRAWN'] as const;

/** The calendar year an audit counts against: the year of its due date (when it is to be completed). */
export function thematicAuditYear(dueDate: string): number {
  return Number(dueDate.slice(0, 4));
}
