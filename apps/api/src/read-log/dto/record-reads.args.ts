import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CHILD_RECORD_KINDS, type ChildRecordKind } from '../../../../../libs/domain/src/index.js';
import { RECORD_READS_PAGE } from '../../../../../projections/read-log/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ChildRecordKindEnum } from '../read-log.enums.js';

/** A date (the whole day, UTC) or an ISO-8601 instant. */
const DATE_OR_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const dateOrInstant = (property: string) =>
  Matches(DATE_OR_INSTANT, { message: `${property} must be a date (YYYY-MM-DD) or an ISO-8601 instant with its offset` });

@InputType({ description: 'Every filter given must match; none lists every read.' })
export class RecordReadsFilter {
  @Field(() => ID, { nullable: true, description: 'The staff id of the reader.' }) @IsOptional() @IsShortText() readerId?: string | null;

  @Field(() => ChildRecordKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHILD_RECORD_KINDS)
  recordKind?: ChildRecordKind | null;

  @Field(() => ID, { nullable: true, description: 'The id of the record (for a case or case history, its Azeus number).' })
  @IsOptional()
  @IsShortText()
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: "The Azeus number: reads of the case's records and of its history, where the record names it." })
  @IsOptional()
  @IsShortText()
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: 'Read at or after: a date (from its start, UTC) or an instant.' })
  @IsOptional()
  @dateOrInstant('from')
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Read at or before: a date (to its end, UTC) or an instant.' })
  @IsOptional()
  @dateOrInstant('to')
  to?: string | null;
}

@ArgsType()
export class RecordReadsArgs {
  @Field(() => RecordReadsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecordReadsFilter)
  filter?: RecordReadsFilter | null;

  @Field(() => Int, { nullable: true, description: `Reads per page, 1 to ${RECORD_READS_PAGE.max}; default ${RECORD_READS_PAGE.default}.` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RECORD_READS_PAGE.max)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before.' })
  @IsOptional()
  @Matches(/^\d{1,40}:\d{1,9}$/, { message: 'after must be an endCursor recordReads answered' })
  after?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A position the log must be read up to first (bounded wait). Default: everything recorded when the query arrives, so a read just made is listed.',
  })
  @IsOptional()
  @Matches(/^\d{1,40}$/, { message: '$property must be a position in the log (a decimal integer)' })
  atLeastPosition?: string | null;
}
