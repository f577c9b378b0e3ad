import { DomainError } from '../shared/domain-error.js';
import { PracticeObservationErrorCode as Code } from './practice-observation.errors.js';

/** OBS-1: every worker is observed at least once every 12 months. */
export const ANNUAL_OBSERVATION_MONTHS = 12;
/** OBS-2: a worker needing support to improve performance is observed at least every 6 months. */
export const PERFORMANCE_SUPPORT_OBSERVATION_MONTHS = 6;

/**
 * OBS-3: the default ASYE schedule, in months from the start of the ASYE year. The framework leaves
 * the schedule to the ASYE policy; this default follows the ASYE year's review points (3-month,
 * 6-month and final 12-month review). Pass the council's own list where it differs.
 */
export const DEFAULT_ASYE_OBSERVATION_MONTHS: readonly number[] = [3, 6, 12];

export interface AsyeSchedule {
  /** The day the worker started the ASYE year (YYYY-MM-DD). */
  readonly startedOn: string;
  /** Months from `startedOn` at which an observation falls due; DEFAULT_ASYE_OBSERVATION_MONTHS if absent. */
  readonly offsetsInMonths?: readonly number[];
}

export interface ObservationDueInput {
  /** The date of the worker's last practice observation (YYYY-MM-DD), or null if never observed. */
  readonly lastObservedOn: string | null;
  /** OBS-2: the TM has identified the worker as needing support to improve performance. */
  readonly needsPerformanceSupport: boolean;
  /** OBS-3: the worker is newly qualified, in the ASYE year. */
  readonly asye: boolean;
  /** OBS-3: the ASYE schedule; required when `asye` is true. */
  readonly asyeSchedule?: AsyeSchedule | null;
}

/**
 * The date (YYYY-MM-DD) by which the worker's next practice observation is due, or null when the
 * worker has never been observed and no schedule gives a date: such a worker is due at once.
 *
 * The cadence is 12 months after the last observation (OBS-1), or 6 months when the worker needs
 * support (OBS-2). For an ASYE worker (OBS-3) the first date of their schedule after the last
 * observation applies when it comes sooner; once the schedule is done the cadence alone applies.
 */
export function nextObservationDue(input: ObservationDueInput): string | null {
  const last = input.lastObservedOn === null ? null : isoDate(input.lastObservedOn, 'lastObservedOn');
  const months = input.needsPerformanceSupport ? PERFORMANCE_SUPPORT_OBSERVATION_MONTHS : ANNUAL_OBSERVATION_MONTHS;
  const cadence = last === null ? null : addMonths(last, months);
  const asye = input.asye ? nextAsyeDate(input.asyeSchedule ?? null, last) : null;
  if (cadence === null) return asye;
  if (asye === null) return cadence;
  return asye < cadence ? asye : cadence;
}

/**
 * OBS-1..OBS-3: overdue when `asOf` falls on a day after the due date, or when the worker has never
 * been observed and no schedule gives a due date. Computed whenever asked, never stored.
 */
export function isObservationOverdue(input: ObservationDueInput, asOf: string | Date): boolean {
  const due = nextObservationDue(input);
  if (due === null) return true;
  return asOfDate(asOf) > due;
}

function nextAsyeDate(schedule: AsyeSchedule | null, last: string | null): string | null {
  if (schedule === null) {
    throw new DomainError(Code.SCHEDULE_INVALID, 'An ASYE worker needs their ASYE schedule', 'BAD_USER_INPUT', {
      field: 'asyeSchedule',
      rule: 'OBS-3',
    });
  }
  const startedOn = isoDate(schedule.startedOn, 'asyeSchedule.startedOn');
  const offsets = schedule.offsetsInMonths ?? DEFAULT_ASYE_OBSERVATION_MONTHS;
  for (const offset of offsets) {
    if (!Number.isInteger(offset) || offset < 0) {
      throw new DomainError(Code.SCHEDULE_INVALID, `ASYE offsets are whole months, not ${String(offset)}`, 'BAD_USER_INPUT', {
        field: 'asyeSchedule.offsetsInMonths',
        rule: 'OBS-3',
      });
    }
  }
  // Each scheduled date is met by an observation in the window after the date before it, up to and
  // including it (the first window opens on the start date). Only the last observation is known, so
  // the dates up to the one whose window holds it are met, and the next date after that is due.
  const dates = [...offsets].sort((a, b) => a - b).map((offset) => addMonths(startedOn, offset));
  if (last === null || last < startedOn) return dates[0] ?? null;
  const met = dates.findIndex((date) => date >= last);
  return met === -1 ? null : (dates[met + 1] ?? null);
}

/** Calendar months later, clamped to the month's last day (31 January + 1 month = 28 or 29 February). */
function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

function isoDate(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const parsed = new Date(`${value}T00:00:00.000Z`);
    if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return value;
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD`, 'BAD_USER_INPUT', { field });
}

function asOfDate(asOf: string | Date): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return isoDate(asOf, 'asOf');
  const instant = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError(Code.INVALID_DATE, `Not a date or instant: ${String(asOf)}`, 'BAD_USER_INPUT', { field: 'asOf' });
  }
  return instant.toISOString().slice(0, 10);
}
