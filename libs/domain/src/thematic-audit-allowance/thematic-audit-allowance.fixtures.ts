import type { CommandMetadata, Role } from '../shared/decider.js';
import type { ThematicAuditAllowanceCommand } from './thematic-audit-allowance.commands.js';
import type { ThematicAuditAllowanceEvent } from './thematic-audit-allowance.events.js';

/** Test data for the thematic audit allowance: one advanced practitioner's 2025. */

export const AP_ID = 'staff-ap-0042';
export const YEAR = 2025;
export const NOW = '2025-03-03T09:00:00.000Z';
export const THEME = 'Neglect: use of the graded care profile';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-a000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? AP_ID, role: overrides.role ?? 'ADVANCED_PRACTITIONER' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const auditIdOf = (n: number): string => `thematic-2025-${n}`;

export function claim(
  n: number,
  overrides: Partial<Extract<ThematicAuditAllowanceCommand, { type: 'ClaimThematicAuditSlot' }>['data']> = {},
  actor: { staffId?: string; role?: Role } = {},
): ThematicAuditAllowanceCommand {
  return {
    type: 'ClaimThematicAuditSlot',
    data: { auditorId: AP_ID, year: YEAR, auditId: auditIdOf(n), theme: THEME, dueDate: '2025-09-30', ...overrides },
    metadata: metadata(actor),
  };
}

export function claimed(n: number, claimedBy = AP_ID): ThematicAuditAllowanceEvent {
  return {
    type: 'ThematicAuditSlotClaimed',
    data: { auditorId: AP_ID, year: YEAR, auditId: auditIdOf(n), theme: THEME, dueDate: '2025-09-30', claimedBy, claimedAt: NOW },
  };
}

export function release(n: number, auditStatus: string, actor: { staffId?: string; role?: Role } = {}): ThematicAuditAllowanceCommand {
  return {
    type: 'ReleaseThematicAuditSlot',
    data: { auditorId: AP_ID, year: YEAR, auditId: auditIdOf(n), reason: 'Scheduling did not complete', auditStatus },
    metadata: metadata(actor),
  };
}

export function released(n: number, auditStatus = 'NOT_SCHEDULED'): ThematicAuditAllowanceEvent {
  return {
    type: 'ThematicAuditSlotReleased',
    data: {
      auditorId: AP_ID,
      year: YEAR,
      auditId: auditIdOf(n),
      reason: 'Scheduling did not complete',
      auditStatus,
      releasedBy: AP_ID,
      releasedAt: NOW,
    },
  };
}
