import type { SupervisionAgreedAction, SupervisionAnswer, SupervisionAuditKind } from '../../libs/domain/src/supervision-audit/index.js';

/** The `supervisionAudits` read model: one document per supervision audit, keyed by audit id. */

export type SupervisionAuditDocumentStatus = 'IN_PROGRESS' | 'COMPLETED';

export type SupervisionAuditAnswerDocument = {
  readonly key: string;
  readonly question: string;
  readonly answer: SupervisionAnswer | null;
  readonly comments: string | null;
  /** SUP-3: only on the regular supervision question. */
  readonly numberOfSupervisions: number | null;
  readonly answeredAt: string | null;
};

/** SUP-3: a child not safe, raised with the Head of Service; open until they acknowledge it. */
export type SupervisionAuditEscalationDocument = {
  readonly headOfServiceId: string;
  readonly comments: string;
  readonly escalatedBy: string | null;
  readonly escalatedAt: string;
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: string | null;
};

export type SupervisionAuditFindingsReviewDocument = {
  readonly supervisionDate: string;
  readonly agreedActions: readonly SupervisionAgreedAction[];
  readonly reviewedBy: string | null;
  readonly recordedAt: string;
};

export type SupervisionAuditDocument = {
  readonly id: string;
  readonly kind: SupervisionAuditKind;
  readonly auditorId: string;
  readonly auditorRole: string | null;
  readonly supervisorId: string;
  readonly supervisorRole: string | null;
  readonly superviseeId: string;
  /** The supervisor's team as the staff list had it at the start; null if not known. */
  readonly teamId: string | null;
  readonly caseFileId: string | null;
  readonly azeusNumber: string | null;
  readonly auditDate: string;
  readonly status: SupervisionAuditDocumentStatus;
  /** The stream revision last applied: events at or below it are already in. */
  readonly revision: number;
  readonly startedAt: string;
  readonly completedAt: string | null;
  readonly lastUpdatedAt: string;
  /** In the order of the form. */
  readonly answers: readonly SupervisionAuditAnswerDocument[];
  readonly escalation: SupervisionAuditEscalationDocument | null;
  readonly findingsReview: SupervisionAuditFindingsReviewDocument | null;
  readonly copySentToSqaAt: string | null;
  readonly copySentToSqaBy: string | null;
  /** Index for the overdue view (SUP-3): NONE, OPEN, or the UTC month the escalation was acknowledged. */
  readonly escalationSettledMonth?: string;
  /** Index for the overdue view (SUP-5): NONE before completion, OPEN, or the UTC month the findings review was recorded. */
  readonly findingsReviewSettledMonth?: string;
};
