import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ROLES, type Role } from '../../../../../libs/domain/src/shared/decider.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { StaffRoleEnum } from '../people.enums.js';

@InputType({ description: 'Register a member of staff (as one row of the staff CSV would).' })
export class RegisterStaffMemberInput {
  @Field(() => ID, { description: "Letters, digits, '.', '_' or '-': the subject of the person's sign-in token." })
  @IsShortText()
  staffId: string;

  @Field() @IsShortText() name: string;

  @Field(() => StaffRoleEnum) @IsIn(ROLES) role: Role;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() lineManagerId?: string | null;

  @Field({ description: 'YYYY-MM-DD.' }) @IsCalendarDate() startDate: string;

  @Field(() => Boolean, { nullable: true, description: 'Newly qualified, in the Academy (OBS-3). Default false.' })
  @IsOptional()
  @IsBoolean()
  inAsye?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Needs support to improve performance (OBS-2). Default false.' })
  @IsOptional()
  @IsBoolean()
  needsPerformanceSupport?: boolean | null;
}

@ArgsType()
export class RegisterStaffMemberArgs extends CommandArgsOf(RegisterStaffMemberInput) {}

@InputType({
  description:
    'Changes to a member of staff, each recorded as its own dated fact (role changed, team changed, line manager changed, ASYE started or completed, performance support identified or ended, leaving recorded). A field left out (or null) is not changed; a field that restates what is recorded records nothing.',
})
export class UpdateStaffMemberInput {
  @Field(() => ID) @IsShortText() staffId: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD from which the changes hold. Default: today.' })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsShortText() name?: string | null;

  @Field(() => StaffRoleEnum, { nullable: true }) @IsOptional() @IsIn(ROLES) role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Moves them to this team.' })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: they are no longer in any team (not with teamId).' })
  @IsOptional()
  @IsBoolean()
  removeFromTeam?: boolean | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() lineManagerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: they no longer have a line manager (not with lineManagerId).' })
  @IsOptional()
  @IsBoolean()
  removeLineManager?: boolean | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() inAsye?: boolean | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() needsPerformanceSupport?: boolean | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, their last day in post (may be ahead).' })
  @IsOptional()
  @IsCalendarDate()
  leavingDate?: string | null;
}

@ArgsType()
export class UpdateStaffMemberArgs extends CommandArgsOf(UpdateStaffMemberInput) {}

@InputType({ description: 'A supervision session that took place (it need not have been planned).' })
export class RecordSupervisionSessionHeldInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An id for the session. Default: derived from the commandId, so a retried record lands on the same session.',
  })
  @IsOptional()
  @IsShortText()
  sessionId?: string | null;

  @Field(() => ID) @IsShortText() supervisorId: string;
  @Field(() => ID) @IsShortText() superviseeId: string;
  @Field({ description: 'YYYY-MM-DD.' }) @IsCalendarDate() heldOn: string;
}

@ArgsType()
export class RecordSupervisionSessionHeldArgs extends CommandArgsOf(RecordSupervisionSessionHeldInput) {}
