import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../case-file-audits/dto/validation.js';

/** A council's caseload export runs to a few hundred kilobytes; this bounds one request. */
export const MAX_CSV_CHARS = 5_000_000;

@ArgsType()
export class ImportCsvArgs {
  @Field({ description: 'The whole CSV file as text (RFC 4180; the first line names the columns).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CSV_CHARS)
  csv: string;

  @Field(() => String, {
    nullable: true,
    description:
      'YYYY-MM-DD from which the changes the file records take effect, where a row has no "Effective from" column; names of staff are matched against who was in post on it. Default: today.',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string | null;
}
