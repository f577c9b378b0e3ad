import type { Role } from '../shared/decider.js';
import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AUDITOR_ID,
  AUDIT_ID,
  HEAD_OF_SERVICE_ID,
  MODERATED_AT,
  events,
  metadata,
  readyToSubmit,
  submittedAudit,
} from '../testing/case-file-audit.fixtures.js';
import type { CaseFileAuditCommand, ModeratedCriterionGradeInput, ModeratedGradeInput } from './case-file-audit.commands.js';
import { caseFileAuditDecider } from './case-file-audit.decide.js';

const spec = DeciderSpecification.for(caseFileAuditDecider);

const FEEDBACK = 'A thorough audit; grades well evidenced.';

const moderate = (
  changes: {
    agreed?: boolean;
    feedback?: string;
    criterionGrades?: ModeratedCriterionGradeInput[] | null;
    overallGrade?: ModeratedGradeInput | null;
  } = {},
  actor: { staffId?: string; role?: Role } = {},
) =>
  ({
    type: 'ModerateCaseFileAudit',
    data: {
      auditId: AUDIT_ID,
      agreed: changes.agreed ?? true,
      feedback: changes.feedback ?? FEEDBACK,
      criterionGrades: changes.criterionGrades ?? null,
      overallGrade: changes.overallGrade ?? null,
    },
    metadata: metadata({ staffId: actor.staffId ?? HEAD_OF_SERVICE_ID, role: actor.role ?? 'HEAD_OF_SERVICE', now: MODERATED_AT }),
  }) satisfies CaseFileAuditCommand;

const acknowledge = (staffId = AUDITOR_ID) =>
  ({
    type: 'AcknowledgeModerationFeedback',
    data: { auditId: AUDIT_ID },
    metadata: metadata({ staffId, now: '2025-07-03T09:00:00.000Z' }),
  }) satisfies CaseFileAuditCommand;

const REASON = 'Evidence does not support the grade';

