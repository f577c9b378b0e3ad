import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional } from 'class-validator';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

/**
 * Inputs of the quarterly supervision learning summary (SUP-6). Shape only: the quarter's form,
 * who may write or review, and every date rule are the decider's.
 */

@InputType({
  description:
    "SUP-6: the caller, a Head of Service, writes their quarterly summary of issues and learning from supervision audits, or revises it until it is submitted. One per Head of Service per quarter, for a quarter that has begun.",
})
export class DraftSupervisionLearningSummaryInput {
  @Field({ description: 'The quarter, YYYY-Qn (2025-Q3 is July to September 2025).' })
  @IsShortText()
  quarter: string;

  @Field(() => ID, {
    nullable: true,
    description: "The Head of Service's service area. Default: the service area of their line reports' teams, where there is exactly one.",
  })
  @IsOptional()
  @IsShortText()
  serviceAreaId?: string | null;

  @Field({ description: 'The issues found in the quarter\'s supervision audits.' })
  @IsLongText()
  issues: string;

  @Field({ description: 'The learning drawn from them.' })
  @IsLongText()
  learning: string;

  @Field(() => [String], { nullable: true, description: 'Themes, for the learning themes of the service (REP-2); at most 20.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsShortText({ each: true })
  themes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'The supervision audits the summary draws on.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsShortText({ each: true })
  supervisionAuditIds?: string[] | null;
}

@InputType({ description: 'SUP-6: the Head of Service submits their summary for DMT to review; it no longer changes.' })
export class SubmitSupervisionLearningSummaryInput {
  @Field({ description: 'YYYY-Qn.' })
  @IsShortText()
  quarter: string;
}

@InputType({ description: "SUP-6: a DMT member records DMT's quarterly review of a Head of Service's submitted summary." })
export class RecordDmtReviewOfSupervisionLearningSummaryInput {
  @Field(() => ID)
  @IsShortText()
  headOfServiceId: string;

  @Field({ description: 'YYYY-Qn.' })
  @IsShortText()
  quarter: string;

  @Field({ description: 'YYYY-MM-DD of the DMT meeting: on or after the submission, not after today.' })
  @IsCalendarDate()
  reviewDate: string;

  @Field({ description: "DMT's comments: the learning and development it supports." })
  @IsLongText()
  comments: string;
}

@ArgsType() export class DraftSupervisionLearningSummaryArgs extends CommandArgsOf(DraftSupervisionLearningSummaryInput) {}
@ArgsType() export class SubmitSupervisionLearningSummaryArgs extends CommandArgsOf(SubmitSupervisionLearningSummaryInput) {}
@ArgsType() export class RecordDmtReviewOfSupervisionLearningSummaryArgs extends CommandArgsOf(RecordDmtReviewOfSupervisionLearningSummaryInput) {}
