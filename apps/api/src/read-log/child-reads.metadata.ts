import type { ChildRecordKind } from '../../../../libs/domain/src/index.js';

/** A record a query returned, as a selector names it. */
export interface ReturnedRecord {
  readonly id: string;
  readonly caseId?: string | null;
}

/** A record of any kind a query returned (a history spans kinds). */
export interface ReturnedChildRecord extends ReturnedRecord {
  readonly kind: ChildRecordKind;
}

export const CHILD_READS = Symbol('childReads');

/** What @RecordsChildReads attaches to a resolver method. */
export interface ChildReadsSpec {
  readonly select: (result: unknown) => Iterable<ReturnedChildRecord>;
}

