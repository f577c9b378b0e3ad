import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { AUDIT_TYPES, CRITERIA, CRITERION_NUMBERS, DomainError, learningThemeKey, type Grade } from '../../libs/domain/src/index.js';
import { parsePeriod, previousPeriod, type Period } from '../quotas/periods.js';
import type { RemedialActionDocument } from '../remedial-actions/remedial-actions.document.js';
import { REMEDIAL_ACTIONS_COLLECTION } from '../remedial-actions/remedial-actions.projection.js';
import { valueAsAt } from '../staff/recorded-event-fields.js';
import type { ServiceAreaDocument, TeamDocument } from '../teams/teams.document.js';
import { SERVICE_AREAS_COLLECTION, TEAMS_COLLECTION } from '../teams/teams.projection.js';
import { AUDIT_GRADES_COLLECTION } from './audit-grades.projection.js';
import { LEARNING_THEME_SOURCE_KINDS, type LearningThemeSourceKind } from './learning-theme-sources.js';
import type { AuditGradesDocument, ThemedSourceDocument } from './learning-themes.document.js';
import { THEMED_SOURCES_COLLECTION } from './themed-sources.projection.js';

/**
 * REP-2: what the service knows about its practice, and how it knows it. Pure functions over the
 * read store: grades by criterion, team, service area and audit type against the period before,
 * the weakest criteria, learning themes from every source with the actions raised from them, and
 * how moderation moved grades (CFA-9). A period is a month (2026-03), quarter (2026-Q1), half-year
 * (2026-H1) or year (2026); only what was recorded by `asOf` (default now) is counted.
 */

export type { Period };

export const GRADE_GROUPINGS = ['CRITERION', 'TEAM', 'SERVICE_AREA', 'AUDIT_TYPE'] as const;
export type GradeGrouping = (typeof GRADE_GROUPINGS)[number];

/** Which grades are counted: each graded criterion of each audit, or each audit's overall grade. */
export const GRADES_COUNTED = ['CRITERIA', 'OVERALL'] as const;
export type GradesCounted = (typeof GRADES_COUNTED)[number];

export type GradeCounts = {
  readonly outstanding: number;
  readonly good: number;
  readonly requiresImprovement: number;
  readonly inadequate: number;
  readonly total: number;
  readonly requiresImprovementOrInadequate: number;
  /** requiresImprovementOrInadequate / total, 0 to 1 (four decimals); null when nothing was graded. */
  readonly shareRequiresImprovementOrInadequate: number | null;
};

/** IMPROVING: a smaller share Requires Improvement or Inadequate than the period before; NEW: none graded before; NONE: none graded now. */
export type GradeTrend = 'IMPROVING' | 'STEADY' | 'WORSENING' | 'NEW' | 'NONE';

export type GradeGroup = {
  /** The criterion number, team id, service area id or audit type; null for audits with no team or service area. */
  readonly key: string | null;
  readonly label: string;
  readonly counts: GradeCounts;
  readonly previous: GradeCounts;
  /** Change in the share Requires Improvement or Inadequate (current minus previous); null unless both periods have grades. */
  readonly shareChange: number | null;
  readonly trend: GradeTrend;
};

export type GradeDistribution = {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly groupBy: GradeGrouping;
  readonly grades: GradesCounted;
  readonly useModerated: boolean;
  readonly asOf: string;
  /** Audits submitted in the period, and in the one before. */
  readonly audits: number;
  readonly previousAudits: number;
  /** Every group together. */
  readonly all: GradeGroup;
  readonly groups: readonly GradeGroup[];
};

export interface GradeDistributionOptions {
  readonly period: string;
  readonly groupBy: GradeGrouping;
  /** Default: CRITERIA. Grouped by criterion, criterion grades are always counted. */
  readonly grades?: GradesCounted;
  /** Count grades as moderation left them (CFA-9) rather than as the auditor gave them. */
  readonly useModerated?: boolean;
  readonly asOf?: Date;
  /** The reader's scope (issue 6 item 2): only audits by one of these auditors or of one of these teams. */
  readonly within?: ScopeLimit;
}

/** What a reader may count: audits by these staff or of these teams, records of these teams or service areas. */
export type ScopeLimit = { readonly staffIds: readonly string[]; readonly teamIds: readonly string[]; readonly serviceAreaIds: readonly string[] };

