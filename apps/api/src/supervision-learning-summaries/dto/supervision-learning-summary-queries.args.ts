import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import type { SupervisionLearningSummaryDocumentStatus } from '../../../../../projections/supervision-learning-summaries/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { SUPERVISION_LEARNING_SUMMARY_STATUSES, SupervisionLearningSummaryStatusEnum } from '../supervision-learning-summary.enums.js';

@ArgsType()
export class SupervisionLearningSummaryArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() headOfServiceId: string;
  @Field({ description: 'YYYY-Qn.' }) @IsShortText() quarter: string;
}

@InputType({ description: 'Every field given must match; none given lists every summary.' })
export class SupervisionLearningSummaryFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  headOfServiceId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-Qn.' })
  @IsOptional()
  @IsShortText()
  quarter?: string | null;

  @Field(() => SupervisionLearningSummaryStatusEnum, { nullable: true, description: 'SUBMITTED: awaiting DMT\'s review.' })
  @IsOptional()
  @IsIn(SUPERVISION_LEARNING_SUMMARY_STATUSES)
  status?: SupervisionLearningSummaryDocumentStatus | null;
}

@ArgsType()
export class SupervisionLearningSummariesArgs extends ReadOptionsArgs {
  @Field(() => SupervisionLearningSummaryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionLearningSummaryFilter)
  filter?: SupervisionLearningSummaryFilter | null;
}

@ArgsType()
export class MissingSupervisionLearningSummariesArgs extends ReadOptionsArgs {
  @Field({ description: 'YYYY-Qn.' }) @IsShortText() quarter: string;
}
