import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { SUPERVISION_AUDIT_EVENT_TYPES } from '../../libs/domain/src/supervision-audit/index.js';
import {
  COMPLETED_AT,
  HOS_ID,
  NOW,
  SUPERVISION_AUDIT_ID,
  SW_ID,
  TM_ID,
  allAnswered,
  events,
} from '../../libs/domain/src/supervision-audit/supervision-audit.fixtures.js';
import type { SupervisionAuditDocument } from './supervision-audits.document.js';
import { evolveSupervisionAuditDocument as evolve, supervisionAuditsProjection } from './supervision-audits.projection.js';
import { recorded, stream } from './supervision-audits.test-support.js';

const fold = (history: readonly RecordedEvent[], from: SupervisionAuditDocument | null = null) =>
  history.reduce<SupervisionAuditDocument | null>((doc, event) => evolve(doc, event), from);

/** Every event type once, in an order the decider could have recorded them. */
const wholeLife = () =>
  stream([
    events.started('CASE'),
    events.answered('CASE', 'CHILD_SAFE', 'NO', 'No safety plan in place'),
    events.escalated(),
    events.acknowledged(),
    ...allAnswered('CASE').slice(1, -1),
    events.completed(),
    events.findingsReviewed(),
    events.copySent(),
  ]);

describe('supervisionAudits projection', () => {
  it('should be supervisionAudits v3 over supervisionAudits.v3 indexed by auditor, supervisor, supervisee, status, kind and the months its escalation and findings review settled', () => {
    expect(supervisionAuditsProjection.name).toBe('supervisionAudits');
    expect(supervisionAuditsProjection.version).toBe(3);
    expect(supervisionAuditsProjection.collection).toEqual({
      name: 'supervisionAudits.v3',
      indexes: ['auditorId', 'supervisorId', 'superviseeId', 'status', 'kind', 'escalationSettledMonth', 'findingsReviewSettledMonth'],
    });
    expect(new Set(wholeLife().map((e) => e.type))).toEqual(new Set(SUPERVISION_AUDIT_EVENT_TYPES));
  });

  describe('When an event of a supervision audit stream arrives', () => {
    it('should touch the document of that audit, and nothing for another stream', () => {
      const event = recorded(events.completed(), 3);
      expect(supervisionAuditsProjection.documentIds(event)).toEqual([SUPERVISION_AUDIT_ID]);
      expect(supervisionAuditsProjection.documentIds({ ...event, streamId: 'caseFileAudit-1' })).toEqual([]);
    });
  });

  describe('When the audit is started', () => {
    it('should hold who audits whom and the unanswered questions of its kind (SUP-1, SUP-3)', () => {
      const doc = fold(stream([events.started('CASE')]));
      expect(doc).toMatchObject({
        id: SUPERVISION_AUDIT_ID,
        kind: 'CASE',
        auditorId: HOS_ID,
        auditorRole: 'HEAD_OF_SERVICE',
        supervisorId: TM_ID,
        supervisorRole: 'TEAM_MANAGER',
        superviseeId: SW_ID,
        teamId: 'team-north',
        caseFileId: 'case-77',
        azeusNumber: 'AZ-104233',
        auditDate: '2025-06-12',
        status: 'IN_PROGRESS',
        revision: 0,
        escalation: null,
        findingsReview: null,
      });
      expect(doc?.answers).toHaveLength(9);
      expect(doc?.answers.every((a) => a.answer === null)).toBe(true);
      expect(fold(stream([events.started('PROFESSIONAL')]))?.answers).toHaveLength(4);
    });
  });

  describe('When the whole life of an audit is applied', () => {
    it('should show answers, the escalation, completion, the review and the copy to S&QA (SUP-3, SUP-5)', () => {
      const doc = fold(wholeLife());
      expect(doc).toMatchObject({
        status: 'COMPLETED',
        completedAt: COMPLETED_AT,
        revision: wholeLife().length - 1,
        escalation: { headOfServiceId: HOS_ID, escalatedAt: NOW, acknowledgedAt: NOW, acknowledgedBy: HOS_ID },
        findingsReview: { supervisionDate: '2025-06-20', reviewedBy: HOS_ID },
        copySentToSqaAt: NOW,
        copySentToSqaBy: HOS_ID,
      });
      expect(doc?.answers.every((a) => a.answer !== null)).toBe(true);
      expect(doc?.answers.find((a) => a.key === 'CHILD_SAFE')).toMatchObject({ answer: 'NO', comments: 'No safety plan in place' });
      expect(doc?.answers.find((a) => a.key === 'REGULAR_SUPERVISION')).toMatchObject({ numberOfSupervisions: 5 });
      expect(doc?.findingsReview?.agreedActions[0]).toMatchObject({
        ownerId: TM_ID,
        managerId: HOS_ID,
        timescale: '2025-07-20',
        azeusNumber: 'AZ-104233',
        teamId: 'team-north',
        source: { kind: 'SUPERVISION_AUDIT' },
      });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same document as delivering each once', () => {
      const once = fold(wholeLife());
      const twice = wholeLife().flatMap((event) => [event, event]);
      expect(fold(twice)).toEqual(once);
    });

    it('should return the same document for an event at or below its revision', () => {
      const history = wholeLife();
      const doc = fold(history);
      expect(evolve(doc, history[2]!)).toBe(doc);
      expect(evolve(doc, history[history.length - 1]!)).toBe(doc);
    });
  });

  describe('When a second escalation is recorded (SUP-3)', () => {
    it('should keep the first', () => {
      const doc = fold([
        ...stream([events.started(), events.escalated('first')]),
        recorded(events.escalated('second'), 2),
      ]);
      expect(doc?.escalation?.comments).toBe('first');
    });
  });

  describe('When an event arrives before the audit started, or of an unknown type', () => {
    it('should ignore it without throwing', () => {
      expect(evolve(null, recorded(events.completed(), 0))).toBeNull();
      const doc = fold(stream([events.started()]));
      expect(evolve(doc, recorded({ type: 'SupervisionAuditSomethingElse', data: {} }, 1))).toBe(doc);
    });

    it('should skip an answer to a question the form does not have', () => {
      const doc = fold([...stream([events.started()]), recorded(events.answered('CASE', 'NOT_A_QUESTION'), 1)]);
      expect(doc?.answers.every((a) => a.answer === null)).toBe(true);
      expect(doc?.revision).toBe(1);
    });
  });
});

