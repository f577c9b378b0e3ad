import type { Role } from '../shared/decider.js';
import type { DomainEvent } from '../shared/decider.js';

/**
 * The facts of a member of staff. Every change of role, team, line manager and flag carries the
 * date it takes effect (`effectiveFrom`, ISO date), so history answers "who held which role, in
 * which team, managed by whom, as at any date" (REP-3), and the observation rules can tell who
 * was newly qualified (OBS-3) or needed support to improve performance (OBS-2) when.
 */

export type StaffMemberRegistered = DomainEvent<
  'StaffMemberRegistered',
  {
    readonly staffId: string;
    readonly name: string;
    readonly role: Role;
    readonly teamId: string | null;
    readonly lineManagerId: string | null;
    /** ISO date; the role, team, line manager and flags hold from it. */
    readonly startDate: string;
    /** Newly qualified, in the Academy (ASYE; OBS-3). */
    readonly inAsye: boolean;
    /** Identified as needing support to improve performance (OBS-2). */
    readonly needsPerformanceSupport: boolean;
    readonly registeredAt: string;
  }
>;

export type StaffMemberRenamed = DomainEvent<
  'StaffMemberRenamed',
  { readonly staffId: string; readonly name: string; readonly previousName: string; readonly renamedAt: string }
>;

export type StaffMemberRoleChanged = DomainEvent<
  'StaffMemberRoleChanged',
  {
    readonly staffId: string;
    readonly role: Role;
    readonly previousRole: Role;
    readonly effectiveFrom: string;
    readonly changedAt: string;
  }
>;

export type StaffMemberTeamChanged = DomainEvent<
  'StaffMemberTeamChanged',
  {
    readonly staffId: string;
    /** Null: no longer in a team. */
    readonly teamId: string | null;
    readonly previousTeamId: string | null;
    readonly effectiveFrom: string;
    readonly changedAt: string;
  }
>;

export type StaffMemberLineManagerChanged = DomainEvent<
  'StaffMemberLineManagerChanged',
  {
    readonly staffId: string;
    readonly lineManagerId: string | null;
    readonly previousLineManagerId: string | null;
    readonly effectiveFrom: string;
    readonly changedAt: string;
  }
>;

/** OBS-3: newly qualified, observed under the ASYE policy from this date. */
export type StaffMemberAsyeStarted = DomainEvent<
  'StaffMemberAsyeStarted',
  { readonly staffId: string; readonly effectiveFrom: string; readonly recordedAt: string }
>;

export type StaffMemberAsyeCompleted = DomainEvent<
  'StaffMemberAsyeCompleted',
  { readonly staffId: string; readonly effectiveFrom: string; readonly recordedAt: string }
>;

/** OBS-2: identified by their TM as needing support to improve performance (observed every 6 months). */
export type StaffMemberPerformanceSupportIdentified = DomainEvent<
  'StaffMemberPerformanceSupportIdentified',
  { readonly staffId: string; readonly effectiveFrom: string; readonly recordedAt: string }
>;

export type StaffMemberPerformanceSupportEnded = DomainEvent<
  'StaffMemberPerformanceSupportEnded',
  { readonly staffId: string; readonly effectiveFrom: string; readonly recordedAt: string }
>;

/** The leaving date (the last day in post) is recorded; the record changes no more after it. */
export type StaffMemberLeft = DomainEvent<
  'StaffMemberLeft',
  { readonly staffId: string; readonly leavingDate: string; readonly recordedAt: string }
>;

export type StaffMemberEvent =
  | StaffMemberRegistered
  | StaffMemberRenamed
  | StaffMemberRoleChanged
  | StaffMemberTeamChanged
  | StaffMemberLineManagerChanged
  | StaffMemberAsyeStarted
  | StaffMemberAsyeCompleted
  | StaffMemberPerformanceSupportIdentified
  | StaffMemberPerformanceSupportEnded
  | StaffMemberLeft;

export type StaffMemberEventType = StaffMemberEvent['type'];

export const STAFF_MEMBER_EVENT_TYPES: readonly StaffMemberEventType[] = [
  'StaffMemberRegistered',
  'StaffMemberRenamed',
  'StaffMemberRoleChanged',
  'StaffMemberTeamChanged',
  'StaffMemberLineManagerChanged',
  'StaffMemberAsyeStarted',
  'StaffMemberAsyeCompleted',
  'StaffMemberPerformanceSupportIdentified',
  'StaffMemberPerformanceSupportEnded',
  'StaffMemberLeft',
];
