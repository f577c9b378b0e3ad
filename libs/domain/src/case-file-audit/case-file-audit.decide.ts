import { assertNever, type Actor, type CommandMetadata, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { learningThemeKey } from '../learning-input/learning-input.values.js';
import type {
  AcknowledgeModerationFeedback,
  AddRecommendation,
  CaseFileAuditCommand,
  GradeCriterion,
  KeyInformationInput,
  MarkCriterionNotApplicable,
  ModerateCaseFileAudit,
  RecordFamilyFeedback,
  RecordFamilyFeedbackNotSought,
  RecordKeyInformation,
  RecordSummary,
  RecordWorkerComments,
  RecordWorkerInvolvement,
  ScheduleCaseFileAudit,
  StartCaseFileAudit,
  SubmitCaseFileAudit,
  TagCaseFileAuditLearningThemes,
} from './case-file-audit.commands.js';
import { CaseFileAuditErrorCode as Code } from './case-file-audit.errors.js';
import type {
  CaseFileAuditEvent,
  CaseFileAuditGradeModerated,
  CaseFileAuditInadequacyEscalated,
} from './case-file-audit.events.js';
import {
  evolve,
  initialState,
  type CaseFileAudit,
  type InProgressCaseFileAudit,
  type SubmittedCaseFileAudit,
} from './case-file-audit.state.js';
import {
  AUDIT_TYPES,
  CASE_CATEGORIES,
  CRITERION_COUNT,
  CRITERION_NUMBERS,
  FAMILY_FEEDBACK_QUESTION_KEYS,
  GRADES,
  LEARNING_THEME_LIMITS,
  LEARNING_THEME_TAGGER_ROLES,
  MODERATOR_ROLES,
  PERIOD_KINDS,
  REFLECTIVE_DISCUSSION_OUTCOMES,
  WORKER_INVOLVEMENTS,
  type CasePeriod,
  type EscalationScope,
  type FamilyFeedbackAnswers,
  type Grade,
  type KeyInformation,
} from './case-file-audit.values.js';

export function decide(command: CaseFileAuditCommand, state: CaseFileAudit): CaseFileAuditEvent[] {
  switch (command.type) {
    case 'ScheduleCaseFileAudit':
      return schedule(command, state);
    case 'StartCaseFileAudit':
      return start(command, state);
    case 'RecordKeyInformation':
      return recordKeyInformation(command, state);
    case 'GradeCriterion':
      return gradeCriterion(command, state);
    case 'MarkCriterionNotApplicable':
      return markCriterionNotApplicable(command, state);
    case 'RecordFamilyFeedback':
      return recordFamilyFeedback(command, state);
    case 'RecordFamilyFeedbackNotSought':
      return recordFamilyFeedbackNotSought(command, state);
    case 'RecordWorkerComments':
      return recordWorkerComments(command, state);
    case 'AddRecommendation':
      return addRecommendation(command, state);
    case 'RecordSummary':
      return recordSummary(command, state);
    case 'SubmitCaseFileAudit':
      return submit(command, state);
    case 'RecordWorkerInvolvement':
      return recordWorkerInvolvement(command, state);
    case 'ModerateCaseFileAudit':
      return moderate(command, state);
    case 'AcknowledgeModerationFeedback':
      return acknowledgeModerationFeedback(command, state);
    case 'TagCaseFileAuditLearningThemes':
      return tagLearningThemes(command, state);
    default:
      return assertNever(command);
  }
}

export const caseFileAuditDecider: Decider<CaseFileAuditCommand, CaseFileAudit, CaseFileAuditEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function schedule(command: ScheduleCaseFileAudit, state: CaseFileAudit): CaseFileAuditEvent[] {
  if (state.status !== 'NOT_SCHEDULED') {
    throw new DomainError(Code.ALREADY_SCHEDULED, `Case file audit ${state.auditId} is already scheduled`, 'CONFLICT', {
      field: 'auditId',
    });
  }
  const d = command.data;
  const auditType = oneOf(d.auditType, AUDIT_TYPES, 'auditType', Code.AUDIT_TYPE_UNKNOWN, 'audit type');
  const theme = optionalText(d.theme);
  if (auditType === 'THEMATIC' && theme === null) {
    throw new DomainError(Code.THEME_REQUIRED, 'A thematic audit needs its theme', 'BAD_USER_INPUT', {
      field: 'theme',
      rule: 'CFA-3',
    });
  }
  return [
    {
      type: 'CaseFileAuditScheduled',
      data: {
        auditId: required(d.auditId, 'auditId'),
        azeusNumber: required(d.azeusNumber, 'azeusNumber'),
        auditType,
        auditorId: required(d.auditorId, 'auditorId'),
        dueDate: isoDate(d.dueDate, 'dueDate', 'CFA-6'),
        teamId: optionalText(d.teamId),
        theme,
        scheduledAt: command.metadata.now,
      },
    },
  ];
}

function start(command: StartCaseFileAudit, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = existing(state);
  mustBeTheAuditor(audit, command.metadata.actor);
  if (audit.status === 'SUBMITTED') throw alreadySubmitted(audit.auditId);
  if (audit.status === 'IN_PROGRESS') {
    throw new DomainError(Code.ALREADY_STARTED, `Case file audit ${audit.auditId} is already started`, 'CONFLICT');
  }
  return [{ type: 'CaseFileAuditStarted', data: { auditId: audit.auditId, startedAt: command.metadata.now } }];
}

function recordKeyInformation(command: RecordKeyInformation, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  return [
    {
      type: 'CaseFileAuditKeyInformationRecorded',
      data: {
        auditId: audit.auditId,
        penPicture: required(command.data.penPicture, 'penPicture'),
        keyInformation: validKeyInformation(command.data.keyInformation),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function gradeCriterion(command: GradeCriterion, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const criterion = criterionNumber(command.data.criterion);
  const evaluation = requiredText(command.data.evaluation, 'evaluation', Code.EVALUATION_REQUIRED, 'An evaluation');
  const grade = oneOf(command.data.grade, GRADES, 'grade', Code.GRADE_UNKNOWN, 'grade');
  const previous = audit.criteria[criterion];
  if (previous?.status === 'GRADED' && previous.grade === grade && previous.evaluation === evaluation) return [];

  const graded: CaseFileAuditEvent = {
    type: 'CaseFileAuditCriterionGraded',
    data: { auditId: audit.auditId, criterion, evaluation, grade, gradedAt: command.metadata.now },
  };
  // CFA-13: each time a criterion becomes Inadequate the manager and SW are told at once; a
  // re-grade that keeps it Inadequate is the same occurrence and is not escalated again.
  const becameInadequate = grade === 'INADEQUATE' && !(previous?.status === 'GRADED' && previous.grade === 'INADEQUATE');
  if (!becameInadequate) return [graded];
  return [graded, escalation(audit, 'CRITERION', criterion, evaluation, command.metadata)];
}

function markCriterionNotApplicable(command: MarkCriterionNotApplicable, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const criterion = criterionNumber(command.data.criterion);
  const reason = requiredText(command.data.reason, 'reason', Code.REASON_REQUIRED, 'A reason');
  const previous = audit.criteria[criterion];
  if (previous?.status === 'NOT_APPLICABLE' && previous.reason === reason) return [];
  return [
    {
      type: 'CaseFileAuditCriterionMarkedNotApplicable',
      data: { auditId: audit.auditId, criterion, reason, markedAt: command.metadata.now },
    },
  ];
}

function recordFamilyFeedback(command: RecordFamilyFeedback, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const given = (command.data.answers ?? {}) as Partial<Record<string, unknown>>;
  const answers = Object.fromEntries(
    FAMILY_FEEDBACK_QUESTION_KEYS.map((key) => [key, optionalText(given[key])]),
  ) as FamilyFeedbackAnswers;
  if (Object.values(answers).every((answer) => answer === null)) {
    throw new DomainError(Code.FEEDBACK_EMPTY, 'Family feedback needs an answer to at least one question', 'BAD_USER_INPUT', {
      field: 'answers',
      rule: 'CFA-12',
    });
  }
  return [
    {
      type: 'CaseFileAuditFamilyFeedbackRecorded',
      data: {
        auditId: audit.auditId,
        answers,
        givenBy: required(command.data.givenBy, 'givenBy'),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function recordFamilyFeedbackNotSought(
  command: RecordFamilyFeedbackNotSought,
  state: CaseFileAudit,
): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  // Section 3: "the reasons must be detailed" and whether another manager should seek it considered.
  const reason = requiredText(command.data.reason, 'reason', Code.REASON_REQUIRED, 'The reason feedback was not sought');
  if (typeof command.data.anotherManagerShouldSeek !== 'boolean') {
    throw new DomainError(
      Code.FIELD_REQUIRED,
      'Say whether another manager should seek the feedback',
      'BAD_USER_INPUT',
      { field: 'anotherManagerShouldSeek', rule: 'CFA-12' },
    );
  }
  return [
    {
      type: 'CaseFileAuditFamilyFeedbackNotSought',
      data: {
        auditId: audit.auditId,
        reason,
        anotherManagerShouldSeek: command.data.anotherManagerShouldSeek,
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function recordWorkerComments(command: RecordWorkerComments, state: CaseFileAudit): CaseFileAuditEvent[] {
  // Section 4 follows a discussion between the SW and the auditor, so either may record it.
  const audit = existing(state);
  const actor = command.metadata.actor;
  const isTheWorker = audit.status !== 'SCHEDULED' && audit.keyInformation?.socialWorkerId === actor.staffId;
  if (!isTheWorker) mustBeTheAuditor(audit, actor);
  const form = inProgress(audit);
  return [
    {
      type: 'CaseFileAuditWorkerCommentsRecorded',
      data: {
        auditId: form.auditId,
        comments: requiredText(command.data.comments, 'comments', Code.COMMENTS_REQUIRED, "The social worker's comments"),
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function addRecommendation(command: AddRecommendation, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const d = command.data;
  const recommendationId = required(d.recommendationId, 'recommendationId');
  if (audit.recommendations.some((r) => r.recommendationId === recommendationId)) {
    throw new DomainError(
      Code.RECOMMENDATION_EXISTS,
      `Recommendation ${recommendationId} is already on this audit`,
      'CONFLICT',
      { field: 'recommendationId' },
    );
  }
  return [
    {
      type: 'CaseFileAuditRecommendationAdded',
      data: {
        auditId: audit.auditId,
        recommendationId,
        action: required(d.action, 'action'),
        completionDate: isoDate(d.completionDate, 'completionDate'),
        responsible: required(d.responsible, 'responsible'),
        addedAt: command.metadata.now,
      },
    },
  ];
}

function recordSummary(command: RecordSummary, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const strengths = optionalText(command.data.strengths) ?? '';
  const areasForImprovement = optionalText(command.data.areasForImprovement) ?? '';
  if (strengths === '' && areasForImprovement === '') {
    throw new DomainError(
      Code.SUMMARY_REQUIRED,
      'The summary needs strengths of practice or areas for improvement',
      'BAD_USER_INPUT',
      { field: 'strengths', rule: 'CFA-12' },
    );
  }
  return [
    {
      type: 'CaseFileAuditSummaryRecorded',
      data: { auditId: audit.auditId, strengths, areasForImprovement, recordedAt: command.metadata.now },
    },
  ];
}

function submit(command: SubmitCaseFileAudit, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const overallGrade = oneOf(command.data.overallGrade, GRADES, 'overallGrade', Code.GRADE_UNKNOWN, 'grade');
  const rationale = requiredText(command.data.rationale, 'rationale', Code.RATIONALE_REQUIRED, 'The rationale for the grade');

  // CFA-12: a submitted audit holds the whole form: every criterion answered, section 1, section 3.
  const unanswered = CRITERION_NUMBERS.filter((n) => audit.criteria[n] === undefined);
  if (unanswered.length > 0) {
    throw new DomainError(
      Code.CRITERIA_UNGRADED,
      `${unanswered.length === 1 ? 'Criterion' : 'Criteria'} ${listed(unanswered)} ${unanswered.length === 1 ? 'is' : 'are'} neither graded nor marked not applicable`,
      'BAD_USER_INPUT',
      { field: 'criteria', rule: 'CFA-12' },
    );
  }
  if (audit.keyInformation === null) {
    throw new DomainError(
      Code.KEY_INFORMATION_REQUIRED,
      'Section 1 (case summary and key information) is not recorded',
      'BAD_USER_INPUT',
      { field: 'keyInformation', rule: 'CFA-12' },
    );
  }
  if (audit.familyFeedback === null) {
    throw new DomainError(
      Code.FAMILY_FEEDBACK_MISSING,
      'Section 3 needs the family feedback, or the reason it was not sought',
      'BAD_USER_INPUT',
      { field: 'familyFeedback', rule: 'CFA-12' },
    );
  }

  const submitted: CaseFileAuditEvent = {
    type: 'CaseFileAuditSubmitted',
    data: { auditId: audit.auditId, overallGrade, rationale, submittedAt: command.metadata.now },
  };
  if (overallGrade !== 'INADEQUATE') return [submitted];
  // CFA-13: an overall Inadequate grade is escalated to the manager and SW at once.
  return [submitted, escalation(audit, 'OVERALL', null, rationale, command.metadata)];
}

/**
 * CFA-8. Submission does not wait for this record: the framework asks for the audit to be done
 * with the worker "where possible", and an offered discussion may be held after the audit is sent,
 * so an audit submitted without it is shown as a gap in the read model rather than refused.
 * After submission only the outcome of a reflective discussion (held or declined) may be recorded,
 * and it changes no grade.
 */
function recordWorkerInvolvement(command: RecordWorkerInvolvement, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = existing(state);
  mustBeTheAuditor(audit, command.metadata.actor);
  if (audit.status === 'SCHEDULED') {
    throw new DomainError(Code.NOT_STARTED, `Case file audit ${audit.auditId} has not been started`, 'CONFLICT');
  }
  const d = command.data;
  const involvement = oneOf(d.involvement, WORKER_INVOLVEMENTS, 'involvement', Code.WORKER_INVOLVEMENT_UNKNOWN, 'worker involvement');
  const isOutcome = REFLECTIVE_DISCUSSION_OUTCOMES.includes(involvement);
  const givenDate = optionalText(d.date);
  if (isOutcome && givenDate === null) {
    throw new DomainError(
      Code.FIELD_REQUIRED,
      'Give the date the reflective discussion was held or declined',
      'BAD_USER_INPUT',
      { field: 'date', rule: 'CFA-8' },
    );
  }
  const date = givenDate === null ? null : isoDate(givenDate, 'date', 'CFA-8');
  if (date !== null && date > command.metadata.now.slice(0, 10)) {
    throw new DomainError(Code.DATE_IN_FUTURE, `date ${date} is after today`, 'BAD_USER_INPUT', { field: 'date', rule: 'CFA-8' });
  }
  const reason = optionalText(d.reason);
  if (reason !== null && involvement !== 'REFLECTIVE_DISCUSSION_DECLINED') {
    throw new DomainError(
      Code.REASON_NOT_EXPECTED,
      'A reason is recorded only when the worker declines the reflective discussion',
      'BAD_USER_INPUT',
      { field: 'reason', rule: 'CFA-8' },
    );
  }

  const current = audit.workerInvolvement;
  if (current !== null && current.involvement === involvement && current.date === date && current.reason === reason) return [];
  if (audit.status === 'SUBMITTED') {
    if (!isOutcome) {
      throw new DomainError(
        Code.ONLY_DISCUSSION_OUTCOME_AFTER_SUBMISSION,
        'After submission only the outcome of the reflective discussion (held or declined) can be recorded',
        'CONFLICT',
        { field: 'involvement', rule: 'CFA-8' },
      );
    }
    if (current?.involvement === 'DONE_WITH_WORKER') {
      throw new DomainError(
        Code.DONE_WITH_WORKER,
        'This audit was done with the worker; there is no reflective discussion to record',
        'CONFLICT',
        { field: 'involvement', rule: 'CFA-8' },
      );
    }
    if (current !== null && REFLECTIVE_DISCUSSION_OUTCOMES.includes(current.involvement)) {
      throw new DomainError(
        Code.DISCUSSION_OUTCOME_RECORDED,
        'The outcome of the reflective discussion is already recorded for this submitted audit',
        'CONFLICT',
        { field: 'involvement', rule: 'CFA-8' },
      );
    }
  }
  return [
    {
      type: 'CaseFileAuditWorkerInvolvementRecorded',
      data: { auditId: audit.auditId, involvement, date, reason, recordedAt: command.metadata.now },
    },
  ];
}

/**
 * CFA-9. One moderation per audit: it is the senior manager's quality assurance of the audit as
 * submitted, and the moderation statistics count each audit once; a second is refused (CONFLICT).
 * Each changed grade is its own event beside the auditor's, so both stay in the history. A grade
 * moderated to Inadequate is escalated at once, as the auditor's would be (CFA-13).
 */
function moderate(command: ModerateCaseFileAudit, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = existing(state);
  const { actor, now } = command.metadata;
  if (!(MODERATOR_ROLES as readonly string[]).includes(actor.role)) {
    throw new DomainError(
      Code.NOT_A_SENIOR_MANAGER,
      'Only a senior manager (Head of Service, Chief Officer or Director) may moderate a case file audit (CFA-9)',
      'FORBIDDEN',
      { rule: 'CFA-9' },
    );
  }
  if (actor.staffId === audit.auditorId) {
    throw new DomainError(Code.OWN_AUDIT, 'An auditor cannot moderate their own case file audit (CFA-9)', 'FORBIDDEN', {
      rule: 'CFA-9',
    });
  }
  if (audit.status !== 'SUBMITTED') {
    throw new DomainError(
      Code.NOT_SUBMITTED,
      `Case file audit ${audit.auditId} has not been submitted; only a completed audit is moderated (CFA-9)`,
      'CONFLICT',
      { rule: 'CFA-9' },
    );
  }
  if (audit.moderation !== null) {
    throw new DomainError(
      Code.ALREADY_MODERATED,
      `Case file audit ${audit.auditId} was moderated on ${audit.moderation.moderatedAt.slice(0, 10)}; it is moderated once`,
      'CONFLICT',
      { rule: 'CFA-9' },
    );
  }
  const d = command.data;
  if (typeof d.agreed !== 'boolean') {
    throw new DomainError(Code.FIELD_REQUIRED, 'Say whether the moderator agrees with the grades', 'BAD_USER_INPUT', {
      field: 'agreed',
      rule: 'CFA-9',
    });
  }
  const feedback = optionalText(d.feedback);
  if (feedback === null) {
    throw new DomainError(Code.MODERATION_FEEDBACK_REQUIRED, 'Feedback to the auditor is required', 'BAD_USER_INPUT', {
      field: 'feedback',
      rule: 'CFA-9',
    });
  }

  const changes = moderatedGrades(audit, d, actor.staffId, now);
  if (d.agreed && changes.length > 0) {
    throw new DomainError(
      Code.AGREED_WITH_CHANGES,
      'A moderation that agrees with the audit changes no grade; give the changes with agreed: false',
      'BAD_USER_INPUT',
      { field: 'agreed', rule: 'CFA-9' },
    );
  }
  if (!d.agreed && changes.length === 0) {
    throw new DomainError(
      Code.MODERATION_CHANGES_REQUIRED,
      'A moderation that does not agree changes at least one criterion grade or the overall grade',
      'BAD_USER_INPUT',
      { field: 'criterionGrades', rule: 'CFA-9' },
    );
  }

  const escalations = changes
    .filter((change) => change.data.toGrade === 'INADEQUATE')
    .map((change, index) =>
      escalation(audit, change.data.scope, change.data.criterion, change.data.reason, command.metadata, index),
    );
  return [
    {
      type: 'CaseFileAuditModerated',
      data: {
        auditId: audit.auditId,
        agreed: d.agreed,
        feedback,
        moderatorId: actor.staffId,
        moderatorRole: actor.role,
        auditorId: audit.auditorId,
        teamId: audit.teamId,
        moderatedAt: now,
      },
    },
    ...changes,
    ...escalations,
  ];
}

/** The grade changes asked for, checked, criteria in order and the overall grade last. */
function moderatedGrades(
  audit: SubmittedCaseFileAudit,
  d: ModerateCaseFileAudit['data'],
  moderatorId: string,
  moderatedAt: string,
): CaseFileAuditGradeModerated[] {
  const seen = new Set<number>();
  const criterionChanges = (d.criterionGrades ?? []).map((change): CaseFileAuditGradeModerated => {
    const criterion = criterionNumber(change?.criterion);
    if (seen.has(criterion)) {
      throw new DomainError(Code.CRITERION_MODERATED_TWICE, `Criterion ${criterion} is changed twice`, 'BAD_USER_INPUT', {
        field: 'criterionGrades',
        rule: 'CFA-9',
      });
    }
    seen.add(criterion);
    const given = audit.criteria[criterion];
    if (given?.status !== 'GRADED') {
      throw new DomainError(
        Code.CRITERION_NOT_GRADED,
        `Criterion ${criterion} was marked not applicable, so it has no grade to moderate`,
        'BAD_USER_INPUT',
        { field: 'criterionGrades', rule: 'CFA-9' },
      );
    }
    return gradeChange(audit, 'CRITERION', criterion, given.grade, change, moderatorId, moderatedAt);
  });
  const overall = d.overallGrade ?? null;
  const overallChange =
    overall === null ? [] : [gradeChange(audit, 'OVERALL', null, audit.overallGrade, overall, moderatorId, moderatedAt)];
  return [...criterionChanges.sort((a, b) => (a.data.criterion ?? 0) - (b.data.criterion ?? 0)), ...overallChange];
}

function gradeChange(
  audit: SubmittedCaseFileAudit,
  scope: EscalationScope,
  criterion: number | null,
  fromGrade: Grade,
  change: { readonly grade: string; readonly reason: string },
  moderatorId: string,
  moderatedAt: string,
): CaseFileAuditGradeModerated {
  const field = scope === 'OVERALL' ? 'overallGrade' : 'criterionGrades';
  const toGrade = oneOf(change?.grade, GRADES, field, Code.GRADE_UNKNOWN, 'grade');
  const what = scope === 'OVERALL' ? 'The overall grade' : `Criterion ${criterion}`;
  if (toGrade === fromGrade) {
    throw new DomainError(Code.GRADE_UNCHANGED, `${what} is already ${fromGrade}; a moderated grade differs from the auditor's`, 'BAD_USER_INPUT', {
      field,
      rule: 'CFA-9',
    });
  }
  const reason = optionalText(change?.reason);
  if (reason === null) {
    throw new DomainError(Code.REASON_REQUIRED, `${what}: the reason for the moderated grade is required`, 'BAD_USER_INPUT', {
      field,
      rule: 'CFA-9',
    });
  }
  return {
    type: 'CaseFileAuditGradeModerated',
    data: { auditId: audit.auditId, scope, criterion, fromGrade, toGrade, reason, moderatorId, moderatedAt },
  };
}

/** CFA-9: the auditor has read the feedback; saying so again changes nothing. */
function acknowledgeModerationFeedback(command: AcknowledgeModerationFeedback, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = existing(state);
  mustBeTheAuditor(audit, command.metadata.actor);
  if (audit.status !== 'SUBMITTED' || audit.moderation === null) {
    throw new DomainError(Code.NOT_MODERATED, `Case file audit ${audit.auditId} has not been moderated`, 'CONFLICT', {
      rule: 'CFA-9',
    });
  }
  if (audit.moderation.feedbackAcknowledgedAt !== null) return [];
  return [
    {
      type: 'CaseFileAuditModerationFeedbackAcknowledged',
      data: { auditId: audit.auditId, acknowledgedBy: command.metadata.actor.staffId, acknowledgedAt: command.metadata.now },
    },
  ];
}

/**
 * REP-2: a submitted audit is tagged with the learning themes it shows, so the service can say what
 * it knows about its practice and how. The auditor, a senior manager who moderates (CFA-9) or S&QA
 * may tag it, once it is submitted (the themes are findings of the completed audit). The list given
 * replaces the audit's themes; themes are trimmed and matched without regard to case or spacing,
 * and a theme already on the audit keeps the words it was first written in. The same list again
 * changes nothing.
 */
function tagLearningThemes(command: TagCaseFileAuditLearningThemes, state: CaseFileAudit): CaseFileAuditEvent[] {
  const audit = existing(state);
  const { actor, now } = command.metadata;
  const mayTag = actor.staffId === audit.auditorId || (LEARNING_THEME_TAGGER_ROLES as readonly string[]).includes(actor.role);
  if (!mayTag) {
    throw new DomainError(
      Code.NOT_ALLOWED_TO_TAG,
      'Only the auditor, a senior manager (Head of Service, Chief Officer or Director) or S&QA may tag a case file audit with learning themes (REP-2)',
      'FORBIDDEN',
      { rule: 'REP-2' },
    );
  }
  if (audit.status !== 'SUBMITTED') {
    throw new DomainError(
      Code.NOT_SUBMITTED,
      `Case file audit ${audit.auditId} has not been submitted; learning themes are tagged on a completed audit (REP-2)`,
      'CONFLICT',
      { rule: 'REP-2' },
    );
  }
  const themes = checkedLearningThemes(command.data.themes, audit.learningThemes);
  const unchanged = themes.length === audit.learningThemes.length && themes.every((theme, i) => theme === audit.learningThemes[i]);
  if (unchanged) return [];
  return [
    {
      type: 'CaseFileAuditLearningThemesTagged',
      data: { auditId: audit.auditId, themes, taggedBy: actor.staffId, taggedByRole: actor.role, taggedAt: now },
    },
  ];
}

/** REP-2: trimmed, one per theme key in the order given, each in the words already on the audit if it is there. */
function checkedLearningThemes(value: unknown, current: readonly string[]): string[] {
  if (!Array.isArray(value)) {
    throw new DomainError(Code.FIELD_REQUIRED, 'themes: give the list of learning themes (empty to remove them)', 'BAD_USER_INPUT', {
      field: 'themes',
      rule: 'REP-2',
    });
  }
  const written = new Map(current.map((theme) => [learningThemeKey(theme), theme]));
  const themes = new Map<string, string>();
  value.forEach((theme: unknown, i) => {
    const text = optionalText(theme);
    if (text === null || text.length > LEARNING_THEME_LIMITS.themeLength) {
      throw new DomainError(
        Code.THEME_INVALID,
        `themes.${i}: a learning theme is a tag of 1 to ${LEARNING_THEME_LIMITS.themeLength} characters (REP-2)`,
        'BAD_USER_INPUT',
        { field: `themes.${i}`, rule: 'REP-2' },
      );
    }
    const key = learningThemeKey(text);
    if (!themes.has(key)) themes.set(key, written.get(key) ?? text);
  });
  if (themes.size > LEARNING_THEME_LIMITS.themes) {
    throw new DomainError(
      Code.TOO_MANY_THEMES,
      `themes: at most ${LEARNING_THEME_LIMITS.themes} learning themes on one audit, not ${themes.size} (REP-2)`,
      'BAD_USER_INPUT',
      { field: 'themes', rule: 'REP-2' },
    );
  }
  return [...themes.values()];
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

type ScheduledOrLater = Exclude<CaseFileAudit, { status: 'NOT_SCHEDULED' }>;

function existing(state: CaseFileAudit): ScheduledOrLater {
  if (state.status === 'NOT_SCHEDULED') {
    throw new DomainError(Code.NOT_FOUND, 'No case file audit has been scheduled with this id', 'NOT_FOUND', {
      field: 'auditId',
    });
  }
  return state;
}

function mustBeTheAuditor(audit: ScheduledOrLater, actor: Actor): void {
  if (actor.staffId !== audit.auditorId) {
    throw new DomainError(Code.NOT_THE_AUDITOR, 'Only the auditor of this case file audit may do this', 'FORBIDDEN');
  }
}

function inProgress(audit: ScheduledOrLater): InProgressCaseFileAudit {
  if (audit.status === 'SUBMITTED') throw alreadySubmitted(audit.auditId);
  if (audit.status === 'SCHEDULED') {
    throw new DomainError(Code.NOT_STARTED, `Case file audit ${audit.auditId} has not been started`, 'CONFLICT');
  }
  return audit;
}

/** An audit the actor may fill in: it exists, they are its auditor, it is started and not submitted. */
function editable(state: CaseFileAudit, actor: Actor): InProgressCaseFileAudit {
  const audit = existing(state);
  mustBeTheAuditor(audit, actor);
  return inProgress(audit);
}

function alreadySubmitted(auditId: string): DomainError {
  return new DomainError(
    Code.ALREADY_SUBMITTED,
    `Case file audit ${auditId} has been submitted and can no longer be changed`,
    'CONFLICT',
  );
}

/** `earlier` counts escalations decided before this one by the same command (not yet in `audit`). */
function escalation(
  audit: InProgressCaseFileAudit | SubmittedCaseFileAudit,
  scope: EscalationScope,
  criterion: number | null,
  reason: string,
  metadata: CommandMetadata,
  earlier = 0,
): CaseFileAuditInadequacyEscalated {
  const keyInformation = audit.keyInformation;
  if (keyInformation === null) {
    // The escalation must name who to tell; they are known only from section 1.
    throw new DomainError(
      Code.KEY_INFORMATION_REQUIRED,
      'Record the key information (team manager and social worker) before grading Inadequate, so they can be told at once',
      'BAD_USER_INPUT',
      { field: scope === 'OVERALL' ? 'overallGrade' : 'grade', rule: 'CFA-13' },
    );
  }
  return {
    type: 'CaseFileAuditInadequacyEscalated',
    data: {
      auditId: audit.auditId,
      escalationId: `${audit.auditId}:${audit.escalations.length + earlier + 1}`,
      azeusNumber: audit.azeusNumber,
      scope,
      criterion,
      reason,
      teamManagerId: keyInformation.teamManagerId,
      teamManagerName: keyInformation.teamManagerName,
      socialWorkerId: keyInformation.socialWorkerId,
      socialWorkerName: keyInformation.socialWorkerName,
      escalatedBy: metadata.actor.staffId,
      escalatedAt: metadata.now,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Input checks. Fields are named as the API's inputs name them.

function validKeyInformation(input: KeyInformationInput | undefined): KeyInformation {
  if (input === null || typeof input !== 'object') {
    throw new DomainError(Code.FIELD_REQUIRED, 'Key information is required', 'BAD_USER_INPUT', {
      field: 'keyInformation',
      rule: 'CFA-12',
    });
  }
  const livingOutOfBorough = yesNo(input.livingOutOfBorough, 'livingOutOfBorough');
  const outOfBoroughLocation = optionalText(input.outOfBoroughLocation);
  if (livingOutOfBorough && outOfBoroughLocation === null) {
    throw new DomainError(
      Code.OUT_OF_BOROUGH_LOCATION_REQUIRED,
      'Say where the child lives when living out of borough',
      'BAD_USER_INPUT',
      { field: 'outOfBoroughLocation', rule: 'CFA-12' },
    );
  }
  const age = input.ageOfChild;
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 0 || age > 25) {
    throw new DomainError(Code.AGE_OUT_OF_RANGE, 'Age of child must be whole years from 0 to 25', 'BAD_USER_INPUT', {
      field: 'ageOfChild',
    });
  }
  return {
    auditTrackingNumber: required(input.auditTrackingNumber, 'auditTrackingNumber'),
    dateOfAudit: isoDate(input.dateOfAudit, 'dateOfAudit'),
    auditorName: required(input.auditorName, 'auditorName'),
    auditorDesignation: required(input.auditorDesignation, 'auditorDesignation'),
    teamName: required(input.teamName, 'teamName'),
    teamManagerId: required(input.teamManagerId, 'teamManagerId'),
    teamManagerName: required(input.teamManagerName, 'teamManagerName'),
    socialWorkerId: required(input.socialWorkerId, 'socialWorkerId'),
    socialWorkerName: required(input.socialWorkerName, 'socialWorkerName'),
    category: oneOf(input.category, CASE_CATEGORIES, 'category', Code.CATEGORY_UNKNOWN, 'category of case'),
    ageOfChild: age,
    ethnicity: required(input.ethnicity, 'ethnicity'),
    gender: required(input.gender, 'gender'),
    disability: required(input.disability, 'disability'),
    referralDate: isoDate(input.referralDate, 'referralDate'),
    referralSource: required(input.referralSource, 'referralSource'),
    reasonForReferral: required(input.reasonForReferral, 'reasonForReferral'),
    previousReferralsAndContacts: (input.previousReferralsAndContacts ?? []).map((date) =>
      isoDate(date, 'previousReferralsAndContacts'),
    ),
    periods: (input.periods ?? []).map(validPeriod),
    placementType: optionalText(input.placementType),
    livingOutOfBorough,
    outOfBoroughLocation: livingOutOfBorough ? outOfBoroughLocation : null,
    gapsInEssentialInformation: optionalText(input.gapsInEssentialInformation),
    lastVisitInTime: yesNo(input.lastVisitInTime, 'lastVisitInTime'),
    assessmentInTime: yesNo(input.assessmentInTime, 'assessmentInTime'),
    planInTime: yesNo(input.planInTime, 'planInTime'),
    lastSupervisionInTime: yesNo(input.lastSupervisionInTime, 'lastSupervisionInTime'),
  };
}

function validPeriod(period: KeyInformationInput['periods'][number]): CasePeriod {
  const kind = oneOf(period?.kind, PERIOD_KINDS, 'periods', Code.PERIOD_INVALID, 'CiN/CP/LAC period kind');
  const startDate = isoDate(period.startDate, 'periods');
  const endDate = period.endDate === null || period.endDate === undefined || period.endDate === '' ? null : isoDate(period.endDate, 'periods');
  if (endDate !== null && endDate < startDate) {
    throw new DomainError(Code.PERIOD_INVALID, `A ${kind} period ends (${endDate}) before it starts (${startDate})`, 'BAD_USER_INPUT', {
      field: 'periods',
    });
  }
  return { kind, startDate, endDate };
}

function criterionNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > CRITERION_COUNT) {
    throw new DomainError(
      Code.CRITERION_OUT_OF_RANGE,
      `Criterion must be a number from 1 to ${CRITERION_COUNT}, not ${String(value)}`,
      'BAD_USER_INPUT',
      { field: 'criterion', rule: 'CFA-12' },
    );
  }
  return value;
}

function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
  code: string,
  what: string,
): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError(code, `Unknown ${what} ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`, 'BAD_USER_INPUT', {
    field,
  });
}

function requiredText(value: unknown, field: string, code: string, what: string): string {
  const text = optionalText(value);
  if (text === null) throw new DomainError(code, `${what} is required`, 'BAD_USER_INPUT', { field, rule: 'CFA-12' });
  return text;
}

function required(value: unknown, field: string): string {
  return requiredText(value, field, Code.FIELD_REQUIRED, field);
}

/** Trimmed text, or null when absent or blank. */
function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

function yesNo(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  throw new DomainError(Code.FIELD_REQUIRED, `${field} must be answered yes or no`, 'BAD_USER_INPUT', { field });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (2025-02-30 is refused). */
function isoDate(value: unknown, field: string, rule?: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value as string;
    }
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
    ...(rule ? { rule } : {}),
  });
}

function listed(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
