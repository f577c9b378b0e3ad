import { ArgsType, Field } from '@nestjs/graphql';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

/** Arguments every query takes: how fresh the read model must be, and the instant "now" means. */
@ArgsType()
export class ReadOptionsArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "A mutation's `position`: the query first waits (bounded) until the read model includes it, so the client reads its own write. If it does not get there in time the query fails with READ_MODEL_LAGGING; retry.",
  })
  @IsOptional()
  @Matches(/^\d{1,40}$/, { message: '$property must be a position returned by a mutation (a decimal integer)' })
  atLeastPosition?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The instant (ISO-8601) or date against which `overdue` is computed (CFA-6). Default: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string | null;
}
