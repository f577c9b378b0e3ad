import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import {
  AUDIT_QUALITY_JUDGEMENTS,
  FOLLOW_THROUGH_JUDGEMENTS,
  type AuditQualityJudgement,
  type FollowThroughJudgement,
} from '../../../../../libs/domain/src/index.js';
import { IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { AuditQualityJudgementEnum, FollowThroughJudgementEnum } from '../dip-sample.enums.js';

/** Inputs of the dip sample's mutations (CFA-11). Shape only: who may sample what is the decider's to say. */

@InputType({ description: "CFA-11: an S&QA officer or manager dip-samples another auditor's submitted case file audit." })
export class StartDipSampleInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A UUID for the new dip sample. Default: derived from the commandId, so a retried start lands on the same one.',
  })
  @IsOptional()
  @IsUUID()
  dipSampleId?: string | null;

  @Field(() => ID, { description: 'The submitted case file audit; its case, auditor, team and grade are read from it.' })
  @IsUUID()
  auditId: string;
}

@InputType({ description: "CFA-11: the sampled audit's quality, with the findings that support it. A later judgement replaces it until completion." })
export class JudgeDipSampledAuditQualityInput {
  @Field(() => ID) @IsUUID() dipSampleId: string;
  @Field(() => AuditQualityJudgementEnum) @IsIn(AUDIT_QUALITY_JUDGEMENTS) judgement: AuditQualityJudgement;
  @Field() @IsLongText() findings: string;
}

@InputType({ description: "CFA-11: whether the audit's remedial actions are being followed through; notes required for PARTLY and NO." })
export class JudgeRemedialActionFollowThroughInput {
  @Field(() => ID) @IsUUID() dipSampleId: string;
  @Field(() => FollowThroughJudgementEnum) @IsIn(FOLLOW_THROUGH_JUDGEMENTS) followedThrough: FollowThroughJudgement;
  @Field(() => String, { nullable: true }) @IsOptional() @IsLongText() notes?: string | null;
}

@InputType({ description: 'CFA-11: a follow-up action raised from the dip sample, by the remedial action it refers to.' })
export class RaiseDipSampleFollowUpActionInput {
  @Field(() => ID) @IsUUID() dipSampleId: string;
  @Field(() => ID, { description: 'The remedial action (source DIP_SAMPLE) that carries the follow-up.' }) @IsShortText() actionId: string;
  @Field() @IsLongText() description: string;
}

@InputType({ description: 'CFA-11: complete the dip sample once both judgements are recorded.' })
export class CompleteDipSampleInput {
  @Field(() => ID) @IsUUID() dipSampleId: string;
}

@ArgsType()
export class StartDipSampleArgs extends CommandArgsOf(StartDipSampleInput) {}
@ArgsType()
export class JudgeDipSampledAuditQualityArgs extends CommandArgsOf(JudgeDipSampledAuditQualityInput) {}
@ArgsType()
export class JudgeRemedialActionFollowThroughArgs extends CommandArgsOf(JudgeRemedialActionFollowThroughInput) {}
@ArgsType()
export class RaiseDipSampleFollowUpActionArgs extends CommandArgsOf(RaiseDipSampleFollowUpActionInput) {}
@ArgsType()
export class CompleteDipSampleArgs extends CommandArgsOf(CompleteDipSampleInput) {}
