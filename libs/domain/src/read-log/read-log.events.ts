import type { DomainEvent, Role } from '../shared/decider.js';
import type { ChildRecordRead } from './read-log.values.js';

/**
 * Issue 6 item 4: who read which child-level records, and when. One event per request (a request
 * returning more than READ_LOG_LIMITS.recordsPerEvent records is recorded in several events with
 * the same commandId). `readAt` is the business time of the read (`metadata.now`).
 */
export type ChildRecordsRead = DomainEvent<
  'ChildRecordsRead',
  {
    readonly readerId: string;
    readonly readerRole: Role;
    readonly readAt: string;
    /** The GraphQL operation's name as the client sent it, or null for an anonymous operation. */
    readonly operationName: string | null;
    readonly records: readonly ChildRecordRead[];
  }
>;

export type ReadLogEvent = ChildRecordsRead;

/**
 * The history index leaves these out (projections/history-index): reads are an access log, queried
 * through `recordReads`, not something done to a case or by a person in its history.
 */
export const READ_LOG_EVENT_TYPES = ['ChildRecordsRead'] as const satisfies readonly ReadLogEvent['type'][];
