import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { CRS_ESCALATION_ROUTES, type CrsEscalationRoute } from '../../../../../libs/domain/src/index.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { CrsEscalationRouteEnum } from '../crs-escalation.enums.js';

/**
 * Inputs of the CRS escalation's mutations (CRS-1). Shape only: who may do what, and what the
 * process allows at each stage, is decided by the CRS escalation's decider.
 */

@InputType({
  description:
    "CRS-1: an IRO or CP chair raises an escalation about practice concerns placing a child at risk. The child's Team Manager is told at once; a serious issue or one needing a management decision goes to the Manager (Head of Service) of the service area. The chair is the caller.",
})
export class RaiseCrsEscalationInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the escalation. Default: derived from the commandId, so a retried raise lands on the same escalation.' })
  @IsOptional()
  @IsUUID()
  escalationId?: string | null;

  @Field({ description: "The child's case, by its Azeus number." })
  @IsShortText()
  azeusNumber: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field({ description: 'The practice concern placing the child at risk.' })
  @IsLongText()
  concern: string;

  @Field({ description: 'The practice issue behind it.' })
  @IsLongText()
  practiceIssue: string;

  @Field(() => ID, { description: "The child's Team Manager: notified immediately (CRS-1)." })
  @IsShortText()
  teamManagerId: string;

  @Field(() => ID, { nullable: true, description: 'The Manager (Head of Service) of the service area; required when serious or managementDecision.' })
  @IsOptional()
  @IsShortText()
  headOfServiceId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A serious issue: sent to the Manager of the service area (CRS-1).' })
  @IsOptional()
  @IsBoolean()
  serious?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'An issue that involves a management decision: sent to the Manager of the service area (CRS-1).' })
  @IsOptional()
  @IsBoolean()
  managementDecision?: boolean | null;

  @Field(() => CrsEscalationRouteEnum, { nullable: true, description: 'INFORMAL (default) or FORMAL; a serious issue or a management decision is formal.' })
  @IsOptional()
  @IsIn(CRS_ESCALATION_ROUTES)
  route?: CrsEscalationRoute | null;
}

@InputType({ description: "CRS-1: the current stage's recipient says what they found and what they have done or will do." })
export class RespondToCrsEscalationInput {
  @Field(() => ID) @IsShortText() escalationId: string;
  @Field() @IsLongText() response: string;
}

@InputType({ description: 'CRS-1: the raising chair takes the escalation to the next stage.' })
export class EscalateCrsEscalationInput {
  @Field(() => ID) @IsShortText() escalationId: string;

  @Field({ description: 'Why the last stage did not resolve it.' })
  @IsLongText()
  reason: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The next stage\'s recipient. Formal stage 1: default the Team Manager; stage 2: default the Manager named when raised; stage 3: a chief officer or the director, required.',
  })
  @IsOptional()
  @IsShortText()
  recipientId?: string | null;
}

@InputType({ description: 'An action agreed on resolution; it becomes a remedial action with the CFA-7 lifecycle.' })
export class CrsEscalationAgreedActionInput {
  @Field(() => ID, { nullable: true, description: "Default: derived from the escalation's id and the action's place in the list." })
  @IsOptional()
  @IsShortText()
  actionId?: string | null;

  @Field({ description: 'What must be done.' }) @IsLongText() description: string;
  @Field(() => ID, { description: 'Who does it.' }) @IsShortText() ownerId: string;
  @Field(() => ID, { description: 'Who reviews its completion; not the owner.' }) @IsShortText() managerId: string;
  @Field({ description: 'YYYY-MM-DD, not before today.' }) @IsCalendarDate() timescale: string;
}

@InputType({ description: "CRS-1: the raising chair accepts the current stage's response; the escalation is resolved, with any agreed actions." })
export class ResolveCrsEscalationInput {
  @Field(() => ID) @IsShortText() escalationId: string;

  @Field({ description: 'What was resolved, and how.' })
  @IsLongText()
  outcome: string;

  @Field(() => [CrsEscalationAgreedActionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CrsEscalationAgreedActionInput)
  agreedActions?: CrsEscalationAgreedActionInput[] | null;
}

@InputType({ description: 'CRS-1: the raising chair withdraws the escalation.' })
export class WithdrawCrsEscalationInput {
  @Field(() => ID) @IsShortText() escalationId: string;
  @Field() @IsLongText() reason: string;
}

@ArgsType() export class RaiseCrsEscalationArgs extends CommandArgsOf(RaiseCrsEscalationInput) {}
@ArgsType() export class RespondToCrsEscalationArgs extends CommandArgsOf(RespondToCrsEscalationInput) {}
@ArgsType() export class EscalateCrsEscalationArgs extends CommandArgsOf(EscalateCrsEscalationInput) {}
@ArgsType() export class ResolveCrsEscalationArgs extends CommandArgsOf(ResolveCrsEscalationInput) {}
@ArgsType() export class WithdrawCrsEscalationArgs extends CommandArgsOf(WithdrawCrsEscalationInput) {}
