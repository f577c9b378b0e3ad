import { AUDIT_TYPES, DomainError, REMEDIAL_ACTION_SOURCE_KINDS, escalationClock, timescaleClock } from '../../libs/domain/src/index.js';
import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { listCaseFileAudits } from '../case-file-audits/case-file-audits.queries.js';
import type { ComplianceAuditDocument } from '../compliance-audits/compliance-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION } from '../compliance-audits/compliance-audits.projection.js';
import type { CrsEscalationDocument } from '../crs-escalations/crs-escalations.document.js';
import { CRS_ESCALATIONS_COLLECTION } from '../crs-escalations/crs-escalations.projection.js';
import { listCrsQualityChecks, listMidwayReviews, listMonitoringForms } from '../crs-monitoring/crs-monitoring.queries.js';
import type { DipSampleDocument } from '../dip-samples/dip-samples.document.js';
import { DIP_SAMPLES_COLLECTION } from '../dip-samples/dip-samples.projection.js';
import { listIndependentAudits } from '../independent-audits/independent-audits.queries.js';
import { listLearningInputs } from '../learning-inputs/learning-inputs.queries.js';
import {
  gradeDistribution,
  learningThemes,
  moderationMovements,
  weakestCriteria,
  type GradeCounts,
  type GradeGroup,
  type LearningThemesReport,
} from '../learning-themes/learning-themes.queries.js';
import { listMeetingObservations } from '../meeting-observations/meeting-observations.queries.js';
import { listLate } from '../overdue/overdue.js';
import { listPracticeObservations } from '../practice-observations/practice-observations.queries.js';
import { parsePeriod, previousPeriod, type Period } from '../quotas/periods.js';
import { QUOTA_RULES } from '../quotas/quota-rules.js';
import { quotaReport, type QuotaLine } from '../quotas/quotas.js';
import { listImmediateEscalations, listRemedialActions } from '../remedial-actions/remedial-actions.queries.js';
import { listStaff, listStaffAsAt, staffMemberAsAt } from '../staff/staff.queries.js';
import { listSupervisionAudits } from '../supervision-audits/supervision-audits.queries.js';
import { listSupervisionLearningSummaries } from '../supervision-learning-summaries/supervision-learning-summaries.queries.js';
import { listTeams } from '../teams/teams.queries.js';
import { listThemedAuditDays } from '../themed-audit-days/themed-audit-days.queries.js';
import { OVERDUE_KINDS, lateSourcesAsAt, remedialActionAsAt } from './late-as-at.js';
import type {
  ActionCounts,
  ActionSection,
  CaseFileAuditFindings,
  DutyCounts,
  GeneratedFrom,
  GradeCountsLine,
  GradeGroupLine,
  GradeSection,
  KeyFigure,
  MissedDuty,
  MonthColumn,
  MonthlyQaOverview,
  OverdueSection,
  PersonDuties,
  QaOverviewBody,
  QuarterlyLeadershipReview,
  QuotaSection,
  ReportPeriod,
  SupervisionLearningSummaryLine,
  SupervisionLearningSummarySection,
  ThemeLine,
  ThemeSection,
  WeakCriterionLine,
} from './qa-overview.types.js';

/**
 * REP-1: the monthly overview of all QA activity for DMT, and the quarterly review DMT and SLT hold
 * (CFA-14: case file audit findings; SUP-6: the Heads of Service's summaries). A composition of the
 * read models' queries, never stored. Everything is counted by its business date within the period
 * and only if recorded by `asOf` (default: the period's last instant), and the late records are
 * judged by their recorded times at `asOf`, so a closed month reads the same whenever it is rebuilt.
 */

export const QaOverviewErrorCode = {
  MONTH_INVALID: 'QA_OVERVIEW.MONTH_INVALID',
  QUARTER_INVALID: 'QA_OVERVIEW.QUARTER_INVALID',
  AS_OF_INVALID: 'QA_OVERVIEW.AS_OF_INVALID',
} as const;

/** Themes and overdue items listed; the counts are always whole. */
export const THEMES_SHOWN = 10;
export const WEAKEST_CRITERIA_SHOWN = 5;

