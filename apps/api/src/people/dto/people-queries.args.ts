import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { ROLES, type Role } from '../../../../../libs/domain/src/shared/decider.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { StaffRoleEnum, SUPERVISION_SESSION_STATUSES, SupervisionSessionStatusEnum } from '../people.enums.js';
import { FreshReadArgs } from './fresh-read.args.js';

const AS_AT = {
  nullable: true,
  description: 'YYYY-MM-DD: answer as things stood on this date (role, team, line manager, flags, in post). Default: as recorded now.',
} as const;

@ArgsType()
export class StaffMemberArgs extends FreshReadArgs {
  @Field(() => ID) @IsShortText() staffId: string;
  @Field(() => String, AS_AT) @IsOptional() @IsCalendarDate() asAt?: string | null;
}

@InputType({ description: 'Every given condition must hold.' })
export class StaffFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;
  @Field(() => StaffRoleEnum, { nullable: true }) @IsOptional() @IsIn(ROLES) role?: Role | null;
  @Field(() => ID, { nullable: true, description: 'Their line reports.' }) @IsOptional() @IsShortText() lineManagerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Without asAt: include those whose leaving is recorded. Default false.' })
  @IsOptional()
  @IsBoolean()
  includeLeft?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() inAsye?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() needsPerformanceSupport?: boolean | null;
}

@ArgsType()
export class StaffArgs extends FreshReadArgs {
  @Field(() => StaffFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => StaffFilter) filter?: StaffFilter | null;
  @Field(() => String, { ...AS_AT, description: 'YYYY-MM-DD: everyone in post on this date, as they then stood.' })
  @IsOptional()
  @IsCalendarDate()
  asAt?: string | null;
}

@ArgsType()
export class TeamsArgs extends FreshReadArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() serviceAreaId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Include closed teams. Default false.' })
  @IsOptional()
  @IsBoolean()
  includeClosed?: boolean | null;
}

@ArgsType()
export class TeamArgs extends FreshReadArgs {
  @Field(() => ID) @IsShortText() teamId: string;
}

@InputType({ description: 'Every given condition must hold.' })
export class SupervisionSessionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() supervisorId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() superviseeId?: string | null;
  @Field(() => SupervisionSessionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(SUPERVISION_SESSION_STATUSES)
  status?: (typeof SUPERVISION_SESSION_STATUSES)[number] | null;
  @Field(() => String, { nullable: true, description: 'On or after this date (YYYY-MM-DD).' }) @IsOptional() @IsCalendarDate() from?: string | null;
  @Field(() => String, { nullable: true, description: 'On or before this date (YYYY-MM-DD).' }) @IsOptional() @IsCalendarDate() to?: string | null;
}

@ArgsType()
export class SupervisionSessionsArgs extends FreshReadArgs {
  @Field(() => SupervisionSessionFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SupervisionSessionFilter)
  filter?: SupervisionSessionFilter | null;
}