function auditWithin(within: ScopeLimit | undefined, audit: Pick<AuditGradesDocument, 'auditorId' | 'teamId'>): boolean {
  return within === undefined || within.staffIds.includes(audit.auditorId) || (audit.teamId !== null && within.teamIds.includes(audit.teamId));
}

function sourceWithin(within: ScopeLimit | undefined, source: Pick<ThemedSourceDocument, 'teamIds' | 'serviceAreaIds'>): boolean {
  return (
    within === undefined ||
    source.teamIds.some((id) => within.teamIds.includes(id)) ||
    source.serviceAreaIds.some((id) => within.serviceAreaIds.includes(id))
  );
}

const NO_GROUP = '\u0000';

/** REP-2: the grades of the audits submitted in the period, grouped, each against the period before. */
export async function gradeDistribution(store: ReadStore, options: GradeDistributionOptions): Promise<GradeDistribution> {
  const period = periodOf(options.period);
  const previous = previousPeriod(period);
  const asOf = (options.asOf ?? new Date()).toISOString();
  const useModerated = options.useModerated === true;
  const grades: GradesCounted = options.groupBy === 'CRITERION' ? 'CRITERIA' : (options.grades ?? 'CRITERIA');
  const [current, before, directory] = await Promise.all([
    submittedIn(store, period, asOf).then((audits) => audits.filter((a) => auditWithin(options.within, a))),
    submittedIn(store, previous, asOf).then((audits) => audits.filter((a) => auditWithin(options.within, a))),
    options.groupBy === 'TEAM' || options.groupBy === 'SERVICE_AREA' ? teamDirectory(store) : Promise.resolve(null),
  ]);

  // Each grade counted, with the key of the group it falls in.
  const keyOf = (audit: AuditGradesDocument, criterion: number | null): string => {
    switch (options.groupBy) {
      case 'CRITERION':
        return String(criterion);
      case 'TEAM':
        return audit.teamId ?? NO_GROUP;
      case 'SERVICE_AREA':
        return (audit.teamId === null ? null : directory?.serviceAreaOn(audit.teamId, audit.submittedOn ?? '')) ?? NO_GROUP;
      case 'AUDIT_TYPE':
        return audit.auditType;
    }
  };
  const gradedIn = (audits: readonly AuditGradesDocument[]) => {
    const byKey = new Map<string, Grade[]>();
    const add = (key: string, grade: Grade | null) => grade !== null && byKey.set(key, [...(byKey.get(key) ?? []), grade]);
    for (const audit of audits) {
      const moderated = useModerated && audit.moderatedAt !== null && audit.moderatedAt <= asOf;
      if (grades === 'OVERALL') {
        add(keyOf(audit, null), moderated ? (audit.moderatedOverallGrade ?? audit.overallGrade) : audit.overallGrade);
      } else {
        for (const c of audit.criteria) add(keyOf(audit, c.criterion), moderated ? (c.moderatedGrade ?? c.grade) : c.grade);
      }
    }
    return byKey;
  };
  const now = gradedIn(current);
  const then = gradedIn(before);

  const keys =
    options.groupBy === 'CRITERION'
      ? CRITERION_NUMBERS.map(String)
      : [...new Set([...now.keys(), ...then.keys()])];
  const labelOf = (key: string): string => {
    if (key === NO_GROUP) return options.groupBy === 'TEAM' ? 'No team' : 'No service area';
    if (options.groupBy === 'CRITERION') return CRITERIA.find((c) => String(c.number) === key)?.title ?? key;
    if (options.groupBy === 'TEAM') return directory?.teamName(key) ?? key;
    if (options.groupBy === 'SERVICE_AREA') return directory?.serviceAreaName(key) ?? key;
    return key;
  };
  const groups = keys
    .map((key) => group(key === NO_GROUP ? null : key, labelOf(key), now.get(key) ?? [], then.get(key) ?? []))
    .sort(groupOrder(options.groupBy));
  return {
    period,
    previousPeriod: previous,
    groupBy: options.groupBy,
    grades,
    useModerated,
    asOf,
    audits: current.length,
    previousAudits: before.length,
    all: group(null, 'All', [...now.values()].flat(), [...then.values()].flat()),
    groups,
  };
}

