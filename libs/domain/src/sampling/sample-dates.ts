import { DomainError } from '../shared/domain-error.js';
import { AnnualSampleErrorCode as Code } from './annual-sample.errors.js';

/** Calendar arithmetic of the annual sample, on YYYY-MM-DD dates in UTC. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (2025-02-30 is refused). */
export function sampleDate(value: unknown, field: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return value as string;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
  });
}

/** The UTC calendar day of an instant (or a bare date as it is). */
export function dateOfInstant(instant: string, field = 'now'): string {
  if (ISO_DATE.test(instant)) return sampleDate(instant, field);
  const parsed = new Date(instant);
  if (Number.isNaN(parsed.getTime())) {
    throw new DomainError(Code.INVALID_DATE, `${field} must be an instant, not ${JSON.stringify(instant)}`, 'BAD_USER_INPUT', { field });
  }
  return parsed.toISOString().slice(0, 10);
}

/** The same day twelve months earlier; 29 February goes to 28 February. */
export function twelveMonthsBefore(date: string): string {
  const [year, month, day] = parts(date);
  return format(year - 1, month, Math.min(day, daysInMonth(year - 1, month)));
}

/** The last day of a month (1..12) of a year, as YYYY-MM-DD. */
export function lastDayOfMonth(year: number, month: number): string {
  return format(year, month, daysInMonth(year, month));
}

export function yearOf(date: string): number {
  return parts(date)[0];
}

export function monthOf(date: string): number {
  return parts(date)[1];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: string): [number, number, number] {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
