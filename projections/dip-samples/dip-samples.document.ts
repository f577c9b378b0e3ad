import type { AuditQualityJudgement, FollowThroughJudgement } from '../../libs/domain/src/index.js';

/**
 * The read model of one dip sample (CFA-11): which audit was sampled and whose it was, the two
 * judgements and the follow-up actions raised. Plain JSON; `type`, not `interface`, so it is a
 * ReadStore `Document`.
 */

export type DipSampleQualityDocument = {
  readonly judgement: AuditQualityJudgement;
  readonly findings: string;
  readonly judgedAt: string;
};

export type DipSampleFollowThroughDocument = {
  readonly followedThrough: FollowThroughJudgement;
  readonly notes: string | null;
  readonly judgedAt: string;
};

export type DipSampleFollowUpActionDocument = {
  /** The remedial action raised from the dip sample (source kind DIP_SAMPLE). */
  readonly actionId: string;
  readonly description: string;
  readonly raisedAt: string;
};

export type DipSampleDocument = {
  readonly id: string;
  readonly dipSampleId: string;
  /** The case file audit sampled. */
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly auditType: string;
  /** The auditor whose audit was sampled. */
  readonly sampledAuditorId: string;
  readonly teamId: string | null;
  readonly auditSubmittedAt: string | null;
  readonly auditOverallGrade: string | null;
  /** The S&QA officer or manager who took the sample. */
  readonly sampledBy: string;
  readonly status: 'IN_PROGRESS' | 'COMPLETED';
  readonly quality: DipSampleQualityDocument | null;
  /** The quality judgement again, top-level so it can be filtered on; null until judged. */
  readonly qualityJudgement: AuditQualityJudgement | null;
  readonly followThrough: DipSampleFollowThroughDocument | null;
  readonly followUpActions: readonly DipSampleFollowUpActionDocument[];
  readonly startedAt: string;
  readonly completedAt: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
