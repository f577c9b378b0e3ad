import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { CRITERION_COUNT, GRADES, type Grade } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { GradeEnum } from '../case-file-audit.enums.js';
import { IsLongText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: 'CFA-9: the overall grade as the moderator would give it, and why.' })
export class ModeratedGradeInput {
  @Field(() => GradeEnum, { description: 'Differs from the grade the auditor gave. INADEQUATE is escalated at once (CFA-13).' })
  @IsIn(GRADES)
  grade: Grade;

  @Field({ description: 'The reason for the change.' })
  @IsLongText()
  reason: string;
}

@InputType({ description: "CFA-9: a criterion's grade as the moderator would give it, and why." })
export class ModeratedCriterionGradeInput extends ModeratedGradeInput {
  @Field(() => Int, { description: '1 to 16; a criterion the auditor graded.' })
  @IsInt()
  @Min(1)
  @Max(CRITERION_COUNT)
  criterion: number;
}

@InputType({
  description:
    'CFA-9: a senior manager (Head of Service, Chief Officer or Director, never the auditor) moderates a submitted audit once: agrees with its grades, or changes criterion grades and/or the overall grade, each with a reason; with feedback to the auditor either way. The auditor\'s grades stay in the history beside the moderated ones.',
})
export class ModerateCaseFileAuditInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field({ description: 'True: every grade stands, give no changes. False: give at least one change.' })
  @IsBoolean()
  agreed: boolean;

  @Field({ description: 'Feedback to the auditor (required).' })
  @IsLongText()
  feedback: string;

  @Field(() => [ModeratedCriterionGradeInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CRITERION_COUNT)
  @ValidateNested({ each: true })
  @Type(() => ModeratedCriterionGradeInput)
  criterionGrades?: ModeratedCriterionGradeInput[] | null;

  @Field(() => ModeratedGradeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ModeratedGradeInput)
  overallGrade?: ModeratedGradeInput | null;
}

@InputType({ description: "CFA-9: the auditor has read the moderator's feedback." })
export class AcknowledgeModerationFeedbackInput {
  @Field(() => ID) @IsUUID() auditId: string;
}

@ArgsType()
export class ModerateCaseFileAuditArgs extends CommandArgsOf(ModerateCaseFileAuditInput) {}

@ArgsType()
export class AcknowledgeModerationFeedbackArgs extends CommandArgsOf(AcknowledgeModerationFeedbackInput) {}
