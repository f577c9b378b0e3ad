/**
 * REP-3: the history index. Two read models, each one document per key, plain JSON (`type`, not
 * `interface`, so they are ReadStore `Document`s). A document's content depends only on the
 * events folded into it, never on its key, so one event can be folded the same way into every
 * subject it concerns.
 *
 * - `historyReferences`: one document per subject per month of business time
 *   (`case:AZ-1@2025-06`, `staff:S-1@2025-06`): the references to the events that concern it,
 *   in log order. Chunking by month keeps every document small however long a case lives (a
 *   reference is about 250 bytes as JSON; a month of 1,000 events is about 250 kB) and lets an
 *   "as at" query skip the months after it.
 * - `historySubjects`: one document per subject (`case:AZ-1`, `staff:S-1`, `record:<streamId>`):
 *   its months with their counts, so a query knows which chunks to read.
 *
 * Positions are decimal strings: EventStoreDB positions pass 2^53.
 */

/** One event, as the index refers to it. The event itself stays in the log. */
export type HistoryReference = {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly type: string;
  /** Business time (`metadata.now`), UTC ISO instant. */
  readonly at: string;
  readonly actor: { readonly staffId: string; readonly role: string | null } | null;
};

/** The references of one subject in one month. */
export type HistoryReferencesDocument = {
  readonly month: string;
  readonly references: readonly HistoryReference[];
  /** Position of the last event folded in: the idempotency mark (events arrive in log order). */
  readonly lastPosition: string;
};

export type HistoryMonth = {
  readonly month: string;
  readonly events: number;
  readonly firstPosition: string;
  readonly lastPosition: string;
};

/** A subject's months, in month order. */
export type HistorySubjectDocument = {
  readonly events: number;
  readonly months: readonly HistoryMonth[];
  readonly firstAt: string;
  readonly lastAt: string;
  readonly lastPosition: string;
};