export interface QaOverviewOptions {
  /** Default: the period's last instant. Not before the period's first day. */
  readonly asOf?: Date;
  /** The log position the read models were read at, recorded in `generatedFrom` (the caller knows it; the store does not). */
  readonly lastPosition?: bigint | string | null;
  /** OBS-3: the ASYE observation schedule, as configured. */
  readonly asyeScheduleMonths?: readonly number[];
}

export async function monthlyQaOverview(store: ReadStore, options: QaOverviewOptions & { readonly month: string }): Promise<MonthlyQaOverview> {
  const period = reportPeriod(options.month, 'MONTH');
  const asOf = asOfFor(period, options.asOf);
  const previous = previousPeriod(period);
  const body = await overviewBody(store, period, asOf, options);
  return {
    report: 'MONTHLY_QA_OVERVIEW',
    rules: ['REP-1', 'CRS-4', 'REP-2'],
    title: `Monthly QA overview: ${monthName(period.id)}`,
    period: toReportPeriod(period),
    previousPeriod: toReportPeriod(previous),
    generatedFrom: generatedFrom(options, asOf),
    ...body,
  };
}

export async function quarterlyLeadershipReview(
  store: ReadStore,
  options: QaOverviewOptions & { readonly quarter: string },
): Promise<QuarterlyLeadershipReview> {
  const period = reportPeriod(options.quarter, 'QUARTER');
  const asOf = asOfFor(period, options.asOf);
  const previous = previousPeriod(period);
  const body = await overviewBody(store, period, asOf, options);
  const months: MonthColumn[] = [];
  for (const month of monthsOf(period)) {
    const monthAsOf = new Date(Math.min(asOf.getTime(), endInstant(month).getTime()));
    if (monthAsOf.getTime() < Date.parse(`${month.start}T00:00:00.000Z`)) {
      months.push(emptyMonth(month.id));
      continue;
    }
    const m = await overviewBody(store, month, monthAsOf, options);
    months.push({
      month: month.id,
      activity: m.activity,
      dutiesMet: m.quotas.met,
      dutiesMissed: m.quotas.missed,
      overdueAtEnd: m.overdue.total,
      auditsSubmitted: m.grades.audits,
      shareRequiresImprovementOrInadequate: m.grades.overall.counts.shareRequiresImprovementOrInadequate,
      actionsRaised: m.actions.raised,
      actionsVerified: m.actions.verified,
    });
  }
  return {
    report: 'QUARTERLY_LEADERSHIP_REVIEW',
    rules: ['REP-1', 'CFA-14', 'SUP-6', 'CRS-4', 'REP-2'],
    title: `Quarterly leadership review: ${period.id.replace('-', ' ')}`,
    period: toReportPeriod(period),
    previousPeriod: toReportPeriod(previous),
    generatedFrom: generatedFrom(options, asOf),
    ...body,
    months,
    supervisionLearningSummaries: [await supervisionLearningSummaries(store, period, asOf), await supervisionLearningSummaries(store, previous, asOf)],
    caseFileAuditFindings: await caseFileAuditFindings(store, period, asOf, body),
  };
}

// ---------------------------------------------------------------------------------------------

