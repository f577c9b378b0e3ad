import type { IndependentAuditCommissionStatus, LearningEvidenced } from '../../libs/domain/src/index.js';

/**
 * The read model of one independent audit commission (CFA-10): what a senior manager asked S&QA to
 * test, who accepted it, the INDEPENDENT case file audit carrying it out (by id), and the findings.
 * Plain JSON; `type`, not `interface`, so it is a ReadStore `Document`.
 */
export type IndependentAuditCommissionDocument = {
  readonly id: string;
  readonly commissionId: string;
  readonly azeusNumber: string;
  readonly learningToTest: string;
  /** CFA-6; overdue is computed at query time. */
  readonly dueDate: string;
  readonly teamId: string | null;
  readonly commissionedBy: string;
  readonly commissionedAt: string;
  readonly status: Exclude<IndependentAuditCommissionStatus, 'NOT_COMMISSIONED'>;
  /** The S&QA officer or manager who accepted it. */
  readonly auditorId: string | null;
  readonly acceptedAt: string | null;
  /** The case file audit (type INDEPENDENT) that carries it out. */
  readonly auditId: string | null;
  readonly linkedAt: string | null;
  readonly learningEvidenced: LearningEvidenced | null;
  readonly findings: string | null;
  readonly reportedBy: string | null;
  readonly reportedAt: string | null;
  readonly withdrawnReason: string | null;
  readonly withdrawnAt: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
