import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { THEME_ORIGINS, type ThemeOrigin } from '../../../../../libs/domain/src/index.js';
import type { ThemedAuditDayDocumentStatus } from '../../../../../projections/themed-audit-days/index.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { THEMED_AUDIT_DAY_STATUSES, ThemeOriginEnum, ThemedAuditDayStatusEnum } from '../themed-audit-day.enums.js';

@ArgsType()
export class ThemedAuditDayArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType({ description: 'Every field given must match; none given lists every day.' })
export class ThemedAuditDayFilter {
  @Field(() => String, { nullable: true, description: 'Words of the theme, matched case-insensitively anywhere in it.' })
  @IsOptional()
  @IsShortText()
  theme?: string | null;

  @Field(() => ThemedAuditDayStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(THEMED_AUDIT_DAY_STATUSES)
  status?: ThemedAuditDayDocumentStatus | null;

  @Field(() => String, { nullable: true, description: 'Days on or after this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Days on or before this date (YYYY-MM-DD).' })
  @IsOptional()
  @IsCalendarDate()
  to?: string | null;

  @Field(() => ThemeOriginEnum, { nullable: true, description: 'Days whose theme was chosen (at least partly) for this reason.' })
  @IsOptional()
  @IsIn(THEME_ORIGINS)
  origin?: ThemeOrigin | null;

  @Field(() => ID, { nullable: true, description: 'The S&QA member who leads the day.' })
  @IsOptional()
  @IsShortText()
  leadId?: string | null;
}

@ArgsType()
export class ThemedAuditDaysArgs extends ReadOptionsArgs {
  @Field(() => ThemedAuditDayFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ThemedAuditDayFilter)
  filter?: ThemedAuditDayFilter | null;
}
