import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  CASE_CATEGORIES,
  PERIOD_KINDS,
  type CaseCategory,
  type PeriodKind,
} from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { CaseCategoryEnum, PeriodKindEnum } from '../case-file-audit.enums.js';
import { IsCalendarDate, IsLongText, IsShortText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: 'Section 1b: a CiN / CP / LAC period.' })
export class CasePeriodInput {
  @Field(() => PeriodKindEnum)
  @IsIn(PERIOD_KINDS)
  kind: PeriodKind;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsCalendarDate()
  startDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null while the period is open.' })
  @ValidateIf((_o, v) => v !== null && v !== undefined)
  @IsCalendarDate()
  endDate?: string | null;
}

@InputType({ description: 'Section 1b key information, field for field.' })
export class KeyInformationInput {
  @Field() @IsShortText() auditTrackingNumber: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsCalendarDate() dateOfAudit: string;
  @Field() @IsShortText() auditorName: string;
  @Field() @IsShortText() auditorDesignation: string;
  @Field() @IsShortText() teamName: string;
  @Field() @IsShortText() teamManagerId: string;
  @Field() @IsShortText() teamManagerName: string;
  @Field() @IsShortText() socialWorkerId: string;
  @Field() @IsShortText() socialWorkerName: string;

  @Field(() => CaseCategoryEnum)
  @IsIn(CASE_CATEGORIES)
  category: CaseCategory;

  @Field(() => Int, { description: 'Age of the child in whole years.' })
  @IsInt()
  @Min(0)
  @Max(25)
  ageOfChild: number;

  @Field() @IsShortText() ethnicity: string;
  @Field() @IsShortText() gender: string;
  @Field() @IsShortText() disability: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsCalendarDate() referralDate: string;
  @Field() @IsShortText() referralSource: string;
  @Field() @IsLongText() reasonForReferral: string;

  @Field(() => [String], { description: 'Previous referrals and contacts (dates).' })
  @IsArray()
  @ArrayMaxSize(200)
  @IsShortText({ each: true })
  previousReferralsAndContacts: string[];

  @Field(() => [CasePeriodInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CasePeriodInput)
  periods: CasePeriodInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsShortText()
  placementType?: string | null;

  @Field() @IsBoolean() livingOutOfBorough: boolean;

  @Field(() => String, { nullable: true, description: 'Where the child lives when out of borough.' })
  @IsOptional()
  @IsShortText()
  outOfBoroughLocation?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLongText()
  gapsInEssentialInformation?: string | null;

  @Field() @IsBoolean() lastVisitInTime: boolean;
  @Field() @IsBoolean() assessmentInTime: boolean;
  @Field() @IsBoolean() planInTime: boolean;
  @Field() @IsBoolean() lastSupervisionInTime: boolean;
}

@InputType({ description: 'Section 1: the pen picture (1a) and key information (1b); recording it again amends it.' })
export class RecordKeyInformationInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field({ description: 'Pen picture of the child and family.' })
  @IsLongText()
  penPicture: string;

  @Field(() => KeyInformationInput)
  @ValidateNested()
  @Type(() => KeyInformationInput)
  keyInformation: KeyInformationInput;
}

@ArgsType()
export class RecordKeyInformationArgs extends CommandArgsOf(RecordKeyInformationInput) {}
