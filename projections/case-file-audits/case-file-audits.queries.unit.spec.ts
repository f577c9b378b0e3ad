import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, type CaseFileAuditEvent } from '../../libs/domain/src/index.js';
import { events, readyToSubmit } from '../../libs/domain/src/testing/case-file-audit.fixtures.js';
import type { CaseFileAuditDocument } from './case-file-audits.document.js';
import { CASE_FILE_AUDITS_COLLECTION, caseFileAuditsProjection } from './case-file-audits.projection.js';
import { getCaseFileAudit, hasWorkerInvolvementGap, listCaseFileAudits } from './case-file-audits.queries.js';
import { stream } from './case-file-audits.test-support.js';

// Five audits: two auditors, two teams, every status, due dates spread over June and July.
const audits: Record<string, CaseFileAuditEvent[]> = {
  'audit-a': [events.scheduled({ auditorId: 'tm-1', teamId: 'team-1', dueDate: '2025-06-30' })],
  'audit-b': [events.scheduled({ auditorId: 'tm-1', teamId: 'team-1', dueDate: '2025-06-15' }), events.started()],
  'audit-c': [
    { ...readyToSubmit()[0]!, data: { ...events.scheduled().data, auditorId: 'tm-1', teamId: 'team-2', dueDate: '2025-06-01' } },
    ...readyToSubmit().slice(1),
    events.submitted(),
  ] as CaseFileAuditEvent[],
  'audit-d': [events.scheduled({ auditorId: 'ap-2', teamId: 'team-2', dueDate: '2025-07-31' })],
  'audit-e': [events.scheduled({ auditorId: 'ap-2', teamId: null, dueDate: '2025-06-15' }), events.started()],
  // Submitted after the discussion was offered, then moderated (CFA-8, CFA-9).
  'audit-f': [
    { ...readyToSubmit()[0]!, data: { ...events.scheduled().data, auditorId: 'ap-2', teamId: 'team-2', dueDate: '2025-08-01' } },
    ...readyToSubmit().slice(1),
    events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_OFFERED'),
    events.submitted(),
    events.moderated(),
  ] as CaseFileAuditEvent[],
};

async function storeWithAudits(): Promise<ReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(CASE_FILE_AUDITS_COLLECTION);
  const changes = Object.entries(audits).map(([auditId, history]) => {
    const document = stream(history, { auditId }).reduce<CaseFileAuditDocument | null>(
      (doc, event) => caseFileAuditsProjection.evolve(doc, event),
      null,
    );
    return { collection: CASE_FILE_AUDITS_COLLECTION.name, id: auditId, document };
  });
  await store.commit('caseFileAudits.v2', null, 100n, changes);
  return store;
}

const ids = (docs: readonly CaseFileAuditDocument[]) => docs.map((d) => d.id);

describe('Case file audit queries', () => {
  let store: ReadStore;
  beforeEach(async () => {
    store = await storeWithAudits();
  });
  afterEach(async () => {
    await store.close();
  });

  describe('When an audit is read by id', () => {
    it('should return its document', async () => {
      const audit = await getCaseFileAudit(store, 'audit-c');
      expect(audit).toMatchObject({ id: 'audit-c', status: 'SUBMITTED', overallGrade: 'GOOD', auditorId: 'tm-1' });
      expect(audit!.criteria).toHaveLength(16);
    });

    it('should return null for an unknown id', async () => {
      expect(await getCaseFileAudit(store, 'audit-z')).toBeNull();
    });
  });

  describe('When audits are listed', () => {
    it('should return them all sorted by due date, then id', async () => {
      expect(ids(await listCaseFileAudits(store))).toEqual(['audit-c', 'audit-b', 'audit-e', 'audit-a', 'audit-d', 'audit-f']);
    });

    it('should filter by auditor', async () => {
      expect(ids(await listCaseFileAudits(store, { auditorId: 'ap-2' }))).toEqual(['audit-e', 'audit-d', 'audit-f']);
    });

    it('should filter by team', async () => {
      expect(ids(await listCaseFileAudits(store, { teamId: 'team-2' }))).toEqual(['audit-c', 'audit-d', 'audit-f']);
    });

    it('should filter by status', async () => {
      expect(ids(await listCaseFileAudits(store, { status: 'IN_PROGRESS' }))).toEqual(['audit-b', 'audit-e']);
      expect(ids(await listCaseFileAudits(store, { status: 'SUBMITTED' }))).toEqual(['audit-c', 'audit-f']);
    });

    it('should combine filters', async () => {
      expect(ids(await listCaseFileAudits(store, { auditorId: 'tm-1', teamId: 'team-1', status: 'SCHEDULED' }))).toEqual(['audit-a']);
    });

    it('should filter by due date, strictly before and after', async () => {
      expect(ids(await listCaseFileAudits(store, { dueBefore: '2025-06-30' }))).toEqual(['audit-c', 'audit-b', 'audit-e']);
      expect(ids(await listCaseFileAudits(store, { dueAfter: '2025-06-15' }))).toEqual(['audit-a', 'audit-d', 'audit-f']);
      expect(ids(await listCaseFileAudits(store, { dueAfter: '2025-06-01', dueBefore: '2025-07-01' }))).toEqual([
        'audit-b',
        'audit-e',
        'audit-a',
      ]);
    });

    it('should list the audits overdue as of an instant, never a submitted one (CFA-6)', async () => {
      expect(ids(await listCaseFileAudits(store, { overdueAsOf: '2025-06-16T08:00:00Z' }))).toEqual(['audit-b', 'audit-e']);
      expect(ids(await listCaseFileAudits(store, { overdueAsOf: new Date('2025-07-01T00:00:00Z') }))).toEqual([
        'audit-b',
        'audit-e',
        'audit-a',
      ]);
      expect(ids(await listCaseFileAudits(store, { overdueAsOf: '2025-06-15', auditorId: 'tm-1' }))).toEqual([]);
    });

    it('should list the submitted audits awaiting moderation (CFA-9)', async () => {
      expect(ids(await listCaseFileAudits(store, { awaitingModeration: true }))).toEqual(['audit-c']);
    });

    it.each([
      [{ dueBefore: '30/06/2025' }, 'dueBefore'],
      [{ dueAfter: 'June' }, 'dueAfter'],
      [{ overdueAsOf: 'tomorrow' }, 'overdueAsOf'],
    ])('should refuse %j naming the field', async (filter, field) => {
      const refusal = listCaseFileAudits(store, filter);
      await expect(refusal).rejects.toBeInstanceOf(DomainError);
      await expect(refusal).rejects.toMatchObject({ code: 'CASE_FILE_AUDIT.INVALID_DATE', kind: 'BAD_USER_INPUT', details: { field } });
    });
  });

  describe('When it is asked whether the worker took part (CFA-8)', () => {
    it('should show a gap only for an audit submitted with nothing recorded', async () => {
      expect(hasWorkerInvolvementGap((await getCaseFileAudit(store, 'audit-c'))!)).toBe(true);
      expect(hasWorkerInvolvementGap((await getCaseFileAudit(store, 'audit-f'))!)).toBe(false);
      expect(hasWorkerInvolvementGap((await getCaseFileAudit(store, 'audit-b'))!)).toBe(false);
    });
  });
});
