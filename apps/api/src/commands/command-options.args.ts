import type { Type as Class } from '@nestjs/common';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';

/** Arguments every mutation takes besides its input. */
@ArgsType()
export class CommandOptionsArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      'The revision of the audit the client last read. When given and the audit has moved on, the mutation is refused with CONFLICT and nothing is recorded. -1 means the audit must not exist yet.',
  })
  @IsOptional()
  @IsInt()
  @Min(-1)
  expectedRevision?: number | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A UUID the client generates per intended change. Sending the same mutation again with the same commandId records nothing new and answers as the first time did. Default: a fresh UUID.',
  })
  @IsOptional()
  @IsUUID()
  commandId?: string | null;
}

export interface CommandArgs<T> extends CommandOptionsArgs {
  input: T;
}

/**
 * A mutation's arguments, `input` plus the command options, validated as one object: every
 * argument is whitelisted and a failure names its path (`input.dueDate`, `commandId`).
 */
export function CommandArgsOf<T extends object>(inputType: Class<T>): Class<CommandArgs<T>> {
  @ArgsType()
  class MutationArgs extends CommandOptionsArgs {
    @Field(() => inputType)
    @ValidateNested()
    @Type(() => inputType)
    input: T;
  }
  Object.defineProperty(MutationArgs, 'name', { value: `${inputType.name}Args` });
  return MutationArgs;
}
