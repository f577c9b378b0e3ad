import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { INDEPENDENT_AUDIT_STATUSES, IndependentAuditStatusEnum, type IndependentAuditStatus } from '../independent-audit.enums.js';

@ArgsType()
export class IndependentAuditArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The commission id.' })
  @IsUUID()
  id: string;
}

@ArgsType()
export class IndependentAuditByAuditArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The case file audit that carries a commission out.' })
  @IsUUID()
  auditId: string;
}

@InputType({ description: "Every given condition must hold. Overdue is judged at the query's asOf (CFA-6)." })
export class IndependentAuditFilter {
  @Field(() => IndependentAuditStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(INDEPENDENT_AUDIT_STATUSES)
  status?: IndependentAuditStatus | null;

  @Field(() => ID, { nullable: true, description: 'The S&QA officer or manager who accepted it.' })
  @IsOptional()
  @IsShortText()
  auditorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The senior manager who commissioned it.' })
  @IsOptional()
  @IsShortText()
  commissionedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'The case (Azeus number).' })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Only commissions overdue at the query's asOf (CFA-6)." })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;
}

@ArgsType()
export class IndependentAuditsArgs extends ReadOptionsArgs {
  @Field(() => IndependentAuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndependentAuditFilter)
  filter?: IndependentAuditFilter | null;
}
