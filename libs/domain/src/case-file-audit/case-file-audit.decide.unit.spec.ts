import { DeciderSpecification } from '../testing/decider-specification.js';
import {
  AUDIT_ID,
  AUDITOR_ID,
  AZEUS_NUMBER,
  DUE_DATE,
  NOW,
  PEN_PICTURE,
  SOCIAL_WORKER_ID,
  TEAM_ID,
  events,
  familyAnswers,
  keyInformation,
  metadata,
  readyToSubmit,
  startedWithKeyInformation,
} from '../testing/case-file-audit.fixtures.js';
import type { CaseFileAuditCommand } from './case-file-audit.commands.js';
import { caseFileAuditDecider } from './case-file-audit.decide.js';
import { CRITERION_NUMBERS } from './case-file-audit.values.js';

const spec = DeciderSpecification.for(caseFileAuditDecider);

const OTHER_STAFF = 'staff-ap-0099';

const schedule = (data: Partial<Extract<CaseFileAuditCommand, { type: 'ScheduleCaseFileAudit' }>['data']> = {}) =>
  ({
    type: 'ScheduleCaseFileAudit',
    data: {
      auditId: AUDIT_ID,
      azeusNumber: AZEUS_NUMBER,
      auditType: 'MONTHLY',
      auditorId: AUDITOR_ID,
      dueDate: DUE_DATE,
      teamId: TEAM_ID,
      ...data,
    },
    metadata: metadata({ staffId: 'staff-sqa-0001', role: 'SQA_OFFICER', now: '2025-06-01T09:00:00.000Z' }),
  }) satisfies CaseFileAuditCommand;

const start = (staffId = AUDITOR_ID) =>
  ({ type: 'StartCaseFileAudit', data: { auditId: AUDIT_ID }, metadata: metadata({ staffId }) }) satisfies CaseFileAuditCommand;

const recordKeyInformation = (info: Record<string, unknown> = {}, penPicture = PEN_PICTURE, staffId = AUDITOR_ID) =>
  ({
    type: 'RecordKeyInformation',
    data: { auditId: AUDIT_ID, penPicture, keyInformation: { ...keyInformation, ...info } as typeof keyInformation },
    metadata: metadata({ staffId }),
  }) satisfies CaseFileAuditCommand;

const grade = (criterion: number, gradeValue = 'GOOD', evaluation = `Evidence for criterion ${criterion}`, staffId = AUDITOR_ID) =>
  ({
    type: 'GradeCriterion',
    data: { auditId: AUDIT_ID, criterion, evaluation, grade: gradeValue },
    metadata: metadata({ staffId }),
  }) satisfies CaseFileAuditCommand;

const markNotApplicable = (criterion: number, reason = 'Does not apply to this child') =>
  ({
    type: 'MarkCriterionNotApplicable',
    data: { auditId: AUDIT_ID, criterion, reason },
    metadata: metadata(),
  }) satisfies CaseFileAuditCommand;

const recordFamilyFeedback = (answers = familyAnswers, givenBy = 'Mother') =>
  ({
    type: 'RecordFamilyFeedback',
    data: { auditId: AUDIT_ID, answers, givenBy },
    metadata: metadata(),
  }) satisfies CaseFileAuditCommand;

const recordFeedbackNotSought = (reason = 'Family declined contact during court proceedings', anotherManagerShouldSeek = true) =>
  ({
    type: 'RecordFamilyFeedbackNotSought',
    data: { auditId: AUDIT_ID, reason, anotherManagerShouldSeek },
    metadata: metadata(),
  }) satisfies CaseFileAuditCommand;

const recordWorkerComments = (comments = 'Agree with the findings; plan to be updated.', staffId = AUDITOR_ID) =>
  ({
    type: 'RecordWorkerComments',
    data: { auditId: AUDIT_ID, comments },
    metadata: metadata({ staffId, role: staffId === SOCIAL_WORKER_ID ? 'SOCIAL_WORKER' : 'TEAM_MANAGER' }),
  }) satisfies CaseFileAuditCommand;

