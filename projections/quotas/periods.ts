import { DomainError } from '../../libs/domain/src/index.js';

/**
 * The periods quotas are counted in: a calendar month (`2026-03`), quarter (`2026-Q1`), half-year
 * (`2026-H1`) or year (`2026`). Dates are whole days, inclusive, YYYY-MM-DD.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

export type Period = {
  readonly id: string;
  readonly kind: PeriodKind;
  readonly start: string;
  readonly end: string;
};

export const PERIOD_INVALID = 'QUOTA.PERIOD_INVALID';

export function parsePeriod(id: string, field = 'period'): Period {
  const text = String(id).trim();
  let match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (match) return monthPeriod(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-Q([1-4])$/.exec(text);
  if (match) return span(`${match[1]}-Q${match[2]}`, 'QUARTER', Number(match[1]), (Number(match[2]) - 1) * 3 + 1, 3);
  match = /^(\d{4})-H([12])$/.exec(text);
  if (match) return span(`${match[1]}-H${match[2]}`, 'HALF_YEAR', Number(match[1]), (Number(match[2]) - 1) * 6 + 1, 6);
  match = /^(\d{4})$/.exec(text);
  if (match) return span(match[1]!, 'YEAR', Number(match[1]), 1, 12);
  throw new DomainError(
    PERIOD_INVALID,
    `${field} must be a month (2026-03), a quarter (2026-Q1), a half-year (2026-H1) or a year (2026), not ${JSON.stringify(id)}`,
    'BAD_USER_INPUT',
    { field },
  );
}

export function monthPeriod(year: number, month: number): Period {
  return span(`${year}-${pad(month)}`, 'MONTH', year, month, 1);
}

/** The periods of a kind that overlap `period`, in order. */
export function periodsOf(kind: PeriodKind, period: Period): Period[] {
  const startYear = Number(period.start.slice(0, 4));
  const endYear = Number(period.end.slice(0, 4));
  const all: Period[] = [];
  for (let year = startYear; year <= endYear; year++) {
    if (kind === 'YEAR') all.push(parsePeriod(String(year)));
    if (kind === 'HALF_YEAR') all.push(parsePeriod(`${year}-H1`), parsePeriod(`${year}-H2`));
    if (kind === 'QUARTER') for (let q = 1; q <= 4; q++) all.push(parsePeriod(`${year}-Q${q}`));
    if (kind === 'MONTH') for (let m = 1; m <= 12; m++) all.push(monthPeriod(year, m));
  }
  return all.filter((p) => p.start <= period.end && p.end >= period.start);
}

/** Every month (YYYY-MM) from `first` to `last`, inclusive: the keys of a month index to read. */
export function monthsFromTo(first: string, last: string): string[] {
  if (first > last) return [];
  return periodsOf('MONTH', { id: `${first}..${last}`, kind: 'MONTH', start: `${first}-01`, end: `${last}-01` }).map((month) => month.id);
}

/** The period of the same kind just before (for trends). */
export function previousPeriod(period: Period): Period {
  const day = new Date(`${period.start}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + 1;
  switch (period.kind) {
    case 'MONTH':
      return monthPeriod(year, month);
    case 'QUARTER':
      return parsePeriod(`${year}-Q${Math.ceil(month / 3)}`);
    case 'HALF_YEAR':
      return parsePeriod(`${year}-H${month <= 6 ? 1 : 2}`);
    case 'YEAR':
      return parsePeriod(String(year));
  }
}

export function contains(period: Period, date: string): boolean {
  return date >= period.start && date <= period.end;
}

function span(id: string, kind: PeriodKind, year: number, firstMonth: number, months: number): Period {
  const lastMonth = firstMonth + months - 1;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { id, kind, start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
