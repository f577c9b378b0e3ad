import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { dayOf, fieldChecks } from '../csv/field-checks.js';
import type {
  CancelSupervisionSession,
  PlanSupervisionSession,
  RecordSupervisionSessionHeld,
  RescheduleSupervisionSession,
  SupervisionSessionCommand,
} from './supervision-session.commands.js';
import { SupervisionSessionErrorCode as Code } from './supervision-session.errors.js';
import type { SupervisionSessionEvent } from './supervision-session.events.js';
import {
  evolve,
  initialState,
  type PlannedSupervisionSession,
  type SupervisionSession,
} from './supervision-session.state.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

export function decide(command: SupervisionSessionCommand, state: SupervisionSession): SupervisionSessionEvent[] {
  switch (command.type) {
    case 'PlanSupervisionSession':
      return plan(command, state);
    case 'RescheduleSupervisionSession':
      return reschedule(command, state);
    case 'RecordSupervisionSessionHeld':
      return recordHeld(command, state);
    case 'CancelSupervisionSession':
      return cancel(command, state);
    default:
      return assertNever(command);
  }
}

export const supervisionSessionDecider: Decider<SupervisionSessionCommand, SupervisionSession, SupervisionSessionEvent> = {
  decide,
  evolve,
  initialState,
};

function plan(command: PlanSupervisionSession, state: SupervisionSession): SupervisionSessionEvent[] {
  const d = command.data;
  const sessionId = check.id(d.sessionId, 'sessionId');
  const { supervisorId, superviseeId } = people(d.supervisorId, d.superviseeId);
  const plannedFor = check.isoDate(d.plannedFor, 'plannedFor');
  if (state.status !== 'NOT_PLANNED') {
    const same =
      state.status === 'PLANNED' &&
      state.supervisorId === supervisorId &&
      state.superviseeId === superviseeId &&
      state.plannedFor === plannedFor;
    if (same) return [];
    throw new DomainError(Code.ALREADY_PLANNED, `Supervision session ${sessionId} is already recorded`, 'CONFLICT', {
      field: 'sessionId',
    });
  }
  return [
    { type: 'SupervisionSessionPlanned', data: { sessionId, supervisorId, superviseeId, plannedFor, plannedAt: command.metadata.now } },
  ];
}

function reschedule(command: RescheduleSupervisionSession, state: SupervisionSession): SupervisionSessionEvent[] {
  const session = planned(state);
  const plannedFor = check.isoDate(command.data.plannedFor, 'plannedFor');
  if (plannedFor === session.plannedFor) return [];
  return [
    {
      type: 'SupervisionSessionRescheduled',
      data: { sessionId: session.sessionId, plannedFor, previouslyPlannedFor: session.plannedFor, rescheduledAt: command.metadata.now },
    },
  ];
}

function recordHeld(command: RecordSupervisionSessionHeld, state: SupervisionSession): SupervisionSessionEvent[] {
  const d = command.data;
  const sessionId = check.id(d.sessionId, 'sessionId');
  const { supervisorId, superviseeId } = people(d.supervisorId, d.superviseeId);
  const heldOn = check.isoDate(d.heldOn, 'heldOn');
  if (state.status === 'HELD') {
    if (state.supervisorId === supervisorId && state.superviseeId === superviseeId && state.heldOn === heldOn) return [];
    throw new DomainError(Code.ALREADY_HELD, `Supervision session ${sessionId} was already held on ${state.heldOn}`, 'CONFLICT', {
      field: 'sessionId',
    });
  }
  if (state.status === 'CANCELLED') throw cancelled(state.sessionId);
  if (state.status === 'PLANNED' && state.superviseeId !== superviseeId) {
    throw new DomainError(
      Code.SUPERVISEE_MISMATCH,
      `Supervision session ${sessionId} was planned for staff member ${state.superviseeId}, not ${superviseeId}`,
      'BAD_USER_INPUT',
      { field: 'superviseeId' },
    );
  }
  if (heldOn > dayOf(command.metadata.now)) {
    throw new DomainError(Code.HELD_IN_FUTURE, `A session cannot be recorded as held on a future date (${heldOn})`, 'BAD_USER_INPUT', {
      field: 'heldOn',
    });
  }
  return [{ type: 'SupervisionSessionHeld', data: { sessionId, supervisorId, superviseeId, heldOn, recordedAt: command.metadata.now } }];
}

function cancel(command: CancelSupervisionSession, state: SupervisionSession): SupervisionSessionEvent[] {
  const reason = check.requiredText(command.data.reason, 'reason');
  if (state.status === 'CANCELLED' && state.reason === reason) return [];
  const session = planned(state);
  return [{ type: 'SupervisionSessionCancelled', data: { sessionId: session.sessionId, reason, cancelledAt: command.metadata.now } }];
}

function planned(state: SupervisionSession): PlannedSupervisionSession {
  switch (state.status) {
    case 'NOT_PLANNED':
      throw new DomainError(Code.NOT_FOUND, 'No supervision session is recorded with this id', 'NOT_FOUND', { field: 'sessionId' });
    case 'HELD':
      throw new DomainError(Code.ALREADY_HELD, `Supervision session ${state.sessionId} was held on ${state.heldOn}`, 'CONFLICT', {
        field: 'sessionId',
      });
    case 'CANCELLED':
      throw cancelled(state.sessionId);
    case 'PLANNED':
      return state;
    default:
      return assertNever(state);
  }
}

function cancelled(sessionId: string): DomainError {
  return new DomainError(Code.CANCELLED, `Supervision session ${sessionId} was cancelled`, 'CONFLICT', { field: 'sessionId' });
}

function people(supervisor: unknown, supervisee: unknown): { supervisorId: string; superviseeId: string } {
  const supervisorId = check.id(supervisor, 'supervisorId');
  const superviseeId = check.id(supervisee, 'superviseeId');
  if (supervisorId === superviseeId) {
    throw new DomainError(Code.SUPERVISING_THEMSELVES, 'A member of staff cannot supervise themselves', 'BAD_USER_INPUT', {
      field: 'superviseeId',
    });
  }
  return { supervisorId, superviseeId };
}
