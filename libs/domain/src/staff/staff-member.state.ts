import type { Role } from '../shared/decider.js';
import type { StaffMemberEvent } from './staff-member.events.js';

/** What changes with an effective date; each keeps the date its current value took effect. */
export type EffectiveAttribute = 'role' | 'team' | 'lineManager' | 'asye' | 'performanceSupport';

export type StaffMemberProfile = {
  readonly staffId: string;
  readonly name: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly lineManagerId: string | null;
  readonly startDate: string;
  readonly inAsye: boolean;
  readonly needsPerformanceSupport: boolean;
  /** When each attribute's current value took effect (the start date until it first changes). */
  readonly effectiveFrom: { readonly [A in EffectiveAttribute]: string };
  readonly registeredAt: string;
};

export type UnregisteredStaffMember = { readonly status: 'NOT_REGISTERED' };

export type ActiveStaffMember = StaffMemberProfile & { readonly status: 'ACTIVE' };

/** Leaving recorded: the record is closed, though the leaving date (the last day in post) may be ahead. */
export type LeftStaffMember = StaffMemberProfile & { readonly status: 'LEFT'; readonly leavingDate: string };

export type StaffMember = UnregisteredStaffMember | ActiveStaffMember | LeftStaffMember;

export function initialState(): StaffMember {
  return { status: 'NOT_REGISTERED' };
}

/** Never throws: a fact that does not fit the state leaves it as it is; unknown types are skipped. */
export function evolve(state: StaffMember, event: StaffMemberEvent): StaffMember {
  if (event.type === 'StaffMemberRegistered') {
    if (state.status !== 'NOT_REGISTERED') return state;
    const d = event.data;
    const start = d.startDate;
    return {
      status: 'ACTIVE',
      staffId: d.staffId,
      name: d.name,
      role: d.role,
      teamId: d.teamId ?? null,
      lineManagerId: d.lineManagerId ?? null,
      startDate: start,
      inAsye: d.inAsye === true,
      needsPerformanceSupport: d.needsPerformanceSupport === true,
      effectiveFrom: { role: start, team: start, lineManager: start, asye: start, performanceSupport: start },
      registeredAt: d.registeredAt,
    };
  }
  if (state.status !== 'ACTIVE') return state;

  const changed = (attribute: EffectiveAttribute, effectiveFrom: string, change: Partial<StaffMemberProfile>): StaffMember => ({
    ...state,
    ...change,
    effectiveFrom: { ...state.effectiveFrom, [attribute]: effectiveFrom },
  });

  switch (event.type) {
    case 'StaffMemberRenamed':
      return { ...state, name: event.data.name };
    case 'StaffMemberRoleChanged':
      return changed('role', event.data.effectiveFrom, { role: event.data.role });
    case 'StaffMemberTeamChanged':
      return changed('team', event.data.effectiveFrom, { teamId: event.data.teamId ?? null });
    case 'StaffMemberLineManagerChanged':
      return changed('lineManager', event.data.effectiveFrom, { lineManagerId: event.data.lineManagerId ?? null });
    case 'StaffMemberAsyeStarted':
      return changed('asye', event.data.effectiveFrom, { inAsye: true });
    case 'StaffMemberAsyeCompleted':
      return changed('asye', event.data.effectiveFrom, { inAsye: false });
    case 'StaffMemberPerformanceSupportIdentified':
      return changed('performanceSupport', event.data.effectiveFrom, { needsPerformanceSupport: true });
    case 'StaffMemberPerformanceSupportEnded':
      return changed('performanceSupport', event.data.effectiveFrom, { needsPerformanceSupport: false });
    case 'StaffMemberLeft':
      return { ...state, status: 'LEFT', leavingDate: event.data.leavingDate };
    default:
      return state;
  }
}
