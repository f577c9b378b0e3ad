import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AuditQualityJudgement, FollowThroughJudgement } from '../../../../../libs/domain/src/index.js';
import { AuditQualityJudgementEnum, DipSampleStatusEnum, FollowThroughJudgementEnum, type DipSampleStatus } from '../dip-sample.enums.js';
import { CHILD_TEXT_NULL_WHEN_WITHHELD, WITHHELD_CHILD_TEXT_DESCRIPTION, WithheldChildText } from '../../case-keys/models/withheld-child-text.model.js';

/**
 * A dip sample as clients read it (CFA-11). Output types are whitelists: a field reaches a client
 * only if it is declared here and copied by dip-sample.mapper.ts.
 */

@ObjectType({ description: "CFA-11: the sampled audit's quality as judged." })
export class DipSampleQuality {
  @Field(() => AuditQualityJudgementEnum) judgement: AuditQualityJudgement;
  @Field(() => String, { nullable: true, description: CHILD_TEXT_NULL_WHEN_WITHHELD }) findings: string | null;
  @Field() judgedAt: string;
}

@ObjectType({ description: "CFA-11: whether the audit's remedial actions are being followed through." })
export class DipSampleFollowThrough {
  @Field(() => FollowThroughJudgementEnum) followedThrough: FollowThroughJudgement;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() judgedAt: string;
}

@ObjectType({ description: 'CFA-11: a follow-up action raised from the dip sample.' })
export class DipSampleFollowUpAction {
  @Field(() => ID, { description: 'The remedial action that carries it.' }) actionId: string;
  @Field() description: string;
  @Field() raisedAt: string;
}

@ObjectType({ description: "CFA-11: S&QA's dip sample of a submitted case file audit." })
export class DipSample {
  @Field(() => [WithheldChildText], { nullable: true, description: WITHHELD_CHILD_TEXT_DESCRIPTION })
  withheldChildText?: WithheldChildText[] | null;

  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The case file audit sampled.' }) auditId: string;
  @Field() azeusNumber: string;
  @Field() auditType: string;
  @Field(() => ID, { description: 'The auditor whose audit was sampled.' }) sampledAuditorId: string;
  @Field(() => ID, { nullable: true }) teamId: string | null;
  @Field(() => String, { nullable: true }) auditSubmittedAt: string | null;
  @Field(() => String, { nullable: true, description: 'The overall grade the auditor gave.' }) auditOverallGrade: string | null;
  @Field(() => ID, { description: 'The S&QA officer or manager who took the sample.' }) sampledBy: string;
  @Field(() => DipSampleStatusEnum) status: DipSampleStatus;
  @Field(() => DipSampleQuality, { nullable: true }) quality: DipSampleQuality | null;
  @Field(() => DipSampleFollowThrough, { nullable: true }) followThrough: DipSampleFollowThrough | null;
  @Field(() => [DipSampleFollowUpAction]) followUpActions: DipSampleFollowUpAction[];
  @Field() startedAt: string;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: 'CFA-11: completed dip samples by whether remedial actions were followed through.' })
export class FollowThroughCounts {
  @Field(() => Int) yes: number;
  @Field(() => Int) partly: number;
  @Field(() => Int) no: number;
  @Field(() => Int) noActionsRaised: number;
}

@ObjectType({ description: "CFA-11: how an auditor's sampled audits were judged (completed dip samples only)." })
export class DipSampleSummary {
  @Field(() => ID) auditorId: string;
  @Field(() => Int, { description: 'Dip samples taken of their audits, completed or not.' }) sampled: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) meetsStandard: number;
  @Field(() => Int) belowStandard: number;
  @Field(() => FollowThroughCounts) followThrough: FollowThroughCounts;
}
