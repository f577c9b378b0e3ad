import type { Command } from '../shared/decider.js';

/** A record as the read's interceptor found it; `decide` checks it. */
export type ChildRecordReadInput = {
  readonly kind: string;
  readonly id: string;
  readonly caseId?: string | null;
  readonly operation: string;
};

/** Record the child-level records one request returned to its actor (the reader). */
export type RecordChildReads = Command<
  'RecordChildReads',
  {
    readonly operationName: string | null;
    readonly records: readonly ChildRecordReadInput[];
  }
>;

export type ReadLogCommand = RecordChildReads;
