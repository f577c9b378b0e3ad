import { assertNever, ROLES, type Decider, type Role } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { fieldChecks } from '../csv/field-checks.js';
import type {
  ChangeLineManager,
  ChangeStaffMemberRole,
  ChangeStaffMemberTeam,
  CompleteAsye,
  EndPerformanceSupport,
  IdentifyPerformanceSupport,
  RecordStaffMemberLeaving,
  RegisterStaffMember,
  RenameStaffMember,
  StaffMemberCommand,
  StartAsye,
} from './staff-member.commands.js';
import { StaffMemberErrorCode as Code } from './staff-member.errors.js';
import type { StaffMemberEvent } from './staff-member.events.js';
import {
  evolve,
  initialState,
  type ActiveStaffMember,
  type EffectiveAttribute,
  type LeftStaffMember,
  type StaffMember,
} from './staff-member.state.js';
import { isRole } from './staff.values.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

export function decide(command: StaffMemberCommand, state: StaffMember): StaffMemberEvent[] {
  switch (command.type) {
    case 'RegisterStaffMember':
      return register(command, state);
    case 'RenameStaffMember':
      return rename(command, state);
    case 'ChangeStaffMemberRole':
      return changeRole(command, state);
    case 'ChangeStaffMemberTeam':
      return changeTeam(command, state);
    case 'ChangeLineManager':
      return changeLineManager(command, state);
    case 'StartAsye':
    case 'CompleteAsye':
      return changeAsye(command, state);
    case 'IdentifyPerformanceSupport':
    case 'EndPerformanceSupport':
      return changePerformanceSupport(command, state);
    case 'RecordStaffMemberLeaving':
      return recordLeaving(command, state);
    default:
      return assertNever(command);
  }
}

export const staffMemberDecider: Decider<StaffMemberCommand, StaffMember, StaffMemberEvent> = { decide, evolve, initialState };

// ---------------------------------------------------------------------------------------------
// One function per command.

function register(command: RegisterStaffMember, state: StaffMember): StaffMemberEvent[] {
  const d = command.data;
  const staffId = check.id(d.staffId, 'staffId');
  const facts = {
    staffId,
    name: check.requiredText(d.name, 'name'),
    role: role(d.role),
    teamId: check.optionalId(d.teamId, 'teamId'),
    lineManagerId: lineManager(staffId, d.lineManagerId),
    startDate: check.isoDate(d.startDate, 'startDate'),
    inAsye: d.inAsye === undefined ? false : check.yesNo(d.inAsye, 'inAsye'),
    needsPerformanceSupport:
      d.needsPerformanceSupport === undefined ? false : check.yesNo(d.needsPerformanceSupport, 'needsPerformanceSupport'),
  };
  if (state.status !== 'NOT_REGISTERED') {
    // The same facts again (a re-import) decide nothing; different facts need the change commands,
    // which say from when the change holds.
    const differing = (Object.keys(facts) as (keyof typeof facts)[]).filter((key) => facts[key] !== state[key]);
    if (differing.length === 0) return [];
    throw new DomainError(
      Code.ALREADY_REGISTERED,
      `Staff member ${staffId} is already registered with a different ${differing.join(', ')}; record the change instead`,
      'CONFLICT',
      { field: differing[0]! },
    );
  }
  return [{ type: 'StaffMemberRegistered', data: { ...facts, registeredAt: command.metadata.now } }];
}

function rename(command: RenameStaffMember, state: StaffMember): StaffMemberEvent[] {
  const member = registered(state);
  const name = check.requiredText(command.data.name, 'name');
  if (name === member.name) return [];
  open(member);
  return [
    {
      type: 'StaffMemberRenamed',
      data: { staffId: member.staffId, name, previousName: member.name, renamedAt: command.metadata.now },
    },
  ];
}

function changeRole(command: ChangeStaffMemberRole, state: StaffMember): StaffMemberEvent[] {
  const member = registered(state);
  const newRole = role(command.data.role);
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (newRole === member.role) return [];
  open(member);
  inEffectiveOrder(member, 'role', effectiveFrom);
  return [
    {
      type: 'StaffMemberRoleChanged',
      data: { staffId: member.staffId, role: newRole, previousRole: member.role, effectiveFrom, changedAt: command.metadata.now },
    },
  ];
}

function changeTeam(command: ChangeStaffMemberTeam, state: StaffMember): StaffMemberEvent[] {
  const member = registered(state);
  const teamId = check.optionalId(command.data.teamId, 'teamId');
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (teamId === member.teamId) return [];
  open(member);
  inEffectiveOrder(member, 'team', effectiveFrom);
  return [
    {
      type: 'StaffMemberTeamChanged',
      data: { staffId: member.staffId, teamId, previousTeamId: member.teamId, effectiveFrom, changedAt: command.metadata.now },
    },
  ];
}

function changeLineManager(command: ChangeLineManager, state: StaffMember): StaffMemberEvent[] {
  const member = registered(state);
  const lineManagerId = lineManager(member.staffId, command.data.lineManagerId);
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (lineManagerId === member.lineManagerId) return [];
  open(member);
  inEffectiveOrder(member, 'lineManager', effectiveFrom);
  return [
    {
      type: 'StaffMemberLineManagerChanged',
      data: {
        staffId: member.staffId,
        lineManagerId,
        previousLineManagerId: member.lineManagerId,
        effectiveFrom,
        changedAt: command.metadata.now,
      },
    },
  ];
}

