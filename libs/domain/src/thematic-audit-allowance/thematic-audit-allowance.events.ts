import type { DomainEvent } from '../shared/decider.js';

/**
 * The facts of an auditor's thematic audit allowance for a calendar year (CFA-3). A slot is
 * claimed for one thematic audit, by its audit id, before the audit is scheduled; it is given back
 * only when that audit was never scheduled or was withdrawn.
 */

export type ThematicAuditSlotClaimed = DomainEvent<
  'ThematicAuditSlotClaimed',
  {
    readonly auditorId: string;
    readonly year: number;
    readonly auditId: string;
    readonly theme: string;
    /** The thematic audit's due date (CFA-6); its year is the allowance's year. */
    readonly dueDate: string;
    readonly claimedBy: string;
    readonly claimedAt: string;
  }
>;

export type ThematicAuditSlotReleased = DomainEvent<
  'ThematicAuditSlotReleased',
  {
    readonly auditorId: string;
    readonly year: number;
    readonly auditId: string;
    readonly reason: string;
    /** The audit's status when the slot was given back: NOT_SCHEDULED or WITHDRAWN. */
    readonly auditStatus: string;
    readonly releasedBy: string;
    readonly releasedAt: string;
  }
>;

export type ThematicAuditAllowanceEvent = ThematicAuditSlotClaimed | ThematicAuditSlotReleased;

export type ThematicAuditAllowanceEventType = ThematicAuditAllowanceEvent['type'];

export const THEMATIC_AUDIT_ALLOWANCE_EVENT_TYPES: readonly ThematicAuditAllowanceEventType[] = [
  'ThematicAuditSlotClaimed',
  'ThematicAuditSlotReleased',
];
