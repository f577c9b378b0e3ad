import type { Command } from '../shared/decider.js';

/**
 * Commands carry raw input (strings where the API takes strings); the decider validates it.
 * The actor of PlanThemedAuditDay is the S&QA member who leads the day (TAD-1).
 */

export type ThemeReasonInput = { readonly origin: string; readonly text: string };

export type PlanThemedAuditDay = Command<
  'PlanThemedAuditDay',
  {
    readonly dayId: string;
    readonly theme: string;
    readonly reasons: readonly ThemeReasonInput[];
    /** YYYY-MM-DD. */
    readonly date: string;
    readonly session: string;
    readonly teamIds: readonly string[];
    readonly serviceAreaIds: readonly string[];
  }
>;

export type RecordThemedAudit = Command<
  'RecordThemedAudit',
  {
    readonly dayId: string;
    readonly auditId: string;
    readonly azeusNumber: string;
    readonly auditorId: string;
    readonly mode: string;
    readonly caseFileAuditId?: string | null;
    readonly findings: string;
    readonly grade: string;
  }
>;

export type CloseThemedAuditDay = Command<'CloseThemedAuditDay', { readonly dayId: string; readonly summary?: string | null }>;

export type ThemedAuditDayActionInput = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  readonly managerId: string;
  readonly timescale: string;
  readonly azeusNumber?: string | null;
  readonly teamId?: string | null;
};

export type AgreeThemedAuditDayActionPlan = Command<
  'AgreeThemedAuditDayActionPlan',
  {
    readonly dayId: string;
    readonly group: { readonly name: string; readonly leadId: string; readonly memberIds: readonly string[] };
    readonly actions: readonly ThemedAuditDayActionInput[];
  }
>;

export type CloseThemedAuditDayActionPlan = Command<
  'CloseThemedAuditDayActionPlan',
  {
    readonly dayId: string;
    readonly outcome?: string | null;
    /**
     * Fetched fact: each plan action's remedial action status (CFA-7) as the service read it,
     * keyed by action id; an action missing here has not been raised.
     */
    readonly actionStatuses: Readonly<Record<string, string>>;
  }
>;

export type ThemedAuditDayCommand =
  | PlanThemedAuditDay
  | RecordThemedAudit
  | CloseThemedAuditDay
  | AgreeThemedAuditDayActionPlan
  | CloseThemedAuditDayActionPlan;
