import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { SUPERVISION_AUDIT_KINDS, type SupervisionAuditKind } from '../../../../../libs/domain/src/index.js';
import type { SupervisionAuditDocumentStatus } from '../../../../../projections/supervision-audits/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { SUPERVISION_AUDIT_STATUSES, SupervisionAuditKindEnum, SupervisionAuditStatusEnum } from '../supervision-audit.enums.js';

@ArgsType()
export class SupervisionAuditArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType({ description: 'Every field given must match; none given lists every supervision audit.' })
export class SupervisionAuditFilter {
  @Field(() => ID, { nullable: true, description: 'The Head of Service (SUP-1) or Team Manager (SUP-2) who audits.' })
  @IsOptional()
  @IsShortText()
  auditorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TM or AP whose supervision was audited.' })
  @IsOptional()
  @IsShortText()
  supervisorId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  superviseeId?: string | null;

  @Field(() => SupervisionAuditKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(SUPERVISION_AUDIT_KINDS)
  kind?: SupervisionAuditKind | null;

  @Field(() => SupervisionAuditStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(SUPERVISION_AUDIT_STATUSES)
  status?: SupervisionAuditDocumentStatus | null;
}

@ArgsType()
export class SupervisionAuditsArgs extends ReadOptionsArgs {
  @Field(() => SupervisionAuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionAuditFilter)
  filter?: SupervisionAuditFilter | null;
}

@ArgsType()
export class SupervisionAuditEscalationsArgs extends ReadOptionsArgs {
  @Field(() => ID, { nullable: true, description: 'Only those raised with this Head of Service.' })
  @IsOptional()
  @IsShortText()
  headOfServiceId?: string | null;
}

@ArgsType()
export class SupervisionAuditMonthlyDutyArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The Head of Service (SUP-1) or Team Manager (SUP-2).' })
  @IsShortText()
  auditorId: string;

  @Field({ description: 'The calendar month, YYYY-MM.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '$property must be a month as YYYY-MM (SUP-1, SUP-2)' })
  month: string;
}

@ArgsType()
export class SupervisionAuditQuestionsArgs {
  @Field(() => SupervisionAuditKindEnum, { nullable: true, description: 'Only the questions of this kind of audit.' })
  @IsOptional()
  @IsIn(SUPERVISION_AUDIT_KINDS)
  kind?: SupervisionAuditKind | null;
}
