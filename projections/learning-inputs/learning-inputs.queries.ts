import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { LEARNING_INPUT_KINDS, learningThemeKey, type LearningInputKind } from '../../libs/domain/src/index.js';
import type { LearningInputDocument } from './learning-inputs.document.js';
import { LEARNING_INPUTS_COLLECTION } from './learning-inputs.projection.js';

/**
 * Queries over `learningInputs.v1` (section 2; REP-2), written against the ReadStore port: inputs
 * by kind, team, service area, theme and period, and the learning themes counted per month or
 * quarter with their trend against the period before (what the QA overview's learning themes
 * read). Withdrawn inputs are left out unless asked for, and never counted.
 */

export interface LearningInputFilter {
  readonly kind?: LearningInputKind;
  readonly teamId?: string;
  /** Matches inputs naming the service area, or one of its teams (as the team stood when recorded). */
  readonly serviceAreaId?: string;
  /** Matched by its learning theme key: case, spacing and Unicode form do not matter. */
  readonly theme?: string;
  /** Received on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Received on or before this date (YYYY-MM-DD). */
  readonly to?: string;
  readonly includeWithdrawn?: boolean;
}

export async function getLearningInput(store: ReadStore, id: string): Promise<LearningInputDocument | null> {
  return store.get<LearningInputDocument>(LEARNING_INPUTS_COLLECTION.name, id);
}

/** Inputs matching every given filter, in the order received (then recorded). */
export async function listLearningInputs(store: ReadStore, filter: LearningInputFilter = {}): Promise<LearningInputDocument[]> {
  const where: Record<string, string> = {};
  if (filter.kind !== undefined) where['kind'] = filter.kind;
  if (!filter.includeWithdrawn) where['status'] = 'RECORDED';
  // A single month is served by its index; longer spans are filtered below.
  if (filter.from !== undefined && filter.to !== undefined && filter.from.slice(0, 7) === filter.to.slice(0, 7)) {
    where['receivedMonth'] = filter.from.slice(0, 7);
  }
  const documents = await store.find<LearningInputDocument>(LEARNING_INPUTS_COLLECTION.name, { where });
  return documents.filter((d) => matchesLearningInput(d, filter)).sort(byReceipt);
}

