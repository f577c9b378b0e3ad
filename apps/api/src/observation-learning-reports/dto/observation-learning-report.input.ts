import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt } from 'class-validator';
import { IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

/**
 * Inputs of the observation learning report's mutations (OBS-6). Shape only: who may write, for
 * which year and service area, and what must be filled in are the decider's rules.
 */

@InputType({
  description:
    "OBS-6: the Head of Service's report of the year's learning from staff observation in a service area they head. The caller is the Head of Service; drafted again, it replaces the last draft until submitted.",
})
export class DraftObservationLearningReportInput {
  @Field(() => Int, { description: 'The calendar year reported on: this year or a past one.' })
  @IsInt()
  year: number;

  @Field(() => ID, { description: 'A service area the caller heads in the staff directory.' })
  @IsShortText()
  serviceAreaId: string;

  @Field({ description: 'The learning from the year’s observations.' })
  @IsLongText()
  learning: string;

  @Field(() => [String], { description: 'The themes of the learning (at least one).' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsShortText({ each: true })
  themes: string[];

  @Field({ description: 'Strengths of practice seen.' })
  @IsLongText()
  strengths: string;

  @Field({ description: 'Areas for development (workforce development).' })
  @IsLongText()
  areasForDevelopment: string;
}

@InputType({ description: "OBS-6: submit the caller's drafted report for the year; it then no longer changes." })
export class SubmitObservationLearningReportInput {
  @Field(() => Int)
  @IsInt()
  year: number;
}

@ArgsType() export class DraftObservationLearningReportArgs extends CommandArgsOf(DraftObservationLearningReportInput) {}
@ArgsType() export class SubmitObservationLearningReportArgs extends CommandArgsOf(SubmitObservationLearningReportInput) {}
