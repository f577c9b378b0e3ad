import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { CASE_CATEGORIES, type CaseCategory } from '../../../../../libs/domain/src/case/case.values.js';
import { CaseCategoryEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: 'Record a case opened (as one row of the caseload export would).' })
export class RegisterCaseInput {
  @Field({ description: "The case's Azeus number: letters, digits, '.', '_' or '-'." }) @IsShortText() azeusNumber: string;
  @Field(() => CaseCategoryEnum) @IsIn(CASE_CATEGORIES) category: CaseCategory;
  @Field(() => ID) @IsShortText() teamId: string;
  @Field(() => ID, { nullable: true, description: 'The allocated social worker; null: awaiting allocation.' })
  @IsOptional()
  @IsShortText()
  allocatedWorkerId?: string | null;
  @Field({ description: 'YYYY-MM-DD, not after today.' }) @IsCalendarDate() openedOn: string;
}

@ArgsType()
export class RegisterCaseArgs extends CommandArgsOf(RegisterCaseInput) {}
