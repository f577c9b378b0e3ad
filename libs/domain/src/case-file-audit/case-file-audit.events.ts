import type { DomainEvent } from '../shared/decider.js';
import type {
  AuditType,
  EscalationScope,
  FamilyFeedbackAnswers,
  Grade,
  KeyInformation,
  ModerationScope,
  WorkerInvolvement,
} from './case-file-audit.values.js';

/**
 * The facts of a case file audit (appendix A). Type strings never change; times in data are the
 * business time of the command (`metadata.now`), the actor is in the event metadata.
 */

export type CaseFileAuditScheduled = DomainEvent<
  'CaseFileAuditScheduled',
  {
    readonly auditId: string;
    readonly azeusNumber: string;
    readonly auditType: AuditType;
    readonly auditorId: string;
    /** CFA-6: every audit has a due date (ISO date). */
    readonly dueDate: string;
    readonly teamId: string | null;
    readonly theme: string | null;
    readonly scheduledAt: string;
  }
>;

export type CaseFileAuditStarted = DomainEvent<
  'CaseFileAuditStarted',
  { readonly auditId: string; readonly startedAt: string }
>;

/** Section 1 (1a pen picture, 1b key information); recorded again to amend it before submission. */
export type CaseFileAuditKeyInformationRecorded = DomainEvent<
  'CaseFileAuditKeyInformationRecorded',
  {
    readonly auditId: string;
    readonly penPicture: string;
    readonly keyInformation: KeyInformation;
    readonly recordedAt: string;
  }
>;

/** Section 2: a criterion's evaluation and grade; a later grade of the same criterion replaces it. */
export type CaseFileAuditCriterionGraded = DomainEvent<
  'CaseFileAuditCriterionGraded',
  {
    readonly auditId: string;
    readonly criterion: number;
    readonly evaluation: string;
    readonly grade: Grade;
    readonly gradedAt: string;
  }
>;

export type CaseFileAuditCriterionMarkedNotApplicable = DomainEvent<
  'CaseFileAuditCriterionMarkedNotApplicable',
  {
    readonly auditId: string;
    readonly criterion: number;
    readonly reason: string;
    readonly markedAt: string;
  }
>;

/** Section 3: the family's answers and who gave them. */
export type CaseFileAuditFamilyFeedbackRecorded = DomainEvent<
  'CaseFileAuditFamilyFeedbackRecorded',
  {
    readonly auditId: string;
    readonly answers: FamilyFeedbackAnswers;
    readonly givenBy: string;
    readonly recordedAt: string;
  }
>;

/** Section 3: why feedback was not sought, and whether another manager should seek it. */
export type CaseFileAuditFamilyFeedbackNotSought = DomainEvent<
  'CaseFileAuditFamilyFeedbackNotSought',
  {
    readonly auditId: string;
    readonly reason: string;
    readonly anotherManagerShouldSeek: boolean;
    readonly recordedAt: string;
  }
>;

/** Section 4: the social worker's comments after discussing the findings with the auditor. */
export type CaseFileAuditWorkerCommentsRecorded = DomainEvent<
  'CaseFileAuditWorkerCommentsRecorded',
  { readonly auditId: string; readonly comments: string; readonly recordedAt: string }
>;

/** Section 5: a recommendation, its date for completion/review and who is responsible. */
export type CaseFileAuditRecommendationAdded = DomainEvent<
  'CaseFileAuditRecommendationAdded',
  {
    readonly auditId: string;
    readonly recommendationId: string;
    readonly action: string;
    readonly completionDate: string;
    readonly responsible: string;
    readonly addedAt: string;
  }
>;

/** Section 5 summary: strengths of practice and areas for improvement. */
export type CaseFileAuditSummaryRecorded = DomainEvent<
  'CaseFileAuditSummaryRecorded',
  {
    readonly auditId: string;
    readonly strengths: string;
    readonly areasForImprovement: string;
    readonly recordedAt: string;
  }
>;

/** Section 6: the overall grade and its rationale. Nothing on the form changes after this. */
export type CaseFileAuditSubmitted = DomainEvent<
  'CaseFileAuditSubmitted',
  {
    readonly auditId: string;
    readonly overallGrade: Grade;
    readonly rationale: string;
    readonly submittedAt: string;
  }
>;

/**
 * CFA-13: a case graded Inadequate (a criterion, or overall) must be brought to the manager and the
 * social worker immediately. `escalatedAt` starts the escalation's own clock.
 */
export type CaseFileAuditInadequacyEscalated = DomainEvent<
  'CaseFileAuditInadequacyEscalated',
  {
    readonly auditId: string;
    /** `<auditId>:<n>`, n counting this audit's escalations from 1. */
    readonly escalationId: string;
    readonly azeusNumber: string;
    readonly scope: EscalationScope;
    /** The criterion graded Inadequate; null when the overall grade is. */
    readonly criterion: number | null;
    /** The evaluation or rationale that made the grade. */
    readonly reason: string;
    readonly teamManagerId: string;
    readonly teamManagerName: string;
    readonly socialWorkerId: string;
    readonly socialWorkerName: string;
    readonly escalatedBy: string;
    readonly escalatedAt: string;
  }
