import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { LateSort, LateState } from '../../../../../projections/overdue/overdue.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { LATE_KINDS, LATE_STATES, LateKindEnum, LateSortEnum, LateStateEnum } from '../overdue.enums.js';
import { LATE_SORTS } from '../../../../../projections/overdue/overdue.js';

@InputType({ description: 'Every given condition must hold.' })
export class LateFilterInput {
  @Field(() => [LateKindEnum], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsIn(LATE_KINDS, { each: true })
  kinds?: string[] | null;

  @Field(() => LateStateEnum, { nullable: true })
  @IsOptional()
  @IsIn(LATE_STATES)
  state?: LateState | null;

  @Field(() => ID, { nullable: true, description: 'Whose it is to do.' })
  @IsOptional()
  @IsShortText()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who manages them: the manager the record names, or the owner\'s line manager on the asOf day.' })
  @IsOptional()
  @IsShortText()
  managerId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service area of the team, as it stood on the asOf day.' })
  @IsOptional()
  @IsShortText()
  serviceAreaId?: string | null;

  @Field(() => String, { nullable: true, description: 'The case (Azeus number).' })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;
}

@ArgsType()
export class OverdueArgs extends ReadOptionsArgs {
  @Field(() => Float, { nullable: true, description: 'Also list what falls due within this many hours of asOf (DUE_SOON). Default 0: only what is overdue. At most 8,784 (a year).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(24 * 366)
  dueWithinHours?: number | null;

  @Field(() => LateFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LateFilterInput)
  filter?: LateFilterInput | null;

  @Field(() => LateSortEnum, { nullable: true, description: 'Default MOST_LATE.' })
  @IsOptional()
  @IsIn(LATE_SORTS)
  sort?: LateSort | null;
}
