import type {
  CopyRecipient,
  EscalationScope,
  NotificationRecord,
  RemedialActionSource,
  RemedialActionStatus,
} from '../../libs/domain/src/index.js';

/**
 * Read models of remedial actions (CFA-5, CFA-7) and immediate escalations (CFA-13). Plain JSON;
 * `type`, not `interface`, so they are ReadStore `Document`s. Clock states are never stored: the
 * queries compute them against `asOf`.
 */

export type RemedialActionDocumentStatus = Exclude<RemedialActionStatus, 'NOT_RAISED'>;

export type RemedialActionActorDocument = { readonly staffId: string; readonly role: string };

export type RemedialActionReopeningDocument = {
  readonly reason: string;
  readonly previousTimescale: string;
  readonly timescale: string;
  readonly evidence: string | null;
  readonly completedAt: string | null;
  readonly reopenedBy: string | null;
  readonly reopenedAt: string;
};

export type RemedialActionDocument = {
  readonly id: string;
  readonly source: RemedialActionSource;
  /** Indexed copy of `source.id`: the actions of one audit. */
  readonly sourceId: string;
  readonly recommendationId: string | null;
  /** Null for an action a strand agreed about practice or a service rather than one case. */
  readonly azeusNumber: string | null;
  readonly teamId: string | null;
  readonly ownerId: string;
  readonly managerId: string;
  readonly copyTo: readonly CopyRecipient[];
  readonly description: string;
  /** The current timescale (YYYY-MM-DD); a reopening replaces it and keeps the old one in `reopenings`. */
  readonly timescale: string;
  readonly status: RemedialActionDocumentStatus;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly raisedBy: RemedialActionActorDocument | null;
  readonly raisedAt: string;
  readonly notifications: readonly NotificationRecord[];
  readonly acknowledgedAt: string | null;
  /** Null while open (and again after a reopening). */
  readonly completedAt: string | null;
  readonly evidence: string | null;
  readonly verifiedBy: string | null;
  readonly verifiedAt: string | null;
  readonly supervisionDate: string | null;
  readonly supervisionSessionId: string | null;
  readonly reopenings: readonly RemedialActionReopeningDocument[];
  readonly lastUpdatedAt: string;
  /** YYYY-MM of `settledAt` or OPEN (an index for the overdue view); absent on documents built by the bare evolve. */
  readonly settledMonth?: string;
};

export type ImmediateEscalationDocumentStatus = 'RAISED' | 'ACKNOWLEDGED';

export type ImmediateEscalationDocument = {
  readonly id: string;
  readonly source: { readonly kind: string; readonly id: string };
  /** Indexed copy of `source.id` (the audit). */
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly scope: EscalationScope;
  readonly criterion: number | null;
  readonly reason: string;
  readonly managerId: string;
  readonly managerName: string;
  readonly socialWorkerId: string;
  readonly socialWorkerName: string;
  readonly escalatedBy: string;
  /** The clock starts here (CFA-13). */
  readonly escalatedAt: string;
  readonly status: ImmediateEscalationDocumentStatus;
  readonly revision: number;
  readonly notifications: readonly NotificationRecord[];
  readonly acknowledgedBy: string | null;
  readonly acknowledgedAt: string | null;
  readonly response: string | null;
  readonly lastUpdatedAt: string;
};
