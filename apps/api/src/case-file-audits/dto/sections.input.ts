import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { GRADES, type Grade } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { GradeEnum } from '../case-file-audit.enums.js';
import { IsCalendarDate, IsLongText, IsShortText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: "Section 4: the social worker's comments after discussing the audit with the auditor." })
export class RecordWorkerCommentsInput {
  @Field(() => ID) @IsUUID() auditId: string;
  @Field() @IsLongText() comments: string;
}

@InputType({ description: 'Section 5: a recommendation, its date for completion/review and who is responsible.' })
export class AddRecommendationInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A UUID for the recommendation. Default: derived from the commandId, so a retry adds it once.',
  })
  @IsOptional()
  @IsUUID()
  recommendationId?: string | null;

  @Field() @IsLongText() action: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsCalendarDate() completionDate: string;
  @Field({ description: 'Who is responsible for the action.' }) @IsShortText() responsible: string;
}

@InputType({ description: 'Section 5 summary: strengths of practice and areas for improvement.' })
export class RecordSummaryInput {
  @Field(() => ID) @IsUUID() auditId: string;
  @Field() @IsLongText() strengths: string;
  @Field() @IsLongText() areasForImprovement: string;
}

@InputType({
  description:
    'Section 6: submit with the overall grade and its rationale. Refused while any criterion is neither graded nor marked not applicable. INADEQUATE is escalated at once (CFA-13).',
})
export class SubmitCaseFileAuditInput {
  @Field(() => ID) @IsUUID() auditId: string;
  @Field(() => GradeEnum) @IsIn(GRADES) overallGrade: Grade;
  @Field() @IsLongText() rationale: string;
}

@ArgsType()
export class RecordWorkerCommentsArgs extends CommandArgsOf(RecordWorkerCommentsInput) {}

@ArgsType()
export class AddRecommendationArgs extends CommandArgsOf(AddRecommendationInput) {}

@ArgsType()
export class RecordSummaryArgs extends CommandArgsOf(RecordSummaryInput) {}

@ArgsType()
export class SubmitCaseFileAuditArgs extends CommandArgsOf(SubmitCaseFileAuditInput) {}
