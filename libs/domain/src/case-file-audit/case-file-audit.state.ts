import type { CaseFileAuditEvent } from './case-file-audit.events.js';
import type {
  AuditType,
  EscalationScope,
  FamilyFeedbackAnswers,
  Grade,
  KeyInformation,
  Recommendation,
  WorkerInvolvement,
} from './case-file-audit.values.js';

/** Section 2: a criterion is graded, or marked not applicable with a reason; absent means ungraded. */
export type CriterionAssessment =
  | {
      readonly status: 'GRADED';
      readonly criterion: number;
      readonly evaluation: string;
      readonly grade: Grade;
      readonly gradedAt: string;
    }
  | {
      readonly status: 'NOT_APPLICABLE';
      readonly criterion: number;
      readonly reason: string;
      readonly markedAt: string;
    };

/** Section 3: the family's feedback, or why it was not sought. */
export type FamilyFeedback =
  | {
      readonly status: 'GIVEN';
      readonly answers: FamilyFeedbackAnswers;
      readonly givenBy: string;
      readonly recordedAt: string;
    }
  | {
      readonly status: 'NOT_SOUGHT';
      readonly reason: string;
      readonly anotherManagerShouldSeek: boolean;
      readonly recordedAt: string;
    };

export type Escalation = {
  readonly escalationId: string;
  readonly scope: EscalationScope;
  readonly criterion: number | null;
  readonly escalatedAt: string;
};

/** CFA-8: the latest record of how the worker took part. */
export type WorkerInvolvementRecord = {
  readonly involvement: WorkerInvolvement;
  readonly date: string | null;
  readonly reason: string | null;
  readonly recordedAt: string;
};

/**
 * CFA-9: a senior manager's moderation of a submitted audit. The auditor's grades stay where they
 * were given (`criteria`, `overallGrade`); the grades the moderator changed are held here.
 */
export type Moderation = {
  readonly agreed: boolean;
  readonly moderatorId: string;
  readonly feedback: string;
  readonly moderatedAt: string;
  readonly criterionGrades: { readonly [criterion: number]: Grade | undefined };
  /** The overall grade as moderated; null when the moderator kept the auditor's. */
  readonly overallGrade: Grade | null;
  readonly feedbackAcknowledgedAt: string | null;
};

export type NotScheduledCaseFileAudit = { readonly status: 'NOT_SCHEDULED' };

export type ScheduledCaseFileAudit = {
  readonly status: 'SCHEDULED';
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly auditType: AuditType;
  readonly auditorId: string;
  readonly dueDate: string;
  readonly teamId: string | null;
  readonly theme: string | null;
  readonly scheduledAt: string;
};

/** The form as filled in so far. */
export type CaseFileAuditForm = {
  readonly penPicture: string | null;
  readonly keyInformation: KeyInformation | null;
  readonly criteria: { readonly [criterion: number]: CriterionAssessment | undefined };
  readonly familyFeedback: FamilyFeedback | null;
  readonly workerComments: string | null;
  readonly recommendations: readonly Recommendation[];
  readonly summary: { readonly strengths: string; readonly areasForImprovement: string } | null;
  readonly escalations: readonly Escalation[];
  readonly workerInvolvement: WorkerInvolvementRecord | null;
};

export type InProgressCaseFileAudit = Omit<ScheduledCaseFileAudit, 'status'> &
  CaseFileAuditForm & { readonly status: 'IN_PROGRESS'; readonly startedAt: string };

export type SubmittedCaseFileAudit = Omit<InProgressCaseFileAudit, 'status'> & {
  readonly status: 'SUBMITTED';
  readonly overallGrade: Grade;
  readonly rationale: string;
  readonly submittedAt: string;
  /** CFA-9: null until a senior manager moderates it. */
  readonly moderation: Moderation | null;
  /** REP-2: the learning themes the audit is tagged with, each as first written; empty until tagged. */
  readonly learningThemes: readonly string[];
};

export type CaseFileAudit =
  | NotScheduledCaseFileAudit
  | ScheduledCaseFileAudit
  | InProgressCaseFileAudit
  | SubmittedCaseFileAudit;

export type CaseFileAuditStatus = CaseFileAudit['status'];

export function initialState(): CaseFileAudit {
  return { status: 'NOT_SCHEDULED' };
}

const emptyForm: CaseFileAuditForm = {
  penPicture: null,
  keyInformation: null,
  criteria: {},
  familyFeedback: null,
  workerComments: null,
  recommendations: [],
  summary: null,
  escalations: [],
  workerInvolvement: null,
};

/**
 * Folds a recorded fact into the audit. Never throws: a fact that does not fit the state it meets
 * (which `decide` never produces) leaves the state as it is, and unknown (newer) event types are
 * skipped, because recorded history may hold them.
 */
