import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { CASE_FILE_AUDIT_STATUSES, CaseFileAuditStatusEnum } from '../case-file-audit.enums.js';
import { IsCalendarDate, IsShortText } from './validation.js';

@ArgsType()
export class CaseFileAuditArgs extends ReadOptionsArgs {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType({ description: 'Every given condition must hold.' })
export class CaseFileAuditFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() auditorId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;

  @Field(() => CaseFileAuditStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CASE_FILE_AUDIT_STATUSES)
  status?: (typeof CASE_FILE_AUDIT_STATUSES)[number] | null;

  @Field(() => String, { nullable: true, description: 'Due strictly before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueBefore?: string | null;

  @Field(() => String, { nullable: true, description: 'Due strictly after this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  dueAfter?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only audits overdue as at the query's asOf (CFA-6)." })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only submitted audits no senior manager has moderated yet (CFA-9).' })
  @IsOptional()
  @IsBoolean()
  awaitingModeration?: boolean | null;
}

@ArgsType()
export class CaseFileAuditsArgs extends ReadOptionsArgs {
  @Field(() => CaseFileAuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFileAuditFilter)
  filter?: CaseFileAuditFilter | null;
}
