import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsShortText } from '../case-file-audits/dto/validation.js';

/** REP-3: "as it stood at" a date or instant; the history index can be waited for like any read model. */
@ArgsType()
export class HistoryAsOfArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'REP-3: the history as it stood at this date (YYYY-MM-DD, to the end of that day, UTC) or instant (ISO-8601): only events whose business time is at or before it. Default: everything recorded.',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  asOf?: string | null;
}

@ArgsType()
export class IndexedHistoryArgs extends HistoryAsOfArgs {
  @Field(() => String, {
    nullable: true,
    description:
      "A mutation's `position`: the query first waits (bounded) until the history index includes it. If it does not get there in time the query fails with READ_MODEL_LAGGING; retry.",
  })
  @IsOptional()
  @Matches(/^\d{1,40}$/, { message: '$property must be a position returned by a mutation (a decimal integer)' })
  atLeastPosition?: string | null;
}

@ArgsType()
export class CaseHistoryArgs extends IndexedHistoryArgs {
  @Field(() => String, { description: "The case's Azeus number." })
  @IsShortText()
  azeusNumber: string;
}

@ArgsType()
export class StaffHistoryArgs extends IndexedHistoryArgs {
  @Field(() => ID, { description: 'The member of staff.' })
  @IsShortText()
  staffId: string;
}

@ArgsType()
export class RecordHistoryArgs extends HistoryAsOfArgs {
  @Field({ description: 'A stream id, `<category>-<id>` (e.g. caseFileAudit-<id>, remedialAction-<id>): read from the log itself.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  streamId: string;
}

@ArgsType()
export class AuditGradesHistoryArgs extends HistoryAsOfArgs {
  @Field(() => ID, { description: 'The case file audit.' })
  @IsShortText()
  auditId: string;
}