export function matchesLearningInput(document: LearningInputDocument, filter: LearningInputFilter): boolean {
  if (!filter.includeWithdrawn && document.status !== 'RECORDED') return false;
  if (filter.kind !== undefined && document.kind !== filter.kind) return false;
  if (filter.teamId !== undefined && !document.teamIds.includes(filter.teamId)) return false;
  if (filter.serviceAreaId !== undefined && !document.serviceAreasTouched.includes(filter.serviceAreaId)) return false;
  if (filter.theme !== undefined && !document.themeKeys.includes(learningThemeKey(filter.theme))) return false;
  if (filter.from !== undefined && document.receivedOn < filter.from) return false;
  if (filter.to !== undefined && document.receivedOn > filter.to) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Learning themes per period (REP-2).

export const THEME_PERIODS = ['MONTH', 'QUARTER'] as const;
export type ThemePeriod = (typeof THEME_PERIODS)[number];

/** NEW: none the period before; RISING, STEADY, FALLING against it; GONE: none now, some before. */
export type ThemeTrend = 'NEW' | 'RISING' | 'STEADY' | 'FALLING' | 'GONE';

export type Period = {
  /** 2025-06 for a month, 2025-Q2 for a quarter. */
  readonly key: string;
  /** First and last day, YYYY-MM-DD. */
  readonly start: string;
  readonly end: string;
};

export type LearningThemeCount = {
  readonly key: string;
  /** The theme as first entered (by the earliest input received that names it). */
  readonly theme: string;
  /** Inputs received in the period that touch the theme. */
  readonly count: number;
  readonly previousCount: number;
  readonly change: number;
  readonly trend: ThemeTrend;
  /** The count by kind of input, the kinds in the framework's order; kinds with none left out. */
  readonly byKind: readonly { readonly kind: LearningInputKind; readonly count: number }[];
  readonly learningInputIds: readonly string[];
};

export type LearningThemePeriod = Period & {
  readonly previous: Period;
  /** Inputs received in the period (an input touching three themes is one input). */
  readonly inputCount: number;
  /** Themes counted in the period or the one before; most inputs first. */
  readonly themes: readonly LearningThemeCount[];
};

export interface LearningThemeCountOptions {
  readonly period: ThemePeriod;
  /** Any date in the first period counted (YYYY-MM-DD). */
  readonly from: string;
  /** Any date in the last period counted; default the period of `from`. */
  readonly to?: string;
  readonly kind?: LearningInputKind;
  readonly teamId?: string;
  readonly serviceAreaId?: string;
}

/** The learning themes of the inputs matching the options, counted per period from `from` to `to`. */
export async function learningThemeCounts(store: ReadStore, options: LearningThemeCountOptions): Promise<LearningThemePeriod[]> {
  const periods = periodsBetween(options.period, options.from, options.to ?? options.from);
  if (periods.length === 0) return [];
  const documents = await listLearningInputs(store, {
    ...(options.kind !== undefined ? { kind: options.kind } : {}),
    ...(options.teamId !== undefined ? { teamId: options.teamId } : {}),
    ...(options.serviceAreaId !== undefined ? { serviceAreaId: options.serviceAreaId } : {}),
  });
  return countLearningThemes(documents, options.period, periods);
}

/**
 * Pure: the themes of the given (recorded, not withdrawn) inputs counted per period, each against
 * the period before. An input counts once per theme, in the period it was received.
 */
export function countLearningThemes(
  documents: readonly LearningInputDocument[],
  period: ThemePeriod,
  periods: readonly Period[],
): LearningThemePeriod[] {
  const live = documents.filter((d) => d.status === 'RECORDED').sort(byReceipt);
  const labels = new Map<string, string>();
  for (const d of live) d.themeKeys.forEach((key, i) => labels.has(key) || labels.set(key, d.themes[i] ?? key));
  const inPeriod = (p: Period) => live.filter((d) => d.receivedOn >= p.start && d.receivedOn <= p.end);
  const byTheme = (inputs: readonly LearningInputDocument[]) => {
    const map = new Map<string, LearningInputDocument[]>();
    for (const d of inputs) for (const key of new Set(d.themeKeys)) map.set(key, [...(map.get(key) ?? []), d]);
    return map;
  };

  return periods.map((current) => {
    const previous = periodOf(period, dayBefore(current.start));
    const now = inPeriod(current);
    const counted = byTheme(now);
    const before = byTheme(inPeriod(previous));
    const keys = [...new Set([...counted.keys(), ...before.keys()])];
    const themes = keys
      .map((key): LearningThemeCount => {
        const inputs = counted.get(key) ?? [];
        const count = inputs.length;
        const previousCount = before.get(key)?.length ?? 0;
        return {
          key,
          theme: labels.get(key) ?? key,
          count,
          previousCount,
          change: count - previousCount,
          trend: trendOf(count, previousCount),
          byKind: LEARNING_INPUT_KINDS.map((kind) => ({ kind, count: inputs.filter((d) => d.kind === kind).length })).filter((k) => k.count > 0),
          learningInputIds: inputs.map((d) => d.id),
        };
      })
      .sort((a, b) => b.count - a.count || b.change - a.change || a.theme.localeCompare(b.theme, 'en-GB') || a.key.localeCompare(b.key));
    return { ...current, previous, inputCount: now.length, themes };
  });
}

function trendOf(count: number, previousCount: number): ThemeTrend {
  if (count === 0) return 'GONE';
  if (previousCount === 0) return 'NEW';
  return count > previousCount ? 'RISING' : count < previousCount ? 'FALLING' : 'STEADY';
}

/** The month or quarter a date (YYYY-MM-DD) falls in. */
export function periodOf(period: ThemePeriod, date: string): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (period === 'MONTH') {
    return { key: date.slice(0, 7), start: `${date.slice(0, 7)}-01`, end: lastDayOf(year, month) };
  }
  const quarter = Math.floor((month - 1) / 3) + 1;
  const first = (quarter - 1) * 3 + 1;
  return { key: `${year}-Q${quarter}`, start: `${year}-${pad(first)}-01`, end: lastDayOf(year, first + 2) };
}

/** At most this many periods are counted at once (20 years of months). */
export const MAX_THEME_PERIODS = 240;

/**
 * Every period from the one holding `from` to the one holding `to`, in order, at most
 * MAX_THEME_PERIODS; none when `to` is before `from`.
 */
export function periodsBetween(period: ThemePeriod, from: string, to: string): Period[] {
  const periods: Period[] = [];
  let current = periodOf(period, from);
  const last = periodOf(period, to);
  while (current.start <= last.start && periods.length < MAX_THEME_PERIODS) {
    periods.push(current);
    current = periodOf(period, dayAfter(current.end));
  }
  return periods;
}

function lastDayOf(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function dayAfter(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function byReceipt(a: LearningInputDocument, b: LearningInputDocument): number {
  return a.receivedOn.localeCompare(b.receivedOn) || a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id);
}
