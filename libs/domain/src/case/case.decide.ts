import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { dayOf, fieldChecks } from '../csv/field-checks.js';
import type {
  CaseCommand,
  CloseCase,
  OpenCase,
  ReallocateCase,
  RecategoriseCase,
  ReopenCase,
  TransferCase,
} from './case.commands.js';
import { CaseErrorCode as Code } from './case.errors.js';
import type { CaseEvent } from './case.events.js';
import {
  evolve,
  initialState,
  type Case,
  type CaseEffectiveAttribute,
  type ClosedCase,
  type OpenCaseState,
} from './case.state.js';
import { CASE_CATEGORIES, isCaseCategory, type CaseCategory } from './case.values.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

export function decide(command: CaseCommand, state: Case): CaseEvent[] {
  switch (command.type) {
    case 'OpenCase':
      return open(command, state);
    case 'ReallocateCase':
      return reallocate(command, state);
    case 'TransferCase':
      return transfer(command, state);
    case 'RecategoriseCase':
      return recategorise(command, state);
    case 'CloseCase':
      return close(command, state);
    case 'ReopenCase':
      return reopen(command, state);
    default:
      return assertNever(command);
  }
}

export const caseDecider: Decider<CaseCommand, Case, CaseEvent> = { decide, evolve, initialState };

// ---------------------------------------------------------------------------------------------
// One function per command.

function open(command: OpenCase, state: Case): CaseEvent[] {
  const d = command.data;
  const facts = {
    azeusNumber: check.id(d.azeusNumber, 'azeusNumber'),
    category: category(d.category),
    teamId: check.id(d.teamId, 'teamId'),
    allocatedWorkerId: check.optionalId(d.allocatedWorkerId, 'allocatedWorkerId'),
    openedOn: notInFuture(check.isoDate(d.openedOn, 'openedOn'), 'openedOn', command.metadata.now),
  };
  if (state.status !== 'NOT_OPENED') {
    // The same facts again (a re-import) decide nothing; different facts need the change commands.
    const differing = (Object.keys(facts) as (keyof typeof facts)[]).filter((key) => facts[key] !== state[key]);
    if (differing.length === 0) return [];
    throw new DomainError(
      Code.ALREADY_OPENED,
      `Case ${facts.azeusNumber} is already recorded with a different ${differing.join(', ')}; record the change instead`,
      'CONFLICT',
      { field: differing[0]! },
    );
  }
  return [{ type: 'CaseOpened', data: { ...facts, recordedAt: command.metadata.now } }];
}