async function overviewBody(store: ReadStore, period: Period, asOf: Date, options: QaOverviewOptions): Promise<QaOverviewBody> {
  const previous = previousPeriod(period);
  const names = await directory(store, asOf);
  const [activityNow, activityBefore] = [await activityCounts(store, period, asOf), await activityCounts(store, previous, asOf)];
  const activity = ACTIVITY.map((a) => ({ key: a.key, label: a.label, rule: a.rule, count: activityNow.get(a.key) ?? 0, previousCount: activityBefore.get(a.key) ?? 0 }));
  // What stood at the period's end is read there: a later asOf adds facts dated in the period and
  // recorded late, never what happened after it.
  const atEnd = new Date(Math.min(asOf.getTime(), endInstant(period).getTime()));
  const quotas = await quotaSection(store, period, atEnd, names);
  const overdue = await overdueSection(store, atEnd, names, options.asyeScheduleMonths);
  const grades = await gradeSection(store, period, asOf);
  const weakCriteria = await weakest(store, period, asOf);
  const moderated = await moderationMovements(store, { period: period.id, asOf });
  const themes = themeSection(await learningThemes(store, { period: period.id, asOf }));
  const actions = await actionSection(store, period, asOf, atEnd);
  const recorded = activity.filter((a) => ACTIVITY.find((d) => d.key === a.key)!.headline).reduce((n, a) => n + a.count, 0);
  const keyFigures: KeyFigure[] = [
    { key: 'QA_ACTIVITIES', label: 'QA activities recorded', value: recorded },
    { key: 'AUDITS_SUBMITTED', label: 'Case file audits submitted', value: grades.audits },
    { key: 'DUTIES_MET', label: 'QA duties met', value: quotas.met },
    { key: 'DUTIES_MISSED', label: 'QA duties missed', value: quotas.missed },
    { key: 'OVERDUE_AT_END', label: 'Late at period end', value: overdue.total },
    { key: 'ACTIONS_RAISED', label: 'Actions raised', value: actions.raised },
    { key: 'ACTIONS_OPEN', label: 'Actions open at period end', value: actions.openAtEnd },
  ];
  return {
    keyFigures,
    activity,
    quotas,
    overdue,
    grades,
    weakestCriteria: weakCriteria,
    moderation: {
      audits: moderated.audits,
      agreedAudits: moderated.agreedAudits,
      kept: moderated.total.kept,
      raised: moderated.total.raised,
      lowered: moderated.total.lowered,
      previousKept: moderated.previousTotal.kept,
      previousRaised: moderated.previousTotal.raised,
      previousLowered: moderated.previousTotal.lowered,
    },
    themes,
    actions,
  };
}

// ---------------------------------------------------------------------------------------------
// QA activity (REP-1, CRS-4).

type ActivityDefinition = { readonly key: string; readonly label: string; readonly rule: string; readonly headline: boolean };

const AUDIT_TYPE_RULES: Readonly<Record<string, string>> = { MONTHLY: 'CFA-2', THEMATIC: 'CFA-3', COMPLIANCE: 'CFA-4', INDEPENDENT: 'CFA-10', RANDOM_SAMPLE: 'CFA-1' };

/** What the overview counts, in the order it shows it; `headline` counts toward "QA activities recorded". */
export const ACTIVITY: readonly ActivityDefinition[] = [
  ...AUDIT_TYPES.map((type) => ({
    key: `CASE_FILE_AUDITS_${type}`,
    label: `Case file audits: ${type.toLowerCase().replace(/_/g, ' ')}`,
    rule: AUDIT_TYPE_RULES[type] ?? 'CFA-2',
    headline: true,
  })),
  { key: 'COMPLIANCE_AUDITS', label: 'Compliance audits completed', rule: 'CFA-4', headline: true },
  { key: 'DIP_SAMPLES', label: 'S&QA dip samples completed', rule: 'CFA-11', headline: true },
  { key: 'INDEPENDENT_AUDITS_REPORTED', label: 'Independent audits reported', rule: 'CFA-10', headline: false },
  { key: 'SUPERVISION_AUDITS', label: 'Supervision audits completed', rule: 'SUP-1', headline: true },
  { key: 'PRACTICE_OBSERVATIONS', label: 'Practice observations', rule: 'OBS-1', headline: true },
  { key: 'MEETING_OBSERVATIONS', label: 'Key meetings observed', rule: 'MTG-1', headline: true },
  { key: 'THEMED_AUDIT_DAYS', label: 'Themed audit days held', rule: 'TAD-1', headline: true },
  { key: 'IMMEDIATE_ESCALATIONS', label: 'Inadequate grades escalated', rule: 'CFA-13', headline: false },
  { key: 'CRS_MONITORING_FORMS', label: 'CRS monitoring forms', rule: 'CRS-3', headline: true },
  { key: 'CRS_MONITORING_FORMS_WITH_CONCERNS', label: 'CRS forms raising concerns', rule: 'CRS-4', headline: false },
  { key: 'CRS_MIDWAY_REVIEWS', label: 'CRS midway reviews held', rule: 'CRS-3', headline: true },
  { key: 'CRS_MIDWAY_REVIEWS_WITH_DRIFT', label: 'Midway reviews finding drift or delay', rule: 'CRS-4', headline: false },
  { key: 'CRS_QUALITY_CHECKS', label: 'CRS team manager checks', rule: 'CRS-2', headline: true },
  { key: 'CRS_ESCALATIONS_RAISED', label: 'CRS escalations raised', rule: 'CRS-1', headline: true },
  { key: 'CRS_ESCALATIONS_RESOLVED', label: 'CRS escalations resolved', rule: 'CRS-1', headline: false },
  { key: 'LEARNING_INPUTS', label: 'Complaints, compliments and feedback received', rule: 'REP-2', headline: false },
];

