import type { Actor, Role } from '../../../../libs/domain/src/shared/decider.js';
import {
  ACCESS_OUT_OF_SCOPE,
  aggregateLimitOf,
  lineReportsOf,
  outOfScope,
  scopeOf,
  seesChildRecord,
  seesStaffRecord,
  seesWorkOf,
  type RegistryMember,
  type StaffRegistry,
} from './scope.js';

// The registry of projections/staff/fixtures/staff.csv as it stands today: three service areas,
// five teams, and line management from the director down.
const member = (staffId: string, role: Role, lineManagerId: string | null, teamId: string | null = null): RegistryMember => ({
  staffId,
  role,
  teamId,
  lineManagerId,
});
const REGISTRY: StaffRegistry = {
  members: [
    member('dir-001', 'DIRECTOR', null),
    member('co-001', 'CHIEF_OFFICER', 'dir-001'),
    member('hos-001', 'HEAD_OF_SERVICE', 'co-001'),
    member('hos-002', 'HEAD_OF_SERVICE', 'co-001'),
    member('sqam-001', 'SQA_MANAGER', 'co-001', 'sqa'),
    member('sqao-001', 'SQA_OFFICER', 'sqam-001', 'sqa'),
    member('iro-001', 'IRO', 'sqam-001', 'sqa'),
    member('tm-001', 'TEAM_MANAGER', 'hos-001', 'mash-north'),
    member('ap-001', 'ADVANCED_PRACTITIONER', 'tm-001', 'mash-north'),
    member('sw-001', 'SOCIAL_WORKER', 'ap-001', 'mash-north'),
    member('sw-003', 'SOCIAL_WORKER', 'ap-001', 'mash-north'),
    member('tm-002', 'TEAM_MANAGER', 'hos-001', 'cp-east'),
    member('sw-004', 'SOCIAL_WORKER', 'tm-002', 'cp-east'),
    member('tm-003', 'TEAM_MANAGER', 'hos-002', 'lac-central'),
    member('sw-006', 'SOCIAL_WORKER', 'tm-003', 'lac-central'),
    member('crs-001', 'CRS_TEAM_MANAGER', 'sqam-001', 'sqa'),
    member('cpc-001', 'CP_CHAIR', 'crs-001', 'sqa'),
  ],
  teams: [
    { teamId: 'sqa', serviceAreaId: 'qa' },
    { teamId: 'mash-north', serviceAreaId: 'assess' },
    { teamId: 'cp-east', serviceAreaId: 'assess' },
    { teamId: 'lac-central', serviceAreaId: 'care' },
    { teamId: 'leaving-care', serviceAreaId: 'care' },
  ],
};
const actor = (staffId: string, role: Role): Actor => ({ staffId, role });
const scopeFor = (staffId: string) => {
  const person = REGISTRY.members.find((m) => m.staffId === staffId)!;
  return scopeOf(actor(staffId, person.role), REGISTRY);
};

// An audit of a mash-north case allocated to sw-001, made by an auditor from another team.
const SW_001_AUDIT = { workerIds: ['sw-001'], teamIds: ['mash-north'], partyIds: ['tm-003'] };
const SW_004_AUDIT = { workerIds: ['sw-004'], teamIds: ['cp-east'], partyIds: ['tm-001'] };
const SW_006_ACTION = { workerIds: ['sw-006'], teamIds: ['lac-central'], partyIds: ['tm-003'] };

