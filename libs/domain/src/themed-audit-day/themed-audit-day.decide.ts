import { GRADES, type Grade } from '../case-file-audit/case-file-audit.values.js';
import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  AgreeThemedAuditDayActionPlan,
  CloseThemedAuditDay,
  CloseThemedAuditDayActionPlan,
  PlanThemedAuditDay,
  RecordThemedAudit,
  ThemedAuditDayCommand,
} from './themed-audit-day.commands.js';
import { ThemedAuditDayErrorCode as Code } from './themed-audit-day.errors.js';
import type { ThemedAuditDayEvent } from './themed-audit-day.events.js';
import {
  evolve,
  initialState,
  type ActionPlanAgreedThemedAuditDay,
  type PlannedThemedAuditDay,
  type ThemedAuditDay,
} from './themed-audit-day.state.js';
import {
  DONE_ACTION_STATUS,
  THEMED_AUDIT_DAY_LEAD_ROLES,
  THEMED_AUDIT_DAY_SESSIONS,
  THEMED_AUDIT_MODES,
  THEME_ORIGINS,
  type TaskAndFinishGroup,
  type ThemeReason,
  type ThemedAuditDayAction,
} from './themed-audit-day.values.js';

/**
 * The themed audit day (framework section 7, TAD-1). Its rules, each refused with a coded error
 * naming TAD-1:
 * - the S&QA team (officer or manager) plans the day, records its audits, closes it and agrees its plan;
 * - the plan names a theme, at least one reason for it from the framework's sources, a half-day
 *   session and at least one team or service area;
 * - audits are recorded from the day itself on, and not after the day is closed;
 * - a day closes with at least one audit, not before its date;
 * - the targeted action plan follows the closed day, once: a task-and-finish group and at least one
 *   action with an owner, a different manager, a timescale not in the past, and a case only if it
 *   was audited on the day;
 * - the group's lead (or S&QA) closes the plan only when every action is verified done.
 */
export function decide(command: ThemedAuditDayCommand, state: ThemedAuditDay): ThemedAuditDayEvent[] {
  switch (command.type) {
    case 'PlanThemedAuditDay':
      return plan(command, state);
    case 'RecordThemedAudit':
      return recordAudit(command, state);
    case 'CloseThemedAuditDay':
      return closeDay(command, state);
    case 'AgreeThemedAuditDayActionPlan':
      return agreeActionPlan(command, state);
    case 'CloseThemedAuditDayActionPlan':
      return closeActionPlan(command, state);
    default:
      return assertNever(command);
  }
}

export const themedAuditDayDecider: Decider<ThemedAuditDayCommand, ThemedAuditDay, ThemedAuditDayEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function plan(command: PlanThemedAuditDay, state: ThemedAuditDay): ThemedAuditDayEvent[] {
  if (state.status !== 'NOT_PLANNED') {
    throw new DomainError(Code.ALREADY_PLANNED, `Themed audit day ${state.dayId} is already planned`, 'CONFLICT', { field: 'dayId' });
  }
  const { actor, now } = command.metadata;
  mustBeSqa(actor, 'plans a themed audit day');
  const d = command.data;
  const teamIds = textList(d.teamIds);
  const serviceAreaIds = textList(d.serviceAreaIds);
  const event: ThemedAuditDayEvent = {
    type: 'ThemedAuditDayPlanned',
    data: {
      dayId: required(d.dayId, 'dayId'),
      theme: required(d.theme, 'theme'),
      reasons: reasonsOf(d.reasons),
      date: isoDate(d.date, 'date'),
      session: oneOf(d.session, THEMED_AUDIT_DAY_SESSIONS, 'session', Code.SESSION_UNKNOWN, 'A themed audit day is a half-day'),
      teamIds,
      serviceAreaIds,
      leadId: actor.staffId,
      leadRole: actor.role,
      plannedAt: now,
    },
  };
  if (teamIds.length === 0 && serviceAreaIds.length === 0) {
    throw new DomainError(Code.SCOPE_REQUIRED, 'teamIds: name at least one team or service area the day looks at', 'BAD_USER_INPUT', {
      field: 'teamIds',
      rule: 'TAD-1',
    });
  }
  return [event];
}

