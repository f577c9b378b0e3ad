import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID, Max, Min } from 'class-validator';
import { CRITERION_COUNT, GRADES, type Grade } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { GradeEnum } from '../case-file-audit.enums.js';
import { IsLongText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: 'Section 2: grade one of the 16 criteria with its evaluation (may be changed until submission).' })
export class GradeCriterionInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => Int, { description: '1 to 16.' })
  @IsInt()
  @Min(1)
  @Max(CRITERION_COUNT)
  criterion: number;

  @Field({ description: 'The evaluation of practice against the criterion over the past 6 months.' })
  @IsLongText()
  evaluation: string;

  @Field(() => GradeEnum, { description: 'INADEQUATE is escalated to the manager and social worker at once (CFA-13).' })
  @IsIn(GRADES)
  grade: Grade;
}

@InputType({ description: 'Section 2: a criterion that does not apply to the case (e.g. 12 for a child placed in borough).' })
export class MarkCriterionNotApplicableInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => Int, { description: '1 to 16.' })
  @IsInt()
  @Min(1)
  @Max(CRITERION_COUNT)
  criterion: number;

  @Field({ description: 'Why the criterion does not apply.' })
  @IsLongText()
  reason: string;
}

@ArgsType()
export class GradeCriterionArgs extends CommandArgsOf(GradeCriterionInput) {}

@ArgsType()
export class MarkCriterionNotApplicableArgs extends CommandArgsOf(MarkCriterionNotApplicableInput) {}
