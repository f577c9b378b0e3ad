import type { Grade } from '../../libs/domain/src/index.js';
import type { LearningThemeSourceKind } from './learning-theme-sources.js';

/**
 * The read models of REP-2, "what do you know about your practice, and how do you know it". Small
 * documents of facts; every count, period and trend is made at query time, so any period can be
 * asked for and no counter can drift. Plain JSON; `type`, not `interface`, so they are Documents.
 */

/** One criterion's grade on an audit: as the auditor gave it, and as moderation left it (CFA-9). */
export type CriterionGradeFact = {
  readonly criterion: number;
  /** The auditor's grade: the last given before submission. */
  readonly grade: Grade;
  /** The grade moderation changed it to; null when moderation kept it or has not happened. */
  readonly moderatedGrade: Grade | null;
};

/**
 * The grades of one case file audit (CFA-12 section 2 and 6, CFA-9), keyed by audit id. Counted
 * from submission, in the period of `submittedOn`; the service area is read at query time from the
 * team's history as it was on that day.
 */
export type AuditGradesDocument = {
  readonly id: string;
  /** One of AUDIT_TYPES, as recorded. */
  readonly auditType: string;
  readonly teamId: string | null;
  readonly auditorId: string;
  readonly status: 'OPEN' | 'SUBMITTED';
  /** Graded criteria, by criterion; criteria marked not applicable are left out. */
  readonly criteria: readonly CriterionGradeFact[];
  readonly overallGrade: Grade | null;
  readonly moderatedOverallGrade: Grade | null;
  readonly submittedAt: string | null;
  /** YYYY-MM-DD of `submittedAt`. */
  readonly submittedOn: string | null;
  /** YYYY-MM of `submittedAt`: indexed. */
  readonly submittedMonth: string | null;
  readonly moderatedAt: string | null;
  /** YYYY-MM-DD of `moderatedAt`. */
  readonly moderatedOn: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
};

/**
 * One record that carries learning themes (REP-2): a case file audit, a themed audit day, a Head
 * of Service's summary or report, a complaint, compliment, feedback or staff survey. Keyed
 * `<sourceKind>:<sourceId>`; its themes are what it says now, so a correction or re-tagging
 * replaces them and nothing is counted twice.
 */
export type ThemedSourceDocument = {
  readonly id: string;
  readonly sourceKind: LearningThemeSourceKind;
  readonly sourceId: string;
  /** Counted once submitted (audit, summary, report), held (themed audit day), and while not withdrawn (learning input). */
  readonly counted: boolean;
  /** YYYY-MM-DD the themes are dated: submission, the day held, the input received; null until known. */
  readonly date: string | null;
  /** YYYY-MM of `date`: indexed. */
  readonly month: string | null;
  readonly teamIds: readonly string[];
  readonly serviceAreaIds: readonly string[];
  /** The theme the record was planned around: a thematic audit's or a themed audit day's. */
  readonly focusTheme: string | null;
  /** The themes tagged on or entered in the record, as written. */
  readonly taggedThemes: readonly string[];
  /** Focus theme then tagged themes, one per theme key, as written. */
  readonly themes: readonly string[];
  /** learningThemeKey of each of `themes`, in the same order. */
  readonly themeKeys: readonly string[];
  /** Global position (decimal) of the event that first gave the record a theme; absent before. */
  readonly firstThemedPosition?: string | null;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
};
