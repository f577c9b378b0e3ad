import type { Grade } from '../case-file-audit/case-file-audit.values.js';
import type { DomainEvent, Role } from '../shared/decider.js';
import type {
  TaskAndFinishGroup,
  ThemeReason,
  ThemedAuditDayAction,
  ThemedAuditDaySession,
  ThemedAuditMode,
} from './themed-audit-day.values.js';

/** TAD-1: S&QA plans the half-day, its theme and why it was chosen. */
export type ThemedAuditDayPlanned = DomainEvent<
  'ThemedAuditDayPlanned',
  {
    readonly dayId: string;
    readonly theme: string;
    readonly reasons: readonly ThemeReason[];
    readonly date: string;
    readonly session: ThemedAuditDaySession;
    readonly teamIds: readonly string[];
    readonly serviceAreaIds: readonly string[];
    readonly leadId: string;
    readonly leadRole: Role;
    readonly plannedAt: string;
  }
>;

/** TAD-1: a case audited on the day, live or prepared. */
export type ThemedAuditRecorded = DomainEvent<
  'ThemedAuditRecorded',
  {
    readonly dayId: string;
    readonly auditId: string;
    readonly azeusNumber: string;
    readonly auditorId: string;
    readonly mode: ThemedAuditMode;
    readonly caseFileAuditId: string | null;
    readonly findings: string;
    readonly grade: Grade;
    readonly recordedBy: string;
    readonly recordedAt: string;
  }
>;

export type ThemedAuditDayClosed = DomainEvent<
  'ThemedAuditDayClosed',
  { readonly dayId: string; readonly summary: string | null; readonly closedBy: string; readonly closedAt: string }
>;

/**
 * TAD-1: the targeted action plan, owned by a task-and-finish group. Each action carries all a
 * remedial action needs (owner, manager, timescale, case), so the service raises one per action.
 */
export type ThemedAuditDayActionPlanAgreed = DomainEvent<
  'ThemedAuditDayActionPlanAgreed',
  {
    readonly dayId: string;
    readonly group: TaskAndFinishGroup;
    readonly actions: readonly ThemedAuditDayAction[];
    readonly agreedBy: string;
    readonly agreedAt: string;
  }
>;

/** TAD-1: the group closes its plan once every action is done. */
export type ThemedAuditDayActionPlanClosed = DomainEvent<
  'ThemedAuditDayActionPlanClosed',
  {
    readonly dayId: string;
    readonly outcome: string | null;
    /** The actions seen verified when the plan was closed: all of them. */
    readonly verifiedActionIds: readonly string[];
    readonly closedBy: string;
    readonly closedAt: string;
  }
>;

export type ThemedAuditDayEvent =
  | ThemedAuditDayPlanned
  | ThemedAuditRecorded
  | ThemedAuditDayClosed
  | ThemedAuditDayActionPlanAgreed
  | ThemedAuditDayActionPlanClosed;

export const THEMED_AUDIT_DAY_EVENT_TYPES: readonly ThemedAuditDayEvent['type'][] = [
  'ThemedAuditDayPlanned',
  'ThemedAuditRecorded',
  'ThemedAuditDayClosed',
  'ThemedAuditDayActionPlanAgreed',
  'ThemedAuditDayActionPlanClosed',
];
