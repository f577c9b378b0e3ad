import {
  AUDIT_ID,
  HEAD_OF_SERVICE_ID,
  MODERATED_AT,
  NOW,
  STARTED_AT,
  events,
  keyInformation,
  readyToSubmit,
  submittedAudit,
} from '../testing/case-file-audit.fixtures.js';
import type { CaseFileAuditEvent } from './case-file-audit.events.js';
import { evolve, initialState, type CaseFileAudit } from './case-file-audit.state.js';

const fold = (history: readonly CaseFileAuditEvent[]): CaseFileAudit => history.reduce(evolve, initialState());

describe('Case file audit evolve', () => {
  describe('When nothing is recorded', () => {
    it('should be not scheduled', () => {
      expect(initialState()).toEqual({ status: 'NOT_SCHEDULED' });
    });
  });

  describe('When the audit is scheduled and started', () => {
    it('should hold the schedule and an empty form', () => {
      expect(fold([events.scheduled(), events.started()])).toEqual({
        status: 'IN_PROGRESS',
        auditId: AUDIT_ID,
        azeusNumber: 'AZ-104233',
        auditType: 'MONTHLY',
        auditorId: 'staff-tm-0042',
        dueDate: '2025-06-30',
        teamId: 'team-north-1',
        theme: null,
        scheduledAt: '2025-06-01T09:00:00.000Z',
        startedAt: STARTED_AT,
        penPicture: null,
        keyInformation: null,
        criteria: {},
        familyFeedback: null,
        workerComments: null,
        recommendations: [],
        summary: null,
        escalations: [],
        workerInvolvement: null,
      });
    });
  });

  describe('When the form is filled in', () => {
    it('should keep the latest answer of each criterion', () => {
      const state = fold([
        events.scheduled(),
        events.started(),
        events.criterionGraded(4, 'GOOD'),
        events.criterionGraded(4, 'INADEQUATE', 'Worse than thought'),
        events.criterionMarkedNotApplicable(12, 'Placed in borough'),
      ]);
      expect(state.status === 'IN_PROGRESS' && state.criteria).toEqual({
        4: { status: 'GRADED', criterion: 4, evaluation: 'Worse than thought', grade: 'INADEQUATE', gradedAt: NOW },
        12: { status: 'NOT_APPLICABLE', criterion: 12, reason: 'Placed in borough', markedAt: NOW },
      });
    });

    it('should hold every section', () => {
      const state = fold([
        events.scheduled(),
        events.started(),
        events.keyInformationRecorded(),
        events.familyFeedbackNotSought(),
        events.workerCommentsRecorded('Agreed'),
        events.recommendationAdded('rec-1'),
        events.recommendationAdded('rec-2'),
        events.summaryRecorded(),
        events.inadequacyEscalated(1, 2, 'r'),
      ]);
      expect(state).toMatchObject({
        keyInformation,
        familyFeedback: { status: 'NOT_SOUGHT', anotherManagerShouldSeek: true },
        workerComments: 'Agreed',
        recommendations: [{ recommendationId: 'rec-1' }, { recommendationId: 'rec-2' }],
        summary: { strengths: 'Child seen alone regularly', areasForImprovement: 'Plan not SMART' },
        escalations: [{ escalationId: `${AUDIT_ID}:1`, scope: 'CRITERION', criterion: 2, escalatedAt: NOW }],
      });
    });
  });

  describe('When the audit is submitted', () => {
    it('should hold the overall grade and keep the escalation recorded with the submission (CFA-13)', () => {
      const state = fold([...readyToSubmit(), events.submitted('INADEQUATE', 'Poor'), events.inadequacyEscalated(1, null, 'Poor')]);
      expect(state).toMatchObject({
        status: 'SUBMITTED',
        overallGrade: 'INADEQUATE',
        rationale: 'Poor',
        submittedAt: NOW,
        escalations: [{ scope: 'OVERALL', criterion: null }],
      });
    });

    it('should leave the form as submitted', () => {
      const submitted = fold([...readyToSubmit(), events.submitted()]);
      expect(evolve(submitted, events.criterionGraded(1, 'INADEQUATE'))).toBe(submitted);
    });
  });

  describe('When how the worker took part is recorded (CFA-8)', () => {
    it('should hold the latest record, before and after submission', () => {
      const offered = fold([...readyToSubmit(), events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_OFFERED')]);
      expect(offered).toMatchObject({
        workerInvolvement: { involvement: 'REFLECTIVE_DISCUSSION_OFFERED', date: null, reason: null, recordedAt: NOW },
      });
      const held = fold([
        ...readyToSubmit(),
        events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_OFFERED'),
        events.submitted(),
        events.workerInvolvementRecorded('REFLECTIVE_DISCUSSION_HELD', '2025-06-20'),
      ]);
      expect(held).toMatchObject({
        status: 'SUBMITTED',
        overallGrade: 'GOOD',
        workerInvolvement: { involvement: 'REFLECTIVE_DISCUSSION_HELD', date: '2025-06-20' },
      });
    });
  });

  describe('When the submitted audit is moderated (CFA-9)', () => {
    it('should hold no moderation until a senior manager moderates', () => {
      expect(fold(submittedAudit())).toMatchObject({ status: 'SUBMITTED', moderation: null });
    });

    it("should keep the auditor's grades and hold the moderated ones beside them", () => {
      const state = fold([
        ...submittedAudit(),
        events.moderated(false, 'Plan quality overstated'),
        events.gradeModerated(8, 'GOOD', 'REQUIRES_IMPROVEMENT'),
        events.gradeModerated(null, 'GOOD', 'REQUIRES_IMPROVEMENT'),
      ]);
      expect(state).toMatchObject({
        overallGrade: 'GOOD',
        criteria: { 8: { status: 'GRADED', grade: 'GOOD' } },
        moderation: {
          agreed: false,
          moderatorId: HEAD_OF_SERVICE_ID,
          feedback: 'Plan quality overstated',
          moderatedAt: MODERATED_AT,
          criterionGrades: { 8: 'REQUIRES_IMPROVEMENT' },
          overallGrade: 'REQUIRES_IMPROVEMENT',
          feedbackAcknowledgedAt: null,
        },
      });
    });

    it('should hold when the auditor acknowledged the feedback', () => {
      const state = fold([...submittedAudit(), events.moderated(), events.moderationFeedbackAcknowledged('2025-07-03T09:00:00.000Z')]);
      expect(state).toMatchObject({ moderation: { agreed: true, feedbackAcknowledgedAt: '2025-07-03T09:00:00.000Z' } });
    });

    it('should ignore a moderation of an audit not submitted, without throwing', () => {
      const state = fold(readyToSubmit());
      expect(evolve(state, events.moderated())).toBe(state);
      expect(evolve(state, events.gradeModerated(1, 'GOOD', 'INADEQUATE'))).toBe(state);
    });
  });

  describe('When a recorded event does not fit the state', () => {
    it('should ignore form events before the audit exists, without throwing', () => {
      const state = initialState();
      expect(evolve(state, events.criterionGraded(1))).toBe(state);
      expect(evolve(state, events.started())).toBe(state);
    });

    it('should skip an unknown (newer) event type', () => {
      const state = fold([events.scheduled()]);
      const unknown = { type: 'CaseFileAuditArchived', data: {} } as unknown as CaseFileAuditEvent;
      expect(evolve(state, unknown)).toBe(state);
    });
  });
});
