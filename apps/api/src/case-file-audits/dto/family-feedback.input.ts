import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { FAMILY_FEEDBACK_QUESTIONS } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { IsLongText, IsShortText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

const Q = FAMILY_FEEDBACK_QUESTIONS;

@InputType({ description: 'Section 3: the five questions; leave out a question that did not arise.' })
export class FamilyFeedbackAnswersInput {
  @Field(() => String, { nullable: true, description: Q.experienceOfServices })
  @IsOptional()
  @IsLongText()
  experienceOfServices?: string | null;

  @Field(() => String, { nullable: true, description: Q.listenedToAndCommunication })
  @IsOptional()
  @IsLongText()
  listenedToAndCommunication?: string | null;

  @Field(() => String, { nullable: true, description: Q.involvementInAssessmentAndPlan })
  @IsOptional()
  @IsLongText()
  involvementInAssessmentAndPlan?: string | null;

  @Field(() => String, { nullable: true, description: Q.meetings })
  @IsOptional()
  @IsLongText()
  meetings?: string | null;

  @Field(() => String, { nullable: true, description: Q.supportAndDifference })
  @IsOptional()
  @IsLongText()
  supportAndDifference?: string | null;
}

@InputType({ description: "Section 3: the child's, young person's or family's feedback." })
export class RecordFamilyFeedbackInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => FamilyFeedbackAnswersInput)
  @ValidateNested()
  @Type(() => FamilyFeedbackAnswersInput)
  answers: FamilyFeedbackAnswersInput;

  @Field({ description: 'Who gave the feedback (e.g. "mother", "young person").' })
  @IsShortText()
  givenBy: string;
}

@InputType({ description: 'Section 3: why feedback was not sought, and whether another manager should seek it.' })
export class RecordFamilyFeedbackNotSoughtInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field({ description: 'The reasons must be detailed.' })
  @IsLongText()
  reason: string;

  @Field()
  @IsBoolean()
  anotherManagerShouldSeek: boolean;
}

@ArgsType()
export class RecordFamilyFeedbackArgs extends CommandArgsOf(RecordFamilyFeedbackInput) {}

@ArgsType()
export class RecordFamilyFeedbackNotSoughtArgs extends CommandArgsOf(RecordFamilyFeedbackNotSoughtInput) {}
