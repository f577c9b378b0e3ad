import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { auditGradesProjection, evolveAuditGradesDocument as evolve } from './audit-grades.projection.js';
import type { AuditGradesDocument } from './learning-themes.document.js';
import { allGraded, auditStream, recordedOn } from './learning-themes.test-support.js';

const fold = (history: readonly RecordedEvent[]) => history.reduce<AuditGradesDocument | null>((doc, event) => evolve(doc, event), null);

const moderatedAudit = () =>
  auditStream({
    auditId: 'audit-1',
    teamId: 'team-a',
    grades: { ...allGraded('GOOD'), 3: 'REQUIRES_IMPROVEMENT', 16: 'INADEQUATE' },
    overall: 'REQUIRES_IMPROVEMENT',
    submittedAt: '2026-03-10T09:00:00.000Z',
    moderation: { at: '2026-04-02T10:00:00.000Z', changes: [[3, 'GOOD'], [null, 'INADEQUATE']] },
  });

describe('learningThemeAuditGrades projection (REP-2, CFA-9)', () => {
  it('should be learningThemeAuditGrades v1, indexed by status, month of submission and team', () => {
    expect(auditGradesProjection.name).toBe('learningThemeAuditGrades');
    expect(auditGradesProjection.collection).toEqual({ name: 'learningThemeAuditGrades.v1', indexes: ['status', 'submittedMonth', 'teamId'] });
  });

  describe('When an event of a case file audit stream arrives', () => {
    it('should touch the document of that audit, and nothing for another stream', () => {
      const [scheduled] = moderatedAudit();
      expect(auditGradesProjection.documentIds(scheduled!)).toEqual(['audit-1']);
      expect(auditGradesProjection.documentIds({ ...scheduled!, streamId: 'learningInput-1' })).toEqual([]);
    });
  });

  describe('When an audit is submitted and moderated', () => {
    it('should hold each criterion grade as the auditor gave it and as moderation left it (REP-2, CFA-9)', () => {
      const document = fold(moderatedAudit())!;
      expect(document).toMatchObject({
        id: 'audit-1',
        auditType: 'MONTHLY',
        teamId: 'team-a',
        status: 'SUBMITTED',
        overallGrade: 'REQUIRES_IMPROVEMENT',
        moderatedOverallGrade: 'INADEQUATE',
        submittedOn: '2026-03-10',
        submittedMonth: '2026-03',
        moderatedOn: '2026-04-02',
      });
      expect(document.criteria).toHaveLength(16);
      expect(document.criteria[2]).toEqual({ criterion: 3, grade: 'REQUIRES_IMPROVEMENT', moderatedGrade: 'GOOD' });
      expect(document.criteria[15]).toEqual({ criterion: 16, grade: 'INADEQUATE', moderatedGrade: null });
    });

    it('should leave out a criterion marked not applicable, and keep the last grade given before submission', () => {
      const history = auditStream({ auditId: 'audit-2', grades: { 1: 'GOOD', 2: 'GOOD' }, overall: 'GOOD', submittedAt: '2026-03-11T09:00:00.000Z' });
      const submittedAt = history.findIndex((e) => e.type === 'CaseFileAuditSubmitted');
      const regrade = recordedOn(history[0]!.streamId, 'CaseFileAuditCriterionGraded', { criterion: 2, grade: 'OUTSTANDING' }, 99);
      const before = [...history.slice(0, submittedAt).map((e, i) => ({ ...e, revision: i }))];
      const document = fold([...before, { ...regrade, revision: before.length }, { ...history[submittedAt]!, revision: before.length + 1 }])!;
      expect(document.criteria).toEqual([
        { criterion: 1, grade: 'GOOD', moderatedGrade: null },
        { criterion: 2, grade: 'OUTSTANDING', moderatedGrade: null },
      ]);
    });

    it('should not change a grade recorded after submission (the form is frozen, CFA-12)', () => {
      const history = moderatedAudit();
      const late = recordedOn(history[0]!.streamId, 'CaseFileAuditCriterionGraded', { criterion: 1, grade: 'INADEQUATE' }, history.length);
      expect(fold([...history, late])!.criteria[0]).toEqual({ criterion: 1, grade: 'GOOD', moderatedGrade: null });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same document as delivered once', () => {
      const history = moderatedAudit();
      expect(fold(history.flatMap((e) => [e, e]))).toEqual(fold(history));
    });
  });

  describe('When an event cannot be read', () => {
    it('should not throw, and count nothing before the audit is scheduled', () => {
      const history = moderatedAudit();
      expect(evolve(null, history[2]!)).toBeNull();
      expect(() => fold([history[0]!, { ...history[2]!, data: { criterion: 'x', grade: 7 } }])).not.toThrow();
    });
  });
});
