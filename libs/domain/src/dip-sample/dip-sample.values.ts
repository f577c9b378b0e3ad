/**
 * CFA-11: S&QA "dip sample audits to ensure that the quality of audits is of a high standard and
 * remedial actions are being followed through" (framework section 3).
 */

/** The quality of the audit sampled. */
export const AUDIT_QUALITY_JUDGEMENTS = ['MEETS_STANDARD', 'BELOW_STANDARD'] as const;
export type AuditQualityJudgement = (typeof AUDIT_QUALITY_JUDGEMENTS)[number];

/** Whether the audit's remedial actions are being followed through. */
export const FOLLOW_THROUGH_JUDGEMENTS = ['YES', 'PARTLY', 'NO', 'NO_ACTIONS_RAISED'] as const;
export type FollowThroughJudgement = (typeof FOLLOW_THROUGH_JUDGEMENTS)[number];

/** The roles that dip-sample audits (CFA-11). */
export const DIP_SAMPLING_ROLES = ['SQA_OFFICER', 'SQA_MANAGER'] as const;
