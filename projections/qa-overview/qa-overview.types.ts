/**
 * The monthly QA overview (REP-1) and the quarterly leadership review (CFA-14, SUP-6, CRS-4): plain
 * JSON, every list in a fixed order, no wall-clock time, so the same events give the same bytes.
 */

export type ReportPeriod = {
  /** `2026-03` or `2026-Q1`. */
  readonly id: string;
  readonly kind: 'MONTH' | 'QUARTER';
  /** First and last day, inclusive (YYYY-MM-DD). */
  readonly start: string;
  readonly end: string;
};

/** What the report was built from: the log up to this position, read as at this instant. */
export type GeneratedFrom = {
  /** The last position of the event log the read models held and that was recorded by `asOf`; null when unknown or the log was empty. */
  readonly lastPosition: string | null;
  readonly asOf: string;
};

export type KeyFigure = { readonly key: string; readonly label: string; readonly value: number };

/** One count of QA activity in the period, beside the period before. */
export type ActivityLine = {
  readonly key: string;
  readonly label: string;
  /** The rule the activity serves (e.g. CFA-2, CRS-3). */
  readonly rule: string;
  readonly count: number;
  readonly previousCount: number;
};

export type DutyCounts = {
  /** Duties with something required (caps such as CFA-3 are not duties). */
  readonly duties: number;
  readonly met: number;
  /** Not met by their due date (at or before `asOf`). */
  readonly missed: number;
  /** Not met, due after `asOf` (e.g. a half-yearly duty in its first months). */
  readonly open: number;
};

export type RuleDuties = DutyCounts & { readonly rule: string; readonly description: string };
export type TeamDuties = DutyCounts & { readonly teamId: string | null; readonly teamName: string };

export type PersonDuties = DutyCounts & {
  readonly staffId: string;
  readonly name: string;
  readonly role: string;
  readonly teamId: string | null;
  readonly teamName: string;
  /** MET: every duty met; MISSED: at least one missed; OPEN: none missed, some still to do. */
  readonly status: 'MET' | 'MISSED' | 'OPEN';
};

export type MissedDuty = {
  readonly staffId: string;
  readonly name: string;
  readonly role: string;
  readonly teamId: string | null;
  readonly teamName: string;
  readonly rule: string;
  readonly description: string;
  readonly period: string;
  readonly dueDate: string;
  readonly required: number;
  readonly done: number;
};

export type QuotaSection = DutyCounts & {
  readonly byRule: readonly RuleDuties[];
  readonly byTeam: readonly TeamDuties[];
  readonly people: readonly PersonDuties[];
  readonly missedDuties: readonly MissedDuty[];
};

export type OverdueKindCount = { readonly kind: string; readonly label: string; readonly rule: string; readonly count: number };

export type OverdueLine = {
  readonly kind: string;
  readonly id: string;
  readonly title: string;
  readonly rule: string;
  readonly dueAt: string;
  /** Whole days late at `asOf` (rounded down). */
  readonly daysLate: number;
  readonly ownerId: string | null;
  readonly ownerName: string | null;
  readonly teamId: string | null;
  readonly teamName: string;
};

export type OverdueSection = {
  readonly total: number;
  readonly byKind: readonly OverdueKindCount[];
  /** Most late first. */
  readonly items: readonly OverdueLine[];
};

export type GradeCountsLine = {
  readonly outstanding: number;
  readonly good: number;
  readonly requiresImprovement: number;
  readonly inadequate: number;
  readonly total: number;
  /** Share graded Requires Improvement or Inadequate (0..1, four decimals); null when nothing was graded. */
  readonly shareRequiresImprovementOrInadequate: number | null;
};

export type GradeGroupLine = {
  readonly key: string;
  readonly label: string;
  readonly counts: GradeCountsLine;
  readonly previous: GradeCountsLine;
  readonly trend: string;
};

export type GradeSection = {
  readonly audits: number;
  readonly previousAudits: number;
  /** Each audit's overall grade, as the auditor gave it. */
  readonly overall: GradeGroupLine;
  /** Every graded criterion of every audit. */
  readonly criteria: GradeGroupLine;
  /** Overall grades by audit type. */
  readonly byAuditType: readonly GradeGroupLine[];
};

export type WeakCriterionLine = {
  readonly criterion: number;
  readonly title: string;
  readonly requiresImprovementOrInadequate: number;
  readonly total: number;
  readonly share: number | null;
  readonly previousShare: number | null;
  readonly trend: string;
};

export type ModerationSection = {
  readonly audits: number;
  readonly agreedAudits: number;
  readonly kept: number;
  readonly raised: number;
  readonly lowered: number;
  readonly previousKept: number;
  readonly previousRaised: number;
  readonly previousLowered: number;
};