function reallocate(command: ReallocateCase, state: Case): CaseEvent[] {
  const found = existing(state);
  const allocatedWorkerId = check.optionalId(command.data.allocatedWorkerId, 'allocatedWorkerId');
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (allocatedWorkerId === found.allocatedWorkerId) return [];
  const openCase = stillOpen(found);
  inEffectiveOrder(openCase, 'allocation', effectiveFrom);
  return [
    {
      type: 'CaseReallocated',
      data: {
        azeusNumber: openCase.azeusNumber,
        allocatedWorkerId,
        previousWorkerId: openCase.allocatedWorkerId,
        effectiveFrom,
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function transfer(command: TransferCase, state: Case): CaseEvent[] {
  const found = existing(state);
  const teamId = check.id(command.data.teamId, 'teamId');
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (teamId === found.teamId) return [];
  const openCase = stillOpen(found);
  inEffectiveOrder(openCase, 'team', effectiveFrom);
  return [
    {
      type: 'CaseTransferred',
      data: { azeusNumber: openCase.azeusNumber, teamId, previousTeamId: openCase.teamId, effectiveFrom, recordedAt: command.metadata.now },
    },
  ];
}

function recategorise(command: RecategoriseCase, state: Case): CaseEvent[] {
  const found = existing(state);
  const newCategory = category(command.data.category);
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (newCategory === found.category) return [];
  const openCase = stillOpen(found);
  inEffectiveOrder(openCase, 'category', effectiveFrom);
  return [
    {
      type: 'CaseRecategorised',
      data: {
        azeusNumber: openCase.azeusNumber,
        category: newCategory,
        previousCategory: openCase.category,
        effectiveFrom,
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function close(command: CloseCase, state: Case): CaseEvent[] {
  const found = existing(state);
  const closedOn = check.isoDate(command.data.closedOn, 'closedOn');
  if (found.status === 'CLOSED' && found.closedOn === closedOn) return [];
  const openCase = stillOpen(found);
  notInFuture(closedOn, 'closedOn', command.metadata.now);
  if (closedOn < openCase.openedOn) {
    throw new DomainError(
      Code.CLOSED_BEFORE_OPENED,
      `Case ${openCase.azeusNumber} cannot close (${closedOn}) before it opened (${openCase.openedOn})`,
      'BAD_USER_INPUT',
      { field: 'closedOn' },
    );
  }
  const latest = Object.values(openCase.effectiveFrom).reduce((a, b) => (a > b ? a : b));
  if (closedOn < latest) {
    throw new DomainError(
      Code.EFFECTIVE_DATE_OUT_OF_ORDER,
      `Case ${openCase.azeusNumber} cannot close (${closedOn}) before a change that takes effect on ${latest}`,
      'BAD_USER_INPUT',
      { field: 'closedOn' },
    );
  }
  return [{ type: 'CaseClosed', data: { azeusNumber: openCase.azeusNumber, closedOn, recordedAt: command.metadata.now } }];
}

function reopen(command: ReopenCase, state: Case): CaseEvent[] {
  const found = existing(state);
  const reopenedOn = check.isoDate(command.data.reopenedOn, 'reopenedOn');
  if (found.status === 'OPEN') {
    if (found.openedOn === reopenedOn) return [];
    throw new DomainError(Code.NOT_CLOSED, `Case ${found.azeusNumber} is open (since ${found.openedOn})`, 'CONFLICT', {
      field: 'reopenedOn',
    });
  }
  notInFuture(reopenedOn, 'reopenedOn', command.metadata.now);
  if (reopenedOn < found.closedOn) {
    throw new DomainError(
      Code.REOPENED_BEFORE_CLOSED,
      `Case ${found.azeusNumber} cannot reopen (${reopenedOn}) before it closed (${found.closedOn})`,
      'BAD_USER_INPUT',
      { field: 'reopenedOn' },
    );
  }
  return [{ type: 'CaseReopened', data: { azeusNumber: found.azeusNumber, reopenedOn, recordedAt: command.metadata.now } }];
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

function existing(state: Case): OpenCaseState | ClosedCase {
  if (state.status === 'NOT_OPENED') {
    throw new DomainError(Code.NOT_FOUND, 'No case is recorded with this Azeus number', 'NOT_FOUND', { field: 'azeusNumber' });
  }
  return state;
}

/** A closed case changes no more until reopened; restating a fact it holds is accepted (decides nothing). */
function stillOpen(state: OpenCaseState | ClosedCase): OpenCaseState {
  if (state.status === 'CLOSED') {
    throw new DomainError(Code.CLOSED, `Case ${state.azeusNumber} closed on ${state.closedOn}`, 'CONFLICT', { field: 'azeusNumber' });
  }
  return state;
}

function category(value: unknown): CaseCategory {
  if (isCaseCategory(value)) return value;
  throw new DomainError(
    Code.CATEGORY_UNKNOWN,
    `Unknown category of case ${JSON.stringify(value)}; expected one of ${CASE_CATEGORIES.join(', ')}`,
    'BAD_USER_INPUT',
    { field: 'category' },
  );
}

/** Opening and closing are facts already happened: their date cannot be after the command's day. */
function notInFuture(date: string, field: string, now: string): string {
  const today = dayOf(now);
  if (date > today) {
    throw new DomainError(Code.DATE_IN_FUTURE, `${field} (${date}) is after today (${today})`, 'BAD_USER_INPUT', { field });
  }
  return date;
}

/** A change takes effect within the current episode, not before the current value took effect. */
function inEffectiveOrder(openCase: OpenCaseState, attribute: CaseEffectiveAttribute, effectiveFrom: string): void {
  if (effectiveFrom < openCase.openedOn) {
    throw new DomainError(
      Code.EFFECTIVE_BEFORE_OPENED,
      `A change cannot take effect (${effectiveFrom}) before the case opened (${openCase.openedOn})`,
      'BAD_USER_INPUT',
      { field: 'effectiveFrom' },
    );
  }
  const current = openCase.effectiveFrom[attribute];
  if (effectiveFrom < current) {
    throw new DomainError(
      Code.EFFECTIVE_DATE_OUT_OF_ORDER,
      `The current ${attribute === 'allocation' ? 'allocation' : attribute} took effect on ${current}; a change cannot take effect before it (${effectiveFrom})`,
      'BAD_USER_INPUT',
      { field: 'effectiveFrom' },
    );
  }
}
