import { DeciderSpecification } from '../testing/decider-specification.js';
import { NOW, metadata } from '../staff/staff.fixtures.js';
import type { ServiceAreaCommand } from './service-area.commands.js';
import { serviceAreaDecider } from './service-area.decide.js';
import type { ServiceAreaEvent } from './service-area.events.js';
import type { TeamCommand } from './team.commands.js';
import { teamDecider } from './team.decide.js';
import type { TeamEvent } from './team.events.js';

const teams = DeciderSpecification.for(teamDecider);
const areas = DeciderSpecification.for(serviceAreaDecider);

const registerTeam = (name = 'North Assessment', serviceAreaId = 'assessment'): TeamCommand => ({
  type: 'RegisterTeam',
  data: { teamId: 'north-assessment', name, serviceAreaId },
  metadata: metadata(),
});
const teamRegistered: TeamEvent = {
  type: 'TeamRegistered',
  data: { teamId: 'north-assessment', name: 'North Assessment', serviceAreaId: 'assessment', registeredAt: NOW },
};
const move = (serviceAreaId: string, effectiveFrom: string): TeamCommand => ({
  type: 'MoveTeamToServiceArea',
  data: { teamId: 'north-assessment', serviceAreaId, effectiveFrom },
  metadata: metadata(),
});
const moved = (serviceAreaId: string, previousServiceAreaId: string, effectiveFrom: string): TeamEvent => ({
  type: 'TeamMovedToServiceArea',
  data: { teamId: 'north-assessment', serviceAreaId, previousServiceAreaId, effectiveFrom, movedAt: NOW },
});
const closed: TeamEvent = { type: 'TeamClosed', data: { teamId: 'north-assessment', closedOn: '2025-03-31', closedAt: NOW } };

describe('Team decider', () => {
  describe('When the team is not registered', () => {
    it('should register it in its service area', () => {
      teams.given([]).when(registerTeam()).then(teamRegistered);
    });

    it('should refuse a blank name', () => {
      teams.given([]).when(registerTeam('  ')).thenThrows('TEAM.FIELD_REQUIRED', { field: 'name' });
    });

    it('should refuse a rename', () => {
      teams
        .given([])
        .when({ type: 'RenameTeam', data: { teamId: 'north-assessment', name: 'X' }, metadata: metadata() })
        .thenThrows('TEAM.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the team is registered', () => {
    it('should decide nothing for the same facts again', () => {
      teams.given(teamRegistered).when(registerTeam()).thenNothingHappens();
    });

    it('should refuse registering it with other facts', () => {
      teams.given(teamRegistered).when(registerTeam('North Assessment', 'safeguarding')).thenThrows('TEAM.ALREADY_REGISTERED', {
        kind: 'CONFLICT',
        field: 'serviceAreaId',
      });
    });

    it('should rename it', () => {
      teams
        .given(teamRegistered)
        .when({ type: 'RenameTeam', data: { teamId: 'north-assessment', name: 'North Front Door' }, metadata: metadata() })
        .then({ type: 'TeamRenamed', data: { teamId: 'north-assessment', name: 'North Front Door', previousName: 'North Assessment', renamedAt: NOW } });
    });

    it('should move it to another service area from a date, and not back before that date', () => {
      teams.given(teamRegistered).when(move('safeguarding', '2025-04-01')).then(moved('safeguarding', 'assessment', '2025-04-01'));
      teams.given(teamRegistered).when(move('assessment', '2025-04-01')).thenNothingHappens();
      teams
        .given([teamRegistered, moved('safeguarding', 'assessment', '2025-04-01')])
        .when(move('assessment', '2025-03-01'))
        .thenThrows('TEAM.EFFECTIVE_DATE_OUT_OF_ORDER', { field: 'effectiveFrom' });
    });

    it('should close it, and then refuse changes', () => {
      const close: TeamCommand = { type: 'CloseTeam', data: { teamId: 'north-assessment', closedOn: '2025-03-31' }, metadata: metadata() };
      teams.given(teamRegistered).when(close).then(closed);
      teams.given([teamRegistered, closed]).when(close).thenNothingHappens();
      teams.given([teamRegistered, closed]).when(move('safeguarding', '2025-04-01')).thenThrows('TEAM.CLOSED', { kind: 'CONFLICT' });
    });
  });
});

describe('Service area decider', () => {
  const register = (name = 'Assessment and Safeguarding'): ServiceAreaCommand => ({
    type: 'RegisterServiceArea',
    data: { serviceAreaId: 'assessment', name },
    metadata: metadata(),
  });
  const registered: ServiceAreaEvent = {
    type: 'ServiceAreaRegistered',
    data: { serviceAreaId: 'assessment', name: 'Assessment and Safeguarding', registeredAt: NOW },
  };

  describe('When the service area is not registered', () => {
    it('should register it', () => {
      areas.given([]).when(register()).then(registered);
    });

    it('should refuse an id with spaces', () => {
      areas
        .given([])
        .when({ type: 'RegisterServiceArea', data: { serviceAreaId: 'a b', name: 'X' }, metadata: metadata() })
        .thenThrows('SERVICE_AREA.INVALID_ID', { field: 'serviceAreaId' });
    });
  });

  describe('When the service area is registered', () => {
    it('should decide nothing for the same name, refuse another on registration, and rename it', () => {
      areas.given(registered).when(register()).thenNothingHappens();
      areas.given(registered).when(register('Early Help')).thenThrows('SERVICE_AREA.ALREADY_REGISTERED', { kind: 'CONFLICT' });
      areas
        .given(registered)
        .when({ type: 'RenameServiceArea', data: { serviceAreaId: 'assessment', name: 'Front Door' }, metadata: metadata() })
        .then({
          type: 'ServiceAreaRenamed',
          data: { serviceAreaId: 'assessment', name: 'Front Door', previousName: 'Assessment and Safeguarding', renamedAt: NOW },
        });
    });

    it('should close it and then refuse a rename', () => {
      const areaClosed: ServiceAreaEvent = { type: 'ServiceAreaClosed', data: { serviceAreaId: 'assessment', closedOn: '2025-03-31', closedAt: NOW } };
      areas
        .given(registered)
        .when({ type: 'CloseServiceArea', data: { serviceAreaId: 'assessment', closedOn: '2025-03-31' }, metadata: metadata() })
        .then(areaClosed);
      areas
        .given([registered, areaClosed])
        .when({ type: 'RenameServiceArea', data: { serviceAreaId: 'assessment', name: 'Front Door' }, metadata: metadata() })
        .thenThrows('SERVICE_AREA.CLOSED', { kind: 'CONFLICT' });
    });
  });
});
