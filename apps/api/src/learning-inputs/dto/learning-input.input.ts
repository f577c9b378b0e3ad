import { Field, ID, InputType, Int, ArgsType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import {
  ALL_LEARNING_INPUT_SOURCE_TYPES,
  COMPLAINT_OUTCOMES,
  LEARNING_INPUT_KINDS,
  LEARNING_INPUT_LIMITS,
  type ComplaintOutcome,
  type LearningInputKind,
  type LearningInputSourceType,
} from '../../../../../libs/domain/src/index.js';
import { IsCalendarDate, IsLongText, IsShortText, SHORT_TEXT } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { ComplaintOutcomeEnum, LearningInputKindEnum, LearningInputSourceTypeEnum } from '../learning-input.enums.js';

/**
 * Inputs of the learning input's mutations (section 2, REP-2). Shape only: which source type a
 * kind takes, whether a team exists, who may record, and dates against today are the decider's.
 */

@InputType({ description: 'Who or what the input came from: free text, and a source type where the kind has them.' })
export class LearningInputSourceInput {
  @Field({ description: 'e.g. "A parent, by letter", "Children in Care Council, June meeting".' })
  @IsShortText()
  description: string;

  @Field(() => LearningInputSourceTypeEnum, {
    nullable: true,
    description: 'Required for CHILD_OR_FAMILY_FEEDBACK and FOSTERING_ADOPTION_QA (one of their types); refused for other kinds.',
  })
  @IsOptional()
  @IsIn(ALL_LEARNING_INPUT_SOURCE_TYPES)
  type?: LearningInputSourceType | null;
}

@InputType({ description: "A complaint's outcome and the date of the response: both, or neither while it is open." })
export class ComplaintDetailsInput {
  @Field(() => ComplaintOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(COMPLAINT_OUTCOMES)
  outcome?: ComplaintOutcome | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, between the date received and today.' })
  @IsOptional()
  @IsCalendarDate()
  responseDate?: string | null;
}

@InputType({ description: 'One finding of the staff survey, with the learning theme it speaks to.' })
export class StaffSurveyFindingInput {
  @Field() @IsString() @MaxLength(SHORT_TEXT) theme: string;
  @Field() @IsLongText() text: string;
}

@InputType({ description: 'The annual staff survey: its year and findings. Each finding\'s theme is also a theme of the input.' })
export class StaffSurveyInput {
  @Field(() => Int) @IsInt() year: number;

  @Field(() => [StaffSurveyFindingInput])
  @IsArray()
  @ArrayMaxSize(LEARNING_INPUT_LIMITS.findings)
  @ValidateNested({ each: true })
  @Type(() => StaffSurveyFindingInput)
  findings: StaffSurveyFindingInput[];
}

/** What an input says: the same on recording and on correction. */
@InputType({ isAbstract: true })
export class LearningInputContentInput {
  @Field({ description: 'YYYY-MM-DD the input was received (a complaint, a compliment) or held (a group, an audit); not in the future.' })
  @IsCalendarDate()
  receivedOn: string;

  @Field(() => LearningInputSourceInput)
  @ValidateNested()
  @Type(() => LearningInputSourceInput)
  source: LearningInputSourceInput;

  @Field(() => [ID], { nullable: true, description: 'Registered teams it touches. At least one team or service area.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LEARNING_INPUT_LIMITS.teams)
  @IsShortText({ each: true })
  teamIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Registered service areas it touches as a whole.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LEARNING_INPUT_LIMITS.serviceAreas)
  @IsShortText({ each: true })
  serviceAreaIds?: string[] | null;

  @Field(() => [String], {
    description:
      'REP-2: the learning themes it touches, free-form tags, at least one. Stored as entered (trimmed); matched without regard to case, spacing or Unicode form; a repeat of the same theme is kept once.',
  })
  @IsArray()
  @ArrayMaxSize(LEARNING_INPUT_LIMITS.themes)
  @IsString({ each: true })
  @MaxLength(SHORT_TEXT, { each: true })
  themes: string[];

  @Field() @IsLongText() summary: string;

  @Field(() => ComplaintDetailsInput, {
    nullable: true,
    description: 'COMPLAINT only. On a correction, omitted keeps the response recorded so far.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplaintDetailsInput)
  complaint?: ComplaintDetailsInput | null;

  @Field(() => StaffSurveyInput, { nullable: true, description: 'STAFF_SURVEY only, and required for it.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => StaffSurveyInput)
  staffSurvey?: StaffSurveyInput | null;
}

@InputType({
  description:
    'Section 2, REP-2: record a complaint, compliment, feedback from children or families, the staff survey, an LSCB audit or fostering/adoption QA. S&QA for any team; a Head of Service for their own service area.',
})
export class RecordLearningInputInput extends LearningInputContentInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the input. Default: derived from the commandId, so a retried record lands on the same input.' })
  @IsOptional()
  @IsUUID()
  learningInputId?: string | null;

  @Field(() => LearningInputKindEnum)
  @IsIn(LEARNING_INPUT_KINDS)
  kind: LearningInputKind;
}

@InputType({ description: 'Replace what the input says (its kind stays), with the reason; the earlier version stays in its history.' })
export class CorrectLearningInputInput extends LearningInputContentInput {
  @Field(() => ID) @IsUUID() learningInputId: string;
  @Field() @IsLongText() reason: string;
}

@InputType({ description: "A complaint responded to: its outcome and the response's date." })
export class RecordComplaintResponseInput {
  @Field(() => ID) @IsUUID() learningInputId: string;

  @Field(() => ComplaintOutcomeEnum)
  @IsIn(COMPLAINT_OUTCOMES)
  outcome: ComplaintOutcome;

  @Field({ description: 'YYYY-MM-DD, between the date received and today.' })
  @IsCalendarDate()
  responseDate: string;
}

@InputType({ description: 'Take an input out of the learning themes (recorded in error, a duplicate), with the reason; it stays in the history.' })
export class WithdrawLearningInputInput {
  @Field(() => ID) @IsUUID() learningInputId: string;
  @Field() @IsLongText() reason: string;
}

@ArgsType() export class RecordLearningInputArgs extends CommandArgsOf(RecordLearningInputInput) {}
@ArgsType() export class CorrectLearningInputArgs extends CommandArgsOf(CorrectLearningInputInput) {}
@ArgsType() export class RecordComplaintResponseArgs extends CommandArgsOf(RecordComplaintResponseInput) {}
@ArgsType() export class WithdrawLearningInputArgs extends CommandArgsOf(WithdrawLearningInputInput) {}
