import type {
  AuditType,
  EscalationScope,
  FamilyFeedbackAnswers,
  Grade,
  KeyInformation,
  WorkerInvolvement,
} from '../../libs/domain/src/index.js';

/**
 * The read model of one case file audit: every field of the appendix A form (CFA-12), its schedule,
 * its status and the stream revision of the last event applied. Plain JSON; `type`, not
 * `interface`, so it is a ReadStore `Document`.
 */

export type CaseFileAuditDocumentStatus = 'SCHEDULED' | 'IN_PROGRESS' | 'SUBMITTED';

/** Section 2: one row of the criteria table, ungraded until the auditor answers it. */
export type CaseFileAuditCriterionDocument = {
  readonly number: number;
  readonly title: string;
  readonly status: 'UNGRADED' | 'GRADED' | 'NOT_APPLICABLE';
  readonly evaluation: string | null;
  readonly grade: Grade | null;
  readonly notApplicableReason: string | null;
  readonly recordedAt: string | null;
};

/** Section 3: the family's answers, or why they were not sought. */
export type CaseFileAuditFamilyFeedbackDocument = {
  readonly status: 'GIVEN' | 'NOT_SOUGHT';
  readonly answers: FamilyFeedbackAnswers | null;
  readonly givenBy: string | null;
  readonly reasonNotSought: string | null;
  readonly anotherManagerShouldSeek: boolean | null;
  readonly recordedAt: string;
};

/** Section 4. */
export type CaseFileAuditWorkerCommentsDocument = {
  readonly comments: string;
  readonly recordedAt: string;
};

/** Section 5 recommendation. */
export type CaseFileAuditRecommendationDocument = {
  readonly recommendationId: string;
  readonly action: string;
  readonly completionDate: string;
  readonly responsible: string;
  readonly addedAt: string;
};

/** Section 5 summary. */
export type CaseFileAuditSummaryDocument = {
  readonly strengths: string;
  readonly areasForImprovement: string;
  readonly recordedAt: string;
};

/** CFA-13: an immediate escalation of an Inadequate grade, with its own clock (`escalatedAt`). */
export type CaseFileAuditEscalationDocument = {
  readonly escalationId: string;
  readonly scope: EscalationScope;
  readonly criterion: number | null;
  readonly reason: string;
  readonly teamManagerId: string | null;
  readonly teamManagerName: string | null;
  readonly socialWorkerId: string | null;
  readonly socialWorkerName: string | null;
  readonly escalatedBy: string | null;
  readonly escalatedAt: string;
};

/** CFA-8: one record of how the worker took part. */
export type CaseFileAuditWorkerInvolvementRecordDocument = {
  readonly involvement: WorkerInvolvement;
  readonly date: string | null;
  readonly reason: string | null;
  readonly recordedAt: string;
  readonly recordedBy: string | null;
};

/** CFA-8: the latest record, and every record in the order made (an offer, then its outcome). */
export type CaseFileAuditWorkerInvolvementDocument = CaseFileAuditWorkerInvolvementRecordDocument & {
  readonly history: readonly CaseFileAuditWorkerInvolvementRecordDocument[];
};

/** CFA-9: a grade as the auditor gave it and as moderated (the same when the moderator kept it). */
export type CaseFileAuditModeratedGradeDocument = {
  readonly originalGrade: Grade | null;
  readonly moderatedGrade: Grade | null;
  readonly changed: boolean;
  /** The moderator's reason for a changed grade. */
  readonly reason: string | null;
};

export type CaseFileAuditModeratedCriterionDocument = CaseFileAuditModeratedGradeDocument & { readonly number: number };

/** CFA-9: the senior manager's moderation of the submitted audit. */
export type CaseFileAuditModerationDocument = {
  readonly status: 'AGREED' | 'CHANGED';
  readonly moderatorId: string;
  readonly moderatorRole: string | null;
  readonly feedback: string;
  readonly moderatedAt: string;
  /** Always 16 rows in criterion order. */
  readonly criteria: readonly CaseFileAuditModeratedCriterionDocument[];
  readonly overall: CaseFileAuditModeratedGradeDocument;
  readonly feedbackAcknowledgedAt: string | null;
  readonly feedbackAcknowledgedBy: string | null;
};

export type CaseFileAuditActorDocument = { readonly staffId: string; readonly role: string };

export type CaseFileAuditDocument = {
  readonly id: string;
  readonly azeusNumber: string;
  readonly auditType: AuditType;
  readonly auditorId: string;
  readonly teamId: string | null;
  readonly theme: string | null;
  /** CFA-6. Overdue is computed at query time (`isOverdue`), never stored. */
  readonly dueDate: string;
  readonly status: CaseFileAuditDocumentStatus;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly scheduledAt: string;
  readonly startedAt: string | null;
  readonly submittedAt: string | null;
  /** YYYY-MM of `submittedAt` (an index); absent on documents built by the bare evolve. */
  readonly submittedMonth?: string | null;
  readonly lastUpdatedAt: string;
  readonly lastUpdatedBy: CaseFileAuditActorDocument | null;
  /** Section 1a. */
  readonly penPicture: string | null;
  /** Section 1b. */
  readonly keyInformation: KeyInformation | null;
  /** Section 2, always 16 rows in criterion order. */
  readonly criteria: readonly CaseFileAuditCriterionDocument[];
  readonly familyFeedback: CaseFileAuditFamilyFeedbackDocument | null;
  readonly workerComments: CaseFileAuditWorkerCommentsDocument | null;
  readonly recommendations: readonly CaseFileAuditRecommendationDocument[];
  readonly summary: CaseFileAuditSummaryDocument | null;
  /** Section 6. */
  readonly overallGrade: Grade | null;
  readonly rationale: string | null;
  readonly escalations: readonly CaseFileAuditEscalationDocument[];
  /**
   * CFA-8 and CFA-9 sections appear with their first event: absent means none recorded, which is
   * also how documents projected before these sections existed read, so no rebuild is needed.
   */
  readonly workerInvolvement?: CaseFileAuditWorkerInvolvementDocument;
  readonly moderation?: CaseFileAuditModerationDocument;
};
