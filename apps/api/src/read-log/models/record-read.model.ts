import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ChildRecordKind, Role } from '../../../../../libs/domain/src/index.js';
import type { RecordReadDocument, RecordReadPage } from '../../../../../projections/read-log/index.js';
import { StaffRoleEnum } from '../../people/people.enums.js';
import { ChildRecordKindEnum } from '../read-log.enums.js';

@ObjectType({ description: 'Issue 6: one child-level record one reader was given, and when.' })
export class RecordRead {
  @Field({ description: 'The business time of the read (UTC ISO-8601).' }) readAt: string;
  @Field({ description: 'The staff id of the reader.' }) readerId: string;
  @Field(() => StaffRoleEnum, { nullable: true, description: 'Their role at the time of the read.' }) readerRole: Role | null;
  @Field(() => ChildRecordKindEnum) recordKind: ChildRecordKind;
  @Field() recordId: string;
  @Field(() => String, { nullable: true, description: 'The Azeus number of the case, where the record names one.' }) caseId: string | null;
  @Field({ description: 'The query that returned the record (e.g. caseFileAudit, remedialActions, caseHistory).' }) operation: string;
  @Field(() => String, { nullable: true, description: "The GraphQL operation's name as the client sent it." }) operationName: string | null;
  @Field({ description: "The read log stream the read is recorded in, hash-chained (verifyStream, recordHistory)." }) streamId: string;
  @Field(() => Int) revision: number;
  @Field({ description: 'Global position of the event in the log.' }) position: string;
  @Field() eventId: string;
  @Field({ description: 'This read as a cursor (`after`).' }) cursor: string;

  static of(document: RecordReadDocument): RecordRead {
    return Object.assign(new RecordRead(), {
      readAt: document.readAt,
      readerId: document.readerId,
      readerRole: document.readerRole,
      recordKind: document.recordKind,
      recordId: document.recordId,
      caseId: document.caseId,
      operation: document.operation,
      operationName: document.operationName,
      streamId: document.streamId,
      revision: document.revision,
      position: document.position,
      eventId: document.eventId,
      cursor: document.id,
    });
  }
}

@ObjectType({ description: 'A page of reads, newest first.' })
export class RecordReadsPage {
  @Field(() => [RecordRead]) items: RecordRead[];
  @Field({ description: 'More reads match after this page.' }) hasMore: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on an empty page.' }) endCursor: string | null;

  static of(page: RecordReadPage): RecordReadsPage {
    return Object.assign(new RecordReadsPage(), { items: page.items.map(RecordRead.of), hasMore: page.hasMore, endCursor: page.endCursor });
  }
}
