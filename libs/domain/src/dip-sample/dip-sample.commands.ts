import type { Command } from '../shared/decider.js';

/**
 * Commands of a dip sample (CFA-11). Enumerated values arrive as strings and are checked by
 * `decide`. The audit sampled is read by the API from its stream and arrives as facts in the
 * command, so the decision stays pure.
 */

/** The case file audit as the API read it; null when no audit has been scheduled with that id. */
export type DipSampledAuditFacts = {
  readonly auditType: string;
  readonly azeusNumber: string;
  readonly auditorId: string;
  readonly teamId: string | null;
  /** When the audit was submitted; null while it is not. */
  readonly submittedAt: string | null;
  readonly overallGrade: string | null;
} | null;

export type StartDipSample = Command<
  'StartDipSample',
  { readonly dipSampleId: string; readonly auditId: string; readonly audit: DipSampledAuditFacts }
>;

export type JudgeDipSampledAuditQuality = Command<
  'JudgeDipSampledAuditQuality',
  {
    readonly dipSampleId: string;
    /** One of AUDIT_QUALITY_JUDGEMENTS. */
    readonly judgement: string;
    readonly findings: string;
  }
>;

export type JudgeRemedialActionFollowThrough = Command<
  'JudgeRemedialActionFollowThrough',
  {
    readonly dipSampleId: string;
    /** One of FOLLOW_THROUGH_JUDGEMENTS. */
    readonly followedThrough: string;
    readonly notes?: string | null;
  }
>;

export type RaiseDipSampleFollowUpAction = Command<
  'RaiseDipSampleFollowUpAction',
  { readonly dipSampleId: string; readonly actionId: string; readonly description: string }
>;

export type CompleteDipSample = Command<'CompleteDipSample', { readonly dipSampleId: string }>;

export type DipSampleCommand =
  | StartDipSample
  | JudgeDipSampledAuditQuality
  | JudgeRemedialActionFollowThrough
  | RaiseDipSampleFollowUpAction
  | CompleteDipSample;

export type DipSampleCommandType = DipSampleCommand['type'];