describe('Case file audit: moderation (CFA-9)', () => {
  describe('When no audit has been scheduled', () => {
    it.each([
      ['ModerateCaseFileAudit', moderate()],
      ['AcknowledgeModerationFeedback', acknowledge()],
    ])('should answer %s with not found', (_name, command) => {
      spec.given([]).when(command).thenThrows('CASE_FILE_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND' });
    });
  });

  describe('When the audit is not yet submitted', () => {
    it('should refuse to moderate it', () => {
      spec.given(readyToSubmit()).when(moderate()).thenThrows('CASE_FILE_AUDIT.NOT_SUBMITTED', { kind: 'CONFLICT', rule: 'CFA-9' });
    });
  });

  describe('When a submitted audit is moderated', () => {
    const given = () => spec.given(submittedAudit());

    it.each(['HEAD_OF_SERVICE', 'CHIEF_OFFICER', 'DIRECTOR'] as const)('should let a %s agree with it, with feedback', (role) => {
      given()
        .when(moderate({}, { role }))
        .then([{ ...events.moderated(true, FEEDBACK), data: { ...events.moderated(true, FEEDBACK).data, moderatorRole: role } }]);
    });

    it.each(['TEAM_MANAGER', 'ADVANCED_PRACTITIONER', 'SOCIAL_WORKER', 'SQA_MANAGER', 'IRO'] as const)(
      'should forbid a %s to moderate, naming the rule',
      (role) => {
        given()
          .when(moderate({}, { staffId: 'staff-other-0001', role }))
          .thenThrows('CASE_FILE_AUDIT.NOT_A_SENIOR_MANAGER', { kind: 'FORBIDDEN', rule: 'CFA-9', message: /senior manager/ });
      },
    );

    it('should forbid the auditor to moderate their own audit, even as a senior manager', () => {
      given()
        .when(moderate({}, { staffId: AUDITOR_ID, role: 'HEAD_OF_SERVICE' }))
        .thenThrows('CASE_FILE_AUDIT.OWN_AUDIT', { kind: 'FORBIDDEN', rule: 'CFA-9' });
    });

    it('should record changed grades beside the moderation, criteria in order and the overall grade last', () => {
      given()
        .when(
          moderate({
            agreed: false,
            feedback: 'Plans are not SMART; criterion 8 and the overall grade overstate the practice.',
            criterionGrades: [
              { criterion: 8, grade: 'REQUIRES_IMPROVEMENT', reason: 'Plan has no measurable outcomes' },
              { criterion: 3, grade: 'OUTSTANDING', reason: 'Exceptional direct work' },
            ],
            overallGrade: { grade: 'REQUIRES_IMPROVEMENT', reason: 'Inconsistent across the audit' },
          }),
        )
        .then([
          events.moderated(false, 'Plans are not SMART; criterion 8 and the overall grade overstate the practice.'),
          events.gradeModerated(3, 'GOOD', 'OUTSTANDING', 'Exceptional direct work'),
          events.gradeModerated(8, 'GOOD', 'REQUIRES_IMPROVEMENT', 'Plan has no measurable outcomes'),
          events.gradeModerated(null, 'GOOD', 'REQUIRES_IMPROVEMENT', 'Inconsistent across the audit'),
        ]);
    });

    it('should escalate each grade moderated to Inadequate at once, naming the moderator (CFA-13)', () => {
      given()
        .when(
          moderate({
            agreed: false,
            criterionGrades: [{ criterion: 2, grade: 'INADEQUATE', reason: 'Risk not reassessed after the incident' }],
            overallGrade: { grade: 'INADEQUATE', reason: 'Child left at risk' },
          }),
        )
        .then([
          events.moderated(false, FEEDBACK),
          events.gradeModerated(2, 'GOOD', 'INADEQUATE', 'Risk not reassessed after the incident'),
          events.gradeModerated(null, 'GOOD', 'INADEQUATE', 'Child left at risk'),
          events.inadequacyEscalated(1, 2, 'Risk not reassessed after the incident', MODERATED_AT, HEAD_OF_SERVICE_ID),
          events.inadequacyEscalated(2, null, 'Child left at risk', MODERATED_AT, HEAD_OF_SERVICE_ID),
        ]);
    });

    it("should number a moderator's escalation after the auditor's (CFA-13)", () => {
      spec
        .given([
          ...readyToSubmit(),
          events.criterionGraded(5, 'INADEQUATE', 'No assessment'),
          events.inadequacyEscalated(1, 5, 'No assessment'),
          events.submitted('REQUIRES_IMPROVEMENT', 'Mixed'),
        ])
        .when(moderate({ agreed: false, overallGrade: { grade: 'INADEQUATE', reason: 'Child left at risk' } }))
        .then([
          events.moderated(false, FEEDBACK),
          events.gradeModerated(null, 'REQUIRES_IMPROVEMENT', 'INADEQUATE', 'Child left at risk'),
          events.inadequacyEscalated(2, null, 'Child left at risk', MODERATED_AT, HEAD_OF_SERVICE_ID),
        ]);
    });

    it('should not escalate a grade moderated away from Inadequate', () => {
      spec
        .given([
          ...readyToSubmit(),
          events.criterionGraded(5, 'INADEQUATE', 'No assessment'),
          events.inadequacyEscalated(1, 5, 'No assessment'),
          events.submitted(),
        ])
        .when(moderate({ agreed: false, criterionGrades: [{ criterion: 5, grade: 'REQUIRES_IMPROVEMENT', reason: 'Assessment late, not absent' }] }))
        .then([events.moderated(false, FEEDBACK), events.gradeModerated(5, 'INADEQUATE', 'REQUIRES_IMPROVEMENT', 'Assessment late, not absent')]);
    });

    it('should refuse without feedback to the auditor', () => {
      given().when(moderate({ feedback: '  ' })).thenThrows('CASE_FILE_AUDIT.MODERATION_FEEDBACK_REQUIRED', {
        kind: 'BAD_USER_INPUT',
        field: 'feedback',
        rule: 'CFA-9',
      });
    });

    it('should refuse to agree and change grades at once', () => {
      given()
        .when(moderate({ agreed: true, overallGrade: { grade: 'OUTSTANDING', reason: 'Exceptional' } }))
        .thenThrows('CASE_FILE_AUDIT.AGREED_WITH_CHANGES', { kind: 'BAD_USER_INPUT', field: 'agreed', rule: 'CFA-9' });
    });

    it('should refuse to disagree without changing a grade', () => {
      given().when(moderate({ agreed: false, criterionGrades: [] })).thenThrows('CASE_FILE_AUDIT.MODERATION_CHANGES_REQUIRED', {
        kind: 'BAD_USER_INPUT',
        rule: 'CFA-9',
      });
    });

    it('should refuse a changed grade without a reason', () => {
      given()
        .when(moderate({ agreed: false, criterionGrades: [{ criterion: 4, grade: 'INADEQUATE', reason: ' ' }] }))
        .thenThrows('CASE_FILE_AUDIT.REASON_REQUIRED', { kind: 'BAD_USER_INPUT', field: 'criterionGrades', rule: 'CFA-9' });
      given()
        .when(moderate({ agreed: false, overallGrade: { grade: 'INADEQUATE', reason: '' } }))
        .thenThrows('CASE_FILE_AUDIT.REASON_REQUIRED', { kind: 'BAD_USER_INPUT', field: 'overallGrade', rule: 'CFA-9' });
    });

    it('should refuse a "change" to the grade already given', () => {
      given()
        .when(moderate({ agreed: false, criterionGrades: [{ criterion: 4, grade: 'GOOD', reason: REASON }] }))
        .thenThrows('CASE_FILE_AUDIT.GRADE_UNCHANGED', { field: 'criterionGrades', rule: 'CFA-9' });
    });

    it('should refuse the same criterion changed twice', () => {
      given()
        .when(
          moderate({
            agreed: false,
            criterionGrades: [
              { criterion: 4, grade: 'INADEQUATE', reason: REASON },
              { criterion: 4, grade: 'REQUIRES_IMPROVEMENT', reason: REASON },
            ],
          }),
        )
        .thenThrows('CASE_FILE_AUDIT.CRITERION_MODERATED_TWICE', { field: 'criterionGrades' });
    });

    it('should refuse to grade a criterion marked not applicable', () => {
      spec
        .given([...readyToSubmit(), events.criterionMarkedNotApplicable(12), events.submitted()])
        .when(moderate({ agreed: false, criterionGrades: [{ criterion: 12, grade: 'GOOD', reason: REASON }] }))
        .thenThrows('CASE_FILE_AUDIT.CRITERION_NOT_GRADED', { field: 'criterionGrades', rule: 'CFA-9' });
    });

    it.each([
      [{ criterion: 17, grade: 'GOOD', reason: REASON }, 'CASE_FILE_AUDIT.CRITERION_OUT_OF_RANGE'],
      [{ criterion: 4, grade: 'FAIR', reason: REASON }, 'CASE_FILE_AUDIT.GRADE_UNKNOWN'],
    ])('should refuse the change %j', (change, code) => {
      given().when(moderate({ agreed: false, criterionGrades: [change] })).thenThrows(code, { kind: 'BAD_USER_INPUT' });
    });
  });

  describe('When the audit has been moderated', () => {
    const given = () => spec.given([...submittedAudit(), events.moderated()]);

    it('should refuse a second moderation as a conflict (one moderation per audit)', () => {
      given()
        .when(moderate({}, { staffId: 'staff-dir-0001', role: 'DIRECTOR' }))
        .thenThrows('CASE_FILE_AUDIT.ALREADY_MODERATED', { kind: 'CONFLICT', rule: 'CFA-9' });
    });

    it('should let the auditor acknowledge the feedback', () => {
      given().when(acknowledge()).then([events.moderationFeedbackAcknowledged('2025-07-03T09:00:00.000Z')]);
    });

    it('should change nothing when the feedback is acknowledged again', () => {
      spec
        .given([...submittedAudit(), events.moderated(), events.moderationFeedbackAcknowledged()])
        .when(acknowledge())
        .thenNothingHappens();
    });

    it('should forbid anyone but the auditor to acknowledge the feedback', () => {
      given().when(acknowledge(HEAD_OF_SERVICE_ID)).thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
    });

    it('should still refuse changes to the form', () => {
      given()
        .when({
          type: 'GradeCriterion',
          data: { auditId: AUDIT_ID, criterion: 1, evaluation: 'x', grade: 'INADEQUATE' },
          metadata: metadata(),
        })
        .thenThrows('CASE_FILE_AUDIT.ALREADY_SUBMITTED', { kind: 'CONFLICT' });
    });
  });

  describe('When the audit is submitted but not moderated', () => {
    it('should refuse to acknowledge feedback that has not been given', () => {
      spec.given(submittedAudit()).when(acknowledge()).thenThrows('CASE_FILE_AUDIT.NOT_MODERATED', { kind: 'CONFLICT', rule: 'CFA-9' });
    });
  });
});
