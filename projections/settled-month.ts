import type { Document, ReadStore } from '../libs/read-store/src/read-store.port.js';
import { monthsFromTo } from './quotas/periods.js';

/**
 * Month indexes for the overdue view. A record whose clock (a 48-hour notification, a stage, an
 * acknowledgement) can no longer run is indexed by the month (YYYY-MM) it was settled in; one whose
 * clock may still run by UNSETTLED; one that never had such a clock by NO_CLOCK. At `asOf` only the
 * records unsettled, or settled in `asOf`'s month or later, can be late: five years of settled
 * records are never read.
 */
export const UNSETTLED = 'OPEN';
export const NO_CLOCK = 'NONE';

/** The index value for a record settled at `at` (an ISO instant), UNSETTLED while null or unreadable. */
export function settledMonthOf(at: string | null | undefined): string {
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return UNSETTLED;
  return new Date(at).toISOString().slice(0, 7);
}

/** Months past the later of now and `asOf` still read, for business times recorded slightly ahead of the clock. */
export const SETTLED_MONTHS_AHEAD = 12;

/** The values of a settled-month index whose records may have a clock running at `asOf`. */
export function monthsUnsettledAt(asOf: Date, now: Date = new Date()): string[] {
  const latest = new Date(Math.max(now.getTime(), asOf.getTime()));
  latest.setUTCMonth(latest.getUTCMonth() + SETTLED_MONTHS_AHEAD);
  return [UNSETTLED, ...monthsFromTo(asOf.toISOString().slice(0, 7), latest.toISOString().slice(0, 7))];
}

/** The documents of `collection` whose `field` (a settled-month index) says they may be late at `asOf`, by id. */
export async function findUnsettledAt<T extends Document & { readonly id: string }>(store: ReadStore, collection: string, field: string, asOf: Date): Promise<T[]> {
  const found = await Promise.all(monthsUnsettledAt(asOf).map((month) => store.find<T>(collection, { where: { [field]: month } })));
  return found.flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
