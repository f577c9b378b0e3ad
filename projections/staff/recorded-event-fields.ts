import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';

/**
 * Reading fields of recorded events without trusting them: projections never throw on a recorded
 * fact, so a field of the wrong shape reads as absent. Shared by the staff, teams and cases read
 * models.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function dataOf(event: RecordedEvent): Record<string, unknown> {
  return isRecord(event.data) ? event.data : {};
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
export function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

/** A value that held from a date: one entry of an as-at history. */
export type Dated<T> = { readonly value: T; readonly effectiveFrom: string };

/**
 * Adds a period to a history kept in effective-date order. Entries on the same date are kept in
 * the order recorded, so the later one wins on that date.
 */
export function withPeriod<T>(history: readonly Dated<T>[], value: T, effectiveFrom: string): Dated<T>[] {
  const entry = { value, effectiveFrom };
  const index = history.findIndex((h) => h.effectiveFrom > effectiveFrom);
  return index === -1 ? [...history, entry] : [...history.slice(0, index), entry, ...history.slice(index)];
}

/** The value a history held on a date, or undefined before its first period. */
export function valueAsAt<T>(history: readonly Dated<T>[], date: string): T | undefined {
  let found: T | undefined;
  for (const entry of history) {
    if (entry.effectiveFrom > date) break;
    found = entry.value;
  }
  return found;
}