function recordAudit(command: RecordThemedAudit, state: ThemedAuditDay): ThemedAuditDayEvent[] {
  const day = open(state);
  const { actor, now } = command.metadata;
  mustBeSqa(actor, 'records the audits of a themed audit day');
  notBeforeTheDay(day, now, 'Cases are audited on the themed audit day');
  const d = command.data;
  const auditId = required(d.auditId, 'auditId');
  if (day.audits.some((a) => a.auditId === auditId)) {
    throw new DomainError(Code.AUDIT_ALREADY_RECORDED, `auditId: audit ${auditId} is already recorded on this day`, 'CONFLICT', {
      field: 'auditId',
      rule: 'TAD-1',
    });
  }
  return [
    {
      type: 'ThemedAuditRecorded',
      data: {
        dayId: day.dayId,
        auditId,
        azeusNumber: required(d.azeusNumber, 'azeusNumber'),
        auditorId: required(d.auditorId, 'auditorId'),
        mode: oneOf(d.mode, THEMED_AUDIT_MODES, 'mode', Code.MODE_UNKNOWN, 'A themed audit is done'),
        caseFileAuditId: optionalText(d.caseFileAuditId),
        findings: required(d.findings, 'findings'),
        grade: gradeOf(d.grade),
        recordedBy: actor.staffId,
        recordedAt: now,
      },
    },
  ];
}

function closeDay(command: CloseThemedAuditDay, state: ThemedAuditDay): ThemedAuditDayEvent[] {
  const day = open(state);
  const { actor, now } = command.metadata;
  mustBeSqa(actor, 'closes a themed audit day');
  notBeforeTheDay(day, now, 'A themed audit day closes on or after its date');
  if (day.audits.length === 0) {
    throw new DomainError(Code.NO_AUDITS, 'A themed audit day audits cases: record at least one audit before closing it', 'CONFLICT', {
      field: 'audits',
      rule: 'TAD-1',
    });
  }
  return [
    {
      type: 'ThemedAuditDayClosed',
      data: { dayId: day.dayId, summary: optionalText(command.data.summary), closedBy: actor.staffId, closedAt: now },
    },
  ];
}

