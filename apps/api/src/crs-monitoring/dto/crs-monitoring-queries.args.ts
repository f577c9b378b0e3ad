import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, Matches, ValidateNested } from 'class-validator';
import {
  CRS_MEETING_TYPES,
  CRS_QUALITY_CHECK_KINDS,
  type CrsMeetingType,
  type CrsQualityCheckKind,
} from '../../../../../libs/domain/src/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { CrsMeetingTypeEnum, CrsQualityCheckKindEnum } from '../crs-monitoring.enums.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const monthMessage = { message: '$property must be a month as YYYY-MM' };

@ArgsType()
export class CrsRecordArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() id: string;
}

@InputType({ description: 'Every given field must match; none given lists every form.' })
export class MonitoringFormFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() chairId?: string | null;
  @Field(() => ID, { nullable: true, description: 'CRS-3: the forms a team manager may use in supervision.' }) @IsOptional() @IsShortText() teamManagerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() socialWorkerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsShortText() azeusNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM of the meeting.' }) @IsOptional() @Matches(MONTH, monthMessage) month?: string | null;
  @Field(() => CrsMeetingTypeEnum, { nullable: true }) @IsOptional() @IsIn(CRS_MEETING_TYPES) meetingType?: CrsMeetingType | null;
}

@ArgsType()
export class MonitoringFormsArgs extends ReadOptionsArgs {
  @Field(() => MonitoringFormFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MonitoringFormFilter)
  filter?: MonitoringFormFilter | null;
}

@InputType({ description: 'Every given field must match; none given lists every review.' })
export class MidwayReviewFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() chairId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamManagerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() socialWorkerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsShortText() azeusNumber?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM the review was held.' }) @IsOptional() @Matches(MONTH, monthMessage) month?: string | null;
}

@ArgsType()
export class MidwayReviewsArgs extends ReadOptionsArgs {
  @Field(() => MidwayReviewFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MidwayReviewFilter)
  filter?: MidwayReviewFilter | null;
}

@ArgsType()
export class MidwayReviewsOwedArgs extends ReadOptionsArgs {
  @Field(() => ID, { nullable: true, description: 'Only those of the chair of the last meeting.' }) @IsOptional() @IsShortText() chairId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only those overdue as at asOf.' }) @IsOptional() @IsBoolean() overdueOnly?: boolean | null;
}

@InputType({ description: 'Every given field must match; none given lists every check.' })
export class CrsQualityCheckFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() crsTeamManagerId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() chairId?: string | null;
  @Field(() => CrsQualityCheckKindEnum, { nullable: true }) @IsOptional() @IsIn(CRS_QUALITY_CHECK_KINDS) kind?: CrsQualityCheckKind | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM the check was done.' }) @IsOptional() @Matches(MONTH, monthMessage) month?: string | null;
}

@ArgsType()
export class CrsQualityChecksArgs extends ReadOptionsArgs {
  @Field(() => CrsQualityCheckFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CrsQualityCheckFilter)
  filter?: CrsQualityCheckFilter | null;
}

@ArgsType()
export class CrsTeamManagerDutyArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() crsTeamManagerId: string;
  @Field({ description: 'YYYY-MM.' }) @Matches(MONTH, monthMessage) month: string;
}

@ArgsType()
export class CrsMonthlySummaryArgs extends ReadOptionsArgs {
  @Field({ description: 'YYYY-MM.' }) @Matches(MONTH, monthMessage) month: string;

  @Field(() => [ID], { nullable: true, description: 'The CRS team managers whose duty to report. Default: every one who has recorded a check.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsShortText({ each: true })
  crsTeamManagerIds?: string[] | null;
}
