import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, type Role, type StaffMemberEvent } from '../../libs/domain/src/index.js';
import { fold, stream } from './people.test-support.js';
import type { StaffMemberDocument } from './staff.document.js';
import { STAFF_COLLECTION, evolveStaffMemberDocument } from './staff.projection.js';
import { getStaffMember, isInPost, listStaff, listStaffAsAt } from './staff.queries.js';

const NOW = '2025-06-12T14:00:00.000Z';

function registered(staffId: string, name: string, role: Role, teamId: string | null, lineManagerId: string | null, extra: Partial<Record<string, unknown>> = {}): StaffMemberEvent {
  return {
    type: 'StaffMemberRegistered',
    data: { staffId, name, role, teamId, lineManagerId, startDate: '2023-01-02', inAsye: false, needsPerformanceSupport: false, registeredAt: NOW, ...extra },
  } as StaffMemberEvent;
}

const people: Record<string, StaffMemberEvent[]> = {
  'tm-01': [registered('tm-01', 'Priya Shah', 'TEAM_MANAGER', 'north', 'hos-01')],
  'ap-01': [registered('ap-01', 'Daniel Okafor', 'ADVANCED_PRACTITIONER', 'north', 'tm-01')],
  'sw-01': [
    registered('sw-01', 'Hannah Lewis', 'SOCIAL_WORKER', 'north', 'tm-01', { inAsye: true }),
    { type: 'StaffMemberLineManagerChanged', data: { staffId: 'sw-01', lineManagerId: 'ap-01', previousLineManagerId: 'tm-01', effectiveFrom: '2025-04-01', changedAt: NOW } },
  ],
  'sw-02': [
    registered('sw-02', 'Tom Baker', 'SOCIAL_WORKER', 'north', 'tm-01', { needsPerformanceSupport: true }),
    { type: 'StaffMemberLeft', data: { staffId: 'sw-02', leavingDate: '2025-03-31', recordedAt: NOW } },
  ],
  'sw-03': [
    registered('sw-03', 'Sam Green', 'SOCIAL_WORKER', 'south', 'tm-02'),
    { type: 'StaffMemberTeamChanged', data: { staffId: 'sw-03', teamId: 'north', previousTeamId: 'south', effectiveFrom: '2025-05-01', changedAt: NOW } },
    { type: 'StaffMemberLineManagerChanged', data: { staffId: 'sw-03', lineManagerId: 'tm-01', previousLineManagerId: 'tm-02', effectiveFrom: '2025-05-01', changedAt: NOW } },
  ],
};

async function directory(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(STAFF_COLLECTION);
  const changes = Object.entries(people).map(([id, history]) => ({
    collection: STAFF_COLLECTION.name,
    id,
    document: fold<StaffMemberDocument>(evolveStaffMemberDocument, stream(`staffMember-${id}`, history)),
  }));
  await store.commit('staff.v1', null, 100n, changes);
  return store;
}

const ids = (docs: readonly { staffId: string }[]) => docs.map((d) => d.staffId);

describe('Staff directory queries', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await directory();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('When a member of staff is read by id', () => {
    it('should return their document, or null for an unknown id', async () => {
      expect(await getStaffMember(store, 'sw-01')).toMatchObject({ name: 'Hannah Lewis', lineManagerId: 'ap-01' });
      expect(await getStaffMember(store, 'nobody')).toBeNull();
    });
  });

  describe('When staff are listed as they are now', () => {
    it('should list a team without those who have left, by name', async () => {
      expect(ids(await listStaff(store, { teamId: 'north' }))).toEqual(['ap-01', 'sw-01', 'tm-01', 'sw-03']);
      expect(ids(await listStaff(store, { teamId: 'north', includeLeft: true }))).toContain('sw-02');
    });

    it('should list by role, by line manager and by flag', async () => {
      expect(ids(await listStaff(store, { role: 'SOCIAL_WORKER' }))).toEqual(['sw-01', 'sw-03']);
      expect(ids(await listStaff(store, { lineManagerId: 'tm-01' }))).toEqual(['ap-01', 'sw-03']);
      expect(ids(await listStaff(store, { inAsye: true }))).toEqual(['sw-01']);
      expect(ids(await listStaff(store, { needsPerformanceSupport: true, includeLeft: true }))).toEqual(['sw-02']);
    });
  });

  describe('When staff are listed as at a past date', () => {
    it('should list who was in post then, as they then stood', async () => {
      expect(ids(await listStaffAsAt(store, '2025-03-01', { lineManagerId: 'tm-01' }))).toEqual(['ap-01', 'sw-01', 'sw-02']);
      expect(ids(await listStaffAsAt(store, '2025-06-01', { lineManagerId: 'tm-01' }))).toEqual(['ap-01', 'sw-03']);
      expect(ids(await listStaffAsAt(store, '2025-04-30', { teamId: 'south' }))).toEqual(['sw-03']);
      expect(ids(await listStaffAsAt(store, '2022-12-31'))).toEqual([]);
    });

    it('should refuse a date that is not YYYY-MM-DD', async () => {
      await expect(listStaffAsAt(store, '01/03/2025')).rejects.toBeInstanceOf(DomainError);
    });
  });

  describe('When asked whether someone is in post', () => {
    it('should count the leaving date as the last day in post', () => {
      const doc = { startDate: '2023-01-02', leavingDate: '2025-03-31' };
      expect([isInPost(doc, '2023-01-01'), isInPost(doc, '2023-01-02'), isInPost(doc, '2025-03-31'), isInPost(doc, '2025-04-01')]).toEqual([
        false,
        true,
        true,
        false,
      ]);
    });
  });
});
