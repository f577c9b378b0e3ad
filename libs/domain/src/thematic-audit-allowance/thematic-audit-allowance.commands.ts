import type { Command } from '../shared/decider.js';

/**
 * Commands of an auditor's thematic audit allowance (CFA-3).
 *
 * How the API schedules a thematic audit, and why in this order:
 *   0. It checks the ScheduleCaseFileAudit command by deciding it on an empty audit (pure, no
 *      I/O), so an audit that would be refused for its input never takes a slot.
 *   1. ClaimThematicAuditSlot on `thematicAuditAllowance-<auditorId>-<year of dueDate>` with the
 *      audit id it is about to schedule. The fifth distinct audit id of the year is refused
 *      (THEMATIC_AUDIT_ALLOWANCE.CAP_REACHED, CONFLICT, rule CFA-3) and nothing is scheduled.
 *   2. ScheduleCaseFileAudit with the same audit id, type THEMATIC and the same due date.
 * Claiming first means the cap can never be exceeded: an audit exists only with its slot. A retry
 * of the whole request claims again (a no-op for the same audit id) and then schedules.
 *
 * A crash between 1 and 2 leaves a slot claimed for an audit that does not exist. The
 * thematicAuditAllowances read model marks each claim with the time its audit was scheduled
 * (it follows CaseFileAuditScheduled) and lists claims still unscheduled after a grace period;
 * for each, the API (or an operator) reads the audit's stream and, finding it NOT_SCHEDULED,
 * sends ReleaseThematicAuditSlot. Release refuses a slot whose audit exists (SLOT_IN_USE), so a
 * late schedule is never stripped of its slot; a schedule landing after a release is listed by
 * the read model as a thematic audit scheduled without a slot.
 *
 * The cap counts thematic audits undertaken, from the moment they are scheduled, not only those
 * completed: the framework says TMs and APs "may undertake up to four additional thematic audits
 * each year", and refusing at completion would throw away a fifth audit already done. A slot
 * comes back only when its audit is withdrawn before it is done, or was never scheduled.
 */

export type ClaimThematicAuditSlot = Command<
  'ClaimThematicAuditSlot',
  {
    readonly auditorId: string;
    readonly year: number;
    readonly auditId: string;
    readonly theme: string;
    /** The thematic audit's due date, YYYY-MM-DD; must fall in `year`. */
    readonly dueDate: string;
  }
>;

export type ReleaseThematicAuditSlot = Command<
  'ReleaseThematicAuditSlot',
  {
    readonly auditorId: string;
    readonly year: number;
    readonly auditId: string;
    readonly reason: string;
    /**
     * Fetched fact: the status of the case file audit with this id, as the API read it from the
     * audit's stream just before sending this command (NOT_SCHEDULED when the stream is empty).
     */
    readonly auditStatus: string;
  }
>;

export type ThematicAuditAllowanceCommand = ClaimThematicAuditSlot | ReleaseThematicAuditSlot;

export type ThematicAuditAllowanceCommandType = ThematicAuditAllowanceCommand['type'];
