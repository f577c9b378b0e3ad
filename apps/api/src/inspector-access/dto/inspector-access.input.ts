import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

/**
 * Inputs of the inspector access mutations (issue 6 item 3). Shape only: whether the instants are
 * instants, the window's bounds (INSP-2) and who the inspector may be (INSP-3) are the decider's,
 * which names the field and the rule.
 */

/** An ISO-8601 instant is at most 35 characters; anything longer is not one. */
const INSTANT_LENGTH = 40;

@InputType({ description: 'Issue 6 item 3: read-only access for an external inspector, for a bounded window.' })
export class GrantInspectorAccessInput {
  @Field(() => ID, { description: "The inspector's token subject exactly: who the access follows." })
  @IsShortText()
  inspectorId: string;

  @Field({ description: "The inspector's name." }) @IsShortText() name: string;
  @Field({ description: 'Whom the inspector is from, e.g. Ofsted.' }) @IsShortText() organisation: string;

  @Field(() => String, {
    nullable: true,
    description: 'When access begins: an ISO-8601 instant with its time zone, now or later (at most 90 days ahead). Default: now.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(INSTANT_LENGTH)
  from?: string | null;

  @Field({ description: 'When access ends by itself (exclusive): an ISO-8601 instant with its time zone, at most 90 days after from (INSP-2).' })
  @IsString()
  @MaxLength(INSTANT_LENGTH)
  until: string;

  @Field({ description: 'Why access is granted: the inspection.' }) @IsLongText() reason: string;

  @Field(() => String, { nullable: true, description: "The inspection's reference, where there is one." })
  @IsOptional()
  @IsShortText()
  inspectionReference?: string | null;
}

@InputType({ description: 'Ends a grant before its window does.' })
export class RevokeInspectorAccessInput {
  @Field(() => ID) @IsShortText() grantId: string;
  @Field({ description: 'Why it is revoked.' }) @IsLongText() reason: string;
}

@ArgsType() export class GrantInspectorAccessArgs extends CommandArgsOf(GrantInspectorAccessInput) {}
@ArgsType() export class RevokeInspectorAccessArgs extends CommandArgsOf(RevokeInspectorAccessInput) {}