describe('Given the staff registry of the fixture (issue 6 item 2, record level)', () => {
  describe('When a social worker reads child-level records', () => {
    const sw = scopeFor('sw-001');
    it('should see the records of cases allocated to them and actions assigned to them', () => {
      expect(seesChildRecord(sw, SW_001_AUDIT)).toBe(true);
    });
    it("should not see a colleague's, even in their own team", () => {
      expect(seesChildRecord(sw, { workerIds: ['sw-003'], teamIds: ['mash-north'], partyIds: [] })).toBe(false);
      expect(seesChildRecord(sw, SW_004_AUDIT)).toBe(false);
    });
    it('should see a record they made or are named on', () => {
      expect(seesChildRecord(sw, { workerIds: ['sw-006'], teamIds: ['lac-central'], partyIds: ['sw-001'] })).toBe(true);
    });
  });

  describe('When a team manager or an advanced practitioner reads child-level records', () => {
    it("should see their team's and not another team's", () => {
      for (const staffId of ['tm-001', 'ap-001']) {
        const scope = scopeFor(staffId);
        expect(seesChildRecord(scope, SW_001_AUDIT)).toBe(true);
        expect(seesChildRecord(scope, { workerIds: ['sw-003'], teamIds: [], partyIds: [] })).toBe(true);
        expect(seesChildRecord(scope, { workerIds: [], teamIds: ['cp-east'], partyIds: [] })).toBe(false);
        expect(seesChildRecord(scope, SW_006_ACTION)).toBe(false);
      }
    });
    it('should see a record of another team that they made (tm-001 audited a cp-east case)', () => {
      expect(seesChildRecord(scopeFor('tm-001'), SW_004_AUDIT)).toBe(true);
      expect(seesChildRecord(scopeFor('ap-001'), SW_004_AUDIT)).toBe(false);
    });
  });

  describe('When a Head of Service reads child-level records', () => {
    const hos = scopeFor('hos-001');
    it("should see their service area's teams (those of the team managers they line-manage) and not another's", () => {
      expect([...hos.serviceAreaIds!]).toEqual(['assess']);
      expect([...hos.teamIds!].sort()).toEqual(['cp-east', 'mash-north']);
      expect(seesChildRecord(hos, SW_001_AUDIT)).toBe(true);
      expect(seesChildRecord(hos, { workerIds: ['sw-004'], teamIds: [], partyIds: [] })).toBe(true);
      expect(seesChildRecord(hos, SW_006_ACTION)).toBe(false);
    });
  });

  describe('When S&QA, senior leaders, DMT, SLT, the CRS team manager or an inspector read child-level records', () => {
    it('should see everything', () => {
      const roles: [string, Role][] = [
        ['sqam-001', 'SQA_MANAGER'],
        ['sqao-001', 'SQA_OFFICER'],
        ['co-001', 'CHIEF_OFFICER'],
        ['dir-001', 'DIRECTOR'],
        ['crs-001', 'CRS_TEAM_MANAGER'],
        ['dmt-9', 'DMT_MEMBER'],
        ['slt-9', 'SLT_MEMBER'],
        ['ofsted-1', 'INSPECTOR'],
      ];
      for (const [staffId, role] of roles) {
        const scope = scopeOf(actor(staffId, role), REGISTRY);
        expect(scope.reach).toBe('ALL');
        expect(seesChildRecord(scope, SW_006_ACTION)).toBe(true);
        expect(aggregateLimitOf(scope)).toBeNull();
      }
    });
  });

  describe('When an IRO or a CP chair reads child-level records', () => {
    it('should see only those they raised or are party to', () => {
      for (const staffId of ['iro-001', 'cpc-001']) {
        const scope = scopeFor(staffId);
        expect(seesChildRecord(scope, SW_001_AUDIT)).toBe(false);
        expect(seesChildRecord(scope, { workerIds: ['sw-001'], teamIds: ['mash-north'], partyIds: [staffId] })).toBe(true);
      }
    });
  });

  describe('When someone the registry does not hold asks (not in post)', () => {
    it('should see only their own records, whatever role the request carries', () => {
      const scope = scopeOf(actor('gone-001', 'TEAM_MANAGER'), REGISTRY);
      expect([...scope.staffIds!]).toEqual(['gone-001']);
      expect(seesChildRecord(scope, SW_001_AUDIT)).toBe(false);
    });
  });

  describe("When staff data (sw-003's practice observation) is read", () => {
    const observation = { subjectIds: ['sw-003'], partyIds: ['tm-003'] };
    it('should be seen by the person, their line management chain and S&QA', () => {
      for (const staffId of ['sw-003', 'ap-001', 'tm-001', 'hos-001', 'co-001', 'dir-001', 'sqam-001', 'sqao-001']) {
        expect([staffId, seesStaffRecord(scopeFor(staffId), observation)]).toEqual([staffId, true]);
      }
      expect(seesStaffRecord(scopeOf(actor('ofsted-1', 'INSPECTOR'), REGISTRY), observation)).toBe(true);
    });
    it('should be seen by whoever recorded it (the observer)', () => {
      expect(seesStaffRecord(scopeFor('tm-003'), observation)).toBe(true);
    });
    it('should not be seen by another team manager, a colleague, another Head of Service, DMT or the CRS team manager', () => {
      for (const staffId of ['tm-002', 'sw-001', 'hos-002', 'crs-001']) {
        expect([staffId, seesStaffRecord(scopeFor(staffId), observation)]).toEqual([staffId, false]);
      }
      expect(seesStaffRecord(scopeOf(actor('dmt-9', 'DMT_MEMBER'), REGISTRY), observation)).toBe(false);
    });
    it("should let DMT see what the framework sends to DMT (a Head of Service's submitted summary, SUP-6)", () => {
      const summary = { subjectIds: ['hos-001'], partyIds: [], audienceRoles: ['DMT_MEMBER' as Role] };
      expect(seesStaffRecord(scopeOf(actor('dmt-9', 'DMT_MEMBER'), REGISTRY), summary)).toBe(true);
      expect(seesStaffRecord(scopeFor('hos-002'), summary)).toBe(false);
    });
  });

  describe('When the line management chain is walked', () => {
    it('should find everyone below, however deep, and stop at a loop', () => {
      expect(lineReportsOf('hos-001', REGISTRY.members)).toEqual(['ap-001', 'sw-001', 'sw-003', 'sw-004', 'tm-001', 'tm-002']);
      const looped = [member('a', 'TEAM_MANAGER', 'b'), member('b', 'TEAM_MANAGER', 'a')];
      expect(lineReportsOf('a', looped)).toEqual(['b']);
    });
  });

  describe('When an aggregate is limited', () => {
    it("should force a team manager's to their team and a Head of Service's to their service area", () => {
      expect(aggregateLimitOf(scopeFor('tm-001'))).toEqual({
        staffIds: ['ap-001', 'sw-001', 'sw-003', 'tm-001'],
        teamIds: ['mash-north'],
        serviceAreaIds: [],
      });
      expect(aggregateLimitOf(scopeFor('hos-002'))).toEqual({
        staffIds: ['hos-002', 'sw-006', 'tm-003'],
        teamIds: ['lac-central', 'leaving-care'],
        serviceAreaIds: ['care'],
      });
    });
    it("should limit a social worker to their own lines, and say whose work a leader may see", () => {
      expect(aggregateLimitOf(scopeFor('sw-001'))).toEqual({ staffIds: ['sw-001'], teamIds: [], serviceAreaIds: [] });
      expect(seesWorkOf(scopeFor('tm-001'), 'sw-003')).toBe(true);
      expect(seesWorkOf(scopeFor('tm-001'), 'sw-004')).toBe(false);
      expect(seesWorkOf(scopeFor('sw-001'), 'sw-003')).toBe(false);
    });
  });

  describe('When a record is refused', () => {
    it('should be FORBIDDEN with ACCESS.OUT_OF_SCOPE, saying what the actor may see', () => {
      const error = outOfScope('Case file audit a-1', scopeFor('tm-001'));
      expect([error.code, error.kind]).toEqual([ACCESS_OUT_OF_SCOPE, 'FORBIDDEN']);
      expect(error.message).toMatch(/Case file audit a-1 is outside what you may see as TEAM_MANAGER \(your team's records/);
    });
  });
});
