/**
 * The words of the annual random sample of case file audits (framework section 3; DOMAIN.md CFA-1):
 * "a random sample of roughly 10% of cases per year (c.140 of c.1,400)".
 */

/** CFA-1: about 10% of the year's cases. */
export const DEFAULT_SAMPLE_FRACTION = 0.1;

/**
 * The name and version of the draw's rules (`annual-sample.draw.ts`), recorded with every draw. A
 * change to the rules is a new version beside this one, never an edit of it: recorded draws must
 * re-run to the same cases forever.
 */
export const ANNUAL_SAMPLE_DRAW_ALGORITHM = 'annual-sample/stratified-largest-remainder/xoshiro128ss-sha256/v1';

/** The name and version of the allocation rules (`annual-sample.allocation.ts`). */
export const ANNUAL_SAMPLE_ALLOCATION_ALGORITHM = 'annual-sample-allocation/least-loaded-balanced/xoshiro128ss-sha256/v1';

/** One case of the frame the sample is drawn from: the year's caseload. */
export type SampleFrameCase = {
  readonly azeusNumber: string;
  readonly teamId: string;
  /** One of CASE_CATEGORIES (CAF_TAC, CIN, CP, LAC, CWD, CARE_LEAVER). */
  readonly category: string;
  /** The date (YYYY-MM-DD) the case was last audited, or null if never. */
  readonly lastAuditedOn: string | null;
};

/** A case the draw took, and the stratum (team × category) it was drawn from. */
export type DrawnSampleCase = SampleFrameCase & {
  /** `<teamId>/<category>`, a label; teamId and category are the stratum. */
  readonly stratum: string;
  /**
   * True when the case was audited in the 12 months before the draw and was taken only because
   * the frame held too few other cases (CFA-1).
   */
  readonly recentlyAudited: boolean;
};

/** The draw's account of one stratum of the frame. */
export type SampleStratumCount = {
  readonly teamId: string;
  readonly category: string;
  readonly stratum: string;
  /** Cases of the frame in this stratum. */
  readonly frameCases: number;
  /** Of them, cases not audited in the previous 12 months. */
  readonly eligibleCases: number;
  /** Cases drawn from it. */
  readonly drawn: number;
};

/** Everything a draw decides, with what it was drawn from. */
export type AnnualSampleDrawResult = {
  readonly algorithm: string;
  readonly seed: string;
  readonly fraction: number;
  /** The date (YYYY-MM-DD) the 12-month exclusion is counted back from. */
  readonly drawDate: string;
  /** Cases in the frame. */
  readonly frameSize: number;
  /** SHA-256 (hex) of the canonical frame (`canonicalFrameText`). */
  readonly frameFingerprint: string;
  /** How many cases the sample should hold: the fraction of the frame, at least one. */
  readonly targetSize: number;
  /** Cases not audited in the 12 months before the draw date. */
  readonly eligibleCount: number;
  /** True when fewer than `targetSize` cases were eligible and recently audited cases were added. */
  readonly frameTooSmall: boolean;
  /** Recently audited cases added because the frame was too small (the least recently audited). */
  readonly recentlyAuditedIncluded: number;
  /** What the draw did, in words, for the record. */
  readonly note: string;
  /** Sorted by team, category and Azeus number. */
  readonly drawn: readonly DrawnSampleCase[];
  /** Every stratum of the frame, sorted by team and category. */
  readonly strata: readonly SampleStratumCount[];
};

/** Someone who may audit sampled cases (a TM or AP, CFA-2), with whom they answer to. */
export type SampleAuditor = {
  readonly staffId: string;
  readonly teamId: string | null;
  readonly lineManagerId: string | null;
};

/** Who works a drawn case, which decides who may not audit it. */
export type SampleCaseWorker = {
  readonly azeusNumber: string;
  readonly allocatedWorkerId: string | null;
  readonly allocatedWorkerLineManagerId: string | null;
};

/** A drawn case given to an auditor, due by the end of a month of the sample's year (CFA-6). */
export type SampleCaseAllocation = {
  readonly azeusNumber: string;
  readonly teamId: string;
  readonly category: string;
  readonly stratum: string;
  readonly auditorId: string;
  readonly auditorTeamId: string | null;
  /** YYYY-MM-DD, the last day of a month. */
  readonly dueDate: string;
  readonly allocatedWorkerId: string | null;
  /** Staff who may not audit the case: its allocated worker and that worker's line manager(s). */
  readonly excludedAuditorIds: readonly string[];
};

export function stratumLabel(teamId: string, category: string): string {
  return `${teamId}/${category}`;
}
