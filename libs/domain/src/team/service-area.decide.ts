import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { fieldChecks } from '../csv/field-checks.js';
import type { CloseServiceArea, RegisterServiceArea, RenameServiceArea, ServiceAreaCommand } from './service-area.commands.js';
import { ServiceAreaErrorCode as Code } from './service-area.errors.js';
import type { ServiceAreaEvent } from './service-area.events.js';
import { evolve, initialState, type ActiveServiceArea, type ServiceArea } from './service-area.state.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

export function decide(command: ServiceAreaCommand, state: ServiceArea): ServiceAreaEvent[] {
  switch (command.type) {
    case 'RegisterServiceArea':
      return register(command, state);
    case 'RenameServiceArea':
      return rename(command, state);
    case 'CloseServiceArea':
      return close(command, state);
    default:
      return assertNever(command);
  }
}

export const serviceAreaDecider: Decider<ServiceAreaCommand, ServiceArea, ServiceAreaEvent> = { decide, evolve, initialState };

function register(command: RegisterServiceArea, state: ServiceArea): ServiceAreaEvent[] {
  const serviceAreaId = check.id(command.data.serviceAreaId, 'serviceAreaId');
  const name = check.requiredText(command.data.name, 'name');
  if (state.status !== 'NOT_REGISTERED') {
    // The same facts again (a re-import) decide nothing; different facts are a conflict.
    if (state.name === name) return [];
    throw new DomainError(
      Code.ALREADY_REGISTERED,
      `Service area ${serviceAreaId} is already registered as "${state.name}"; rename it instead`,
      'CONFLICT',
      { field: 'name' },
    );
  }
  return [{ type: 'ServiceAreaRegistered', data: { serviceAreaId, name, registeredAt: command.metadata.now } }];
}

function rename(command: RenameServiceArea, state: ServiceArea): ServiceAreaEvent[] {
  const area = active(state);
  const name = check.requiredText(command.data.name, 'name');
  if (name === area.name) return [];
  return [
    {
      type: 'ServiceAreaRenamed',
      data: { serviceAreaId: area.serviceAreaId, name, previousName: area.name, renamedAt: command.metadata.now },
    },
  ];
}

function close(command: CloseServiceArea, state: ServiceArea): ServiceAreaEvent[] {
  const closedOn = check.isoDate(command.data.closedOn, 'closedOn');
  if (state.status === 'CLOSED' && state.closedOn === closedOn) return [];
  const area = active(state);
  return [{ type: 'ServiceAreaClosed', data: { serviceAreaId: area.serviceAreaId, closedOn, closedAt: command.metadata.now } }];
}

function active(state: ServiceArea): ActiveServiceArea {
  if (state.status === 'NOT_REGISTERED') {
    throw new DomainError(Code.NOT_FOUND, 'No service area is registered with this id', 'NOT_FOUND', { field: 'serviceAreaId' });
  }
  if (state.status === 'CLOSED') {
    throw new DomainError(Code.CLOSED, `Service area ${state.serviceAreaId} closed on ${state.closedOn}`, 'CONFLICT', {
      field: 'serviceAreaId',
    });
  }
  return state;
}
