import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { LEARNING_INPUT_KINDS, type LearningInputKind } from '../../../../../libs/domain/src/index.js';
import { THEME_PERIODS, type ThemePeriod } from '../../../../../projections/learning-inputs/index.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { LearningInputKindEnum, ThemePeriodEnum } from '../learning-input.enums.js';

@ArgsType()
export class LearningInputArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() id: string;
}

@InputType({ description: 'Every filter given must match; none lists every input not withdrawn.' })
export class LearningInputFilter {
  @Field(() => LearningInputKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEARNING_INPUT_KINDS)
  kind?: LearningInputKind | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Inputs naming the service area or one of its teams.' })
  @IsOptional()
  @IsShortText()
  serviceAreaId?: string | null;

  @Field(() => String, { nullable: true, description: 'REP-2: a learning theme, matched without regard to case or spacing.' })
  @IsOptional()
  @IsShortText()
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Received on or after (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Received on or before (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include withdrawn inputs.' })
  @IsOptional()
  @IsBoolean()
  includeWithdrawn?: boolean | null;
}

@ArgsType()
export class LearningInputsArgs extends ReadOptionsArgs {
  @Field(() => LearningInputFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LearningInputFilter)
  filter?: LearningInputFilter | null;
}

@ArgsType()
export class LearningThemeCountsArgs extends ReadOptionsArgs {
  @Field(() => ThemePeriodEnum) @IsIn(THEME_PERIODS) period: ThemePeriod;

  @Field({ description: 'Any date in the first month or quarter counted (YYYY-MM-DD).' })
  @IsCalendarDate()
  from: string;

  @Field(() => String, { nullable: true, description: 'Any date in the last period counted; default: the period of from.' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => LearningInputKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEARNING_INPUT_KINDS)
  kind?: LearningInputKind | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() serviceAreaId?: string | null;
}
