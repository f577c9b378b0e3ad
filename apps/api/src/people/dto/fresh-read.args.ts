import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

/** How fresh a read of the people, caseload or sample read models must be (read-your-writes). */
@ArgsType()
export class FreshReadArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "A mutation's `position`: the query first waits (bounded) until the read model includes it, so the client reads its own write. If it does not get there in time the query fails with READ_MODEL_LAGGING; retry.",
  })
  @IsOptional()
  @Matches(/^\d{1,40}$/, { message: '$property must be a position returned by a mutation (a decimal integer)' })
  atLeastPosition?: string | null;
}

/** The position to wait for, or undefined when the client did not ask to read its own write. */
export function positionOf(args: FreshReadArgs): bigint | undefined {
  return args.atLeastPosition == null ? undefined : BigInt(args.atLeastPosition);
}
