import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { INDEPENDENT_AUDIT_COMMISSION_EVENT_TYPES, type IndependentAuditCommissionEvent } from '../../libs/domain/src/index.js';
import { AUDIT_ID, COMMISSION_ID, HOS_ID, NOW, SQA_OFFICER_ID, events } from '../../libs/domain/src/independent-audit/independent-audit-commission.fixtures.js';
import { fold, recorded, stream } from '../staff/people.test-support.js';
import type { IndependentAuditCommissionDocument } from './independent-audits.document.js';
import { INDEPENDENT_AUDITS_COLLECTION, evolveIndependentAuditDocument, independentAuditsProjection } from './independent-audits.projection.js';
import { findIndependentAuditByAudit, getIndependentAudit, listIndependentAudits } from './independent-audits.queries.js';

const STREAM = `independentAuditCommission-${COMMISSION_ID}`;
const reported: IndependentAuditCommissionEvent[] = [events.commissioned(), events.accepted(), events.linked(), events.reported()];

describe('independentAudits projection (CFA-10)', () => {
  it('should be independentAudits v1, handling every commission event, keyed by the commission id', () => {
    expect(independentAuditsProjection).toMatchObject({ name: 'independentAudits', version: 1, collection: { name: 'independentAudits.v1' } });
    expect([...independentAuditsProjection.handles].sort()).toEqual([...INDEPENDENT_AUDIT_COMMISSION_EVENT_TYPES].sort());
    expect(independentAuditsProjection.documentIds(recorded(STREAM, reported[0]!, 0))).toEqual([COMMISSION_ID]);
    expect(independentAuditsProjection.documentIds(recorded('dipSample-x', reported[0]!, 0))).toEqual([]);
  });

  describe('When a commission is accepted, linked to its audit and reported', () => {
    it('should hold each step', () => {
      expect(fold(evolveIndependentAuditDocument, stream(STREAM, reported))).toMatchObject({
        id: COMMISSION_ID,
        status: 'REPORTED',
        commissionedBy: HOS_ID,
        auditorId: SQA_OFFICER_ID,
        auditId: AUDIT_ID,
        learningEvidenced: 'PARTLY',
        findings: 'Chronology current on the audited case',
        reportedAt: NOW,
        revision: 3,
      } satisfies Partial<IndependentAuditCommissionDocument>);
    });
  });

  describe('When a commission is withdrawn', () => {
    it('should show it withdrawn with the reason', () => {
      expect(fold(evolveIndependentAuditDocument, stream(STREAM, [events.commissioned(), events.withdrawn()]))).toMatchObject({
        status: 'WITHDRAWN',
        withdrawnReason: 'Case closed',
        auditorId: null,
      });
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const history = stream(STREAM, reported);
      const twice = history.reduce<IndependentAuditCommissionDocument | null>(
        (d, e) => evolveIndependentAuditDocument(evolveIndependentAuditDocument(d, e), e),
        null,
      );
      expect(twice).toEqual(fold(evolveIndependentAuditDocument, history));
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw', () => {
      expect(evolveIndependentAuditDocument(null, recorded('independentAuditCommission-x', { type: 'IndependentAuditLinked', data: {} }, 1))).toBeNull();
      const commissioned = fold(evolveIndependentAuditDocument, stream(STREAM, [events.commissioned()]))!;
      expect(
        evolveIndependentAuditDocument(commissioned, recorded(STREAM, { type: 'IndependentAuditFindingsReported', data: { learningEvidenced: 'MAYBE' } }, 1)),
      ).toMatchObject({ status: 'REPORTED', learningEvidenced: null, findings: null });
    });
  });

  describe('When commissions are queried', () => {
    it('should list by status and officer with overdue as of a date (CFA-6), and find one by its audit', async () => {
      const store = new MemoryReadStore();
      await store.defineCollection(INDEPENDENT_AUDITS_COLLECTION);
      const histories: Record<string, IndependentAuditCommissionEvent[]> = {
        done: reported,
        open: [events.commissioned(), events.accepted()],
      };
      await store.commit(
        'independentAudits.v1',
        null,
        1n,
        Object.entries(histories).map(([id, h]) => ({
          collection: INDEPENDENT_AUDITS_COLLECTION.name,
          id,
          document: fold(
            evolveIndependentAuditDocument,
            stream(`independentAuditCommission-${id}`, h.map((e) => ({ ...e, data: { ...e.data, commissionId: id } }))),
          ),
        })),
      );
      expect((await listIndependentAudits(store, { auditorId: SQA_OFFICER_ID, asOf: '2025-08-01' })).map((c) => [c.id, c.status, c.overdue])).toEqual([
        ['done', 'REPORTED', false],
        ['open', 'ACCEPTED', true],
      ]);
      expect((await listIndependentAudits(store, { overdueOnly: true, asOf: '2025-07-31' })).map((c) => c.id)).toEqual([]);
      expect((await listIndependentAudits(store, { status: 'REPORTED' })).map((c) => c.id)).toEqual(['done']);
      expect(await findIndependentAuditByAudit(store, AUDIT_ID)).toMatchObject({ id: 'done' });
      expect(await findIndependentAuditByAudit(store, 'other')).toBeNull();
      expect(await getIndependentAudit(store, 'open', { asOf: '2025-07-01' })).toMatchObject({ overdue: false });
    });
  });
});