async function activityCounts(store: ReadStore, period: Period, asOf: Date): Promise<Map<string, number>> {
  const at = asOf.getTime();
  const recorded = (instant: string | null | undefined) => typeof instant === 'string' && Date.parse(instant) <= at;
  const inPeriod = (date: string | null | undefined) => typeof date === 'string' && date.slice(0, 10) >= period.start && date.slice(0, 10) <= period.end;
  /** An instant both in the period and recorded by `asOf`. */
  const happened = (instant: string | null | undefined) => inPeriod(instant) && recorded(instant);
  const counts = new Map<string, number>();
  const add = (key: string, n = 1) => counts.set(key, (counts.get(key) ?? 0) + n);

  for (const audit of await listCaseFileAudits(store)) if (happened(audit.submittedAt)) add(`CASE_FILE_AUDITS_${audit.auditType}`);
  for (const audit of await store.find<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name)) if (happened(audit.completedAt)) add('COMPLIANCE_AUDITS');
  for (const sample of await store.find<DipSampleDocument>(DIP_SAMPLES_COLLECTION.name)) if (happened(sample.completedAt)) add('DIP_SAMPLES');
  for (const commission of await listIndependentAudits(store, { asOf: asOf.toISOString() })) if (happened(commission.reportedAt)) add('INDEPENDENT_AUDITS_REPORTED');
  for (const audit of await listSupervisionAudits(store)) if (happened(audit.completedAt)) add('SUPERVISION_AUDITS');
  for (const observation of await listPracticeObservations(store)) if (inPeriod(observation.observedOn) && recorded(observation.recordedAt)) add('PRACTICE_OBSERVATIONS');
  for (const observation of await listMeetingObservations(store, { from: period.start, to: period.end })) if (recorded(observation.completedAt)) add('MEETING_OBSERVATIONS');
  for (const day of await listThemedAuditDays(store, { from: period.start, to: period.end }, asOf)) if (recorded(day.closedAt)) add('THEMED_AUDIT_DAYS');
  for (const escalation of await listImmediateEscalations(store, {}, asOf)) if (happened(escalation.escalatedAt)) add('IMMEDIATE_ESCALATIONS');
  for (const form of await listMonitoringForms(store)) {
    if (!inPeriod(form.meetingDate) || !recorded(form.submittedAt)) continue;
    add('CRS_MONITORING_FORMS');
    if (form.concerns.raised) add('CRS_MONITORING_FORMS_WITH_CONCERNS');
  }
  for (const review of await listMidwayReviews(store)) {
    if (!inPeriod(review.heldOn) || !recorded(review.recordedAt)) continue;
    add('CRS_MIDWAY_REVIEWS');
    if (review.driftOrDelay.found) add('CRS_MIDWAY_REVIEWS_WITH_DRIFT');
  }
  for (const check of await listCrsQualityChecks(store)) if (inPeriod(check.checkedOn) && recorded(check.recordedAt)) add('CRS_QUALITY_CHECKS');
  for (const escalation of await store.find<CrsEscalationDocument>(CRS_ESCALATIONS_COLLECTION.name)) {
    if (happened(escalation.raisedAt)) add('CRS_ESCALATIONS_RAISED');
    if (escalation.resolution !== null && happened(escalation.resolution.resolvedAt)) add('CRS_ESCALATIONS_RESOLVED');
  }
  const inputs = await listLearningInputs(store, { from: period.start, to: period.end, includeWithdrawn: true });
  for (const input of inputs) if (recorded(input.recordedAt) && !recorded(input.withdrawal?.withdrawnAt)) add('LEARNING_INPUTS');
  return counts;
}

// ---------------------------------------------------------------------------------------------
// Quotas: who met their QA duties.

type Directory = { staffName(staffId: string | null): string | null; teamName(teamId: string | null): string };

