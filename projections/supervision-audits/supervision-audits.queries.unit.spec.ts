import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { SupervisionAuditEvent } from '../../libs/domain/src/supervision-audit/index.js';
import { allAnswered, events } from '../../libs/domain/src/supervision-audit/supervision-audit.fixtures.js';
import type { SupervisionAuditDocument } from './supervision-audits.document.js';
import { SUPERVISION_AUDITS_COLLECTION, supervisionAuditsProjection } from './supervision-audits.projection.js';
import {
  getSupervisionAudit,
  listOpenSupervisionAuditEscalations,
  listSupervisionAuditsByAuditor,
  listSupervisionAuditsBySupervisee,
  listSupervisionAudits,
  listSupervisionAuditsBySupervisor,
  supervisionAuditMonthlyDutyOf,
} from './supervision-audits.queries.js';
import { stream } from './supervision-audits.test-support.js';

const hosStarted = (kind: 'CASE' | 'PROFESSIONAL', auditDate: string, overrides: Record<string, string> = {}): SupervisionAuditEvent => {
  const started = events.started(kind);
  return { ...started, data: { ...started.data, auditDate, ...overrides } } as SupervisionAuditEvent;
};

// A Head of Service's two audits of tm-1 (SUP-1), a TM's audit of ap-1 (SUP-2), and an escalated one.
const audits: Record<string, SupervisionAuditEvent[]> = {
  'sa-a': [hosStarted('CASE', '2025-06-20'), ...allAnswered('CASE').slice(1), events.completed()],
  'sa-b': [hosStarted('PROFESSIONAL', '2025-06-05')],
  'sa-c': [
    hosStarted('CASE', '2025-06-10', {
      auditorId: 'tm-1',
      auditorRole: 'TEAM_MANAGER',
      supervisorId: 'ap-1',
      supervisorRole: 'ADVANCED_PRACTITIONER',
      superviseeId: 'sw-2',
    }),
    events.answered('CASE', 'CHILD_SAFE', 'NO'),
    { ...events.escalated(), data: { ...events.escalated().data, headOfServiceId: 'hos-2', escalatedAt: '2025-06-10T09:00:00.000Z' } } as SupervisionAuditEvent,
  ],
  'sa-d': [hosStarted('CASE', '2025-06-01'), events.answered('CASE', 'CHILD_SAFE', 'NO'), events.escalated(), events.acknowledged()],
  'sa-e': [hosStarted('CASE', '2025-06-02'), events.answered('CASE', 'CHILD_SAFE', 'NO'), events.escalated()],
};

async function storeWithAudits(twice = false): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(SUPERVISION_AUDITS_COLLECTION);
  const changes = Object.entries(audits).map(([auditId, history]) => {
    const recorded = stream(history, { auditId });
    const delivered = twice ? recorded.flatMap((e) => [e, e]) : recorded;
    const document = delivered.reduce<SupervisionAuditDocument | null>((doc, event) => supervisionAuditsProjection.evolve(doc, event), null);
    return { collection: SUPERVISION_AUDITS_COLLECTION.name, id: auditId, document };
  });
  await store.commit('supervisionAudits.v3', null, 100n, changes);
  return store;
}

const ids = (docs: readonly SupervisionAuditDocument[]) => docs.map((d) => d.id);

describe('Supervision audit queries', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await storeWithAudits();
  });

  describe('When asked for one audit', () => {
    it('should return it, or null for an unknown id', async () => {
      expect((await getSupervisionAudit(store, 'sa-a'))?.status).toBe('COMPLETED');
      expect(await getSupervisionAudit(store, 'nope')).toBeNull();
    });
  });

  describe('When listing by auditor (SUP-1, SUP-2)', () => {
    it('should return the auditor audits by audit date, filtered by kind or status when asked', async () => {
      expect(ids(await listSupervisionAuditsByAuditor(store, 'hos-1'))).toEqual(['sa-d', 'sa-e', 'sa-b', 'sa-a']);
      expect(ids(await listSupervisionAuditsByAuditor(store, 'hos-1', { kind: 'PROFESSIONAL' }))).toEqual(['sa-b']);
      expect(ids(await listSupervisionAuditsByAuditor(store, 'hos-1', { status: 'COMPLETED' }))).toEqual(['sa-a']);
      expect(ids(await listSupervisionAuditsByAuditor(store, 'tm-1'))).toEqual(['sa-c']);
    });
  });

  describe('When listing by supervisor or supervisee', () => {
    it('should return the audits of that supervision', async () => {
      expect(ids(await listSupervisionAuditsBySupervisor(store, 'ap-1'))).toEqual(['sa-c']);
      expect(ids(await listSupervisionAuditsBySupervisor(store, 'tm-1', { kind: 'CASE' }))).toEqual(['sa-d', 'sa-e', 'sa-a']);
      expect(ids(await listSupervisionAuditsBySupervisee(store, 'sw-2'))).toEqual(['sa-c']);
      expect(ids(await listSupervisionAuditsBySupervisee(store, 'sw-1'))).toEqual(['sa-d', 'sa-e', 'sa-b', 'sa-a']);
    });
  });

  describe('When searching by any of auditor, supervisor, supervisee, kind and status', () => {
    it('should return the audits matching every field given, or all of them', async () => {
      expect(ids(await listSupervisionAudits(store))).toEqual(['sa-d', 'sa-e', 'sa-b', 'sa-c', 'sa-a']);
      expect(ids(await listSupervisionAudits(store, { auditorId: 'hos-1', supervisorId: 'tm-1', kind: 'CASE', status: 'IN_PROGRESS' }))).toEqual([
        'sa-d',
        'sa-e',
      ]);
      expect(ids(await listSupervisionAudits(store, { superviseeId: 'sw-2', auditorId: 'hos-1' }))).toEqual([]);
    });
  });

  describe('When asked for an auditor monthly duty (SUP-1, SUP-2)', () => {
    it('should count the completed audits of the month by kind (SUP-1)', async () => {
      expect(await supervisionAuditMonthlyDutyOf(store, 'hos-1', '2025-06')).toMatchObject({ done: ['CASE'], remaining: ['PROFESSIONAL'], met: false });
      expect(await supervisionAuditMonthlyDutyOf(store, 'hos-1', '2025-07')).toMatchObject({ done: [], met: false });
    });

    it('should find nothing done by a TM with no completed audit (SUP-2)', async () => {
      expect(await supervisionAuditMonthlyDutyOf(store, 'tm-1', '2025-06')).toMatchObject({ done: [], remaining: ['CASE', 'PROFESSIONAL'] });
    });
  });

  describe('When listing open child safety escalations (SUP-3)', () => {
    it('should return the unacknowledged ones, oldest first, for one Head of Service when named', async () => {
      expect(ids(await listOpenSupervisionAuditEscalations(store))).toEqual(['sa-c', 'sa-e']);
      expect(ids(await listOpenSupervisionAuditEscalations(store, { headOfServiceId: 'hos-2' }))).toEqual(['sa-c']);
    });
  });

  describe('When every event was delivered twice', () => {
    it('should answer every query the same', async () => {
      const twice = await storeWithAudits(true);
      for (const id of Object.keys(audits)) {
        expect(await getSupervisionAudit(twice, id)).toEqual(await getSupervisionAudit(store, id));
      }
      expect(ids(await listOpenSupervisionAuditEscalations(twice))).toEqual(['sa-c', 'sa-e']);
    });
  });
});
