import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({ description: 'Names the case file audit a command is about.' })
export class StartCaseFileAuditInput {
  @Field(() => ID)
  @IsUUID()
  auditId: string;
}

@ArgsType()
export class StartCaseFileAuditArgs extends CommandArgsOf(StartCaseFileAuditInput) {}
