import { DomainError } from '../shared/domain-error.js';
import { MidwayReviewErrorCode as Code } from './midway-review.errors.js';

/**
 * CRS-3: a midway review is held "mid-way between conferences and reviews". The framework gives no
 * margin; a review held within this many days after the midpoint is on time, and one not held by
 * then is overdue.
 */
export const MIDWAY_REVIEW_TOLERANCE_DAYS = 7;

const DAY_MS = 86_400_000;

export type MidwayReviewDue = {
  /** The midpoint between the two meetings (YYYY-MM-DD), rounded down to a whole day. */
  readonly dueOn: string;
  /** The last day a review is on time: dueOn plus MIDWAY_REVIEW_TOLERANCE_DAYS. */
  readonly overdueAfter: string;
};

/** CRS-3: when the midway review between the previous and the next conference or review falls due. */
export function midwayReviewDue(previousMeetingDate: string, nextMeetingDate: string): MidwayReviewDue {
  const previous = dayNumber(previousMeetingDate, 'previousMeetingDate');
  const next = dayNumber(nextMeetingDate, 'nextMeetingDate');
  if (next <= previous) {
    throw new DomainError(
      Code.MEETINGS_OUT_OF_ORDER,
      `nextMeetingDate ${nextMeetingDate} must fall after previousMeetingDate ${previousMeetingDate} (CRS-3)`,
      'BAD_USER_INPUT',
      { field: 'nextMeetingDate', rule: 'CRS-3' },
    );
  }
  const due = previous + Math.floor((next - previous) / 2);
  return { dueOn: dateOf(due), overdueAfter: dateOf(due + MIDWAY_REVIEW_TOLERANCE_DAYS) };
}

/**
 * CRS-3: a midway review not held is overdue when `asOf` falls on a day after `overdueAfter`; a
 * held one never is. Computed whenever asked, never stored.
 */
export function isMidwayReviewOverdue(
  meetings: { readonly previousMeetingDate: string; readonly nextMeetingDate: string; readonly heldOn: string | null },
  asOf: string | Date,
): boolean {
  if (meetings.heldOn !== null) return false;
  return asOfDate(asOf) > midwayReviewDue(meetings.previousMeetingDate, meetings.nextMeetingDate).overdueAfter;
}

function dayNumber(value: string, field: string): number {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return parsed.getTime() / DAY_MS;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD (CRS-3)`, 'BAD_USER_INPUT', { field, rule: 'CRS-3' });
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function asOfDate(asOf: string | Date): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return dateOf(dayNumber(asOf, 'asOf'));
  const instant = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError(Code.INVALID_DATE, `asOf must be a date or an instant, not ${String(asOf)}`, 'BAD_USER_INPUT', { field: 'asOf' });
  }
  return instant.toISOString().slice(0, 10);
}