describe('Given an audit applied through the projection (its evolve with the overdue view\'s month indexes)', () => {
  const through = (history: readonly RecordedEvent[]) =>
    history.reduce<SupervisionAuditDocument | null>((doc, event) => supervisionAuditsProjection.evolve(doc, event), null)!;
  const months = (doc: SupervisionAuditDocument) => [doc.escalationSettledMonth, doc.findingsReviewSettledMonth];

  describe('When it has only been started', () => {
    it('should have no clock of either kind (NONE, NONE): nothing escalated, no review owed before completion', () => {
      expect(months(through(stream([events.started('CASE')])))).toEqual(['NONE', 'NONE']);
    });
  });

  describe('When the child was found not safe and the Head of Service has not acknowledged it (SUP-3)', () => {
    it('should leave the escalation OPEN', () => {
      expect(months(through(stream([events.started('CASE'), events.answered('CASE', 'CHILD_SAFE', 'NO', 'No plan'), events.escalated()])))).toEqual(['OPEN', 'NONE']);
    });
  });

  describe('When the escalation is acknowledged and the audit completed, its findings not yet reviewed (SUP-3, SUP-5)', () => {
    it('should settle the escalation in the month acknowledged and leave the findings review OPEN', () => {
      const doc = through(stream([events.started('CASE'), events.answered('CASE', 'CHILD_SAFE', 'NO', 'No plan'), events.escalated(), events.acknowledged(), events.completed()]));
      expect(months(doc)).toEqual(['2025-06', 'OPEN']);
    });
  });

  describe('When the findings are reviewed (SUP-5)', () => {
    it('should settle the findings review in the UTC month it was recorded', () => {
      const doc = through(wholeLife());
      expect(doc.findingsReview).not.toBeNull();
      expect(doc.findingsReviewSettledMonth).toBe(new Date(doc.findingsReview!.recordedAt).toISOString().slice(0, 7));
      expect(doc.findingsReviewSettledMonth).toMatch(/^\d{4}-\d{2}$/);
    });
  });
});
