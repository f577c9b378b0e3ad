import { assertNever, type Actor, type Decider, type Role } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { fieldChecks } from '../csv/field-checks.js';
import type {
  ClaimThematicAuditSlot,
  ReleaseThematicAuditSlot,
  ThematicAuditAllowanceCommand,
} from './thematic-audit-allowance.commands.js';
import { ThematicAuditAllowanceErrorCode as Code } from './thematic-audit-allowance.errors.js';
import type { ThematicAuditAllowanceEvent } from './thematic-audit-allowance.events.js';
import { evolve, initialState, type ThematicAuditAllowance } from './thematic-audit-allowance.state.js';
import { RELEASABLE_AUDIT_STATUSES, THEMATIC_AUDITS_PER_YEAR, thematicAuditYear } from './thematic-audit-allowance.values.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

/**
 * Besides the auditor, those who arrange audits for others may claim and release their slots:
 * a team manager for the advanced practitioners of their team, senior managers and S&QA.
 */
const ARRANGING_ROLES: readonly Role[] = ['TEAM_MANAGER', 'HEAD_OF_SERVICE', 'CHIEF_OFFICER', 'DIRECTOR', 'SQA_OFFICER', 'SQA_MANAGER'];

export function decide(command: ThematicAuditAllowanceCommand, state: ThematicAuditAllowance): ThematicAuditAllowanceEvent[] {
  switch (command.type) {
    case 'ClaimThematicAuditSlot':
      return claim(command, state);
    case 'ReleaseThematicAuditSlot':
      return release(command, state);
    default:
      return assertNever(command);
  }
}

export const thematicAuditAllowanceDecider: Decider<
  ThematicAuditAllowanceCommand,
  ThematicAuditAllowance,
  ThematicAuditAllowanceEvent
> = { decide, evolve, initialState };

function claim(command: ClaimThematicAuditSlot, state: ThematicAuditAllowance): ThematicAuditAllowanceEvent[] {
  const d = command.data;
  const { auditorId, year } = allowanceOf(d.auditorId, d.year, state);
  const auditId = check.id(d.auditId, 'auditId');
  const theme = check.requiredText(d.theme, 'theme', 'The theme of a thematic audit');
  const dueDate = check.isoDate(d.dueDate, 'dueDate');
  if (thematicAuditYear(dueDate) !== year) {
    throw new DomainError(
      Code.YEAR_MISMATCH,
      `A thematic audit due on ${dueDate} counts against ${thematicAuditYear(dueDate)}, not ${year}`,
      'BAD_USER_INPUT',
      { field: 'dueDate', rule: 'CFA-3' },
    );
  }
  mayArrange(command.metadata.actor, auditorId);

  const slots = state.status === 'CLAIMED' ? state.slots : [];
  // The same audit claimed again (a retried request) already holds its slot.
  if (slots.some((slot) => slot.auditId === auditId)) return [];
  if (slots.length >= THEMATIC_AUDITS_PER_YEAR) {
    throw new DomainError(
      Code.CAP_REACHED,
      `CFA-3: a team manager or advanced practitioner may undertake up to ${THEMATIC_AUDITS_PER_YEAR} thematic audits a year; ` +
        `${auditorId} already has ${slots.length} in ${year} (${slots.map((slot) => slot.auditId).join(', ')})`,
      'CONFLICT',
      { field: 'auditorId', rule: 'CFA-3' },
    );
  }
  return [
    {
      type: 'ThematicAuditSlotClaimed',
      data: {
        auditorId,
        year,
        auditId,
        theme,
        dueDate,
        claimedBy: command.metadata.actor.staffId,
        claimedAt: command.metadata.now,
      },
    },
  ];
}

function release(command: ReleaseThematicAuditSlot, state: ThematicAuditAllowance): ThematicAuditAllowanceEvent[] {
  const d = command.data;
  const { auditorId, year } = allowanceOf(d.auditorId, d.year, state);
  const auditId = check.id(d.auditId, 'auditId');
  const reason = check.requiredText(d.reason, 'reason', 'The reason the slot is given back');
  const auditStatus = check.requiredText(d.auditStatus, 'auditStatus');
  mayArrange(command.metadata.actor, auditorId);

  if (state.status === 'UNUSED' || !state.slots.some((slot) => slot.auditId === auditId)) {
    if (state.status === 'CLAIMED' && state.released.includes(auditId)) return [];
    throw new DomainError(
      Code.NOT_CLAIMED,
      `${auditorId} holds no thematic audit slot in ${year} for audit ${auditId}`,
      'NOT_FOUND',
      { field: 'auditId', rule: 'CFA-3' },
    );
  }
  if (!(RELEASABLE_AUDIT_STATUSES as readonly string[]).includes(auditStatus)) {
    throw new DomainError(
      Code.SLOT_IN_USE,
      `CFA-3: thematic audit ${auditId} is ${auditStatus}, so it counts against the year's ${THEMATIC_AUDITS_PER_YEAR}; ` +
        `a slot is given back only for an audit never scheduled or withdrawn`,
      'CONFLICT',
      { field: 'auditId', rule: 'CFA-3' },
    );
  }
  return [
    {
      type: 'ThematicAuditSlotReleased',
      data: {
        auditorId,
        year,
        auditId,
        reason,
        auditStatus,
        releasedBy: command.metadata.actor.staffId,
        releasedAt: command.metadata.now,
      },
    },
  ];
}

/** The auditor and year the command names, which must be those of the stream it was sent to. */
function allowanceOf(auditorIdInput: unknown, yearInput: unknown, state: ThematicAuditAllowance): { auditorId: string; year: number } {
  const auditorId = check.id(auditorIdInput, 'auditorId');
  if (typeof yearInput !== 'number' || !Number.isInteger(yearInput) || yearInput < 2000 || yearInput > 2999) {
    throw new DomainError(Code.INVALID_YEAR, `year must be a calendar year such as 2025, not ${JSON.stringify(yearInput)}`, 'BAD_USER_INPUT', {
      field: 'year',
    });
  }
  if (state.status === 'CLAIMED' && (state.auditorId !== auditorId || state.year !== yearInput)) {
    throw new DomainError(
      Code.WRONG_ALLOWANCE,
      `This is the allowance of ${state.auditorId} for ${state.year}, not of ${auditorId} for ${yearInput}`,
      'BAD_USER_INPUT',
      { field: 'auditorId' },
    );
  }
  return { auditorId, year: yearInput };
}

function mayArrange(actor: Actor, auditorId: string): void {
  if (actor.staffId === auditorId || ARRANGING_ROLES.includes(actor.role)) return;
  throw new DomainError(
    Code.NOT_PERMITTED,
    `Only the auditor, a team manager, a senior manager or S&QA may arrange thematic audits for ${auditorId}`,
    'FORBIDDEN',
    { rule: 'CFA-3' },
  );
}