function agreeActionPlan(command: AgreeThemedAuditDayActionPlan, state: ThemedAuditDay): ThemedAuditDayEvent[] {
  const day = existing(state);
  const { actor, now } = command.metadata;
  mustBeSqa(actor, 'agrees the targeted action plan of a themed audit day');
  if (day.status === 'PLANNED') {
    throw new DomainError(Code.DAY_NOT_CLOSED, 'The targeted action plan follows the day: close the themed audit day first', 'CONFLICT', {
      rule: 'TAD-1',
    });
  }
  if (day.status !== 'CLOSED') {
    throw new DomainError(Code.ACTION_PLAN_ALREADY_AGREED, `The targeted action plan of themed audit day ${day.dayId} is already agreed`, 'CONFLICT', {
      rule: 'TAD-1',
    });
  }
  const group = groupOf(command.data.group);
  const given = Array.isArray(command.data.actions) ? command.data.actions : [];
  if (given.length === 0) {
    throw new DomainError(Code.ACTION_PLAN_EMPTY, 'actions: a targeted action plan needs at least one action', 'BAD_USER_INPUT', {
      field: 'actions',
      rule: 'TAD-1',
    });
  }
  const audited = new Set(day.audits.map((a) => a.azeusNumber));
  const today = now.slice(0, 10);
  const actions = given.map((input, i): ThemedAuditDayAction => {
    const field = (name: string) => `actions.${i}.${name}`;
    const ownerId = required(input?.ownerId, field('ownerId'));
    const managerId = required(input?.managerId, field('managerId'));
    if (managerId === ownerId) {
      throw new DomainError(Code.MANAGER_IS_OWNER, `${field('managerId')}: the manager who reviews an action is not its owner`, 'BAD_USER_INPUT', {
        field: field('managerId'),
        rule: 'TAD-1',
      });
    }
    const timescale = isoDate(input?.timescale, field('timescale'));
    if (timescale < today) {
      throw new DomainError(Code.TIMESCALE_IN_PAST, `${field('timescale')}: an action's timescale cannot be before the day it is agreed`, 'BAD_USER_INPUT', {
        field: field('timescale'),
        rule: 'TAD-1',
      });
    }
    const azeusNumber = optionalText(input?.azeusNumber);
    if (azeusNumber !== null && !audited.has(azeusNumber)) {
      throw new DomainError(
        Code.CASE_NOT_AUDITED,
        `${field('azeusNumber')}: case ${azeusNumber} was not audited on this themed audit day; leave it empty for a service-level action`,
        'BAD_USER_INPUT',
        { field: field('azeusNumber'), rule: 'TAD-1' },
      );
    }
    return {
      actionId: required(input?.actionId, field('actionId')),
      description: required(input?.description, field('description')),
      ownerId,
      managerId,
      timescale,
      azeusNumber,
      teamId: optionalText(input?.teamId),
    };
  });
  const ids = actions.map((a) => a.actionId);
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated !== undefined) {
    throw new DomainError(Code.ACTION_ID_REPEATED, `actions: the action id ${repeated} is given twice`, 'BAD_USER_INPUT', {
      field: 'actions',
      rule: 'TAD-1',
    });
  }
  return [
    {
      type: 'ThemedAuditDayActionPlanAgreed',
      data: { dayId: day.dayId, group, actions, agreedBy: actor.staffId, agreedAt: now },
    },
  ];
}

