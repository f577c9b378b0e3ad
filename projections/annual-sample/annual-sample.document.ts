/**
 * The read model of a year's random sample (CFA-1): how it was drawn, from what, and each drawn
 * case with its stratum, auditor and due date. One document per year, keyed by the year; plain
 * JSON, `type` not `interface`, so it is a ReadStore `Document`.
 */

export type AnnualSampleDocumentStatus = 'DRAWN' | 'ALLOCATED';

export type AnnualSampleActorDocument = { readonly staffId: string; readonly role: string };

export type AnnualSampleStratumDocument = {
  readonly teamId: string;
  readonly category: string;
  readonly stratum: string;
  readonly frameCases: number;
  readonly eligibleCases: number;
  readonly drawn: number;
};

/** A reallocation of the case, kept so the history of who held it reads on the sample. */
export type AnnualSampleReallocationDocument = {
  readonly fromAuditorId: string | null;
  readonly toAuditorId: string;
  readonly reason: string;
  readonly reallocatedAt: string;
};

export type AnnualSampleCaseDocument = {
  readonly azeusNumber: string;
  readonly teamId: string;
  readonly category: string;
  readonly stratum: string;
  readonly lastAuditedOn: string | null;
  /** Taken although audited in the previous 12 months, because the frame was too small (CFA-1). */
  readonly recentlyAudited: boolean;
  /** Null until the sample is allocated. */
  readonly auditorId: string | null;
  readonly auditorTeamId: string | null;
  /** CFA-6; null until allocated. Overdue is a question for the audit itself, asked at query time. */
  readonly dueDate: string | null;
  readonly allocatedWorkerId: string | null;
  readonly reallocations: readonly AnnualSampleReallocationDocument[];
};

export type AnnualSampleDocument = {
  /** The year, as text. */
  readonly id: string;
  readonly year: number;
  readonly status: AnnualSampleDocumentStatus;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly algorithm: string;
  readonly seed: string;
  readonly fraction: number;
  readonly drawDate: string;
  readonly drawnAt: string;
  readonly drawnBy: AnnualSampleActorDocument | null;
  readonly frameSize: number;
  readonly frameFingerprint: string;
  readonly targetSize: number;
  readonly eligibleCount: number;
  readonly frameTooSmall: boolean;
  readonly recentlyAuditedIncluded: number;
  readonly note: string;
  readonly strata: readonly AnnualSampleStratumDocument[];
  readonly allocationAlgorithm: string | null;
  readonly allocatedAt: string | null;
  readonly allocatedBy: AnnualSampleActorDocument | null;
  /** Sorted by team, category and Azeus number. */
  readonly cases: readonly AnnualSampleCaseDocument[];
};