>;

/**
 * CFA-8: how the worker took part in the audit. A later record replaces an earlier one (an offered
 * discussion later held or declined); every record stays in the history.
 */
export type CaseFileAuditWorkerInvolvementRecorded = DomainEvent<
  'CaseFileAuditWorkerInvolvementRecorded',
  {
    readonly auditId: string;
    readonly involvement: WorkerInvolvement;
    /** When the audit was done with the worker, or the discussion offered, held or declined (ISO date). */
    readonly date: string | null;
    /** Why the worker declined the discussion, where they said. */
    readonly reason: string | null;
    readonly recordedAt: string;
  }
>;

/**
 * CFA-9: a senior manager moderated the submitted audit: agreed with its grades, or changed some
 * (each change follows as CaseFileAuditGradeModerated), with feedback to the auditor. The auditor
 * and team are those of the audit, so statistics need no other stream.
 */
export type CaseFileAuditModerated = DomainEvent<
  'CaseFileAuditModerated',
  {
    readonly auditId: string;
    readonly agreed: boolean;
    readonly feedback: string;
    readonly moderatorId: string;
    readonly moderatorRole: string;
    readonly auditorId: string;
    readonly teamId: string | null;
    readonly moderatedAt: string;
  }
>;

/** CFA-9: one grade changed by moderation; the auditor's grade stays in its own event. */
export type CaseFileAuditGradeModerated = DomainEvent<
  'CaseFileAuditGradeModerated',
  {
    readonly auditId: string;
    readonly scope: ModerationScope;
    /** The criterion whose grade changed; null for the overall grade. */
    readonly criterion: number | null;
    readonly fromGrade: Grade;
    readonly toGrade: Grade;
    readonly reason: string;
    readonly moderatorId: string;
    readonly moderatedAt: string;
  }
>;

/** CFA-9: the auditor has read the moderation feedback. */
export type CaseFileAuditModerationFeedbackAcknowledged = DomainEvent<
  'CaseFileAuditModerationFeedbackAcknowledged',
  { readonly auditId: string; readonly acknowledgedBy: string; readonly acknowledgedAt: string }
>;

/**
 * REP-2: the learning themes the audit shows, as a whole list (trimmed, one per theme, each as
 * first written on this audit). A later tagging replaces it; every tagging stays in the history.
 */
export type CaseFileAuditLearningThemesTagged = DomainEvent<
  'CaseFileAuditLearningThemesTagged',
  {
    readonly auditId: string;
    readonly themes: readonly string[];
    readonly taggedBy: string;
    readonly taggedByRole: string;
    readonly taggedAt: string;
  }
>;

export type CaseFileAuditEvent =
  | CaseFileAuditScheduled
  | CaseFileAuditStarted
  | CaseFileAuditKeyInformationRecorded
  | CaseFileAuditCriterionGraded
  | CaseFileAuditCriterionMarkedNotApplicable
  | CaseFileAuditFamilyFeedbackRecorded
  | CaseFileAuditFamilyFeedbackNotSought
  | CaseFileAuditWorkerCommentsRecorded
  | CaseFileAuditRecommendationAdded
  | CaseFileAuditSummaryRecorded
  | CaseFileAuditSubmitted
  | CaseFileAuditInadequacyEscalated
  | CaseFileAuditWorkerInvolvementRecorded
  | CaseFileAuditModerated
  | CaseFileAuditGradeModerated
  | CaseFileAuditModerationFeedbackAcknowledged
  | CaseFileAuditLearningThemesTagged;

export type CaseFileAuditEventType = CaseFileAuditEvent['type'];

export const CASE_FILE_AUDIT_EVENT_TYPES: readonly CaseFileAuditEventType[] = [
  'CaseFileAuditScheduled',
  'CaseFileAuditStarted',
  'CaseFileAuditKeyInformationRecorded',
  'CaseFileAuditCriterionGraded',
  'CaseFileAuditCriterionMarkedNotApplicable',
  'CaseFileAuditFamilyFeedbackRecorded',
  'CaseFileAuditFamilyFeedbackNotSought',
  'CaseFileAuditWorkerCommentsRecorded',
  'CaseFileAuditRecommendationAdded',
  'CaseFileAuditSummaryRecorded',
  'CaseFileAuditSubmitted',
  'CaseFileAuditInadequacyEscalated',
  'CaseFileAuditWorkerInvolvementRecorded',
  'CaseFileAuditModerated',
  'CaseFileAuditGradeModerated',
  'CaseFileAuditModerationFeedbackAcknowledged',
];

/**
 * REP-2: the events that tag an audit with learning themes, added after the form's events; the
 * learningThemes read model reads them (the caseFileAudits read model does not show themes yet).
 */
export const CASE_FILE_AUDIT_LEARNING_THEME_EVENT_TYPES: readonly CaseFileAuditEventType[] = ['CaseFileAuditLearningThemesTagged'];
