import type { Command } from '../shared/decider.js';
import type { FamilyFeedbackAnswers, KeyInformation } from './case-file-audit.values.js';

/**
 * Task-based commands of the case file audit. Enumerated values (grades, audit types, categories)
 * are typed as strings here because they arrive from the edge; `decide` checks them.
 */

export type ScheduleCaseFileAudit = Command<
  'ScheduleCaseFileAudit',
  {
    readonly auditId: string;
    readonly azeusNumber: string;
    /** One of AUDIT_TYPES. */
    readonly auditType: string;
    readonly auditorId: string;
    /** ISO date (YYYY-MM-DD); CFA-6. */
    readonly dueDate: string;
    readonly teamId?: string | null;
    /** Required for a thematic audit. */
    readonly theme?: string | null;
  }
>;

export type StartCaseFileAudit = Command<'StartCaseFileAudit', { readonly auditId: string }>;

/** Key information as it arrives: `category` and each period's `kind` are checked by `decide`. */
export type KeyInformationInput = Omit<KeyInformation, 'category' | 'periods'> & {
  readonly category: string;
  readonly periods: readonly { readonly kind: string; readonly startDate: string; readonly endDate: string | null }[];
};

export type RecordKeyInformation = Command<
  'RecordKeyInformation',
  {
    readonly auditId: string;
    readonly penPicture: string;
    readonly keyInformation: KeyInformationInput;
  }
>;

export type GradeCriterion = Command<
  'GradeCriterion',
  {
    readonly auditId: string;
    /** 1..16. */
    readonly criterion: number;
    readonly evaluation: string;
    /** One of GRADES. */
    readonly grade: string;
  }
>;

export type MarkCriterionNotApplicable = Command<
  'MarkCriterionNotApplicable',
  { readonly auditId: string; readonly criterion: number; readonly reason: string }
>;

export type RecordFamilyFeedback = Command<
  'RecordFamilyFeedback',
  { readonly auditId: string; readonly answers: FamilyFeedbackAnswers; readonly givenBy: string }
>;

export type RecordFamilyFeedbackNotSought = Command<
  'RecordFamilyFeedbackNotSought',
  { readonly auditId: string; readonly reason: string; readonly anotherManagerShouldSeek: boolean }
>;

export type RecordWorkerComments = Command<
  'RecordWorkerComments',
  { readonly auditId: string; readonly comments: string }
>;

export type AddRecommendation = Command<
  'AddRecommendation',
  {
    readonly auditId: string;
    readonly recommendationId: string;
    readonly action: string;
    /** ISO date for completion/review. */
    readonly completionDate: string;
    readonly responsible: string;
  }
>;

export type RecordSummary = Command<
  'RecordSummary',
  { readonly auditId: string; readonly strengths: string; readonly areasForImprovement: string }
>;

export type SubmitCaseFileAudit = Command<
  'SubmitCaseFileAudit',
  {
    readonly auditId: string;
    /** One of GRADES. */
    readonly overallGrade: string;
    readonly rationale: string;
  }
>;

/**
 * CFA-8: how the worker took part. Before submission any of the four; after it, only the outcome
 * (held or declined) of a reflective discussion, which may take place after the audit is sent.
 */
export type RecordWorkerInvolvement = Command<
  'RecordWorkerInvolvement',
  {
    readonly auditId: string;
    /** One of WORKER_INVOLVEMENTS. */
    readonly involvement: string;
    /** ISO date: required when the discussion was held or declined; optional otherwise. */
    readonly date?: string | null;
    /** Why the worker declined; only with REFLECTIVE_DISCUSSION_DECLINED. */
    readonly reason?: string | null;
  }
>;

/** CFA-9: a moderator's change of one grade, with the reason for it. */
export type ModeratedGradeInput = { readonly grade: string; readonly reason: string };
export type ModeratedCriterionGradeInput = ModeratedGradeInput & { readonly criterion: number };

/**
 * CFA-9: a senior manager quality-assures a submitted audit: agrees with its grades, or changes
 * criterion grades and/or the overall grade, each with a reason; feedback to the auditor either way.
 */
export type ModerateCaseFileAudit = Command<
  'ModerateCaseFileAudit',
  {
    readonly auditId: string;
    readonly agreed: boolean;
    readonly feedback: string;
    readonly criterionGrades?: readonly ModeratedCriterionGradeInput[] | null;
    readonly overallGrade?: ModeratedGradeInput | null;
  }
>;

/** CFA-9: the auditor confirms having read the moderator's feedback. */
export type AcknowledgeModerationFeedback = Command<'AcknowledgeModerationFeedback', { readonly auditId: string }>;

/**
 * REP-2: tag a submitted audit with the learning themes it shows. The list given replaces the
 * audit's learning themes as a whole (an empty list removes them).
 */
export type TagCaseFileAuditLearningThemes = Command<
  'TagCaseFileAuditLearningThemes',
  { readonly auditId: string; readonly themes: readonly string[] }
>;

export type CaseFileAuditCommand =
  | ScheduleCaseFileAudit
  | StartCaseFileAudit
  | RecordKeyInformation
  | GradeCriterion
  | MarkCriterionNotApplicable
  | RecordFamilyFeedback
  | RecordFamilyFeedbackNotSought
  | RecordWorkerComments
  | AddRecommendation
  | RecordSummary
  | SubmitCaseFileAudit
  | RecordWorkerInvolvement
  | ModerateCaseFileAudit
  | AcknowledgeModerationFeedback
  | TagCaseFileAuditLearningThemes;

export type CaseFileAuditCommandType = CaseFileAuditCommand['type'];