/** OBS-3: entering or completing the ASYE year (newly qualified, in the Academy). */
function changeAsye(command: StartAsye | CompleteAsye, state: StaffMember): StaffMemberEvent[] {
  const member = registered(state);
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  const inAsye = command.type === 'StartAsye';
  if (inAsye === member.inAsye) return [];
  open(member);
  inEffectiveOrder(member, 'asye', effectiveFrom);
  const data = { staffId: member.staffId, effectiveFrom, recordedAt: command.metadata.now };
  return [inAsye ? { type: 'StaffMemberAsyeStarted', data } : { type: 'StaffMemberAsyeCompleted', data }];
}

/** OBS-2: identified as needing support to improve performance, or no longer. */
function changePerformanceSupport(
  command: IdentifyPerformanceSupport | EndPerformanceSupport,
  state: StaffMember,
): StaffMemberEvent[] {
  const member = registered(state);
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  const needs = command.type === 'IdentifyPerformanceSupport';
  if (needs === member.needsPerformanceSupport) return [];
  open(member);
  inEffectiveOrder(member, 'performanceSupport', effectiveFrom);
  const data = { staffId: member.staffId, effectiveFrom, recordedAt: command.metadata.now };
  return [needs ? { type: 'StaffMemberPerformanceSupportIdentified', data } : { type: 'StaffMemberPerformanceSupportEnded', data }];
}

function recordLeaving(command: RecordStaffMemberLeaving, state: StaffMember): StaffMemberEvent[] {
  const leavingDate = check.isoDate(command.data.leavingDate, 'leavingDate');
  const member = registered(state);
  if (member.status === 'LEFT' && member.leavingDate === leavingDate) return [];
  open(member);
  if (leavingDate < member.startDate) {
    throw new DomainError(
      Code.LEAVING_BEFORE_START,
      `The leaving date (${leavingDate}) is before the start date (${member.startDate})`,
      'BAD_USER_INPUT',
      { field: 'leavingDate' },
    );
  }
  const latest = Object.values(member.effectiveFrom).reduce((a, b) => (a > b ? a : b));
  if (leavingDate < latest) {
    throw new DomainError(
      Code.EFFECTIVE_DATE_OUT_OF_ORDER,
      `The leaving date (${leavingDate}) is before a change that takes effect on ${latest}`,
      'BAD_USER_INPUT',
      { field: 'leavingDate' },
    );
  }
  return [{ type: 'StaffMemberLeft', data: { staffId: member.staffId, leavingDate, recordedAt: command.metadata.now } }];
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

function registered(state: StaffMember): ActiveStaffMember | LeftStaffMember {
  if (state.status === 'NOT_REGISTERED') {
    throw new DomainError(Code.NOT_FOUND, 'No staff member is registered with this id', 'NOT_FOUND', { field: 'staffId' });
  }
  return state;
}

/** Once leaving is recorded the record is closed; restating a fact it holds is still accepted (decides nothing). */
function open(state: ActiveStaffMember | LeftStaffMember): asserts state is ActiveStaffMember {
  if (state.status === 'LEFT') {
    throw new DomainError(
      Code.LEFT,
      `Staff member ${state.staffId} has left (leaving date ${state.leavingDate}); their record can no longer change`,
      'CONFLICT',
      { field: 'staffId' },
    );
  }
}

function role(value: unknown): Role {
  if (isRole(value)) return value;
  throw new DomainError(Code.ROLE_UNKNOWN, `Unknown role ${JSON.stringify(value)}; expected one of ${ROLES.join(', ')}`, 'BAD_USER_INPUT', {
    field: 'role',
  });
}

function lineManager(staffId: string, value: unknown): string | null {
  const lineManagerId = check.optionalId(value, 'lineManagerId');
  if (lineManagerId === staffId) {
    throw new DomainError(Code.OWN_LINE_MANAGER, `Staff member ${staffId} cannot be their own line manager`, 'BAD_USER_INPUT', {
      field: 'lineManagerId',
    });
  }
  return lineManagerId;
}

/**
 * A change takes effect on or after the start date, and not before the current value took
 * effect: history is a sequence of periods, so "as at" any date has one answer.
 */
function inEffectiveOrder(member: ActiveStaffMember, attribute: EffectiveAttribute, effectiveFrom: string): void {
  if (effectiveFrom < member.startDate) {
    throw new DomainError(
      Code.EFFECTIVE_BEFORE_START,
      `A change cannot take effect (${effectiveFrom}) before the start date (${member.startDate})`,
      'BAD_USER_INPUT',
      { field: 'effectiveFrom' },
    );
  }
  const current = member.effectiveFrom[attribute];
  if (effectiveFrom < current) {
    throw new DomainError(
      Code.EFFECTIVE_DATE_OUT_OF_ORDER,
      `The current ${describe(attribute)} took effect on ${current}; a change cannot take effect before it (${effectiveFrom})`,
      'BAD_USER_INPUT',
      { field: 'effectiveFrom' },
    );
  }
}

function describe(attribute: EffectiveAttribute): string {
  switch (attribute) {
    case 'role':
      return 'role';
    case 'team':
      return 'team';
    case 'lineManager':
      return 'line manager';
    case 'asye':
      return 'ASYE status';
    case 'performanceSupport':
      return 'performance support status';
    default:
      return assertNever(attribute);
  }
}
