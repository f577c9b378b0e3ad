import type {
  ThematicAuditAllowanceDocument,
  UnscheduledThematicClaim as UnscheduledThematicClaimView,
} from '../../../../projections/thematic-audit-allowances/index.js';
import type { ThematicAuditAllowance, UnscheduledThematicClaim } from './models/thematic-audit-allowance.model.js';

/** Copies read-model documents into the GraphQL output types field by field. */
export function toThematicAuditAllowance(d: ThematicAuditAllowanceDocument): ThematicAuditAllowance {
  return {
    auditorId: d.auditorId,
    year: d.year,
    cap: d.cap,
    used: d.used,
    remaining: d.remaining,
    audits: d.slots.map((s) => ({
      auditId: s.auditId,
      theme: s.theme,
      dueDate: s.dueDate,
      claimedBy: s.claimedBy,
      claimedAt: s.claimedAt,
      scheduledAt: s.scheduledAt,
    })),
    released: d.released.map((r) => ({
      auditId: r.auditId,
      reason: r.reason,
      auditStatus: r.auditStatus,
      releasedBy: r.releasedBy,
      releasedAt: r.releasedAt,
    })),
    scheduledWithoutSlot: d.scheduledWithoutSlot.map((w) => ({ auditId: w.auditId, theme: w.theme, dueDate: w.dueDate, scheduledAt: w.scheduledAt })),
  };
}

export function toUnscheduledThematicClaim(c: UnscheduledThematicClaimView): UnscheduledThematicClaim {
  return {
    auditorId: c.auditorId,
    year: c.year,
    auditId: c.auditId,
    theme: c.theme,
    dueDate: c.dueDate,
    claimedBy: c.claimedBy,
    claimedAt: c.claimedAt,
  };
}
