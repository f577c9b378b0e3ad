import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { LEARNING_EVIDENCED, type LearningEvidenced } from '../../../../../libs/domain/src/index.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { LearningEvidencedEnum } from '../independent-audit.enums.js';

/**
 * Inputs of the independent audit commission's mutations (CFA-10). Shape only: who may commission,
 * accept or report, and whether the linked audit fits, is the decider's to say.
 */

@InputType({ description: 'CFA-10: a head of service, chief officer or director commissions S&QA to audit a case independently.' })
export class CommissionIndependentAuditInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A UUID for the new commission. Default: derived from the commandId, so a retried commission lands on the same one.',
  })
  @IsOptional()
  @IsUUID()
  commissionId?: string | null;

  @Field({ description: "The case's Azeus number." })
  @IsShortText()
  azeusNumber: string;

  @Field({ description: 'The learning and improvement, agreed for an individual or team, the audit is to test.' })
  @IsLongText()
  learningToTest: string;

  @Field({ description: 'YYYY-MM-DD (CFA-6: overdue when the findings are not reported by then).' })
  @IsCalendarDate()
  dueDate: string;

  @Field(() => ID, { nullable: true, description: 'The team whose learning it tests.' })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;
}

@InputType({ description: 'CFA-10: an S&QA officer or manager takes the commission on and will carry it out.' })
export class AcceptIndependentAuditCommissionInput {
  @Field(() => ID) @IsUUID() commissionId: string;
}

@InputType({
  description:
    'CFA-10: the case file audit (type INDEPENDENT, of the same case) that carries the commission out. Its type, case and auditor are read from the audit itself.',
})
export class LinkIndependentAuditInput {
  @Field(() => ID) @IsUUID() commissionId: string;
  @Field(() => ID, { description: 'A scheduled case file audit of type INDEPENDENT.' }) @IsUUID() auditId: string;
}

@InputType({ description: 'CFA-10: once the linked audit is submitted, whether the learning is evidenced and what was found.' })
export class ReportIndependentAuditFindingsInput {
  @Field(() => ID) @IsUUID() commissionId: string;

  @Field(() => LearningEvidencedEnum)
  @IsIn(LEARNING_EVIDENCED)
  learningEvidenced: LearningEvidenced;

  @Field()
  @IsLongText()
  findings: string;
}

@InputType({ description: 'CFA-10: the senior manager withdraws a commission not yet reported.' })
export class WithdrawIndependentAuditCommissionInput {
  @Field(() => ID) @IsUUID() commissionId: string;
  @Field() @IsLongText() reason: string;
}

@ArgsType()
export class CommissionIndependentAuditArgs extends CommandArgsOf(CommissionIndependentAuditInput) {}
@ArgsType()
export class AcceptIndependentAuditCommissionArgs extends CommandArgsOf(AcceptIndependentAuditCommissionInput) {}
@ArgsType()
export class LinkIndependentAuditArgs extends CommandArgsOf(LinkIndependentAuditInput) {}
@ArgsType()
export class ReportIndependentAuditFindingsArgs extends CommandArgsOf(ReportIndependentAuditFindingsInput) {}
@ArgsType()
export class WithdrawIndependentAuditCommissionArgs extends CommandArgsOf(WithdrawIndependentAuditCommissionInput) {}
