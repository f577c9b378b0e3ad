import type {
  CrsEscalationAgreedAction,
  CrsEscalationNotified,
  CrsEscalationResolution,
  CrsEscalationStage,
} from '../../libs/domain/src/crs-escalation/index.js';

/** The `crsEscalations` read model: one document per escalation by an independent chair (CRS-1). */

export type CrsEscalationDocumentStatus = 'OPEN' | 'RESOLVED' | 'WITHDRAWN';

export type CrsEscalationStageDocument = {
  readonly stage: CrsEscalationStage;
  readonly recipientId: string;
  readonly startedAt: string;
  /** Why the chair took it to this stage; null for the first. */
  readonly reason: string | null;
  /** Who was told when the stage began (CRS-1). */
  readonly notified: readonly CrsEscalationNotified[];
  readonly response: string | null;
  readonly respondedBy: string | null;
  readonly respondedAt: string | null;
  /** When it left this stage unanswered (escalated on or withdrawn). */
  readonly endedAt: string | null;
};

export type CrsEscalationNotificationDocument = {
  readonly notificationId: string;
  readonly recipients: readonly string[];
  readonly channel: string;
  readonly sentAt: string;
  readonly messageId: string | null;
};

export type CrsEscalationResolutionDocument = {
  readonly resolution: CrsEscalationResolution;
  readonly stage: CrsEscalationStage;
  readonly outcome: string;
  readonly agreedActions: readonly CrsEscalationAgreedAction[];
  readonly resolvedBy: string | null;
  readonly resolvedAt: string;
};

export type CrsEscalationWithdrawalDocument = {
  readonly reason: string;
  readonly withdrawnBy: string | null;
  readonly withdrawnAt: string;
};

export type CrsEscalationDocument = {
  readonly id: string;
  readonly azeusNumber: string;
  readonly teamId: string | null;
  readonly raisedBy: string;
  readonly raisedByRole: string | null;
  readonly concern: string;
  readonly practiceIssue: string;
  readonly teamManagerId: string;
  readonly headOfServiceId: string | null;
  readonly serious: boolean;
  readonly managementDecision: boolean;
  readonly status: CrsEscalationDocumentStatus;
  /** The current stage (the last one, once closed) and its recipient. */
  readonly stage: CrsEscalationStage;
  readonly recipientId: string;
  /** In order; the last is the current one. */
  readonly stages: readonly CrsEscalationStageDocument[];
  /** The recorded sendings of the escalation's notifications. */
  readonly notifications: readonly CrsEscalationNotificationDocument[];
  readonly resolution: CrsEscalationResolutionDocument | null;
  readonly withdrawal: CrsEscalationWithdrawalDocument | null;
  /** When it was resolved or withdrawn; null while open. */
  readonly closedAt: string | null;
  /** Index for the overdue view (CRS-1): OPEN, or the UTC month it was resolved or withdrawn. */
  readonly closedMonth?: string;
  readonly raisedAt: string;
  readonly lastUpdatedAt: string;
  /** The stream revision last applied: events at or below it are already in. */
  readonly revision: number;
};
