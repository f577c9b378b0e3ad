/**
 * The words of the Head of Service's quarterly summary of issues and learning from supervision
 * audits, and DMT's quarterly review of it (framework section 4; DOMAIN.md SUP-6).
 */

/** A calendar quarter, `YYYY-Qn` (2025-Q3 is July to September 2025). */
const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER.test(value);
}

/** The first day of the quarter, YYYY-MM-DD. */
export function quarterStart(quarter: string): string {
  const [year, n] = parts(quarter);
  return `${year}-${String((n - 1) * 3 + 1).padStart(2, '0')}-01`;
}

/** The last day of the quarter, YYYY-MM-DD. */
export function quarterEnd(quarter: string): string {
  const [year, n] = parts(quarter);
  const lastMonth = n * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** The quarter a date (YYYY-MM-DD or an ISO instant) falls in. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

function parts(quarter: string): [number, number] {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`Not a quarter: ${JSON.stringify(quarter)}`);
  return [Number(match[1]), Number(match[2])];
}

/** At most this many themes and audits named in one summary. */
export const MAX_THEMES = 20;
export const MAX_SUPERVISION_AUDITS = 200;
