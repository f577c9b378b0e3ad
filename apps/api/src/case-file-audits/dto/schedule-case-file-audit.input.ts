import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AUDIT_TYPES, type AuditType } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { AuditTypeEnum } from '../case-file-audit.enums.js';
import { IsCalendarDate, IsShortText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: 'Schedule a case file audit of a case (CFA-6: every audit has a due date).' })
export class ScheduleCaseFileAuditInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A UUID for the new audit. Default: derived from the commandId, so a retried schedule lands on the same audit.',
  })
  @IsOptional()
  @IsUUID()
  auditId?: string | null;

  @Field({ description: "The case's Azeus number." })
  @IsShortText()
  azeusNumber: string;

  @Field(() => AuditTypeEnum)
  @IsIn(AUDIT_TYPES)
  auditType: AuditType;

  @Field(() => ID, { description: 'Staff id of the auditor (a TM, AP or S&QA officer).' })
  @IsShortText()
  auditorId: string;

  @Field({ description: 'YYYY-MM-DD.' })
  @IsCalendarDate()
  dueDate: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a thematic audit.' })
  @IsOptional()
  @IsShortText()
  theme?: string | null;
}

@ArgsType()
export class ScheduleCaseFileAuditArgs extends CommandArgsOf(ScheduleCaseFileAuditInput) {}
