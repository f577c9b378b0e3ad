import type { ComplianceCheckItem } from '../../libs/domain/src/index.js';

/**
 * The read model of one compliance audit (CFA-4, CFA-5): the checklist as seven rows, the
 * management direction case note and its actions with their supervision reviews, and where the
 * audit stands. Plain JSON; `type`, not `interface`, so it is a ReadStore `Document`.
 */

export type ComplianceCheckDocument = {
  readonly item: ComplianceCheckItem;
  /** The item as the framework words it. */
  readonly label: string;
  readonly status: 'UNANSWERED' | 'MET' | 'NOT_MET';
  readonly comment: string | null;
  readonly recordedAt: string | null;
};

export type ComplianceActionReviewDocument = {
  readonly supervisionDate: string;
  readonly supervisionSessionId: string | null;
  readonly completed: boolean;
  readonly comment: string | null;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string;
};

export type ComplianceActionDocument = {
  readonly actionId: string;
  readonly description: string;
  readonly timescale: string;
  readonly ownerId: string;
  /** COMPLETED once a supervision review confirms it (CFA-5). */
  readonly status: 'OPEN' | 'COMPLETED';
  readonly reviews: readonly ComplianceActionReviewDocument[];
};

export type ManagementDirectionCaseNoteDocument = {
  readonly note: string;
  readonly caseNoteReference: string | null;
  readonly recordedAt: string;
  readonly actions: readonly ComplianceActionDocument[];
};

/**
 * CFA-5 at a glance: NOT_REQUIRED while every answered item is met and no note is recorded;
 * REQUIRED when an item is not met and no note is recorded yet; RECORDED once it is.
 */
export type CaseNoteState = 'NOT_REQUIRED' | 'REQUIRED' | 'RECORDED';

/** NONE without case note actions; OPEN while any is not yet confirmed completed in supervision. */
export type ComplianceActionsState = 'NONE' | 'OPEN' | 'ALL_COMPLETED';

export type ComplianceAuditDocument = {
  readonly id: string;
  readonly complianceAuditId: string;
  readonly azeusNumber: string;
  readonly superviseeId: string;
  readonly auditorId: string;
  readonly teamId: string | null;
  /** The supervision the audit precedes (CFA-4); also its due date (CFA-6, overdue computed at query time). */
  readonly supervisionDate: string;
  readonly supervisionSessionId: string | null;
  readonly status: 'IN_PROGRESS' | 'COMPLETED';
  /** Always seven rows in the framework's order. */
  readonly checks: readonly ComplianceCheckDocument[];
  readonly itemsNotMet: readonly ComplianceCheckItem[];
  readonly caseNoteState: CaseNoteState;
  readonly caseNote: ManagementDirectionCaseNoteDocument | null;
  readonly actionsState: ComplianceActionsState;
  readonly startedAt: string;
  readonly completedOn: string | null;
  /** YYYY-MM of `completedOn` (an index); absent on documents built by the bare evolve. */
  readonly completedMonth?: string | null;
  readonly completedAt: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
