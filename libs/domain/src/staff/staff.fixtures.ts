import type { CommandMetadata, Role } from '../shared/decider.js';
import type { StaffMemberEvent } from './staff-member.events.js';

/** Test data for staff, teams and cases: invented people and places. */

export const NOW = '2025-06-12T14:00:00.000Z';
export const TODAY = '2025-06-12';

export const HR_ADMIN = { staffId: 'sqa-0001', role: 'SQA_MANAGER' as Role };

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? HR_ADMIN.staffId, role: overrides.role ?? HR_ADMIN.role },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const SW_ID = 'sw-0311';
export const TM_ID = 'tm-0007';
export const TEAM_ID = 'north-assessment';

export const staffEvents = {
  registered(overrides: Partial<Extract<StaffMemberEvent, { type: 'StaffMemberRegistered' }>['data']> = {}) {
    return {
      type: 'StaffMemberRegistered',
      data: {
        staffId: SW_ID,
        name: 'Hannah Lewis',
        role: 'SOCIAL_WORKER',
        teamId: TEAM_ID,
        lineManagerId: TM_ID,
        startDate: '2024-09-02',
        inAsye: true,
        needsPerformanceSupport: false,
        registeredAt: NOW,
        ...overrides,
      },
    } satisfies StaffMemberEvent;
  },
  roleChanged(role: Role, previousRole: Role, effectiveFrom: string) {
    return {
      type: 'StaffMemberRoleChanged',
      data: { staffId: SW_ID, role, previousRole, effectiveFrom, changedAt: NOW },
    } satisfies StaffMemberEvent;
  },
  left(leavingDate: string) {
    return { type: 'StaffMemberLeft', data: { staffId: SW_ID, leavingDate, recordedAt: NOW } } satisfies StaffMemberEvent;
  },
};
