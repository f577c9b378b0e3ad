import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { ChildRecordKind } from '../../../../libs/domain/src/index.js';
import { ChildReadsInterceptor } from './child-reads.interceptor.js';
import { CHILD_READS, type ChildReadsSpec, type ReturnedChildRecord, type ReturnedRecord } from './child-reads.metadata.js';

export type { ReturnedChildRecord, ReturnedRecord } from './child-reads.metadata.js';

/**
 * Issue 6 item 4: a query that returns child-level records. Whatever the resolver returned (after
 * access rules have filtered it) is recorded, each record with its kind, id and case, under the
 * reader, in one event per request; nothing returned, nothing recorded. If the reads cannot be
 * recorded the request fails and nothing is returned.
 *
 *   @RecordsChildReads('CASE_FILE_AUDIT', idAndCase)                // one record or a list
 *   @RecordsChildReads((history: SubjectHistory) => recordsOfHistory(history))  // any kinds
 */
export function RecordsChildReads<R>(kind: ChildRecordKind, select: (result: R) => Iterable<ReturnedRecord>): MethodDecorator;
export function RecordsChildReads<R>(select: (result: R) => Iterable<ReturnedChildRecord>): MethodDecorator;
export function RecordsChildReads<R>(
  kindOrSelect: ChildRecordKind | ((result: R) => Iterable<ReturnedChildRecord>),
  select?: (result: R) => Iterable<ReturnedRecord>,
): MethodDecorator {
  const spec: ChildReadsSpec =
    typeof kindOrSelect === 'function'
      ? { select: (result) => kindOrSelect(result as R) }
      : { select: (result) => [...select!(result as R)].map((record) => ({ ...record, kind: kindOrSelect })) };
  return applyDecorators(SetMetadata(CHILD_READS, spec), UseInterceptors(ChildReadsInterceptor));
}

/** The records of a result that is one record, null, or a list, each `{ id, azeusNumber }`. */
export function idAndCase(result: unknown): ReturnedRecord[] {
  return listOf(result).flatMap((record) => {
    const id = record['id'];
    const caseId = record['azeusNumber'];
    return typeof id === 'string' ? [{ id, caseId: typeof caseId === 'string' ? caseId : null }] : [];
  });
}

export function listOf(result: unknown): Record<string, unknown>[] {
  const items = Array.isArray(result) ? result : result == null ? [] : [result];
  return items.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null);
}
