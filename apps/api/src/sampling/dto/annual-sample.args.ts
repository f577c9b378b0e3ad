import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../../libs/domain/src/case/case.values.js';
import { CaseCategoryEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandOptionsArgs } from '../../commands/command-options.args.js';
import { FreshReadArgs } from '../../people/dto/fresh-read.args.js';

const YEAR = { description: 'The sample year (four digits).' } as const;

@ArgsType()
export class DrawAnnualSampleArgs extends CommandOptionsArgs {
  @Field(() => Int, YEAR) @IsInt() @Min(1000) @Max(9999) year: number;

  @Field(() => String, {
    nullable: true,
    description: 'The seed of the draw, recorded with it. Default: 128 random bits from the server (hex), returned in the receipt.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  seed?: string | null;

  @Field(() => Float, { nullable: true, description: 'The share of the frame to draw, more than 0 and at most 1. Default 0.1 (CFA-1).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  fraction?: number | null;
}

@ArgsType()
export class AllocateAnnualSampleArgs extends CommandOptionsArgs {
  @Field(() => Int, YEAR) @IsInt() @Min(1000) @Max(9999) year: number;
}

@ArgsType()
export class ReallocateAnnualSampleCaseArgs extends CommandOptionsArgs {
  @Field(() => Int, YEAR) @IsInt() @Min(1000) @Max(9999) year: number;
  @Field() @IsShortText() azeusNumber: string;
  @Field(() => ID, { description: 'The new auditor: never the case worker or their line manager (CFA-1).' }) @IsShortText() auditorId: string;
  @Field({ description: 'Why (for example, the auditor left).' }) @IsLongText() reason: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD in the sample's year. Default: the case keeps its due date." })
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string | null;
}

@ArgsType()
export class AnnualSampleArgs extends FreshReadArgs {
  @Field(() => Int, YEAR) @IsInt() @Min(1000) @Max(9999) year: number;
}

@ArgsType()
export class VerifyAnnualSampleArgs {
  @Field(() => Int, YEAR) @IsInt() @Min(1000) @Max(9999) year: number;
}

@InputType({ description: 'Every given condition must hold.' })
export class AnnualSampleAllocationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() auditorId?: string | null;
  @Field(() => ID, { nullable: true, description: "The case's team." }) @IsOptional() @IsShortText() teamId?: string | null;
  @Field(() => CaseCategoryEnum, { nullable: true }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: CaseCategory | null;
  @Field(() => String, { nullable: true, description: 'Due on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueOnOrBefore?: string | null;
}

@ArgsType()
export class AnnualSampleAllocationArgs extends FreshReadArgs {
  @Field(() => Int, { nullable: true, description: "One year's sample; every year's when not given." })
  @IsOptional()
  @IsInt()
  @Min(1000)
  @Max(9999)
  year?: number | null;

  @Field(() => AnnualSampleAllocationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AnnualSampleAllocationFilter)
  filter?: AnnualSampleAllocationFilter | null;
}
