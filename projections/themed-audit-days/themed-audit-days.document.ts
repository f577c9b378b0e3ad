import type { Grade, ThemeOrigin, ThemedAuditDaySession, ThemedAuditMode } from '../../libs/domain/src/index.js';

/**
 * The read model of one themed audit day (TAD-1): its theme and why it was chosen, the cases
 * audited on it, its closing, and the targeted action plan with its task-and-finish group. Plain
 * JSON; `type`, not `interface`, so it is a ReadStore `Document`. How far each action has got is
 * not stored here: the queries join the remedial actions read model, where the actions live.
 */

export type ThemeReasonDocument = {
  readonly origin: ThemeOrigin;
  /** The origin as the framework words it. */
  readonly label: string;
  readonly text: string;
};

export type ThemedAuditDocument = {
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly auditorId: string;
  readonly mode: ThemedAuditMode;
  readonly caseFileAuditId: string | null;
  readonly findings: string;
  readonly grade: Grade;
  readonly recordedBy: string | null;
  readonly recordedAt: string;
};

export type ThemedAuditDayActionDocument = {
  readonly actionId: string;
  readonly description: string;
  readonly ownerId: string;
  readonly managerId: string;
  readonly timescale: string;
  readonly azeusNumber: string | null;
  readonly teamId: string | null;
};

export type TargetedActionPlanDocument = {
  readonly groupName: string;
  readonly groupLeadId: string;
  readonly groupMemberIds: readonly string[];
  readonly agreedBy: string | null;
  readonly agreedAt: string;
  readonly actions: readonly ThemedAuditDayActionDocument[];
};

export type ThemedAuditDayDocumentStatus = 'PLANNED' | 'CLOSED' | 'ACTION_PLAN_AGREED' | 'ACTION_PLAN_CLOSED';

/** The count of the day's audits at each grade of the four-point scale. */
export type GradeCountsDocument = Readonly<Record<Grade, number>>;

export type ThemedAuditDayDocument = {
  readonly id: string;
  readonly dayId: string;
  readonly theme: string;
  readonly reasons: readonly ThemeReasonDocument[];
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly session: ThemedAuditDaySession;
  readonly teamIds: readonly string[];
  readonly serviceAreaIds: readonly string[];
  /** The S&QA member who leads the day. */
  readonly leadId: string;
  readonly status: ThemedAuditDayDocumentStatus;
  readonly audits: readonly ThemedAuditDocument[];
  readonly liveAuditCount: number;
  readonly gradeCounts: GradeCountsDocument;
  readonly summary: string | null;
  readonly closedBy: string | null;
  readonly closedAt: string | null;
  readonly actionPlan: TargetedActionPlanDocument | null;
  readonly outcome: string | null;
  readonly actionPlanClosedBy: string | null;
  readonly actionPlanClosedAt: string | null;
  readonly plannedAt: string;
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
