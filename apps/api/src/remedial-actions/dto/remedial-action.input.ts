import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { COPY_TO_ROLES, type CopyToRole } from '../../../../../libs/domain/src/index.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CopyToRoleEnum } from '../remedial-action.enums.js';

/**
 * Inputs of the remedial action's mutations (CFA-5, CFA-7). Shape only: who may do what, and
 * whether a date is in range, is decided by the remedial action's decider.
 */

@InputType({ description: 'CFA-7: an IRO or CP chair copied in on the action.' })
export class CopyRecipientInput {
  @Field(() => ID) @IsShortText() staffId: string;

  @Field(() => CopyToRoleEnum)
  @IsIn(COPY_TO_ROLES)
  role: CopyToRole;
}

@InputType({
  description:
    'CFA-7: raise a remedial action from a submitted case file audit. The case, the team and the 48-hour clock (from the submission) are read from the audit; the owner and the manager default to the social worker and team manager of its section 1. Raised by an auditor or a manager, never by a social worker.',
})
export class RaiseRemedialActionInput {
  @Field(() => ID, { description: 'The submitted case file audit the action comes from.' })
  @IsUUID()
  auditId: string;

  @Field(() => ID, { nullable: true, description: 'A UUID for the action; default: derived from the commandId.' })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The section 5 recommendation of the audit the action carries out, if any.' })
  @IsOptional()
  @IsShortText()
  recommendationId?: string | null;

  @Field(() => ID, { nullable: true, description: "Who must do it. Default: the audit's social worker." })
  @IsOptional()
  @IsShortText()
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Who reviews it in supervision (never the owner). Default: the audit's team manager." })
  @IsOptional()
  @IsShortText()
  managerId?: string | null;

  @Field({ description: 'What must be done.' })
  @IsLongText()
  description: string;

  @Field({ description: 'The timescale: the date (YYYY-MM-DD, not before today) by which it must be done.' })
  @IsCalendarDate()
  timescale: string;

  @Field(() => [CopyRecipientInput], { nullable: true, description: 'The IRO / CP chair to copy in, where required.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => CopyRecipientInput)
  copyTo?: CopyRecipientInput[] | null;
}

@InputType({ description: 'CFA-7: the owner takes the action on (after it is raised, or again after it is reopened).' })
export class AcknowledgeRemedialActionInput {
  @Field(() => ID) @IsUUID() actionId: string;
}

@InputType({ description: 'CFA-7: the owner says the acknowledged action is done, with evidence.' })
export class CompleteRemedialActionInput {
  @Field(() => ID) @IsUUID() actionId: string;

  @Field({ description: 'What was done and where it is recorded.' })
  @IsLongText()
  evidence: string;
}

@InputType({ description: 'CFA-5: the manager named on the action reviewed its completion in supervision and agrees it is done.' })
export class VerifyRemedialActionInput {
  @Field(() => ID) @IsUUID() actionId: string;

  @Field({ description: 'The date of the supervision (YYYY-MM-DD), between the completion and today.' })
  @IsCalendarDate()
  supervisionDate: string;

  @Field(() => ID, { nullable: true, description: 'The supervision session recorded for it, if any.' })
  @IsOptional()
  @IsShortText()
  supervisionSessionId?: string | null;
}

@InputType({ description: 'CFA-5: the manager found the completed action not done; it is open again with a new timescale.' })
export class ReopenRemedialActionInput {
  @Field(() => ID) @IsUUID() actionId: string;

  @Field({ description: 'Why it is not done.' })
  @IsLongText()
  reason: string;

  @Field({ description: 'The new timescale (YYYY-MM-DD, not before today).' })
  @IsCalendarDate()
  timescale: string;
}

@InputType({ description: 'CFA-13: the manager the escalation went to acknowledges it and says what will be done.' })
export class AcknowledgeImmediateEscalationInput {
  @Field(() => ID, { description: 'The escalation id, as the audit recorded it (`<auditId>:<n>`).' })
  @IsShortText()
  escalationId: string;

  @Field({ description: 'What will be done about it.' })
  @IsLongText()
  response: string;
}

@ArgsType()
export class RaiseRemedialActionArgs extends CommandArgsOf(RaiseRemedialActionInput) {}

@ArgsType()
export class AcknowledgeRemedialActionArgs extends CommandArgsOf(AcknowledgeRemedialActionInput) {}

@ArgsType()
export class CompleteRemedialActionArgs extends CommandArgsOf(CompleteRemedialActionInput) {}

@ArgsType()
export class VerifyRemedialActionArgs extends CommandArgsOf(VerifyRemedialActionInput) {}

@ArgsType()
export class ReopenRemedialActionArgs extends CommandArgsOf(ReopenRemedialActionInput) {}

@ArgsType()
export class AcknowledgeImmediateEscalationArgs extends CommandArgsOf(AcknowledgeImmediateEscalationInput) {}
