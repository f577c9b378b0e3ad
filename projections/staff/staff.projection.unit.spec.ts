import { STAFF_MEMBER_EVENT_TYPES, type StaffMemberEvent } from '../../libs/domain/src/index.js';
import { fold, recorded, stream } from './people.test-support.js';
import type { StaffMemberDocument } from './staff.document.js';
import { evolveStaffMemberDocument as evolve, staffProjection } from './staff.projection.js';
import { staffMemberAsAt } from './staff.queries.js';

const NOW = '2025-06-12T14:00:00.000Z';
const STREAM = 'staffMember-sw-01';

const history: StaffMemberEvent[] = [
  {
    type: 'StaffMemberRegistered',
    data: {
      staffId: 'sw-01',
      name: 'Hannah Lewis',
      role: 'SOCIAL_WORKER',
      teamId: 'north',
      lineManagerId: 'tm-01',
      startDate: '2024-09-02',
      inAsye: true,
      needsPerformanceSupport: false,
      registeredAt: NOW,
    },
  },
  { type: 'StaffMemberRenamed', data: { staffId: 'sw-01', name: 'Hannah Grant', previousName: 'Hannah Lewis', renamedAt: NOW } },
  { type: 'StaffMemberAsyeCompleted', data: { staffId: 'sw-01', effectiveFrom: '2025-09-01', recordedAt: NOW } },
  { type: 'StaffMemberRoleChanged', data: { staffId: 'sw-01', role: 'ADVANCED_PRACTITIONER', previousRole: 'SOCIAL_WORKER', effectiveFrom: '2025-10-01', changedAt: NOW } },
  { type: 'StaffMemberTeamChanged', data: { staffId: 'sw-01', teamId: 'south', previousTeamId: 'north', effectiveFrom: '2025-10-01', changedAt: NOW } },
  { type: 'StaffMemberLineManagerChanged', data: { staffId: 'sw-01', lineManagerId: 'tm-02', previousLineManagerId: 'tm-01', effectiveFrom: '2025-10-01', changedAt: NOW } },
  { type: 'StaffMemberPerformanceSupportIdentified', data: { staffId: 'sw-01', effectiveFrom: '2025-11-01', recordedAt: NOW } },
  { type: 'StaffMemberPerformanceSupportEnded', data: { staffId: 'sw-01', effectiveFrom: '2026-05-01', recordedAt: NOW } },
  { type: 'StaffMemberAsyeStarted', data: { staffId: 'sw-01', effectiveFrom: '2026-05-02', recordedAt: NOW } },
  { type: 'StaffMemberLeft', data: { staffId: 'sw-01', leavingDate: '2026-07-31', recordedAt: NOW } },
];

describe('staff projection', () => {
  it('should be staff v1 over staff.v1, indexed by team, role, line manager and status, handling every staff event', () => {
    expect(staffProjection).toMatchObject({ name: 'staff', version: 1, collection: { name: 'staff.v1', indexes: ['teamId', 'role', 'lineManagerId', 'status'] } });
    expect([...staffProjection.handles].sort()).toEqual([...STAFF_MEMBER_EVENT_TYPES].sort());
    expect(new Set(history.map((e) => e.type))).toEqual(new Set(STAFF_MEMBER_EVENT_TYPES));
  });

  describe('When an event arrives', () => {
    it('should touch the document of that staff member only', () => {
      expect(staffProjection.documentIds(recorded(STREAM, history[0]!, 0))).toEqual(['sw-01']);
      expect(staffProjection.documentIds(recorded('team-north', history[0]!, 0))).toEqual([]);
    });
  });

  describe('When a staff member is registered', () => {
    it('should hold who they are, with each history starting on the start date', () => {
      expect(fold(evolve, stream(STREAM, history.slice(0, 1)))).toEqual({
        id: 'sw-01',
        staffId: 'sw-01',
        name: 'Hannah Lewis',
        role: 'SOCIAL_WORKER',
        teamId: 'north',
        lineManagerId: 'tm-01',
        startDate: '2024-09-02',
        leavingDate: null,
        status: 'ACTIVE',
        inAsye: true,
        needsPerformanceSupport: false,
        history: {
          role: [{ value: 'SOCIAL_WORKER', effectiveFrom: '2024-09-02' }],
          teamId: [{ value: 'north', effectiveFrom: '2024-09-02' }],
          lineManagerId: [{ value: 'tm-01', effectiveFrom: '2024-09-02' }],
          inAsye: [{ value: true, effectiveFrom: '2024-09-02' }],
          needsPerformanceSupport: [{ value: false, effectiveFrom: '2024-09-02' }],
        },
        revision: 0,
        registeredAt: NOW,
        lastUpdatedAt: NOW,
      } satisfies StaffMemberDocument);
    });
  });

  describe('When their record changes over time', () => {
    const doc = fold(evolve, stream(STREAM, history))!;

    it('should hold the latest of everything and that the leaving is recorded', () => {
      expect(doc).toMatchObject({
        name: 'Hannah Grant',
        role: 'ADVANCED_PRACTITIONER',
        teamId: 'south',
        lineManagerId: 'tm-02',
        inAsye: true,
        needsPerformanceSupport: false,
        status: 'LEFT',
        leavingDate: '2026-07-31',
        revision: history.length - 1,
      });
    });

    it('should answer who held which role, in which team, under whom, as at any date (REP-3)', () => {
      expect(staffMemberAsAt(doc, '2024-09-01')).toBeNull();
      expect(staffMemberAsAt(doc, '2025-09-30')).toMatchObject({ role: 'SOCIAL_WORKER', teamId: 'north', lineManagerId: 'tm-01', inAsye: false, inPost: true });
      expect(staffMemberAsAt(doc, '2025-10-01')).toMatchObject({ role: 'ADVANCED_PRACTITIONER', teamId: 'south', lineManagerId: 'tm-02' });
      expect(staffMemberAsAt(doc, '2026-01-15')).toMatchObject({ needsPerformanceSupport: true });
      expect(staffMemberAsAt(doc, '2026-07-31')).toMatchObject({ inPost: true, inAsye: true, needsPerformanceSupport: false });
      expect(staffMemberAsAt(doc, '2026-08-01')).toMatchObject({ inPost: false });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const events = stream(STREAM, history);
      const once = fold(evolve, events);
      const twice = events.reduce<StaffMemberDocument | null>((d, e) => evolve(evolve(d, e), e), null);
      expect(twice).toEqual(once);
      expect(fold(evolve, events, once)).toBe(once);
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw, and leave what it cannot read as it was', () => {
      const doc = fold(evolve, stream(STREAM, history.slice(0, 1)))!;
      expect(evolve(doc, recorded(STREAM, { type: 'StaffMemberRoleChanged', data: { role: 'WIZARD', effectiveFrom: '2025-01-01' } }, 1))).toMatchObject({
        role: 'SOCIAL_WORKER',
        revision: 1,
      });
      expect(evolve(doc, recorded(STREAM, { type: 'StaffMemberTeamChanged', data: null }, 1))).toMatchObject({ teamId: 'north' });
      expect(evolve(null, recorded(STREAM, { type: 'StaffMemberRegistered', data: { name: 'No start date' } }, 0))).toBeNull();
      expect(evolve(null, recorded(STREAM, history[1]!, 1))).toBeNull();
      expect(evolve(doc, recorded(STREAM, { type: 'StaffMemberKnighted', data: {} }, 1))).toBe(doc);
    });
  });
});