const addRecommendation = (overrides: Record<string, string> = {}) =>
  ({
    type: 'AddRecommendation',
    data: {
      auditId: AUDIT_ID,
      recommendationId: 'rec-1',
      action: 'Update the CP plan with measurable outcomes',
      completionDate: '2025-07-15',
      responsible: 'Hannah Lewis (SW)',
      ...overrides,
    },
    metadata: metadata(),
  }) satisfies CaseFileAuditCommand;

const recordSummary = (strengths = 'Child seen alone regularly', areasForImprovement = 'Plan not SMART') =>
  ({
    type: 'RecordSummary',
    data: { auditId: AUDIT_ID, strengths, areasForImprovement },
    metadata: metadata(),
  }) satisfies CaseFileAuditCommand;

const submit = (overallGrade = 'GOOD', rationale = 'Good practice throughout', staffId = AUDITOR_ID) =>
  ({
    type: 'SubmitCaseFileAudit',
    data: { auditId: AUDIT_ID, overallGrade, rationale },
    metadata: metadata({ staffId }),
  }) satisfies CaseFileAuditCommand;

describe('Case file audit decider', () => {
  describe('When no audit has been scheduled', () => {
    it('should schedule one with its case, type, auditor and due date (CFA-6)', () => {
      spec.given([]).when(schedule()).then([events.scheduled()]);
    });

    it('should schedule a thematic audit with its theme', () => {
      spec
        .given([])
        .when(schedule({ auditType: 'THEMATIC', theme: ' Neglect ', teamId: null }))
        .then([events.scheduled({ auditType: 'THEMATIC', theme: 'Neglect', teamId: null })]);
    });

    it('should refuse a thematic audit without a theme', () => {
      spec.given([]).when(schedule({ auditType: 'THEMATIC' })).thenThrows('CASE_FILE_AUDIT.THEME_REQUIRED', {
        kind: 'BAD_USER_INPUT',
        field: 'theme',
      });
    });

    it('should refuse an unknown audit type', () => {
      spec.given([]).when(schedule({ auditType: 'WEEKLY' })).thenThrows('CASE_FILE_AUDIT.AUDIT_TYPE_UNKNOWN', {
        kind: 'BAD_USER_INPUT',
        field: 'auditType',
      });
    });

    it.each(['2025-6-30', '2025-02-30', '30/06/2025', ''])('should refuse the due date %p (CFA-6)', (dueDate) => {
      spec.given([]).when(schedule({ dueDate })).thenThrows('CASE_FILE_AUDIT.INVALID_DATE', {
        kind: 'BAD_USER_INPUT',
        field: 'dueDate',
        rule: 'CFA-6',
      });
    });

    it.each(['azeusNumber', 'auditorId'] as const)('should refuse an empty %s', (field) => {
      spec.given([]).when(schedule({ [field]: '  ' })).thenThrows('CASE_FILE_AUDIT.FIELD_REQUIRED', {
        kind: 'BAD_USER_INPUT',
        field,
      });
    });

    it.each([
      ['StartCaseFileAudit', start()],
      ['RecordKeyInformation', recordKeyInformation()],
      ['GradeCriterion', grade(1)],
      ['MarkCriterionNotApplicable', markNotApplicable(12)],
      ['RecordFamilyFeedback', recordFamilyFeedback()],
      ['RecordFamilyFeedbackNotSought', recordFeedbackNotSought()],
      ['RecordWorkerComments', recordWorkerComments()],
      ['AddRecommendation', addRecommendation()],
      ['RecordSummary', recordSummary()],
      ['SubmitCaseFileAudit', submit()],
    ])('should answer %s with not found', (_name, command) => {
      spec.given([]).when(command).thenThrows('CASE_FILE_AUDIT.NOT_FOUND', { kind: 'NOT_FOUND', field: 'auditId' });
    });
  });

  describe('When the audit is scheduled', () => {
    const given = () => spec.given([events.scheduled()]);

    it('should refuse to schedule it again', () => {
      given().when(schedule()).thenThrows('CASE_FILE_AUDIT.ALREADY_SCHEDULED', { kind: 'CONFLICT' });
    });

    it('should let the auditor start it', () => {
      given().when(start()).then([events.started(NOW)]);
    });

    it('should forbid anyone but the auditor to start it', () => {
      given().when(start(OTHER_STAFF)).thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
    });

    it('should refuse to fill in the form before it is started', () => {
      given().when(grade(1)).thenThrows('CASE_FILE_AUDIT.NOT_STARTED', { kind: 'CONFLICT' });
    });

    it('should refuse to submit before it is started', () => {
      given().when(submit()).thenThrows('CASE_FILE_AUDIT.NOT_STARTED', { kind: 'CONFLICT' });
    });
  });

  describe('When the audit is in progress', () => {
    const given = (more: Parameters<typeof spec.given>[0] = []) =>
      spec.given([events.scheduled(), events.started(), ...(Array.isArray(more) ? more : [more])]);

    it('should refuse to start it again', () => {
      given().when(start()).thenThrows('CASE_FILE_AUDIT.ALREADY_STARTED', { kind: 'CONFLICT' });
    });

    describe('and section 1 is recorded (CFA-12)', () => {
      it('should record the pen picture and every key information field', () => {
        given().when(recordKeyInformation()).then([events.keyInformationRecorded()]);
      });

      it('should record it again to amend it before submission', () => {
        const amended = { ...keyInformation, planInTime: true, gapsInEssentialInformation: null };
        given([events.keyInformationRecorded()])
          .when(recordKeyInformation({ planInTime: true, gapsInEssentialInformation: '  ' }))
          .then([events.keyInformationRecorded(amended)]);
      });

      it('should require where the child lives when living out of borough', () => {
        given()
          .when(recordKeyInformation({ livingOutOfBorough: true, outOfBoroughLocation: '' }))
          .thenThrows('CASE_FILE_AUDIT.OUT_OF_BOROUGH_LOCATION_REQUIRED', { field: 'outOfBoroughLocation', rule: 'CFA-12' });
      });

      it('should keep the out-of-borough location when the child lives out of borough', () => {
        given()
          .when(recordKeyInformation({ livingOutOfBorough: true, outOfBoroughLocation: 'Luton' }))
          .then([events.keyInformationRecorded({ ...keyInformation, livingOutOfBorough: true, outOfBoroughLocation: 'Luton' })]);
      });

      it.each([
        [{ category: 'ADOPTION' }, 'CASE_FILE_AUDIT.CATEGORY_UNKNOWN', 'category'],
        [{ ageOfChild: -1 }, 'CASE_FILE_AUDIT.AGE_OUT_OF_RANGE', 'ageOfChild'],
        [{ ageOfChild: 8.5 }, 'CASE_FILE_AUDIT.AGE_OUT_OF_RANGE', 'ageOfChild'],
        [{ dateOfAudit: '12/06/2025' }, 'CASE_FILE_AUDIT.INVALID_DATE', 'dateOfAudit'],
        [{ referralDate: '2024-13-01' }, 'CASE_FILE_AUDIT.INVALID_DATE', 'referralDate'],
        [{ previousReferralsAndContacts: ['2022-03-15', 'last year'] }, 'CASE_FILE_AUDIT.INVALID_DATE', 'previousReferralsAndContacts'],
        [{ periods: [{ kind: 'CP', startDate: '2025-02-01', endDate: '2025-01-01' }] }, 'CASE_FILE_AUDIT.PERIOD_INVALID', 'periods'],
        [{ periods: [{ kind: 'EHA', startDate: '2025-02-01', endDate: null }] }, 'CASE_FILE_AUDIT.PERIOD_INVALID', 'periods'],
        [{ teamManagerId: '' }, 'CASE_FILE_AUDIT.FIELD_REQUIRED', 'teamManagerId'],
        [{ socialWorkerName: ' ' }, 'CASE_FILE_AUDIT.FIELD_REQUIRED', 'socialWorkerName'],
        [{ auditTrackingNumber: '' }, 'CASE_FILE_AUDIT.FIELD_REQUIRED', 'auditTrackingNumber'],
        [{ planInTime: 'y' }, 'CASE_FILE_AUDIT.FIELD_REQUIRED', 'planInTime'],
      ])('should refuse key information %j', (change, code, field) => {
        given().when(recordKeyInformation(change)).thenThrows(code, { kind: 'BAD_USER_INPUT', field });
      });

      it('should refuse an empty pen picture', () => {
        given().when(recordKeyInformation({}, '')).thenThrows('CASE_FILE_AUDIT.FIELD_REQUIRED', { field: 'penPicture' });
      });

      it('should forbid anyone but the auditor to record it', () => {
        given()
          .when(recordKeyInformation({}, PEN_PICTURE, OTHER_STAFF))
          .thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
      });
    });

    describe('and a criterion is graded (CFA-12 section 2)', () => {
      it('should record its evaluation and grade', () => {
        given().when(grade(4, 'REQUIRES_IMPROVEMENT', 'Supervision irregular')).then([
          events.criterionGraded(4, 'REQUIRES_IMPROVEMENT', 'Supervision irregular'),
        ]);
      });

      it('should let any criterion be graded in any order', () => {
        given().when(grade(16)).then([events.criterionGraded(16)]);
      });

      it('should let the grade be changed before submission', () => {
        given([events.criterionGraded(4, 'GOOD')])
          .when(grade(4, 'OUTSTANDING', 'On reflection, exceptional'))
          .then([events.criterionGraded(4, 'OUTSTANDING', 'On reflection, exceptional')]);
      });

      it('should let a criterion marked not applicable be graded after all', () => {
        given([events.criterionMarkedNotApplicable(12)]).when(grade(12)).then([events.criterionGraded(12)]);
      });

      it('should change nothing when the same grade and evaluation are given again', () => {
        given([events.criterionGraded(4, 'GOOD')]).when(grade(4, 'GOOD')).thenNothingHappens();
      });

      it.each([0, 17, 3.5, -1])('should refuse criterion %p as out of 1..16', (criterion) => {
        given().when(grade(criterion)).thenThrows('CASE_FILE_AUDIT.CRITERION_OUT_OF_RANGE', {
          kind: 'BAD_USER_INPUT',
          field: 'criterion',
        });
      });

      it('should refuse an empty evaluation', () => {
        given().when(grade(1, 'GOOD', '   ')).thenThrows('CASE_FILE_AUDIT.EVALUATION_REQUIRED', {
          kind: 'BAD_USER_INPUT',
          field: 'evaluation',
        });
      });

      it('should refuse an unknown grade', () => {
        given().when(grade(1, 'EXCELLENT')).thenThrows('CASE_FILE_AUDIT.GRADE_UNKNOWN', {
          kind: 'BAD_USER_INPUT',
          field: 'grade',
        });
      });

      it('should forbid anyone but the auditor to grade', () => {
        given().when(grade(1, 'GOOD', 'x', OTHER_STAFF)).thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
      });
    });

    describe('and a criterion is graded Inadequate (CFA-13)', () => {
      const reason = 'No visits for 10 weeks; risk not reassessed';

      it('should record an immediate escalation to the team manager and social worker', () => {
        given([events.keyInformationRecorded()])
          .when(grade(2, 'INADEQUATE', reason))
          .then([events.criterionGraded(2, 'INADEQUATE', reason), events.inadequacyEscalated(1, 2, reason)]);
      });

      it('should not escalate again when an Inadequate criterion is re-graded Inadequate', () => {
        given([events.keyInformationRecorded(), events.criterionGraded(2, 'INADEQUATE', reason), events.inadequacyEscalated(1, 2, reason)])
          .when(grade(2, 'INADEQUATE', `${reason}; plan out of date`))
          .then([events.criterionGraded(2, 'INADEQUATE', `${reason}; plan out of date`)]);
      });

      it('should escalate a new occurrence when a criterion becomes Inadequate again', () => {
        given([
          events.keyInformationRecorded(),
          events.criterionGraded(2, 'INADEQUATE', reason),
          events.inadequacyEscalated(1, 2, reason),
          events.criterionGraded(2, 'REQUIRES_IMPROVEMENT'),
        ])
          .when(grade(2, 'INADEQUATE', reason))
          .then([events.criterionGraded(2, 'INADEQUATE', reason), events.inadequacyEscalated(2, 2, reason)]);
      });

      it('should escalate each criterion graded Inadequate', () => {
        given([events.keyInformationRecorded(), events.criterionGraded(2, 'INADEQUATE', reason), events.inadequacyEscalated(1, 2, reason)])
          .when(grade(8, 'INADEQUATE', 'No plan'))
          .then([events.criterionGraded(8, 'INADEQUATE', 'No plan'), events.inadequacyEscalated(2, 8, 'No plan')]);
      });

      it('should refuse it until section 1 names the manager and social worker to inform', () => {
        given().when(grade(2, 'INADEQUATE', reason)).thenThrows('CASE_FILE_AUDIT.KEY_INFORMATION_REQUIRED', {
          kind: 'BAD_USER_INPUT',
          field: 'grade',
          rule: 'CFA-13',
        });
      });
    });

    describe('and a criterion does not apply to the case', () => {
      it('should mark criterion 12 not applicable for a child placed in borough', () => {
        given().when(markNotApplicable(12, 'Child placed in borough')).then([
          events.criterionMarkedNotApplicable(12, 'Child placed in borough'),
        ]);
      });

      it('should mark a graded criterion not applicable instead', () => {
        given([events.criterionGraded(14)])
          .when(markNotApplicable(14, 'Never missing'))
          .then([events.criterionMarkedNotApplicable(14, 'Never missing')]);
      });

      it('should refuse an empty reason', () => {
        given().when(markNotApplicable(14, '')).thenThrows('CASE_FILE_AUDIT.REASON_REQUIRED', {
          kind: 'BAD_USER_INPUT',
          field: 'reason',
        });
      });

      it('should refuse a criterion out of 1..16', () => {
        given().when(markNotApplicable(17)).thenThrows('CASE_FILE_AUDIT.CRITERION_OUT_OF_RANGE', { field: 'criterion' });
      });
    });

    describe('and family feedback is recorded (CFA-12 section 3)', () => {
      it('should record the answers to the five questions and who gave them', () => {
        given().when(recordFamilyFeedback()).then([events.familyFeedbackRecorded()]);
      });

      it('should refuse feedback with no answer at all', () => {
        const blank = { ...familyAnswers, experienceOfServices: ' ', listenedToAndCommunication: null, involvementInAssessmentAndPlan: '', supportAndDifference: null };
        given().when(recordFamilyFeedback(blank)).thenThrows('CASE_FILE_AUDIT.FEEDBACK_EMPTY', { field: 'answers' });
      });

      it('should refuse feedback without who gave it', () => {
        given().when(recordFamilyFeedback(familyAnswers, '')).thenThrows('CASE_FILE_AUDIT.FIELD_REQUIRED', { field: 'givenBy' });
      });

      it('should record why feedback was not sought and whether another manager should seek it', () => {
        given().when(recordFeedbackNotSought()).then([events.familyFeedbackNotSought()]);
      });

      it('should refuse "not sought" without a reason', () => {
        given().when(recordFeedbackNotSought('')).thenThrows('CASE_FILE_AUDIT.REASON_REQUIRED', {
          kind: 'BAD_USER_INPUT',
          field: 'reason',
        });
      });
    });

    describe("and the social worker's comments are recorded (CFA-12 section 4)", () => {
      it('should record them from the auditor', () => {
        given().when(recordWorkerComments()).then([events.workerCommentsRecorded()]);
      });

      it('should record them from the social worker named in section 1', () => {
        given([events.keyInformationRecorded()])
          .when(recordWorkerComments('My view after our discussion', SOCIAL_WORKER_ID))
          .then([events.workerCommentsRecorded('My view after our discussion')]);
      });

      it('should forbid anyone else', () => {
        given([events.keyInformationRecorded()])
          .when(recordWorkerComments('x', OTHER_STAFF))
          .thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', { kind: 'FORBIDDEN' });
      });

      it('should refuse empty comments', () => {
        given().when(recordWorkerComments(' ')).thenThrows('CASE_FILE_AUDIT.COMMENTS_REQUIRED', { field: 'comments' });
      });
    });

    describe('and a recommendation is added (CFA-12 section 5)', () => {
      it('should record the action, its date for completion/review and who is responsible', () => {
        given().when(addRecommendation()).then([events.recommendationAdded()]);
      });

      it('should refuse a recommendation id already on the audit', () => {
        given([events.recommendationAdded('rec-1')])
          .when(addRecommendation())
          .thenThrows('CASE_FILE_AUDIT.RECOMMENDATION_EXISTS', { kind: 'CONFLICT', field: 'recommendationId' });
      });

      it.each([
        [{ action: '' }, 'CASE_FILE_AUDIT.FIELD_REQUIRED', 'action'],
        [{ completionDate: 'next week' }, 'CASE_FILE_AUDIT.INVALID_DATE', 'completionDate'],
        [{ responsible: '' }, 'CASE_FILE_AUDIT.FIELD_REQUIRED', 'responsible'],
      ])('should refuse %j', (change, code, field) => {
        given().when(addRecommendation(change)).thenThrows(code, { kind: 'BAD_USER_INPUT', field });
      });
    });

    describe('and the summary is recorded (CFA-12 section 5)', () => {
      it('should record strengths and areas for improvement', () => {
        given().when(recordSummary()).then([events.summaryRecorded()]);
      });

      it('should refuse a summary with neither', () => {
        given().when(recordSummary('', ' ')).thenThrows('CASE_FILE_AUDIT.SUMMARY_REQUIRED', { field: 'strengths' });
      });
    });
  });

  describe('When the audit is submitted (CFA-12 section 6)', () => {
    it('should record the overall grade and rationale once the form is complete', () => {
      spec.given(readyToSubmit()).when(submit()).then([events.submitted()]);
    });

    it('should accept criteria marked not applicable in place of grades', () => {
      const history = readyToSubmit();
      spec
        .given([...history, events.criterionMarkedNotApplicable(12), events.criterionMarkedNotApplicable(14)])
        .when(submit())
        .then([events.submitted()]);
    });

    it('should refuse while any criterion is neither graded nor marked not applicable, naming them (CFA-12)', () => {
      const graded = CRITERION_NUMBERS.filter((n) => ![3, 12, 14].includes(n)).map((n) => events.criterionGraded(n));
      spec
        .given([...startedWithKeyInformation(), ...graded, events.familyFeedbackRecorded()])
        .when(submit())
        .thenThrows('CASE_FILE_AUDIT.CRITERIA_UNGRADED', {
          kind: 'BAD_USER_INPUT',
          field: 'criteria',
          rule: 'CFA-12',
          message: 'Criteria 3, 12 and 14 are neither graded nor marked not applicable',
        });
    });

    it('should refuse an empty rationale (CFA-12)', () => {
      spec.given(readyToSubmit()).when(submit('GOOD', '  ')).thenThrows('CASE_FILE_AUDIT.RATIONALE_REQUIRED', {
        kind: 'BAD_USER_INPUT',
        field: 'rationale',
        rule: 'CFA-12',
      });
    });

    it('should refuse an unknown overall grade', () => {
      spec.given(readyToSubmit()).when(submit('FAIR')).thenThrows('CASE_FILE_AUDIT.GRADE_UNKNOWN', { field: 'overallGrade' });
    });

    it('should refuse without section 1 (CFA-12)', () => {
      spec
        .given([events.scheduled(), events.started(), ...events.allCriteriaGraded(), events.familyFeedbackRecorded()])
        .when(submit())
        .thenThrows('CASE_FILE_AUDIT.KEY_INFORMATION_REQUIRED', { field: 'keyInformation', rule: 'CFA-12' });
    });

    it('should refuse without family feedback or the reason it was not sought (CFA-12)', () => {
      spec
        .given([...startedWithKeyInformation(), ...events.allCriteriaGraded()])
        .when(submit())
        .thenThrows('CASE_FILE_AUDIT.FAMILY_FEEDBACK_MISSING', { field: 'familyFeedback', rule: 'CFA-12' });
    });

    it('should accept the reason feedback was not sought in place of feedback', () => {
      spec
        .given([...startedWithKeyInformation(), ...events.allCriteriaGraded(), events.familyFeedbackNotSought()])
        .when(submit())
        .then([events.submitted()]);
    });

    it('should forbid anyone but the auditor to submit', () => {
      spec.given(readyToSubmit()).when(submit('GOOD', 'x', OTHER_STAFF)).thenThrows('CASE_FILE_AUDIT.NOT_THE_AUDITOR', {
        kind: 'FORBIDDEN',
      });
    });

    it('should escalate an overall Inadequate grade immediately (CFA-13)', () => {
      const rationale = 'Poor practice in every area; child at risk';
      spec
        .given(readyToSubmit())
        .when(submit('INADEQUATE', rationale))
        .then([events.submitted('INADEQUATE', rationale), events.inadequacyEscalated(1, null, rationale)]);
    });

    it('should number the overall escalation after the criteria escalations (CFA-13)', () => {
      const history = [
        ...readyToSubmit(),
        events.criterionGraded(2, 'INADEQUATE', 'r'),
        events.inadequacyEscalated(1, 2, 'r'),
      ];
      spec
        .given(history)
        .when(submit('INADEQUATE', 'Overall'))
        .then([events.submitted('INADEQUATE', 'Overall'), events.inadequacyEscalated(2, null, 'Overall')]);
    });
  });

  describe('When the audit has been submitted', () => {
    const given = () => spec.given([...readyToSubmit(), events.submitted()]);

    it.each([
      ['StartCaseFileAudit', start()],
      ['RecordKeyInformation', recordKeyInformation()],
      ['GradeCriterion', grade(1, 'OUTSTANDING')],
      ['MarkCriterionNotApplicable', markNotApplicable(12)],
      ['RecordFamilyFeedback', recordFamilyFeedback()],
      ['RecordFamilyFeedbackNotSought', recordFeedbackNotSought()],
      ['RecordWorkerComments', recordWorkerComments()],
      ['AddRecommendation', addRecommendation({ recommendationId: 'rec-9' })],
      ['RecordSummary', recordSummary()],
      ['SubmitCaseFileAudit', submit()],
    ])('should refuse %s as a change after submission', (_name, command) => {
      given().when(command).thenThrows('CASE_FILE_AUDIT.ALREADY_SUBMITTED', { kind: 'CONFLICT' });
    });

    it('should refuse to schedule it again', () => {
      given().when(schedule()).thenThrows('CASE_FILE_AUDIT.ALREADY_SCHEDULED', { kind: 'CONFLICT' });
    });
  });
});
