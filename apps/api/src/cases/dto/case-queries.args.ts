import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../../libs/domain/src/case/case.values.js';
import { CaseCategoryEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { FreshReadArgs } from '../../people/dto/fresh-read.args.js';
import { CASE_STATUSES, CaseStatusEnum } from '../cases.enums.js';

@ArgsType()
export class CaseArgs extends FreshReadArgs {
  @Field() @IsShortText() azeusNumber: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: the case as it stood on this date (category, team, worker, open). Default: as recorded now.',
  })
  @IsOptional()
  @IsCalendarDate()
  asAt?: string | null;
}

@InputType({ description: 'Every given condition must hold.' })
export class CaseFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The allocated social worker.' }) @IsOptional() @IsShortText() allocatedWorkerId?: string | null;
  @Field(() => CaseCategoryEnum, { nullable: true }) @IsOptional() @IsIn(CASE_CATEGORIES) category?: CaseCategory | null;
  @Field(() => CaseStatusEnum, { nullable: true, description: 'OPEN: the open caseload.' })
  @IsOptional()
  @IsIn(CASE_STATUSES)
  status?: (typeof CASE_STATUSES)[number] | null;
  @Field(() => Boolean, { nullable: true, description: 'Only cases awaiting allocation.' }) @IsOptional() @IsBoolean() unallocated?: boolean | null;
}

@ArgsType()
export class CasesArgs extends FreshReadArgs {
  @Field(() => CaseFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CaseFilter) filter?: CaseFilter | null;
}
