import { GRADES, type Grade } from '../case-file-audit/case-file-audit.values.js';
import type { RemedialActionStatus } from '../remedial-action/remedial-action.state.js';
import type { Role } from '../shared/decider.js';

/**
 * The words of themed audit days (framework section 7; DOMAIN.md TAD-1).
 */

/** TAD-1: the S&QA team leads the day, plans it and records what it audits. */
export const THEMED_AUDIT_DAY_LEAD_ROLES: readonly Role[] = ['SQA_OFFICER', 'SQA_MANAGER'];

/**
 * TAD-1: where a theme is taken from ("local performance data, national trends, serious incident,
 * and serious successes", section 7).
 */
export const THEME_ORIGINS = ['PERFORMANCE_DATA', 'NATIONAL_TRENDS', 'SERIOUS_INCIDENTS', 'SUCCESSES'] as const;
export type ThemeOrigin = (typeof THEME_ORIGINS)[number];

export const THEME_ORIGIN_LABELS: Readonly<Record<ThemeOrigin, string>> = {
  PERFORMANCE_DATA: 'Local performance data',
  NATIONAL_TRENDS: 'National trends',
  SERIOUS_INCIDENTS: 'Serious incidents',
  SUCCESSES: 'Serious successes',
};

/** One reason the theme was chosen: where it comes from and what it says. */
export interface ThemeReason {
  readonly origin: ThemeOrigin;
  readonly text: string;
}

/** TAD-1: a themed audit day is a half-day. */
export const THEMED_AUDIT_DAY_SESSIONS = ['MORNING', 'AFTERNOON'] as const;
export type ThemedAuditDaySession = (typeof THEMED_AUDIT_DAY_SESSIONS)[number];

/** TAD-1: a case is audited live during the day (led by S&QA) or prepared beforehand and discussed. */
export const THEMED_AUDIT_MODES = ['LIVE', 'PREPARED'] as const;
export type ThemedAuditMode = (typeof THEMED_AUDIT_MODES)[number];

/** The four-point scale of case file audits (DOMAIN.md vocabulary, CFA-12 section 6). */
export const THEMED_AUDIT_GRADES: readonly Grade[] = GRADES;

/** One case audited on the day. */
export interface ThemedAudit {
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly auditorId: string;
  readonly mode: ThemedAuditMode;
  /** The case file audit (appendix A) done for it, where one was. */
  readonly caseFileAuditId: string | null;
  readonly findings: string;
  readonly grade: Grade;
  readonly recordedBy: string;
  readonly recordedAt: string;
}

/** TAD-1: the task-and-finish group that owns the targeted action plan. */
export interface TaskAndFinishGroup {
  readonly name: string;
  readonly leadId: string;
  /** Every member, the lead included. */
  readonly memberIds: readonly string[];
}

/** One action of the targeted action plan; the service tracks it as a remedial action (CFA-7). */
export interface ThemedAuditDayAction {
  /** Unique across the service: the remedial action's id. */
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  /** Who reviews its completion; never the owner. */
  readonly managerId: string;
  /** YYYY-MM-DD. */
  readonly timescale: string;
  /** The case the action is about, one of those audited on the day; null for a service-level action. */
  readonly azeusNumber: string | null;
  readonly teamId: string | null;
}

/**
 * What the service knows of each plan action's remedial action when the plan is closed: its status
 * in the CFA-7 lifecycle, NOT_RAISED while none exists.
 */
export type TrackedActionStatus = RemedialActionStatus;
export const TRACKED_ACTION_STATUSES: readonly TrackedActionStatus[] = ['NOT_RAISED', 'RAISED', 'ACKNOWLEDGED', 'COMPLETED', 'VERIFIED', 'REOPENED'];

/** An action is done once its manager has verified its completion (CFA-7); a completion alone may yet be reopened. */
export const DONE_ACTION_STATUS: TrackedActionStatus = 'VERIFIED';
