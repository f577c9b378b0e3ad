import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of a member of staff. `role` is a string here because it arrives from the
 * edge; `decide` checks it against ROLES. Dates are ISO dates (YYYY-MM-DD).
 */

export type RegisterStaffMember = Command<
  'RegisterStaffMember',
  {
    readonly staffId: string;
    readonly name: string;
    /** One of ROLES. */
    readonly role: string;
    readonly teamId?: string | null;
    readonly lineManagerId?: string | null;
    readonly startDate: string;
    readonly inAsye?: boolean;
    readonly needsPerformanceSupport?: boolean;
  }
>;

export type RenameStaffMember = Command<'RenameStaffMember', { readonly staffId: string; readonly name: string }>;

export type ChangeStaffMemberRole = Command<
  'ChangeStaffMemberRole',
  { readonly staffId: string; readonly role: string; readonly effectiveFrom: string }
>;

export type ChangeStaffMemberTeam = Command<
  'ChangeStaffMemberTeam',
  { readonly staffId: string; readonly teamId: string | null; readonly effectiveFrom: string }
>;

export type ChangeLineManager = Command<
  'ChangeLineManager',
  { readonly staffId: string; readonly lineManagerId: string | null; readonly effectiveFrom: string }
>;

export type StartAsye = Command<'StartAsye', { readonly staffId: string; readonly effectiveFrom: string }>;

export type CompleteAsye = Command<'CompleteAsye', { readonly staffId: string; readonly effectiveFrom: string }>;

export type IdentifyPerformanceSupport = Command<
  'IdentifyPerformanceSupport',
  { readonly staffId: string; readonly effectiveFrom: string }
>;

export type EndPerformanceSupport = Command<
  'EndPerformanceSupport',
  { readonly staffId: string; readonly effectiveFrom: string }
>;

export type RecordStaffMemberLeaving = Command<
  'RecordStaffMemberLeaving',
  { readonly staffId: string; readonly leavingDate: string }
>;

export type StaffMemberCommand =
  | RegisterStaffMember
  | RenameStaffMember
  | ChangeStaffMemberRole
  | ChangeStaffMemberTeam
  | ChangeLineManager
  | StartAsye
  | CompleteAsye
  | IdentifyPerformanceSupport
  | EndPerformanceSupport
  | RecordStaffMemberLeaving;

export type StaffMemberCommandType = StaffMemberCommand['type'];
