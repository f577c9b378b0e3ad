import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { COMPLIANCE_AUDIT_EVENT_TYPES, type ComplianceAuditEvent } from '../../libs/domain/src/index.js';
import { COMPLIANCE_AUDIT_ID, NOW, SW_ID, TM_ID, events } from '../../libs/domain/src/compliance-audit/compliance-audit.fixtures.js';
import { fold, recorded, stream } from '../staff/people.test-support.js';
import type { ComplianceAuditDocument } from './compliance-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION, complianceAuditsProjection, evolveComplianceAuditDocument } from './compliance-audits.projection.js';
import {
  complianceQuotaForSupervisee,
  getComplianceAudit,
  listComplianceAuditsByAuditor,
  listComplianceAuditsByCase,
  listComplianceAuditsBySupervisee,
} from './compliance-audits.queries.js';

const STREAM = `complianceAudit-${COMPLIANCE_AUDIT_ID}`;
const NOT_MET = ['RELIGION', 'UP_TO_DATE_CHRONOLOGY'] as const;
const history: ComplianceAuditEvent[] = [
  events.started(),
  ...events.checklist(NOT_MET),
  events.caseNoted(),
  events.completed(NOT_MET, ['md-1', 'md-2']),
  events.reviewed(
    [
      { actionId: 'md-1', completed: false, comment: 'Half done' },
      { actionId: 'md-2', completed: true, comment: null },
    ],
    false,
  ),
  events.reviewed([{ actionId: 'md-1', completed: true, comment: null }], true, '2025-07-18', '2025-07-18T10:00:00.000Z'),
];

