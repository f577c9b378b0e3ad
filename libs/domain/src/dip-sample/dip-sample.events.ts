import type { DomainEvent } from '../shared/decider.js';
import type { AuditQualityJudgement, FollowThroughJudgement } from './dip-sample.values.js';

/**
 * The facts of a dip sample (CFA-11): an S&QA officer or manager takes a submitted case file audit
 * (its own stream, referred to by audit id), judges the audit's quality and whether its remedial
 * actions are being followed through, and may raise follow-up actions.
 */

export type DipSampleStarted = DomainEvent<
  'DipSampleStarted',
  {
    readonly dipSampleId: string;
    readonly auditId: string;
    /** What the audit was when sampled, as read from its stream: kept so read models need not join. */
    readonly azeusNumber: string;
    readonly auditType: string;
    readonly sampledAuditorId: string;
    readonly teamId: string | null;
    readonly auditSubmittedAt: string;
    readonly auditOverallGrade: string | null;
    readonly sampledBy: string;
    readonly startedAt: string;
  }
>;

/** A later judgement replaces the earlier one until the dip sample is completed. */
export type DipSampleAuditQualityJudged = DomainEvent<
  'DipSampleAuditQualityJudged',
  {
    readonly dipSampleId: string;
    readonly judgement: AuditQualityJudgement;
    readonly findings: string;
    readonly judgedAt: string;
  }
>;

export type DipSampleFollowThroughJudged = DomainEvent<
  'DipSampleFollowThroughJudged',
  {
    readonly dipSampleId: string;
    readonly followedThrough: FollowThroughJudgement;
    readonly notes: string | null;
    readonly judgedAt: string;
  }
>;

/** A follow-up action raised from the dip sample: a reference to the remedial action (source DIP_SAMPLE). */
export type DipSampleFollowUpActionRaised = DomainEvent<
  'DipSampleFollowUpActionRaised',
  {
    readonly dipSampleId: string;
    readonly actionId: string;
    readonly description: string;
    readonly raisedAt: string;
  }
>;

export type DipSampleCompleted = DomainEvent<
  'DipSampleCompleted',
  {
    readonly dipSampleId: string;
    readonly auditId: string;
    readonly judgement: AuditQualityJudgement;
    readonly followedThrough: FollowThroughJudgement;
    readonly completedAt: string;
  }
>;

export type DipSampleEvent =
  | DipSampleStarted
  | DipSampleAuditQualityJudged
  | DipSampleFollowThroughJudged
  | DipSampleFollowUpActionRaised
  | DipSampleCompleted;

export type DipSampleEventType = DipSampleEvent['type'];

export const DIP_SAMPLE_EVENT_TYPES: readonly DipSampleEventType[] = [
  'DipSampleStarted',
  'DipSampleAuditQualityJudged',
  'DipSampleFollowThroughJudged',
  'DipSampleFollowUpActionRaised',
  'DipSampleCompleted',
];