export type WeakCriterion = GradeGroup & { readonly criterion: number };

/** REP-2: the criteria most often graded Requires Improvement or Inadequate in the period, most first. */
export async function weakestCriteria(
  store: ReadStore,
  options: { readonly period: string; readonly limit?: number; readonly useModerated?: boolean; readonly asOf?: Date; readonly within?: ScopeLimit },
): Promise<WeakCriterion[]> {
  const limit = options.limit ?? 5;
  if (!Number.isInteger(limit) || limit < 1 || limit > 16) {
    throw new DomainError('LEARNING_THEMES.LIMIT_INVALID', `limit must be a whole number from 1 to 16, not ${limit}`, 'BAD_USER_INPUT', {
      field: 'limit',
      rule: 'REP-2',
    });
  }
  const distribution = await gradeDistribution(store, { ...options, groupBy: 'CRITERION' });
  return distribution.groups
    .filter((g) => g.counts.requiresImprovementOrInadequate > 0)
    .map((g) => ({ ...g, criterion: Number(g.key) }))
    .sort(
      (a, b) =>
        b.counts.requiresImprovementOrInadequate - a.counts.requiresImprovementOrInadequate ||
        (b.counts.shareRequiresImprovementOrInadequate ?? 0) - (a.counts.shareRequiresImprovementOrInadequate ?? 0) ||
        a.criterion - b.criterion,
    )
    .slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Moderation movements (CFA-9).

export type MovementCounts = { readonly kept: number; readonly raised: number; readonly lowered: number };

export type CriterionMovements = MovementCounts & { readonly criterion: number; readonly title: string };

export type ModerationMovements = {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly asOf: string;
  /** Audits moderated in the period, and how many of them had no grade changed. */
  readonly audits: number;
  readonly agreedAudits: number;
  /** Each criterion's grades in the audits moderated, by criterion. */
  readonly criteria: readonly CriterionMovements[];
  readonly overall: MovementCounts;
  /** Criterion and overall grades together, in the period and the one before. */
  readonly total: MovementCounts;
  readonly previousTotal: MovementCounts;
};

/** CFA-9: how many grades moderation kept, raised (to a better grade) and lowered in the audits moderated in the period. */
export async function moderationMovements(
  store: ReadStore,
  options: { readonly period: string; readonly asOf?: Date; readonly within?: ScopeLimit },
): Promise<ModerationMovements> {
  const period = periodOf(options.period);
  const previous = previousPeriod(period);
  const asOf = (options.asOf ?? new Date()).toISOString();
  const submitted = (await store.find<AuditGradesDocument>(AUDIT_GRADES_COLLECTION.name, { where: { status: 'SUBMITTED' } })).filter((a) =>
    auditWithin(options.within, a),
  );
  const moderatedIn = (p: Period) =>
    submitted.filter((a) => a.moderatedAt !== null && a.moderatedAt <= asOf && a.moderatedOn !== null && a.moderatedOn >= p.start && a.moderatedOn <= p.end);
  const current = moderatedIn(period);

  const criteria = CRITERION_NUMBERS.map((criterion) => ({
    criterion,
    title: CRITERIA.find((c) => c.number === criterion)?.title ?? String(criterion),
    ...movements(current.flatMap((a) => a.criteria.filter((c) => c.criterion === criterion).map((c) => [c.grade, c.moderatedGrade] as const))),
  }));
  const overallOf = (audits: readonly AuditGradesDocument[]) =>
    audits.filter((a) => a.overallGrade !== null).map((a) => [a.overallGrade!, a.moderatedOverallGrade] as const);
  const allOf = (audits: readonly AuditGradesDocument[]) => [
    ...audits.flatMap((a) => a.criteria.map((c) => [c.grade, c.moderatedGrade] as const)),
    ...overallOf(audits),
  ];
  return {
    period,
    previousPeriod: previous,
    asOf,
    audits: current.length,
    agreedAudits: current.filter((a) => a.moderatedOverallGrade === null && a.criteria.every((c) => c.moderatedGrade === null)).length,
    criteria,
    overall: movements(overallOf(current)),
    total: movements(allOf(current)),
    previousTotal: movements(allOf(moderatedIn(previous))),
  };
}

const RANK: Readonly<Record<Grade, number>> = { OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1 };

function movements(pairs: readonly (readonly [Grade, Grade | null])[]): MovementCounts {
  let kept = 0;
  let raised = 0;
  let lowered = 0;
  for (const [given, moderated] of pairs) {
    if (moderated === null || moderated === given) kept += 1;
    else if (RANK[moderated] > RANK[given]) raised += 1;
    else lowered += 1;
  }
  return { kept, raised, lowered };
}

// ---------------------------------------------------------------------------------------------
// Learning themes from every source, with the actions raised from them.

/** NEW: none the period before; RISING, STEADY, FALLING against it; GONE: none now, some before. */
export type ThemeTrend = 'NEW' | 'RISING' | 'STEADY' | 'FALLING' | 'GONE';

export type SourceKindCount = { readonly sourceKind: LearningThemeSourceKind; readonly count: number };

export type ThemeActions = {
  /** Remedial actions raised (by asOf) from the records of the period tagged with the theme. */
  readonly raised: number;
  /** Of those, verified by the manager (done, CFA-7) by asOf. */
  readonly verified: number;
};

export type ThemeSourceRef = { readonly sourceKind: LearningThemeSourceKind; readonly sourceId: string; readonly date: string };

export type LearningThemeCount = {
  readonly key: string;
  /** The theme as first written (by the earliest record that names it). */
  readonly theme: string;
  /** Records of the period that carry the theme. */
  readonly count: number;
  readonly previousCount: number;
  readonly change: number;
  readonly trend: ThemeTrend;
  /** By kind of record, in the order of LEARNING_THEME_SOURCE_KINDS; kinds with none left out. */
  readonly byKind: readonly SourceKindCount[];
  readonly previousByKind: readonly SourceKindCount[];
  readonly actions: ThemeActions;
  readonly sources: readonly ThemeSourceRef[];
};

export type LearningThemesReport = {
  readonly period: Period;
  readonly previousPeriod: Period;
  readonly asOf: string;
  /** Records of the period that carry at least one theme (a record with three themes is one record). */
  readonly sources: number;
  readonly previousSources: number;
  /** Themes counted in the period or the one before; most records first. */
  readonly themes: readonly LearningThemeCount[];
};

export interface LearningThemesOptions {
  readonly period: string;
  readonly sourceKinds?: readonly LearningThemeSourceKind[];
  readonly asOf?: Date;
  /** The reader's scope (issue 6 item 2): only records of one of these teams or service areas. */
  readonly within?: ScopeLimit;
}

/** REP-2: the learning themes of every source in the period, against the period before, with the actions raised from them. */
export async function learningThemes(store: ReadStore, options: LearningThemesOptions): Promise<LearningThemesReport> {
  const period = periodOf(options.period);
  const previous = previousPeriod(period);
  const asOf = (options.asOf ?? new Date()).toISOString();
  const all = (await store.find<ThemedSourceDocument>(THEMED_SOURCES_COLLECTION.name))
    .filter((s) => s.counted && s.date !== null && s.themeKeys.length > 0 && s.date <= asOf.slice(0, 10))
    .filter((s) => options.sourceKinds === undefined || options.sourceKinds.includes(s.sourceKind))
    .filter((s) => sourceWithin(options.within, s))
    .sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : byFirstThemed(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  const labels = new Map<string, string>();
  for (const s of all) s.themeKeys.forEach((key, i) => labels.has(key) || labels.set(key, s.themes[i] ?? key));
  const inPeriod = (p: Period) => all.filter((s) => s.date! >= p.start && s.date! <= p.end);
  const byTheme = (sources: readonly ThemedSourceDocument[]) => {
    const map = new Map<string, ThemedSourceDocument[]>();
    for (const s of sources) for (const key of s.themeKeys) map.set(key, [...(map.get(key) ?? []), s]);
    return map;
  };
  const now = inPeriod(period);
  const before = inPeriod(previous);
  const counted = byTheme(now);
  const then = byTheme(before);
  const actions = await actionsOf(store, now, asOf);

  const themes = [...new Set([...counted.keys(), ...then.keys()])]
    .map((key): LearningThemeCount => {
      const sources = counted.get(key) ?? [];
      const count = sources.length;
      const previousCount = then.get(key)?.length ?? 0;
      const raised = sources.flatMap((s) => actions.get(s.id) ?? []);
      return {
        key,
        theme: labels.get(key) ?? key,
        count,
        previousCount,
        change: count - previousCount,
        trend: themeTrend(count, previousCount),
        byKind: kindCounts(sources),
        previousByKind: kindCounts(then.get(key) ?? []),
        actions: { raised: raised.length, verified: raised.filter((a) => isVerifiedBy(a, asOf)).length },
        sources: sources.map((s) => ({ sourceKind: s.sourceKind, sourceId: s.sourceId, date: s.date! })),
      };
    })
    .sort((a, b) => b.count - a.count || b.change - a.change || a.theme.localeCompare(b.theme, 'en-GB') || (a.key < b.key ? -1 : 1));
  return { period, previousPeriod: previous, asOf, sources: now.length, previousSources: before.length, themes };
}

export interface ThemedSourceFilter {
  readonly sourceKind?: LearningThemeSourceKind;
  readonly sourceId?: string;
  /** Matched without regard to case or spacing. */
  readonly theme?: string;
  /** Records dated in the period. */
  readonly period?: string;
  /** Include records not (or no longer) counted: not yet submitted or held, or withdrawn. */
  readonly includeUncounted?: boolean;
  /** The reader's scope (issue 6 item 2): only records of one of these teams or service areas. */
  readonly within?: ScopeLimit;
}

/** REP-2: the records that carry learning themes, oldest first: how the service knows what it knows. */
export async function listThemedSources(store: ReadStore, filter: ThemedSourceFilter = {}): Promise<ThemedSourceDocument[]> {
  const period = filter.period === undefined ? null : periodOf(filter.period);
  const key = filter.theme === undefined ? null : learningThemeKey(filter.theme);
  const where: Record<string, string> = filter.sourceKind === undefined ? {} : { sourceKind: filter.sourceKind };
  return (await store.find<ThemedSourceDocument>(THEMED_SOURCES_COLLECTION.name, { where }))
    .filter((s) => filter.includeUncounted === true || s.counted)
    .filter((s) => filter.sourceId === undefined || s.sourceId === filter.sourceId)
    .filter((s) => key === null || s.themeKeys.includes(key))
    .filter((s) => period === null || (s.date !== null && s.date >= period.start && s.date <= period.end))
    .filter((s) => sourceWithin(filter.within, s))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------

function periodOf(id: string): Period {
  try {
    return parsePeriod(id);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new DomainError('LEARNING_THEMES.PERIOD_INVALID', error.message, 'BAD_USER_INPUT', { field: 'period', rule: 'REP-2' });
  }
}

async function submittedIn(store: ReadStore, period: Period, asOf: string): Promise<AuditGradesDocument[]> {
  const months = monthsOf(period);
  const found = await Promise.all(
    months.map((month) => store.find<AuditGradesDocument>(AUDIT_GRADES_COLLECTION.name, { where: { submittedMonth: month } })),
  );
  return found.flat().filter((a) => a.status === 'SUBMITTED' && a.submittedAt !== null && a.submittedAt <= asOf);
}

function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [year, month] = [Number(period.start.slice(0, 4)), Number(period.start.slice(5, 7))];
  const last = period.end.slice(0, 7);
  for (;;) {
    const id = `${year}-${String(month).padStart(2, '0')}`;
    months.push(id);
    if (id >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

type TeamDirectory = {
  serviceAreaOn(teamId: string, date: string): string | null;
  teamName(teamId: string): string | null;
  serviceAreaName(serviceAreaId: string): string | null;
};

async function teamDirectory(store: ReadStore): Promise<TeamDirectory> {
  const [teams, areas] = await Promise.all([
    store.find<TeamDocument>(TEAMS_COLLECTION.name),
    store.find<ServiceAreaDocument>(SERVICE_AREAS_COLLECTION.name),
  ]);
  const team = new Map(teams.map((t) => [t.teamId, t]));
  const area = new Map(areas.map((a) => [a.serviceAreaId, a]));
  return {
    // The team's service area on the day the audit was submitted; before its history, its first.
    serviceAreaOn: (teamId, date) => {
      const t = team.get(teamId);
      if (t === undefined) return null;
      return valueAsAt(t.serviceAreaHistory, date) ?? t.serviceAreaHistory[0]?.value ?? t.serviceAreaId;
    },
    teamName: (teamId) => team.get(teamId)?.name ?? null,
    serviceAreaName: (id) => area.get(id)?.name ?? null,
  };
}

function group(key: string | null, label: string, now: readonly Grade[], then: readonly Grade[]): GradeGroup {
  const counts = gradeCounts(now);
  const previous = gradeCounts(then);
  const [a, b] = [counts.shareRequiresImprovementOrInadequate, previous.shareRequiresImprovementOrInadequate];
  const shareChange = a === null || b === null ? null : round(a - b);
  const trend: GradeTrend =
    a === null ? 'NONE' : b === null ? 'NEW' : shareChange! < 0 ? 'IMPROVING' : shareChange! > 0 ? 'WORSENING' : 'STEADY';
  return { key, label, counts, previous, shareChange, trend };
}

export function gradeCounts(grades: readonly Grade[]): GradeCounts {
  const n = (grade: Grade) => grades.filter((g) => g === grade).length;
  const weak = n('REQUIRES_IMPROVEMENT') + n('INADEQUATE');
  return {
    outstanding: n('OUTSTANDING'),
    good: n('GOOD'),
    requiresImprovement: n('REQUIRES_IMPROVEMENT'),
    inadequate: n('INADEQUATE'),
    total: grades.length,
    requiresImprovementOrInadequate: weak,
    shareRequiresImprovementOrInadequate: grades.length === 0 ? null : round(weak / grades.length),
  };
}

function groupOrder(groupBy: GradeGrouping): (a: GradeGroup, b: GradeGroup) => number {
  if (groupBy === 'CRITERION') return (a, b) => Number(a.key) - Number(b.key);
  if (groupBy === 'AUDIT_TYPE') {
    const rank = (key: string | null) => {
      const i = (AUDIT_TYPES as readonly string[]).indexOf(key ?? '');
      return i === -1 ? AUDIT_TYPES.length : i;
    };
    return (a, b) => rank(a.key) - rank(b.key) || a.label.localeCompare(b.label, 'en-GB');
  }
  return (a, b) =>
    Number(a.key === null) - Number(b.key === null) || a.label.localeCompare(b.label, 'en-GB') || ((a.key ?? '') < (b.key ?? '') ? -1 : 1);
}

function themeTrend(count: number, previousCount: number): ThemeTrend {
  if (count === 0) return 'GONE';
  if (previousCount === 0) return 'NEW';
  return count > previousCount ? 'RISING' : count < previousCount ? 'FALLING' : 'STEADY';
}

function kindCounts(sources: readonly ThemedSourceDocument[]): SourceKindCount[] {
  return LEARNING_THEME_SOURCE_KINDS.map((sourceKind) => ({ sourceKind, count: sources.filter((s) => s.sourceKind === sourceKind).length })).filter(
    (k) => k.count > 0,
  );
}

/** The remedial actions raised by asOf from each record, by the record's document id. */
async function actionsOf(store: ReadStore, sources: readonly ThemedSourceDocument[], asOf: string): Promise<Map<string, RemedialActionDocument[]>> {
  const found = await Promise.all(
    sources.map(async (s) => {
      const actions = await store.find<RemedialActionDocument>(REMEDIAL_ACTIONS_COLLECTION.name, { where: { sourceId: s.sourceId } });
      return [s.id, actions.filter((a) => a.source.kind === s.sourceKind && a.raisedAt <= asOf)] as const;
    }),
  );
  return new Map(found);
}

function isVerifiedBy(action: RemedialActionDocument, asOf: string): boolean {
  return action.status === 'VERIFIED' && action.verifiedAt !== null && action.verifiedAt <= asOf;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/** Of two records dated the same day, the one that carried a theme earlier in the log comes first. */
function byFirstThemed(a: ThemedSourceDocument, b: ThemedSourceDocument): number {
  const pa = a.firstThemedPosition == null ? null : BigInt(a.firstThemedPosition);
  const pb = b.firstThemedPosition == null ? null : BigInt(b.firstThemedPosition);
  if (pa === null || pb === null) return pa === pb ? 0 : pa === null ? 1 : -1;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}
