import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';

@InputType({
  description:
    'CFA-3: give back a slot of an auditor\'s thematic allowance held for an audit that was never scheduled (a request that failed between claiming and scheduling) or was withdrawn. A slot whose audit is scheduled, in progress or submitted is kept.',
})
export class ReleaseThematicAuditSlotInput {
  @Field(() => ID) @IsShortText() auditorId: string;

  @Field(() => Int, { description: 'The calendar year of the allowance (the year of the audit\'s due date).' })
  @IsInt()
  @Min(2000)
  @Max(2999)
  year: number;

  @Field(() => ID, { description: 'The audit id the slot was claimed for.' })
  @IsUUID()
  auditId: string;

  @Field({ description: 'Why the slot is given back.' })
  @IsLongText()
  reason: string;
}

@ArgsType()
export class ReleaseThematicAuditSlotArgs extends CommandArgsOf(ReleaseThematicAuditSlotInput) {}

@ArgsType()
export class ThematicAuditAllowanceArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() auditorId: string;

  @Field(() => Int, { description: 'The calendar year: an audit counts against the year of its due date.' })
  @IsInt()
  @Min(2000)
  @Max(2999)
  year: number;
}

@ArgsType()
export class UnscheduledThematicClaimsArgs extends ReadOptionsArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Only claims older than this many minutes before asOf, so a request still in flight is left alone. Default 15.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_080)
  graceMinutes?: number | null;
}