async function directory(store: ReadStore, asOf: Date): Promise<Directory> {
  const day = asOf.toISOString().slice(0, 10);
  const staff = new Map((await listStaff(store, { includeLeft: true })).map((s) => [s.staffId, staffMemberAsAt(s, day)?.name ?? s.name]));
  const teams = new Map((await listTeams(store, { includeClosed: true })).map((t) => [t.teamId, t.name]));
  return {
    staffName: (id) => (id === null ? null : (staff.get(id) ?? null)),
    teamName: (id) => (id === null ? 'No team' : (teams.get(id) ?? id)),
  };
}

type DutyState = 'MET' | 'MISSED' | 'OPEN';

function dutyState(line: QuotaLine, asOf: Date): DutyState {
  if (line.done >= line.required) return 'MET';
  // A duty is missed once the end of its due day has passed.
  return Date.parse(`${line.dueDate}T23:59:59.999Z`) <= asOf.getTime() ? 'MISSED' : 'OPEN';
}

function tally(states: readonly DutyState[]): DutyCounts {
  return {
    duties: states.length,
    met: states.filter((s) => s === 'MET').length,
    missed: states.filter((s) => s === 'MISSED').length,
    open: states.filter((s) => s === 'OPEN').length,
  };
}

async function quotaSection(store: ReadStore, period: Period, asOf: Date, names: Directory): Promise<QuotaSection> {
  const report = await quotaReport(store, QUOTA_RULES, { period: period.id, asOf });
  const duties = report.lines.filter((l) => l.limit === null && l.required > 0).map((line) => ({ line, state: dutyState(line, asOf) }));
  const group = <K>(keyOf: (l: QuotaLine) => K) => {
    const map = new Map<K, DutyState[]>();
    for (const d of duties) map.set(keyOf(d.line), [...(map.get(keyOf(d.line)) ?? []), d.state]);
    return map;
  };
  const byRule = QUOTA_RULES.filter((r) => duties.some((d) => d.line.rule === r.rule)).map((r) => ({
    rule: r.rule,
    description: r.description,
    ...tally(group((l) => l.rule).get(r.rule) ?? []),
  }));
  const byTeam = [...group((l) => l.teamId)]
    .map(([teamId, states]) => ({ teamId, teamName: names.teamName(teamId), ...tally(states) }))
    .sort((a, b) => compare(a.teamName, b.teamName) || compare(a.teamId ?? '', b.teamId ?? ''));
  const people: PersonDuties[] = [...group((l) => l.staffId)]
    .map(([staffId, states]): PersonDuties => {
      const first = duties.find((d) => d.line.staffId === staffId)!.line;
      const counts = tally(states);
      return {
        staffId,
        name: first.name,
        role: first.role,
        teamId: first.teamId,
        teamName: names.teamName(first.teamId),
        ...counts,
        status: counts.missed > 0 ? 'MISSED' : counts.open > 0 ? 'OPEN' : 'MET',
      };
    })
    .sort((a, b) => compare(a.teamName, b.teamName) || compare(a.name, b.name) || compare(a.staffId, b.staffId));
  const missedDuties: MissedDuty[] = duties
    .filter((d) => d.state === 'MISSED')
    .map(({ line }) => ({
      staffId: line.staffId,
      name: line.name,
      role: line.role,
      teamId: line.teamId,
      teamName: names.teamName(line.teamId),
      rule: line.rule,
      description: line.description,
      period: line.period,
      dueDate: line.dueDate,
      required: line.required,
      done: line.done,
    }))
    .sort((a, b) => compare(a.teamName, b.teamName) || compare(a.name, b.name) || compare(a.rule, b.rule) || compare(a.period, b.period));
  return { ...tally(duties.map((d) => d.state)), byRule, byTeam, people, missedDuties };
}

// ---------------------------------------------------------------------------------------------
// What is late at the period's end.