export type ThemeLine = {
  readonly key: string;
  readonly theme: string;
  readonly count: number;
  readonly previousCount: number;
  readonly change: number;
  readonly trend: string;
  readonly actionsRaised: number;
  readonly actionsVerified: number;
  readonly sourceKinds: readonly string[];
};

export type ThemeSection = {
  readonly sources: number;
  readonly previousSources: number;
  /** Most records first; at most THEMES_SHOWN. */
  readonly themes: readonly ThemeLine[];
};

export type ActionCounts = {
  /** Raised in the period. */
  readonly raised: number;
  /** Completed by their owner in the period. */
  readonly completed: number;
  /** Verified by their manager in the period (CFA-5, CFA-7). */
  readonly verified: number;
  /** Raised by `asOf` and not verified by then. */
  readonly openAtEnd: number;
  /** Of those, past their timescale and not completed at `asOf`. */
  readonly overdueAtEnd: number;
};

export type ActionSourceLine = ActionCounts & { readonly sourceKind: string };

export type ActionSection = ActionCounts & { readonly bySourceKind: readonly ActionSourceLine[] };

/** The sections every overview has, for the period it covers. */
export type QaOverviewBody = {
  readonly keyFigures: readonly KeyFigure[];
  readonly activity: readonly ActivityLine[];
  readonly quotas: QuotaSection;
  readonly overdue: OverdueSection;
  readonly grades: GradeSection;
  readonly weakestCriteria: readonly WeakCriterionLine[];
  readonly moderation: ModerationSection;
  readonly themes: ThemeSection;
  readonly actions: ActionSection;
};

export type MonthlyQaOverview = QaOverviewBody & {
  readonly report: 'MONTHLY_QA_OVERVIEW';
  readonly rules: readonly string[];
  readonly title: string;
  readonly period: ReportPeriod;
  readonly previousPeriod: ReportPeriod;
  readonly generatedFrom: GeneratedFrom;
};

/** One month of the quarter, for the three side by side. */
export type MonthColumn = {
  readonly month: string;
  readonly activity: readonly ActivityLine[];
  readonly dutiesMet: number;
  readonly dutiesMissed: number;
  readonly overdueAtEnd: number;
  readonly auditsSubmitted: number;
  readonly shareRequiresImprovementOrInadequate: number | null;
  readonly actionsRaised: number;
  readonly actionsVerified: number;
};

export type SupervisionLearningSummaryLine = {
  readonly headOfServiceId: string;
  readonly name: string;
  /** SUBMITTED (awaiting DMT), REVIEWED (by DMT), DRAFT or NOT_WRITTEN, as at `asOf`. */
  readonly status: 'NOT_WRITTEN' | 'DRAFT' | 'SUBMITTED' | 'REVIEWED';
  readonly submittedOn: string | null;
  readonly reviewedOn: string | null;
  readonly themes: readonly string[];
};

export type SupervisionLearningSummarySection = {
  readonly quarter: string;
  readonly submitted: number;
  readonly reviewedByDmt: number;
  readonly awaitingDmtReview: number;
  readonly missing: number;
  readonly summaries: readonly SupervisionLearningSummaryLine[];
};

/** CFA-14: the case file audit findings DMT and SLT consider each quarter. */
export type CaseFileAuditFindings = {
  readonly auditsByType: readonly ActivityLine[];
  readonly overall: GradeGroupLine;
  /** Overall grades as moderation left them (CFA-9). */
  readonly overallModerated: GradeGroupLine;
  readonly byTeam: readonly GradeGroupLine[];
  readonly weakestCriteria: readonly WeakCriterionLine[];
  readonly themes: readonly ThemeLine[];
  /** CFA-13: immediate escalations of Inadequate grades raised in the period, and how many were acknowledged late or not at all by `asOf`. */
  readonly immediateEscalations: number;
  readonly immediateEscalationsLate: number;
  readonly actions: ActionCounts;
};

export type QuarterlyLeadershipReview = QaOverviewBody & {
  readonly report: 'QUARTERLY_LEADERSHIP_REVIEW';
  readonly rules: readonly string[];
  readonly title: string;
  readonly period: ReportPeriod;
  readonly previousPeriod: ReportPeriod;
  readonly generatedFrom: GeneratedFrom;
  readonly months: readonly MonthColumn[];
  /** SUP-6: the quarter's summaries, and the previous quarter's (which DMT reviews in this one). */
  readonly supervisionLearningSummaries: readonly SupervisionLearningSummarySection[];
  readonly caseFileAuditFindings: CaseFileAuditFindings;
};

export type QaReport = MonthlyQaOverview | QuarterlyLeadershipReview;
