import { DeciderSpecification } from '../testing/decider-specification.js';
import type { StaffMemberCommand } from './staff-member.commands.js';
import { staffMemberDecider } from './staff-member.decide.js';
import { evolve, initialState } from './staff-member.state.js';
import { NOW, SW_ID, TEAM_ID, TM_ID, metadata, staffEvents } from './staff.fixtures.js';

const spec = DeciderSpecification.for(staffMemberDecider);

type Data<T extends StaffMemberCommand['type']> = Extract<StaffMemberCommand, { type: T }>['data'];

const register = (data: Partial<Data<'RegisterStaffMember'>> = {}): StaffMemberCommand => ({
  type: 'RegisterStaffMember',
  data: {
    staffId: SW_ID,
    name: 'Hannah Lewis',
    role: 'SOCIAL_WORKER',
    teamId: TEAM_ID,
    lineManagerId: TM_ID,
    startDate: '2024-09-02',
    inAsye: true,
    needsPerformanceSupport: false,
    ...data,
  },
  metadata: metadata(),
});

const changeRole = (role: string, effectiveFrom = '2025-04-01'): StaffMemberCommand => ({
  type: 'ChangeStaffMemberRole',
  data: { staffId: SW_ID, role, effectiveFrom },
  metadata: metadata(),
});

const registered = staffEvents.registered();

