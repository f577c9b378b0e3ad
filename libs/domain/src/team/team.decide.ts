import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { fieldChecks } from '../csv/field-checks.js';
import type { CloseTeam, MoveTeamToServiceArea, RegisterTeam, RenameTeam, TeamCommand } from './team.commands.js';
import { TeamErrorCode as Code } from './team.errors.js';
import type { TeamEvent } from './team.events.js';
import { evolve, initialState, type ActiveTeam, type Team } from './team.state.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

export function decide(command: TeamCommand, state: Team): TeamEvent[] {
  switch (command.type) {
    case 'RegisterTeam':
      return register(command, state);
    case 'RenameTeam':
      return rename(command, state);
    case 'MoveTeamToServiceArea':
      return move(command, state);
    case 'CloseTeam':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

export const teamDecider: Decider<TeamCommand, Team, TeamEvent> = { decide, evolve, initialState };

function register(command: RegisterTeam, state: Team): TeamEvent[] {
  const teamId = check.id(command.data.teamId, 'teamId');
  const name = check.requiredText(command.data.name, 'name');
  const serviceAreaId = check.id(command.data.serviceAreaId, 'serviceAreaId');
  if (state.status !== 'NOT_REGISTERED') {
    // The same facts again (a re-import) decide nothing; different facts are a conflict.
    if (state.name === name && state.serviceAreaId === serviceAreaId) return [];
    throw new DomainError(
      Code.ALREADY_REGISTERED,
      `Team ${teamId} is already registered as "${state.name}" in service area ${state.serviceAreaId}; rename or move it instead`,
      'CONFLICT',
      { field: state.name === name ? 'serviceAreaId' : 'name' },
    );
  }
  return [{ type: 'TeamRegistered', data: { teamId, name, serviceAreaId, registeredAt: command.metadata.now } }];
}

function rename(command: RenameTeam, state: Team): TeamEvent[] {
  const team = active(state);
  const name = check.requiredText(command.data.name, 'name');
  if (name === team.name) return [];
  return [{ type: 'TeamRenamed', data: { teamId: team.teamId, name, previousName: team.name, renamedAt: command.metadata.now } }];
}

function move(command: MoveTeamToServiceArea, state: Team): TeamEvent[] {
  const team = active(state);
  const serviceAreaId = check.id(command.data.serviceAreaId, 'serviceAreaId');
  const effectiveFrom = check.isoDate(command.data.effectiveFrom, 'effectiveFrom');
  if (serviceAreaId === team.serviceAreaId) return [];
  if (team.movedOn !== null && effectiveFrom < team.movedOn) {
    throw new DomainError(
      Code.EFFECTIVE_DATE_OUT_OF_ORDER,
      `Team ${team.teamId} last moved on ${team.movedOn}; a move cannot take effect before that (${effectiveFrom})`,
      'BAD_USER_INPUT',
      { field: 'effectiveFrom' },
    );
  }
  return [
    {
      type: 'TeamMovedToServiceArea',
      data: {
        teamId: team.teamId,
        serviceAreaId,
        previousServiceAreaId: team.serviceAreaId,
        effectiveFrom,
        movedAt: command.metadata.now,
      },
    },
  ];
}

function close(command: CloseTeam, state: Team): TeamEvent[] {
  const closedOn = check.isoDate(command.data.closedOn, 'closedOn');
  if (state.status === 'CLOSED' && state.closedOn === closedOn) return [];
  const team = active(state);
  return [{ type: 'TeamClosed', data: { teamId: team.teamId, closedOn, closedAt: command.metadata.now } }];
}

function active(state: Team): ActiveTeam {
  if (state.status === 'NOT_REGISTERED') {
    throw new DomainError(Code.NOT_FOUND, 'No team is registered with this id', 'NOT_FOUND', { field: 'teamId' });
  }
  if (state.status === 'CLOSED') {
    throw new DomainError(Code.CLOSED, `Team ${state.teamId} closed on ${state.closedOn} and can no longer change`, 'CONFLICT', {
      field: 'teamId',
    });
  }
  return state;
}
