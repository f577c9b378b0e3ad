import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { ComplianceAuditDocument } from '../../../../../projections/compliance-audits/index.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { COMPLIANCE_AUDIT_STATUSES, ComplianceAuditStatusEnum } from '../compliance-audit.enums.js';

@ArgsType()
export class ComplianceAuditArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType({ description: 'Exactly one of superviseeId, auditorId and azeusNumber; status and overdueOnly narrow it.' })
export class ComplianceAuditFilter {
  @Field(() => ID, { nullable: true, description: 'The member of staff supervised (CFA-4).' })
  @IsOptional()
  @IsShortText()
  superviseeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TM or AP doing the audits.' })
  @IsOptional()
  @IsShortText()
  auditorId?: string | null;

  @Field(() => String, { nullable: true, description: "The case's Azeus number." })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field(() => ComplianceAuditStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(COMPLIANCE_AUDIT_STATUSES)
  status?: ComplianceAuditDocument['status'] | null;

  @Field(() => Boolean, { nullable: true, description: "Only audits overdue as at the query's asOf (CFA-6)." })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;
}

@ArgsType()
export class ComplianceAuditsArgs extends ReadOptionsArgs {
  @Field(() => ComplianceAuditFilter)
  @ValidateNested()
  @Type(() => ComplianceAuditFilter)
  filter: ComplianceAuditFilter;
}

@ArgsType()
export class ComplianceQuotaArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() superviseeId: string;

  @Field({ description: 'YYYY-MM-DD of the supervision the audits must precede.' })
  @IsCalendarDate()
  upcomingSupervisionDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the previous supervision; omit if there was none.' })
  @IsOptional()
  @IsCalendarDate()
  previousSupervisionDate?: string | null;
}
