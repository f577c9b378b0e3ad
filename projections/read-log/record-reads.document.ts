import type { ChildRecordKind, Role } from '../../libs/domain/src/index.js';

/**
 * The read log's read model (issue 6 item 4): one document per child-level record per read, so
 * S&QA can ask who read a record, a child's case or anything by a reader, newest first. The
 * event itself stays in its reader's day stream, hash-chained; `streamId` and `revision` name it.
 */
export type RecordReadDocument = {
  /** `<position>:<index>`: the event's global position and the record's place in it. */
  readonly id: string;
  readonly doc: 'READ';
  readonly readerId: string;
  readonly readerRole: Role | null;
  /** The business time of the read (UTC ISO-8601). */
  readonly readAt: string;
  /** YYYY-MM-DD of readAt: indexed, so a period is read day by day. */
  readonly readDay: string;
  /** The query (root field) that returned the record. */
  readonly operation: string;
  readonly operationName: string | null;
  readonly recordKind: ChildRecordKind;
  readonly recordId: string;
  readonly caseId: string | null;
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly eventId: string;
  readonly index: number;
};

/** The days the log holds reads on: where a query by day starts and stops. */
export type ReadLogSpanDocument = {
  readonly id: 'span';
  readonly doc: 'SPAN';
  readonly firstDay: string;
  readonly lastDay: string;
  readonly events: number;
  readonly records: number;
  /** The idempotency mark: the global position of the last event counted. */
  readonly lastPosition: string;
};

export type ReadLogDocument = RecordReadDocument | ReadLogSpanDocument;
