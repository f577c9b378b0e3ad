import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'What a CSV import recorded. Importing the same file again plans nothing; pass `position` as `atLeastPosition` to read the result.',
})
export class CsvImportReport {
  @Field(() => ID, { description: 'The correlation id of every command of the import: the same file always gives the same id.' })
  importId: string;

  @Field({ description: "SHA-256 (hex) of the file's text." })
  fileSha256: string;

  @Field(() => Int, { description: 'Commands needed to bring the record to what the file says (0: it already says it).' })
  commandsPlanned: number;

  @Field(() => Int)
  eventsAppended: number;

  @Field(() => Int, { description: 'Planned commands that had already been recorded (an interrupted import run again).' })
  duplicates: number;

  @Field(() => String, { nullable: true, description: 'Global position of the last event the import touched; null if none.' })
  position: string | null;
}
