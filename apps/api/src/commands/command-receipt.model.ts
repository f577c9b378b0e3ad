import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CommandResult } from '../../../../libs/command-handling/src/command-handler.js';

@ObjectType({ description: 'What a mutation recorded: pass `position` as `atLeastPosition` to read your own write.' })
export class CommandReceipt {
  @Field(() => ID, { description: 'The id of the audit (or other record) the command changed.' })
  id: string;

  @Field(() => Int, { description: 'The revision of the record after the command; -1 if it still does not exist.' })
  revision: number;

  @Field(() => String, {
    nullable: true,
    description: 'Global position of the last event recorded (a 64-bit or larger integer, as a string); null if nothing was ever recorded.',
  })
  position: string | null;

  @Field({ description: 'True when this commandId had already been handled and nothing new was recorded.' })
  duplicate: boolean;

  static of(id: string, result: CommandResult): CommandReceipt {
    const receipt = new CommandReceipt();
    receipt.id = id;
    receipt.revision = result.revision;
    receipt.position = result.position === null ? null : result.position.toString();
    receipt.duplicate = result.duplicate;
    return receipt;
  }
}