async function overdueSection(store: ReadStore, asOf: Date, names: Directory, asyeScheduleMonths?: readonly number[]): Promise<OverdueSection> {
  const items = await listLate(store, lateSourcesAsAt(asyeScheduleMonths), { asOf, filter: { state: 'OVERDUE' } });
  return {
    total: items.length,
    byKind: OVERDUE_KINDS.map((k) => ({ ...k, count: items.filter((i) => i.kind === k.kind).length })),
    items: items.map((i) => ({
      kind: i.kind,
      id: i.id,
      title: i.title,
      rule: i.rule,
      dueAt: i.dueAt,
      daysLate: Math.floor(i.lateByMs / 86_400_000),
      ownerId: i.ownerId,
      ownerName: names.staffName(i.ownerId),
      teamId: i.teamId,
      teamName: names.teamName(i.teamId),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// What the audits say about practice (REP-2, CFA-9).

function countsLine(c: GradeCounts): GradeCountsLine {
  return {
    outstanding: c.outstanding,
    good: c.good,
    requiresImprovement: c.requiresImprovement,
    inadequate: c.inadequate,
    total: c.total,
    shareRequiresImprovementOrInadequate: c.shareRequiresImprovementOrInadequate,
  };
}

function groupLine(g: GradeGroup): GradeGroupLine {
  return { key: g.key ?? 'NONE', label: g.label, counts: countsLine(g.counts), previous: countsLine(g.previous), trend: g.trend };
}

async function gradeSection(store: ReadStore, period: Period, asOf: Date): Promise<GradeSection> {
  const overall = await gradeDistribution(store, { period: period.id, groupBy: 'AUDIT_TYPE', grades: 'OVERALL', asOf });
  const criteria = await gradeDistribution(store, { period: period.id, groupBy: 'CRITERION', asOf });
  return {
    audits: overall.audits,
    previousAudits: overall.previousAudits,
    overall: groupLine(overall.all),
    criteria: groupLine(criteria.all),
    byAuditType: overall.groups.map(groupLine),
  };
}

async function weakest(store: ReadStore, period: Period, asOf: Date): Promise<WeakCriterionLine[]> {
  return (await weakestCriteria(store, { period: period.id, limit: WEAKEST_CRITERIA_SHOWN, asOf })).map((c) => ({
    criterion: c.criterion,
    title: c.label,
    requiresImprovementOrInadequate: c.counts.requiresImprovementOrInadequate,
    total: c.counts.total,
    share: c.counts.shareRequiresImprovementOrInadequate,
    previousShare: c.previous.shareRequiresImprovementOrInadequate,
    trend: c.trend,
  }));
}

function themeLines(report: LearningThemesReport): ThemeLine[] {
  return report.themes.slice(0, THEMES_SHOWN).map((t) => ({
    key: t.key,
    theme: t.theme,
    count: t.count,
    previousCount: t.previousCount,
    change: t.change,
    trend: t.trend,
    actionsRaised: t.actions.raised,
    actionsVerified: t.actions.verified,
    sourceKinds: t.byKind.map((k) => k.sourceKind),
  }));
}

function themeSection(report: LearningThemesReport): ThemeSection {
  return { sources: report.sources, previousSources: report.previousSources, themes: themeLines(report) };
}

// ---------------------------------------------------------------------------------------------
// What is being done about it: remedial actions from every strand (CFA-7).

async function actionSection(store: ReadStore, period: Period, asOf: Date, atEnd: Date, only?: string): Promise<ActionSection> {
  const recordedBy = (instant: string | null, at: Date) => instant !== null && Date.parse(instant) <= at.getTime();
  const inPeriod = (instant: string | null) => recordedBy(instant, asOf) && instant!.slice(0, 10) >= period.start && instant!.slice(0, 10) <= period.end;
  const lines = new Map<string, { raised: number; completed: number; verified: number; openAtEnd: number; overdueAtEnd: number }>();
  for (const kind of REMEDIAL_ACTION_SOURCE_KINDS) lines.set(kind, { raised: 0, completed: 0, verified: 0, openAtEnd: 0, overdueAtEnd: 0 });
  for (const document of await listRemedialActions(store, only === undefined ? {} : { sourceKind: only as never }, asOf)) {
    if (!recordedBy(document.raisedAt, asOf)) continue;
    const action = remedialActionAsAt(document, asOf);
    const line = lines.get(action.source.kind) ?? { raised: 0, completed: 0, verified: 0, openAtEnd: 0, overdueAtEnd: 0 };
    lines.set(action.source.kind, line);
    if (inPeriod(action.raisedAt)) line.raised += 1;
    if (inPeriod(action.completedAt)) line.completed += 1;
    if (inPeriod(action.verifiedAt)) line.verified += 1;
    // Open and overdue as the period ended.
    const atPeriodEnd = remedialActionAsAt(document, atEnd);
    if (recordedBy(document.raisedAt, atEnd) && atPeriodEnd.verifiedAt === null) {
      line.openAtEnd += 1;
      if (timescaleClock(atPeriodEnd, atEnd).state === 'OVERDUE') line.overdueAtEnd += 1;
    }
  }
  const bySourceKind = [...lines]
    .filter(([kind]) => only === undefined || kind === only)
    .map(([sourceKind, counts]) => ({ sourceKind, ...counts }));
  const sum = (field: keyof ActionCounts) => bySourceKind.reduce((n, l) => n + l[field], 0);
  return { raised: sum('raised'), completed: sum('completed'), verified: sum('verified'), openAtEnd: sum('openAtEnd'), overdueAtEnd: sum('overdueAtEnd'), bySourceKind };
}

// ---------------------------------------------------------------------------------------------
// The quarterly review: SUP-6 and CFA-14.

async function supervisionLearningSummaries(store: ReadStore, quarter: Period, asOf: Date): Promise<SupervisionLearningSummarySection> {
  const at = asOf.getTime();
  const recorded = (instant: string | null | undefined) => typeof instant === 'string' && Date.parse(instant) <= at;
  const asOfDay = asOf.toISOString().slice(0, 10);
  const summaries = (await listSupervisionLearningSummaries(store, { quarter: quarter.id })).filter((s) => recorded(s.firstDraftedAt));
  // Who owes one: the Heads of Service in post on the quarter's last day (or on asOf while it runs).
  const heads = asOfDay < quarter.start ? [] : await listStaffAsAt(store, asOfDay < quarter.end ? asOfDay : quarter.end, { role: 'HEAD_OF_SERVICE' });
  const names = await directory(store, asOf);
  const ids = [...new Set([...heads.map((h) => h.staffId), ...summaries.map((s) => s.headOfServiceId)])];
  const lines: SupervisionLearningSummaryLine[] = ids
    .map((id): SupervisionLearningSummaryLine => {
      const summary = summaries.find((s) => s.headOfServiceId === id);
      const submitted = recorded(summary?.submittedAt);
      const reviewed = summary?.dmtReview != null && recorded(summary.dmtReview.recordedAt);
      return {
        headOfServiceId: id,
        name: heads.find((h) => h.staffId === id)?.name ?? names.staffName(id) ?? id,
        status: summary === undefined ? 'NOT_WRITTEN' : reviewed ? 'REVIEWED' : submitted ? 'SUBMITTED' : 'DRAFT',
        submittedOn: submitted ? summary!.submittedAt!.slice(0, 10) : null,
        reviewedOn: reviewed ? summary!.dmtReview!.reviewDate : null,
        themes: submitted ? [...summary!.themes] : [],
      };
    })
    .sort((a, b) => compare(a.name, b.name) || compare(a.headOfServiceId, b.headOfServiceId));
  const count = (...statuses: string[]) => lines.filter((l) => statuses.includes(l.status)).length;
  return {
    quarter: quarter.id,
    submitted: count('SUBMITTED', 'REVIEWED'),
    reviewedByDmt: count('REVIEWED'),
    awaitingDmtReview: count('SUBMITTED'),
    missing: count('NOT_WRITTEN', 'DRAFT'),
    summaries: lines,
  };
}

async function caseFileAuditFindings(store: ReadStore, period: Period, asOf: Date, body: QaOverviewBody): Promise<CaseFileAuditFindings> {
  const moderated = await gradeDistribution(store, { period: period.id, groupBy: 'AUDIT_TYPE', grades: 'OVERALL', useModerated: true, asOf });
  const byTeam = await gradeDistribution(store, { period: period.id, groupBy: 'TEAM', grades: 'OVERALL', asOf });
  const themes = await learningThemes(store, { period: period.id, sourceKinds: ['CASE_FILE_AUDIT'], asOf });
  const at = asOf.getTime();
  const escalations = (await listImmediateEscalations(store, {}, asOf)).filter(
    (e) => Date.parse(e.escalatedAt) <= at && e.escalatedAt.slice(0, 10) >= period.start && e.escalatedAt.slice(0, 10) <= period.end,
  );
  const atEnd = new Date(Math.min(asOf.getTime(), endInstant(period).getTime()));
  const actions = await actionSection(store, period, asOf, atEnd, 'CASE_FILE_AUDIT');
  return {
    auditsByType: body.activity.filter((a) => a.key.startsWith('CASE_FILE_AUDITS_')),
    overall: body.grades.overall,
    overallModerated: groupLine(moderated.all),
    byTeam: byTeam.groups.map(groupLine),
    weakestCriteria: body.weakestCriteria,
    themes: themeLines(themes),
    immediateEscalations: escalations.length,
    immediateEscalationsLate: escalations.filter((e) => ['OVERDUE', 'BREACHED'].includes(escalationClock(e.escalatedAt, e.acknowledgedAt, atEnd).state)).length,
    actions: { raised: actions.raised, completed: actions.completed, verified: actions.verified, openAtEnd: actions.openAtEnd, overdueAtEnd: actions.overdueAtEnd },
  };
}

function emptyMonth(month: string): MonthColumn {
  return {
    month,
    activity: ACTIVITY.map((a) => ({ key: a.key, label: a.label, rule: a.rule, count: 0, previousCount: 0 })),
    dutiesMet: 0,
    dutiesMissed: 0,
    overdueAtEnd: 0,
    auditsSubmitted: 0,
    shareRequiresImprovementOrInadequate: null,
    actionsRaised: 0,
    actionsVerified: 0,
  };
}

// ---------------------------------------------------------------------------------------------

/** A month (YYYY-MM) or quarter (YYYY-Qn), refused naming the field and REP-1 otherwise. */
export function reportPeriod(id: string, kind: 'MONTH' | 'QUARTER'): Period {
  const field = kind === 'MONTH' ? 'month' : 'quarter';
  const pattern = kind === 'MONTH' ? /^\d{4}-(0[1-9]|1[0-2])$/ : /^\d{4}-Q[1-4]$/;
  if (typeof id !== 'string' || !pattern.test(id)) {
    throw new DomainError(
      kind === 'MONTH' ? QaOverviewErrorCode.MONTH_INVALID : QaOverviewErrorCode.QUARTER_INVALID,
      `${field} must be ${kind === 'MONTH' ? 'a month as YYYY-MM (2026-03)' : 'a quarter as YYYY-Qn (2026-Q1)'}, not ${JSON.stringify(id)} (REP-1)`,
      'BAD_USER_INPUT',
      { field, rule: 'REP-1' },
    );
  }
  return parsePeriod(id, field);
}

/** The period's last instant. */
export function endInstant(period: Pick<Period, 'end'>): Date {
  return new Date(`${period.end}T23:59:59.999Z`);
}

function asOfFor(period: Period, asOf: Date | undefined): Date {
  if (asOf === undefined) return endInstant(period);
  if (!(asOf instanceof Date) || Number.isNaN(asOf.getTime()) || asOf.getTime() < Date.parse(`${period.start}T00:00:00.000Z`)) {
    throw new DomainError(
      QaOverviewErrorCode.AS_OF_INVALID,
      `asOf must be an instant on or after the period's first day (${period.start}) (REP-1)`,
      'BAD_USER_INPUT',
      { field: 'asOf', rule: 'REP-1' },
    );
  }
  return asOf;
}

function generatedFrom(options: QaOverviewOptions, asOf: Date): GeneratedFrom {
  const position = options.lastPosition;
  return { lastPosition: position === undefined || position === null ? null : String(position), asOf: asOf.toISOString() };
}

function toReportPeriod(period: Period): ReportPeriod {
  return { id: period.id, kind: period.kind === 'QUARTER' ? 'QUARTER' : 'MONTH', start: period.start, end: period.end };
}

function monthsOf(period: Period): Period[] {
  const first = Number(period.start.slice(5, 7));
  const year = period.start.slice(0, 4);
  return [0, 1, 2].map((i) => parsePeriod(`${year}-${String(first + i).padStart(2, '0')}`));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(id: string): string {
  return `${MONTHS[Number(id.slice(5, 7)) - 1]} ${id.slice(0, 4)}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
