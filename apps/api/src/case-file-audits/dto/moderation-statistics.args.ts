import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, Matches, ValidateNested } from 'class-validator';
import { IsShortText } from './validation.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'Every given condition must hold. The period is by month of moderation (UTC), both ends included.' })
export class ModerationStatisticsFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() auditorId?: string | null;
  @Field(() => ID, { nullable: true, description: "The audit's team." }) @IsOptional() @IsShortText() teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'First month counted, YYYY-MM.' })
  @IsOptional()
  @Matches(MONTH, { message: '$property must be a month in the form YYYY-MM' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month counted, YYYY-MM.' })
  @IsOptional()
  @Matches(MONTH, { message: '$property must be a month in the form YYYY-MM' })
  to?: string | null;
}

@ArgsType()
export class ModerationStatisticsArgs {
  @Field(() => ModerationStatisticsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModerationStatisticsFilter)
  filter?: ModerationStatisticsFilter | null;

  @Field(() => String, {
    nullable: true,
    description:
      "A mutation's `position`: the query first waits (bounded) until the statistics include it. If they do not get there in time the query fails with READ_MODEL_LAGGING; retry.",
  })
  @IsOptional()
  @Matches(/^\d{1,40}$/, { message: '$property must be a position returned by a mutation (a decimal integer)' })
  atLeastPosition?: string | null;
}
