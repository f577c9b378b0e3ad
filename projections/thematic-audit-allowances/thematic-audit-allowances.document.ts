/**
 * The read model of one auditor's thematic audit allowance for a calendar year (CFA-3): the slots
 * held (used) and free (remaining), and whether each claimed audit has been scheduled, so a slot
 * left behind by a request that failed between claiming and scheduling can be found and given back.
 * Plain JSON; `type`, not `interface`, so it is a ReadStore `Document`.
 */

export type ThematicAuditSlotDocument = {
  readonly auditId: string;
  readonly theme: string;
  readonly dueDate: string;
  readonly claimedBy: string | null;
  readonly claimedAt: string;
  /** When the case file audit with this id was scheduled; null while it has not been. */
  readonly scheduledAt: string | null;
};

export type ReleasedThematicAuditSlotDocument = {
  readonly auditId: string;
  readonly reason: string;
  /** The audit's status when the slot was given back (NOT_SCHEDULED or WITHDRAWN). */
  readonly auditStatus: string;
  readonly releasedBy: string | null;
  readonly releasedAt: string;
};

/** A thematic audit scheduled for this auditor and year that holds no slot. */
export type ThematicAuditWithoutSlotDocument = {
  readonly auditId: string;
  readonly theme: string | null;
  readonly dueDate: string;
  readonly scheduledAt: string;
};

export type ThematicAuditAllowanceDocument = {
  /** `<auditorId>-<year>`. */
  readonly id: string;
  readonly auditorId: string;
  readonly year: number;
  /** The year as text, for filtering (indexes hold strings). */
  readonly yearKey: string;
  /** CFA-3: four a year. */
  readonly cap: number;
  readonly used: number;
  readonly remaining: number;
  readonly slots: readonly ThematicAuditSlotDocument[];
  /** Every slot given back, in the order given back. */
  readonly released: readonly ReleasedThematicAuditSlotDocument[];
  readonly scheduledWithoutSlot: readonly ThematicAuditWithoutSlotDocument[];
  /** 'YES' while any slot's audit is not yet scheduled. */
  readonly claimsAwaitingSchedule: 'YES' | 'NO';
  /** 'YES' while any thematic audit of this auditor and year is scheduled without a slot. */
  readonly auditsWithoutSlot: 'YES' | 'NO';
  /**
   * Global position of the last event applied: the idempotency mark. The document folds events of
   * two kinds of stream (the allowance and case file audits), so a stream revision cannot serve.
   */
  readonly position: string;
  readonly lastUpdatedAt: string;
};