describe('complianceAudits projection (CFA-4, CFA-5)', () => {
  it('should be complianceAudits v2, handling every compliance audit event, keyed by the audit id', () => {
    expect(complianceAuditsProjection).toMatchObject({ name: 'complianceAudits', version: 2, collection: { name: 'complianceAudits.v2' } });
    expect([...complianceAuditsProjection.handles].sort()).toEqual([...COMPLIANCE_AUDIT_EVENT_TYPES].sort());
    expect(complianceAuditsProjection.documentIds(recorded(STREAM, history[0]!, 0))).toEqual([COMPLIANCE_AUDIT_ID]);
    expect(complianceAuditsProjection.documentIds(recorded('caseFileAudit-x', history[0]!, 0))).toEqual([]);
  });

  describe('When an audit is started and half its checklist answered', () => {
    it('should show seven rows, the unanswered ones as such, and the case note required where an item is not met (CFA-5)', () => {
      const document = fold(evolveComplianceAuditDocument, stream(STREAM, [events.started(), events.checked('RELIGION', false, 'Not recorded'), events.checked('ETHNICITY', true)]))!;
      expect(document).toMatchObject({
        superviseeId: SW_ID,
        auditorId: TM_ID,
        supervisionDate: '2025-06-20',
        status: 'IN_PROGRESS',
        itemsNotMet: ['RELIGION'],
        caseNoteState: 'REQUIRED',
        actionsState: 'NONE',
      });
      expect(document.checks.map((c) => [c.label, c.status])).toEqual([
        ['Religion', 'NOT_MET'],
        ['Ethnicity', 'MET'],
        ['Up to date Chronology', 'UNANSWERED'],
        ['Assessment in time', 'UNANSWERED'],
        ['Up to date Plan', 'UNANSWERED'],
        ['Visit in time', 'UNANSWERED'],
        ['Supervision in time', 'UNANSWERED'],
      ]);
    });
  });

  describe('When an audit is completed with a case note and its actions reviewed in two supervisions', () => {
    it('should hold the case note, each action with its reviews, and every action completed (CFA-5)', () => {
      const document = fold(evolveComplianceAuditDocument, stream(STREAM, history))!;
      expect(document).toMatchObject({
        status: 'COMPLETED',
        completedOn: '2025-06-12',
        completedAt: NOW,
        caseNoteState: 'RECORDED',
        actionsState: 'ALL_COMPLETED',
        itemsNotMet: ['RELIGION', 'UP_TO_DATE_CHRONOLOGY'],
        revision: history.length - 1,
      });
      expect(document.caseNote).toMatchObject({ caseNoteReference: 'AZ-104233/CN/5521' });
      expect(document.caseNote!.actions.map((a) => [a.actionId, a.status, a.reviews.map((r) => [r.supervisionDate, r.completed])])).toEqual([
        ['md-1', 'COMPLETED', [['2025-06-20', false], ['2025-07-18', true]]],
        ['md-2', 'COMPLETED', [['2025-06-20', true]]],
      ]);
      const afterFirstReview = fold(evolveComplianceAuditDocument, stream(STREAM, history.slice(0, -1)))!;
      expect(afterFirstReview.actionsState).toBe('OPEN');
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once', () => {
      const recordedHistory = stream(STREAM, history);
      const once = fold(evolveComplianceAuditDocument, recordedHistory);
      const twice = recordedHistory.reduce<ComplianceAuditDocument | null>(
        (d, e) => evolveComplianceAuditDocument(evolveComplianceAuditDocument(d, e), e),
        null,
      );
      expect(twice).toEqual(once);
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw, and keep what it knows', () => {
      const started = fold(evolveComplianceAuditDocument, stream(STREAM, [events.started()]))!;
      expect(evolveComplianceAuditDocument(null, recorded(STREAM, { type: 'ComplianceAuditStarted', data: {} }, 0))).toBeNull();
      expect(evolveComplianceAuditDocument(null, recorded(STREAM, { type: 'ComplianceCheckRecorded', data: {} }, 1))).toBeNull();
      expect(evolveComplianceAuditDocument(started, recorded(STREAM, { type: 'ComplianceCheckRecorded', data: { item: 'HEALTH', met: true } }, 1))).toMatchObject({
        revision: 1,
        itemsNotMet: [],
      });
      expect(evolveComplianceAuditDocument(started, recorded(STREAM, { type: 'ManagementDirectionCaseNoteRecorded', data: 'garbage' }, 2))).toMatchObject({
        caseNoteState: 'RECORDED',
        actionsState: 'NONE',
      });
    });
  });

  describe('When compliance audits are queried', () => {
    async function storeWith(audits: Record<string, ComplianceAuditEvent[]>): Promise<MemoryReadStore> {
      const store = new MemoryReadStore();
      await store.defineCollection(COMPLIANCE_AUDITS_COLLECTION);
      await store.commit(
        'complianceAudits.v2',
        null,
        1n,
        Object.entries(audits).map(([id, h]) => ({
          collection: COMPLIANCE_AUDITS_COLLECTION.name,
          id,
          document: fold(evolveComplianceAuditDocument, stream(`complianceAudit-${id}`, h.map((e) => withId(e, id)))),
        })),
      );
      return store;
    }
    const completedOn = (day: string) => events.completed([], [], `${day}T10:00:00.000Z`);

    it('should list by supervisee, auditor and case, with overdue as of the query (CFA-6)', async () => {
      const store = await storeWith({
        a1: [events.started(), ...events.checklist(), completedOn('2025-06-13')],
        a2: [events.started({ supervisionDate: '2025-06-18', azeusNumber: 'AZ-2' })],
        a3: [events.started({ superviseeId: 'staff-sw-0400', auditorId: 'staff-ap-0042' })],
      });
      expect((await listComplianceAuditsBySupervisee(store, SW_ID, { asOf: '2025-06-19' })).map((a) => [a.id, a.overdue])).toEqual([
        ['a2', true],
        ['a1', false],
      ]);
      expect((await listComplianceAuditsByAuditor(store, TM_ID, { status: 'COMPLETED' })).map((a) => a.id)).toEqual(['a1']);
      expect((await listComplianceAuditsByCase(store, 'AZ-2')).map((a) => a.id)).toEqual(['a2']);
      expect(await getComplianceAudit(store, 'a3', { asOf: '2025-06-20' })).toMatchObject({ superviseeId: 'staff-sw-0400', overdue: false });
      expect(await getComplianceAudit(store, 'nope')).toBeNull();
    });

    it('should say how many are still owed before the supervisee\'s upcoming supervision (CFA-4)', async () => {
      const store = await storeWith({
        old: [events.started(), ...events.checklist(), completedOn('2025-05-19')],
        done: [events.started(), ...events.checklist(), completedOn('2025-06-13')],
        doing: [events.started()],
      });
      expect(await complianceQuotaForSupervisee(store, SW_ID, { upcomingSupervisionDate: '2025-06-20', previousSupervisionDate: '2025-05-20' })).toEqual({
        superviseeId: SW_ID,
        upcomingSupervisionDate: '2025-06-20',
        previousSupervisionDate: '2025-05-20',
        required: 2,
        counted: ['done'],
        owed: 1,
        met: false,
        inProgress: ['doing'],
      });
    });
  });
});

function withId(event: ComplianceAuditEvent, complianceAuditId: string): ComplianceAuditEvent {
  return { ...event, data: { ...event.data, complianceAuditId } } as ComplianceAuditEvent;
}
