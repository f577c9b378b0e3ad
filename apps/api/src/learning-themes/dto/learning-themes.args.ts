import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import {
  GRADE_GROUPINGS,
  GRADES_COUNTED,
  LEARNING_THEME_SOURCE_KINDS,
  type GradeGrouping,
  type GradesCounted,
  type LearningThemeSourceKind,
} from '../../../../../projections/learning-themes/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { GradeGroupingEnum, GradesCountedEnum, LearningThemeSourceKindEnum } from '../learning-themes.enums.js';

const PERIOD = 'A month (2026-03), quarter (2026-Q1), half-year (2026-H1) or year (2026); compared with the period of the same kind before it.';

@ArgsType()
export class PeriodArgs extends ReadOptionsArgs {
  @Field({ description: PERIOD }) @IsShortText() period: string;
}

@ArgsType()
export class GradeDistributionArgs extends PeriodArgs {
  @Field(() => GradeGroupingEnum) @IsIn(GRADE_GROUPINGS) groupBy: GradeGrouping;

  @Field(() => GradesCountedEnum, { nullable: true, description: 'Default CRITERIA; grouped by criterion, criterion grades are always counted.' })
  @IsOptional()
  @IsIn(GRADES_COUNTED)
  grades?: GradesCounted | null;

  @Field(() => Boolean, { nullable: true, description: 'Count grades as moderation left them (CFA-9), as at asOf; default: as the auditor gave them.' })
  @IsOptional()
  @IsBoolean()
  useModerated?: boolean | null;
}

@ArgsType()
export class WeakestCriteriaArgs extends PeriodArgs {
  @Field(() => Int, { nullable: true, description: 'How many criteria, 1 to 16; default 5.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(16)
  limit?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Count grades as moderated (CFA-9).' })
  @IsOptional()
  @IsBoolean()
  useModerated?: boolean | null;
}

@ArgsType()
export class LearningThemesArgs extends PeriodArgs {
  @Field(() => [LearningThemeSourceKindEnum], { nullable: true, description: 'Only these kinds of record; default all.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LEARNING_THEME_SOURCE_KINDS.length)
  @IsIn(LEARNING_THEME_SOURCE_KINDS, { each: true })
  sourceKinds?: LearningThemeSourceKind[] | null;
}

@InputType({ description: 'Every filter given must match.' })
export class LearningThemeSourceFilter {
  @Field(() => LearningThemeSourceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEARNING_THEME_SOURCE_KINDS)
  sourceKind?: LearningThemeSourceKind | null;

  @Field(() => String, { nullable: true, description: 'The id of the record (an audit id, a themed audit day id, ...).' })
  @IsOptional()
  @IsShortText()
  sourceId?: string | null;

  @Field(() => String, { nullable: true, description: 'A learning theme, matched without regard to case or spacing.' })
  @IsOptional()
  @IsShortText()
  theme?: string | null;

  @Field(() => String, { nullable: true, description: PERIOD })
  @IsOptional()
  @IsShortText()
  period?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include records not counted: not yet submitted or held, or withdrawn.' })
  @IsOptional()
  @IsBoolean()
  includeUncounted?: boolean | null;
}

@ArgsType()
export class LearningThemeSourcesArgs extends ReadOptionsArgs {
  @Field(() => LearningThemeSourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LearningThemeSourceFilter)
  filter?: LearningThemeSourceFilter | null;
}
