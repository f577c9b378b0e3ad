import type { DomainEvent } from '../shared/decider.js';
import type { LearningEvidenced } from './independent-audit-commission.values.js';

/**
 * The facts of an independent audit commission (CFA-10): a senior manager asks S&QA to audit a
 * case to test the learning and improvement agreed for an individual or team; an S&QA officer or
 * manager accepts it and carries it out as a case file audit of type INDEPENDENT (its own stream,
 * referred to here by audit id), then reports whether the learning is evidenced.
 */

export type IndependentAuditCommissioned = DomainEvent<
  'IndependentAuditCommissioned',
  {
    readonly commissionId: string;
    readonly azeusNumber: string;
    /** The reason: the learning and improvement the audit is to test. */
    readonly learningToTest: string;
    /** YYYY-MM-DD. */
    readonly dueDate: string;
    readonly teamId: string | null;
    readonly commissionedBy: string;
    readonly commissionedAt: string;
  }
>;

export type IndependentAuditCommissionAccepted = DomainEvent<
  'IndependentAuditCommissionAccepted',
  {
    readonly commissionId: string;
    /** The S&QA officer or manager who accepted it and will carry out the audit. */
    readonly auditorId: string;
    readonly acceptedAt: string;
  }
>;

export type IndependentAuditLinked = DomainEvent<
  'IndependentAuditLinked',
  {
    readonly commissionId: string;
    /** The case file audit (type INDEPENDENT) that carries out the commission. */
    readonly auditId: string;
    readonly auditorId: string;
    readonly linkedBy: string;
    readonly linkedAt: string;
  }
>;

export type IndependentAuditFindingsReported = DomainEvent<
  'IndependentAuditFindingsReported',
  {
    readonly commissionId: string;
    readonly auditId: string;
    readonly learningEvidenced: LearningEvidenced;
    readonly findings: string;
    readonly reportedBy: string;
    readonly reportedAt: string;
  }
>;

export type IndependentAuditCommissionWithdrawn = DomainEvent<
  'IndependentAuditCommissionWithdrawn',
  { readonly commissionId: string; readonly reason: string; readonly withdrawnBy: string; readonly withdrawnAt: string }
>;

export type IndependentAuditCommissionEvent =
  | IndependentAuditCommissioned
  | IndependentAuditCommissionAccepted
  | IndependentAuditLinked
  | IndependentAuditFindingsReported
  | IndependentAuditCommissionWithdrawn;

export type IndependentAuditCommissionEventType = IndependentAuditCommissionEvent['type'];

export const INDEPENDENT_AUDIT_COMMISSION_EVENT_TYPES: readonly IndependentAuditCommissionEventType[] = [
  'IndependentAuditCommissioned',
  'IndependentAuditCommissionAccepted',
  'IndependentAuditLinked',
  'IndependentAuditFindingsReported',
  'IndependentAuditCommissionWithdrawn',
];