describe('Staff member decider', () => {
  describe('When no staff member is registered with the id', () => {
    it('should register them with role, team, line manager, start date and flags', () => {
      spec.given([]).when(register()).then(registered);
    });

    it('should default the flags to no and the team and line manager to none', () => {
      spec
        .given([])
        .when({
          type: 'RegisterStaffMember',
          data: { staffId: 'dir-1', name: 'Alex Moreno', role: 'DIRECTOR', startDate: '2020-01-06' },
          metadata: metadata(),
        })
        .then(
          staffEvents.registered({
            staffId: 'dir-1',
            name: 'Alex Moreno',
            role: 'DIRECTOR',
            teamId: null,
            lineManagerId: null,
            startDate: '2020-01-06',
            inAsye: false,
          }),
        );
    });

    it('should refuse an unknown role, naming the field', () => {
      spec.given([]).when(register({ role: 'WIZARD' })).thenThrows('STAFF.ROLE_UNKNOWN', { field: 'role', kind: 'BAD_USER_INPUT' });
    });

    it('should refuse a staff member as their own line manager', () => {
      spec.given([]).when(register({ lineManagerId: SW_ID })).thenThrows('STAFF.OWN_LINE_MANAGER', { field: 'lineManagerId' });
    });

    it('should refuse a start date that is not a calendar date', () => {
      spec.given([]).when(register({ startDate: '2024-02-30' })).thenThrows('STAFF.INVALID_DATE', { field: 'startDate' });
      spec.given([]).when(register({ startDate: '02/09/2024' })).thenThrows('STAFF.INVALID_DATE', { field: 'startDate' });
    });

    it('should refuse an id that cannot name a stream', () => {
      spec.given([]).when(register({ staffId: 'sw 0311' })).thenThrows('STAFF.INVALID_ID', { field: 'staffId' });
    });

    it('should refuse a change, as there is no one to change', () => {
      spec.given([]).when(changeRole('TEAM_MANAGER')).thenThrows('STAFF.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the staff member is registered', () => {
    it('should decide nothing when the same facts are registered again (an import run twice)', () => {
      spec.given(registered).when(register()).thenNothingHappens();
    });

    it('should refuse a registration with different facts, naming what differs', () => {
      spec.given(registered).when(register({ role: 'ADVANCED_PRACTITIONER' })).thenThrows('STAFF.ALREADY_REGISTERED', {
        kind: 'CONFLICT',
        field: 'role',
      });
    });

    it('should record a role change with the date it takes effect', () => {
      spec
        .given(registered)
        .when(changeRole('ADVANCED_PRACTITIONER', '2025-04-01'))
        .then(staffEvents.roleChanged('ADVANCED_PRACTITIONER', 'SOCIAL_WORKER', '2025-04-01'));
    });

    it('should decide nothing for a change to the role already held', () => {
      spec.given(registered).when(changeRole('SOCIAL_WORKER')).thenNothingHappens();
    });

    it('should refuse a change that takes effect before the start date', () => {
      spec.given(registered).when(changeRole('TEAM_MANAGER', '2024-01-01')).thenThrows('STAFF.EFFECTIVE_BEFORE_START', {
        field: 'effectiveFrom',
      });
    });

    it('should refuse a change that takes effect before the current role did', () => {
      spec
        .given([registered, staffEvents.roleChanged('ADVANCED_PRACTITIONER', 'SOCIAL_WORKER', '2025-04-01')])
        .when(changeRole('TEAM_MANAGER', '2025-03-01'))
        .thenThrows('STAFF.EFFECTIVE_DATE_OUT_OF_ORDER', { field: 'effectiveFrom' });
    });

    it('should record a move to another team and to no team', () => {
      spec
        .given(registered)
        .when({ type: 'ChangeStaffMemberTeam', data: { staffId: SW_ID, teamId: 'south-cin', effectiveFrom: '2025-05-01' }, metadata: metadata() })
        .then({
          type: 'StaffMemberTeamChanged',
          data: { staffId: SW_ID, teamId: 'south-cin', previousTeamId: TEAM_ID, effectiveFrom: '2025-05-01', changedAt: NOW },
        });
      spec
        .given(registered)
        .when({ type: 'ChangeStaffMemberTeam', data: { staffId: SW_ID, teamId: null, effectiveFrom: '2025-05-01' }, metadata: metadata() })
        .then({
          type: 'StaffMemberTeamChanged',
          data: { staffId: SW_ID, teamId: null, previousTeamId: TEAM_ID, effectiveFrom: '2025-05-01', changedAt: NOW },
        });
    });

    it('should record a new line manager, and refuse the member themselves', () => {
      spec
        .given(registered)
        .when({ type: 'ChangeLineManager', data: { staffId: SW_ID, lineManagerId: 'tm-0099', effectiveFrom: '2025-05-01' }, metadata: metadata() })
        .then({
          type: 'StaffMemberLineManagerChanged',
          data: { staffId: SW_ID, lineManagerId: 'tm-0099', previousLineManagerId: TM_ID, effectiveFrom: '2025-05-01', changedAt: NOW },
        });
      spec
        .given(registered)
        .when({ type: 'ChangeLineManager', data: { staffId: SW_ID, lineManagerId: SW_ID, effectiveFrom: '2025-05-01' }, metadata: metadata() })
        .thenThrows('STAFF.OWN_LINE_MANAGER', { field: 'lineManagerId' });
    });

    it('should record the ASYE year completed (OBS-3), and nothing when it already is', () => {
      const complete: StaffMemberCommand = { type: 'CompleteAsye', data: { staffId: SW_ID, effectiveFrom: '2025-09-01' }, metadata: metadata() };
      const completed = { type: 'StaffMemberAsyeCompleted', data: { staffId: SW_ID, effectiveFrom: '2025-09-01', recordedAt: NOW } } as const;
      spec.given(registered).when(complete).then(completed);
      spec.given([registered, completed]).when(complete).thenNothingHappens();
    });

    it('should record a need for performance support identified and ended (OBS-2)', () => {
      const identified = {
        type: 'StaffMemberPerformanceSupportIdentified',
        data: { staffId: SW_ID, effectiveFrom: '2025-03-01', recordedAt: NOW },
      } as const;
      spec
        .given(registered)
        .when({ type: 'IdentifyPerformanceSupport', data: { staffId: SW_ID, effectiveFrom: '2025-03-01' }, metadata: metadata() })
        .then(identified);
      spec
        .given([registered, identified])
        .when({ type: 'EndPerformanceSupport', data: { staffId: SW_ID, effectiveFrom: '2025-09-01' }, metadata: metadata() })
        .then({ type: 'StaffMemberPerformanceSupportEnded', data: { staffId: SW_ID, effectiveFrom: '2025-09-01', recordedAt: NOW } });
      spec
        .given([registered, identified])
        .when({ type: 'EndPerformanceSupport', data: { staffId: SW_ID, effectiveFrom: '2025-02-01' }, metadata: metadata() })
        .thenThrows('STAFF.EFFECTIVE_DATE_OUT_OF_ORDER', { field: 'effectiveFrom' });
    });

    it('should record a new name', () => {
      spec
        .given(registered)
        .when({ type: 'RenameStaffMember', data: { staffId: SW_ID, name: 'Hannah Lewis-Grant' }, metadata: metadata() })
        .then({ type: 'StaffMemberRenamed', data: { staffId: SW_ID, name: 'Hannah Lewis-Grant', previousName: 'Hannah Lewis', renamedAt: NOW } });
    });

    it('should record the leaving date', () => {
      spec
        .given(registered)
        .when({ type: 'RecordStaffMemberLeaving', data: { staffId: SW_ID, leavingDate: '2025-07-31' }, metadata: metadata() })
        .then(staffEvents.left('2025-07-31'));
    });

    it('should refuse a leaving date before the start date, naming the field', () => {
      spec
        .given(registered)
        .when({ type: 'RecordStaffMemberLeaving', data: { staffId: SW_ID, leavingDate: '2024-08-30' }, metadata: metadata() })
        .thenThrows('STAFF.LEAVING_BEFORE_START', { field: 'leavingDate' });
    });

    it('should refuse a leaving date before a change takes effect', () => {
      spec
        .given([registered, staffEvents.roleChanged('ADVANCED_PRACTITIONER', 'SOCIAL_WORKER', '2025-04-01')])
        .when({ type: 'RecordStaffMemberLeaving', data: { staffId: SW_ID, leavingDate: '2025-03-31' }, metadata: metadata() })
        .thenThrows('STAFF.EFFECTIVE_DATE_OUT_OF_ORDER', { field: 'leavingDate' });
    });
  });

  describe('When the staff member has left', () => {
    const left = [registered, staffEvents.left('2025-07-31')];

    it('should refuse any change', () => {
      spec.given(left).when(changeRole('TEAM_MANAGER', '2025-08-01')).thenThrows('STAFF.LEFT', { kind: 'CONFLICT' });
      spec
        .given(left)
        .when({ type: 'RecordStaffMemberLeaving', data: { staffId: SW_ID, leavingDate: '2025-08-31' }, metadata: metadata() })
        .thenThrows('STAFF.LEFT', { kind: 'CONFLICT' });
    });

    it('should decide nothing for facts it already holds', () => {
      spec.given(left).when(changeRole('SOCIAL_WORKER')).thenNothingHappens();
      spec.given(left).when(register()).thenNothingHappens();
      spec
        .given(left)
        .when({ type: 'RecordStaffMemberLeaving', data: { staffId: SW_ID, leavingDate: '2025-07-31' }, metadata: metadata() })
        .thenNothingHappens();
    });
  });

  describe('When history is folded', () => {
    it('should keep the date each current value took effect', () => {
      const state = [registered, staffEvents.roleChanged('ADVANCED_PRACTITIONER', 'SOCIAL_WORKER', '2025-04-01')].reduce(evolve, initialState());
      expect(state).toMatchObject({
        status: 'ACTIVE',
        role: 'ADVANCED_PRACTITIONER',
        effectiveFrom: { role: '2025-04-01', team: '2024-09-02', lineManager: '2024-09-02' },
      });
    });

    it('should skip an event type it does not know', () => {
      const state = evolve(initialState(), registered);
      expect(evolve(state, { type: 'StaffMemberPromotedToAstronaut', data: {} } as never)).toBe(state);
    });
  });
});
