import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { ChildRecordReadInput, ReadLogCommand, RecordChildReads } from './read-log.commands.js';
import { ReadLogErrorCode as Code } from './read-log.errors.js';
import type { ChildRecordsRead, ReadLogEvent } from './read-log.events.js';
import { evolve, initialState, type ReadLogDay } from './read-log.state.js';
import { CHILD_RECORD_KINDS, READ_LOG_LIMITS as LIMITS, type ChildRecordRead } from './read-log.values.js';

export function decide(command: ReadLogCommand, state: ReadLogDay): ReadLogEvent[] {
  switch (command.type) {
    case 'RecordChildReads':
      return recordChildReads(command, state);
    default:
      return assertNever(command.type);
  }
}

export const readLogDecider: Decider<ReadLogCommand, ReadLogDay, ReadLogEvent> = { decide, evolve, initialState };

/**
 * Issue 6 item 4: the records a request returned, each once (the same record returned twice by one
 * query is one read), in the order returned. Nothing returned, nothing recorded.
 */
function recordChildReads(command: RecordChildReads, state: ReadLogDay): ChildRecordsRead[] {
  const { actor, now } = command.metadata;
  const readerId = typeof actor?.staffId === 'string' ? actor.staffId.trim() : '';
  if (readerId === '') {
    throw new DomainError(Code.READER_REQUIRED, 'A read is recorded against the staff id of the reader', 'BAD_USER_INPUT', { field: 'actor' });
  }
  const day = now.slice(0, 10);
  if (state.status === 'RECORDING' && (state.readerId !== readerId || state.day !== day)) {
    throw new DomainError(
      Code.OTHER_READERS_STREAM,
      `This read log holds the reads of ${state.readerId} on ${state.day}, not of ${readerId} on ${day}`,
      'CONFLICT',
    );
  }
  const operationName = checkedOperationName(command.data.operationName);
  const records = distinct((Array.isArray(command.data.records) ? command.data.records : []).map(checkedRecord));
  const events: ChildRecordsRead[] = [];
  for (let start = 0; start < records.length; start += LIMITS.recordsPerEvent) {
    events.push({
      type: 'ChildRecordsRead',
      data: {
        readerId,
        readerRole: actor.role,
        readAt: now,
        operationName,
        records: records.slice(start, start + LIMITS.recordsPerEvent),
      },
    });
  }
  return events;
}

function checkedRecord(input: ChildRecordReadInput, index: number): ChildRecordRead {
  const field = `records.${index}`;
  const kind = CHILD_RECORD_KINDS.find((k) => k === input?.kind);
  if (kind === undefined) {
    throw new DomainError(
      Code.KIND_UNKNOWN,
      `${field}.kind ${JSON.stringify(input?.kind)} is not a child-level record; expected one of ${CHILD_RECORD_KINDS.join(', ')}`,
      'BAD_USER_INPUT',
      { field: `${field}.kind` },
    );
  }
  const id = identifier(input.id, `${field}.id`);
  const caseId = input.caseId == null || String(input.caseId).trim() === '' ? null : identifier(input.caseId, `${field}.caseId`);
  const operation = typeof input.operation === 'string' ? input.operation.trim() : '';
  if (!GRAPHQL_NAME.test(operation) || operation.length > LIMITS.operationLength) {
    throw new DomainError(
      Code.OPERATION_INVALID,
      `${field}.operation must name the query that returned the record (a GraphQL name of at most ${LIMITS.operationLength} characters), not ${JSON.stringify(input.operation)}`,
      'BAD_USER_INPUT',
      { field: `${field}.operation` },
    );
  }
  return { kind, id, caseId, operation };
}

/** Each record once per query that returned it; a later mention may add the case an earlier one lacked. */
function distinct(records: readonly ChildRecordRead[]): ChildRecordRead[] {
  const byKey = new Map<string, ChildRecordRead>();
  for (const record of records) {
    const key = `${record.operation}\u0000${record.kind}\u0000${record.id}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, record);
    else if (seen.caseId === null && record.caseId !== null) byKey.set(key, { ...seen, caseId: record.caseId });
  }
  return [...byKey.values()];
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function checkedOperationName(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  if (typeof value !== 'string' || !GRAPHQL_NAME.test(value) || value.length > LIMITS.operationLength) {
    throw new DomainError(
      Code.OPERATION_INVALID,
      `operationName must be a GraphQL name of at most ${LIMITS.operationLength} characters, not ${JSON.stringify(value)}`,
      'BAD_USER_INPUT',
      { field: 'operationName' },
    );
  }
  return value;
}

function identifier(value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new DomainError(Code.ID_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field });
  if (text.length > LIMITS.idLength) {
    throw new DomainError(Code.ID_TOO_LONG, `${field} is at most ${LIMITS.idLength} characters, not ${text.length}`, 'BAD_USER_INPUT', { field });
  }
  return text;
}