function closeActionPlan(command: CloseThemedAuditDayActionPlan, state: ThemedAuditDay): ThemedAuditDayEvent[] {
  const day = existing(state);
  const { actor, now } = command.metadata;
  if (day.status === 'PLANNED' || day.status === 'CLOSED') {
    throw new DomainError(Code.NO_ACTION_PLAN, `Themed audit day ${day.dayId} has no agreed action plan to close`, 'CONFLICT', {
      rule: 'TAD-1',
    });
  }
  if (day.status === 'ACTION_PLAN_CLOSED') {
    throw new DomainError(Code.ACTION_PLAN_CLOSED, `The action plan of themed audit day ${day.dayId} is already closed`, 'CONFLICT', {
      rule: 'TAD-1',
    });
  }
  mustBeGroupLeadOrSqa(day, actor);
  const statuses = isRecord(command.data.actionStatuses) ? command.data.actionStatuses : {};
  const notDone = day.actionPlan.actions
    .map((a) => ({ actionId: a.actionId, status: typeof statuses[a.actionId] === 'string' ? statuses[a.actionId] : 'NOT_RAISED' }))
    .filter((a) => a.status !== DONE_ACTION_STATUS);
  if (notDone.length > 0) {
    throw new DomainError(
      Code.ACTIONS_NOT_DONE,
      `The plan closes when every action is verified done; not yet: ${notDone.map((a) => `${a.actionId} (${a.status})`).join(', ')}`,
      'CONFLICT',
      { field: 'actions', rule: 'TAD-1' },
    );
  }
  return [
    {
      type: 'ThemedAuditDayActionPlanClosed',
      data: {
        dayId: day.dayId,
        outcome: optionalText(command.data.outcome),
        verifiedActionIds: day.actionPlan.actions.map((a) => a.actionId),
        closedBy: actor.staffId,
        closedAt: now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

function existing(state: ThemedAuditDay): Exclude<ThemedAuditDay, { status: 'NOT_PLANNED' }> {
  if (state.status === 'NOT_PLANNED') {
    throw new DomainError(Code.NOT_FOUND, 'No such themed audit day', 'NOT_FOUND', { field: 'dayId' });
  }
  return state;
}

/** TAD-1: the day is open for audits until it is closed. */
function open(state: ThemedAuditDay): PlannedThemedAuditDay {
  const day = existing(state);
  if (day.status !== 'PLANNED') {
    throw new DomainError(Code.DAY_CLOSED, `Themed audit day ${day.dayId} is closed: nothing more is audited on it`, 'CONFLICT', {
      rule: 'TAD-1',
    });
  }
  return day;
}

function notBeforeTheDay(day: PlannedThemedAuditDay, now: string, what: string): void {
  if (now.slice(0, 10) < day.date) {
    throw new DomainError(Code.BEFORE_THE_DAY, `${what}; this one is planned for ${day.date}`, 'CONFLICT', { field: 'dayId', rule: 'TAD-1' });
  }
}

/** TAD-1: the S&QA team leads the day. */
function mustBeSqa(actor: Actor, what: string): void {
  if (!THEMED_AUDIT_DAY_LEAD_ROLES.includes(actor.role)) {
    throw new DomainError(Code.NOT_SQA, `The S&QA team ${what}, not ${actor.role}`, 'FORBIDDEN', { rule: 'TAD-1' });
  }
}

/** TAD-1: the task-and-finish group owns the plan; S&QA supports it. */
function mustBeGroupLeadOrSqa(day: ActionPlanAgreedThemedAuditDay, actor: Actor): void {
  if (actor.staffId !== day.actionPlan.group.leadId && !THEMED_AUDIT_DAY_LEAD_ROLES.includes(actor.role)) {
    throw new DomainError(
      Code.NOT_GROUP_LEAD_OR_SQA,
      'The lead of the task-and-finish group, or S&QA, closes the targeted action plan',
      'FORBIDDEN',
      { rule: 'TAD-1' },
    );
  }
}

function reasonsOf(value: unknown): ThemeReason[] {
  const given = Array.isArray(value) ? value : [];
  if (given.length === 0) {
    throw new DomainError(
      Code.REASONS_REQUIRED,
      `reasons: say why the theme was chosen, from ${THEME_ORIGINS.join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'reasons', rule: 'TAD-1' },
    );
  }
  return given.map((reason, i) => ({
    origin: oneOf(
      isRecord(reason) ? reason['origin'] : undefined,
      THEME_ORIGINS,
      `reasons.${i}.origin`,
      Code.THEME_ORIGIN_UNKNOWN,
      'A theme is taken from',
    ),
    text: required(isRecord(reason) ? reason['text'] : undefined, `reasons.${i}.text`),
  }));
}

function groupOf(value: unknown): TaskAndFinishGroup {
  const group = isRecord(value) ? value : {};
  const name = required(group['name'], 'group.name');
  const leadId = required(group['leadId'], 'group.leadId');
  const memberIds = [...new Set([leadId, ...textList(group['memberIds'])])];
  return { name, leadId, memberIds };
}

function gradeOf(value: unknown): Grade {
  return oneOf(value, GRADES, 'grade', Code.GRADE_UNKNOWN, 'A themed audit is graded');
}

function oneOf<T extends string>(value: unknown, values: readonly T[], field: string, code: string, what: string): T {
  const found = values.find((v) => v === value);
  if (found === undefined) {
    throw new DomainError(code, `${field}: ${what} ${values.join(' or ')}, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
      field,
      rule: 'TAD-1',
    });
  }
  return found;
}

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) {
    throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field });
  }
  return text;
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function textList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  return [...new Set(list.map(optionalText).filter((v): v is string => v !== null))];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isoDate(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return value;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD`, 'BAD_USER_INPUT', { field });
}