export function evolve(state: CaseFileAudit, event: CaseFileAuditEvent): CaseFileAudit {
  switch (event.type) {
    case 'CaseFileAuditScheduled': {
      if (state.status !== 'NOT_SCHEDULED') return state;
      const d = event.data;
      return {
        status: 'SCHEDULED',
        auditId: d.auditId,
        azeusNumber: d.azeusNumber,
        auditType: d.auditType,
        auditorId: d.auditorId,
        dueDate: d.dueDate,
        teamId: d.teamId ?? null,
        theme: d.theme ?? null,
        scheduledAt: d.scheduledAt,
      };
    }
    case 'CaseFileAuditStarted': {
      if (state.status !== 'SCHEDULED') return state;
      return { ...state, ...emptyForm, status: 'IN_PROGRESS', startedAt: event.data.startedAt };
    }
    case 'CaseFileAuditKeyInformationRecorded':
      return withForm(state, () => ({
        penPicture: event.data.penPicture,
        keyInformation: event.data.keyInformation,
      }));
    case 'CaseFileAuditCriterionGraded': {
      const { criterion, evaluation, grade, gradedAt } = event.data;
      return withForm(state, (form) => ({
        criteria: { ...form.criteria, [criterion]: { status: 'GRADED', criterion, evaluation, grade, gradedAt } },
      }));
    }
    case 'CaseFileAuditCriterionMarkedNotApplicable': {
      const { criterion, reason, markedAt } = event.data;
      return withForm(state, (form) => ({
        criteria: { ...form.criteria, [criterion]: { status: 'NOT_APPLICABLE', criterion, reason, markedAt } },
      }));
    }
    case 'CaseFileAuditFamilyFeedbackRecorded': {
      const { answers, givenBy, recordedAt } = event.data;
      return withForm(state, () => ({ familyFeedback: { status: 'GIVEN', answers, givenBy, recordedAt } }));
    }
    case 'CaseFileAuditFamilyFeedbackNotSought': {
      const { reason, anotherManagerShouldSeek, recordedAt } = event.data;
      return withForm(state, () => ({
        familyFeedback: { status: 'NOT_SOUGHT', reason, anotherManagerShouldSeek, recordedAt },
      }));
    }
    case 'CaseFileAuditWorkerCommentsRecorded':
      return withForm(state, () => ({ workerComments: event.data.comments }));
    case 'CaseFileAuditRecommendationAdded': {
      const { recommendationId, action, completionDate, responsible } = event.data;
      return withForm(state, (form) => ({
        recommendations: [...form.recommendations, { recommendationId, action, completionDate, responsible }],
      }));
    }
    case 'CaseFileAuditSummaryRecorded': {
      const { strengths, areasForImprovement } = event.data;
      return withForm(state, () => ({ summary: { strengths, areasForImprovement } }));
    }
    case 'CaseFileAuditSubmitted': {
      if (state.status !== 'IN_PROGRESS') return state;
      const { overallGrade, rationale, submittedAt } = event.data;
      return { ...state, status: 'SUBMITTED', overallGrade, rationale, submittedAt, moderation: null, learningThemes: [] };
    }
    case 'CaseFileAuditInadequacyEscalated': {
      // Recorded with the submission that graded the case Inadequate overall, so it may follow it.
      const { escalationId, scope, criterion, escalatedAt } = event.data;
      if (state.status !== 'IN_PROGRESS' && state.status !== 'SUBMITTED') return state;
      return {
        ...state,
        escalations: [...state.escalations, { escalationId, scope, criterion: criterion ?? null, escalatedAt }],
      };
    }
    case 'CaseFileAuditWorkerInvolvementRecorded': {
      // CFA-8: the outcome of a reflective discussion may be recorded after submission.
      if (state.status !== 'IN_PROGRESS' && state.status !== 'SUBMITTED') return state;
      const { involvement, date, reason, recordedAt } = event.data;
      return { ...state, workerInvolvement: { involvement, date: date ?? null, reason: reason ?? null, recordedAt } };
    }
    case 'CaseFileAuditModerated': {
      if (state.status !== 'SUBMITTED' || state.moderation !== null) return state;
      const { agreed, moderatorId, feedback, moderatedAt } = event.data;
      return {
        ...state,
        moderation: {
          agreed,
          moderatorId,
          feedback,
          moderatedAt,
          criterionGrades: {},
          overallGrade: null,
          feedbackAcknowledgedAt: null,
        },
      };
    }
    case 'CaseFileAuditGradeModerated': {
      if (state.status !== 'SUBMITTED' || state.moderation === null) return state;
      const { scope, criterion, toGrade } = event.data;
      const moderation =
        scope === 'OVERALL' || criterion === null
          ? { ...state.moderation, overallGrade: toGrade }
          : { ...state.moderation, criterionGrades: { ...state.moderation.criterionGrades, [criterion]: toGrade } };
      return { ...state, moderation };
    }
    case 'CaseFileAuditModerationFeedbackAcknowledged': {
      if (state.status !== 'SUBMITTED' || state.moderation === null) return state;
      return { ...state, moderation: { ...state.moderation, feedbackAcknowledgedAt: event.data.acknowledgedAt } };
    }
    case 'CaseFileAuditLearningThemesTagged': {
      if (state.status !== 'SUBMITTED') return state;
      const themes = Array.isArray(event.data.themes) ? event.data.themes.filter((t) => typeof t === 'string') : [];
      return { ...state, learningThemes: themes };
    }
    default:
      return state;
  }
}

/** Applies a change to the form of an audit in progress; the form is frozen in any other state. */
function withForm(
  state: CaseFileAudit,
  change: (form: CaseFileAuditForm) => Partial<CaseFileAuditForm>,
): CaseFileAudit {
  if (state.status !== 'IN_PROGRESS') return state;
  return { ...state, ...change(state) };
}
