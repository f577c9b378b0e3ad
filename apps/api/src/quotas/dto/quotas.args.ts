import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import type { QuotaStatus } from '../../../../../projections/quotas/quotas.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { QUOTA_STATUSES, QuotaStatusEnum } from '../quota.enums.js';

@InputType({ description: 'Every given condition must hold.' })
export class QuotaFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() staffId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The team the person was in on the first day of the period.' }) @IsOptional() @IsShortText() teamId?: string | null;
  @Field(() => ID, { nullable: true, description: "The team's service area on the first day of the period." }) @IsOptional() @IsShortText() serviceAreaId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these rules, e.g. ["CFA-2", "SUP-1"].' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsShortText({ each: true })
  rules?: string[] | null;

  @Field(() => [QuotaStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(QUOTA_STATUSES, { each: true })
  statuses?: QuotaStatus[] | null;
}

@ArgsType()
export class QuotasArgs extends ReadOptionsArgs {
  @Field({ description: 'A month (2026-03), quarter (2026-Q1), half-year (2026-H1) or year (2026).' })
  @Matches(/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, { message: 'period must be a month (2026-03), a quarter (2026-Q1), a half-year (2026-H1) or a year (2026)' })
  period: string;

  @Field(() => QuotaFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuotaFilterInput)
  filter?: QuotaFilterInput | null;
}
