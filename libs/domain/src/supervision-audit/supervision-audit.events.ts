import type { DomainEvent, Role } from '../shared/decider.js';
import type { SupervisionAgreedAction, SupervisionAnswer, SupervisionAuditKind } from './supervision-audit.values.js';

/**
 * The facts of a supervision audit (appendix B). Type strings never change; times in data are the
 * business time of the command (`metadata.now`), the actor is in the event metadata.
 */

export type SupervisionAuditStarted = DomainEvent<
  'SupervisionAuditStarted',
  {
    readonly auditId: string;
    readonly kind: SupervisionAuditKind;
    readonly auditorId: string;
    readonly auditorRole: Role;
    /** The supervisor whose supervision is audited (a TM under SUP-1, an AP under SUP-2). */
    readonly supervisorId: string;
    readonly supervisorRole: Role;
    readonly superviseeId: string;
    /** The supervisor's team as the staff list had it; absent on audits started before it was added. */
    readonly teamId?: string | null;
    /** CASE only: the case file audited, by its id and Azeus number. */
    readonly caseFileId: string | null;
    readonly azeusNumber: string | null;
    /** ISO date of the audit, as on the form. */
    readonly auditDate: string;
    readonly startedAt: string;
  }
>;

/** One yes/no answer with comments; a later answer to the same question replaces it until completion. */
export type SupervisionAuditQuestionAnswered = DomainEvent<
  'SupervisionAuditQuestionAnswered',
  {
    readonly auditId: string;
    readonly questionKey: string;
    /** The question's words as the auditor saw them. */
    readonly question: string;
    readonly answer: SupervisionAnswer;
    readonly comments: string;
    /** SUP-3: supervisions in the last six months; only for the regular supervision question. */
    readonly numberOfSupervisions: number | null;
    readonly answeredAt: string;
  }
>;

/** SUP-3: "Is the child safe?" answered no, raised at once with the Head of Service. */
export type SupervisionAuditChildSafetyEscalated = DomainEvent<
  'SupervisionAuditChildSafetyEscalated',
  {
    readonly auditId: string;
    readonly headOfServiceId: string;
    readonly caseFileId: string | null;
    readonly azeusNumber: string | null;
    readonly comments: string;
    readonly escalatedBy: string;
    readonly escalatedAt: string;
  }
>;

export type SupervisionAuditChildSafetyEscalationAcknowledged = DomainEvent<
  'SupervisionAuditChildSafetyEscalationAcknowledged',
  { readonly auditId: string; readonly acknowledgedBy: string; readonly acknowledgedAt: string }
>;

export type SupervisionAuditCompleted = DomainEvent<
  'SupervisionAuditCompleted',
  { readonly auditId: string; readonly completedAt: string }
>;

/** SUP-5: findings reviewed at the next supervision, with the actions agreed there. */
export type SupervisionAuditFindingsReviewed = DomainEvent<
  'SupervisionAuditFindingsReviewed',
  {
    readonly auditId: string;
    /** ISO date of the supervision at which the findings were reviewed. */
    readonly supervisionDate: string;
    readonly agreedActions: readonly SupervisionAgreedAction[];
    /** Who was audited and by whom, so the event alone says who manages each action (added later; absent before). */
    readonly auditorId?: string;
    readonly supervisorId?: string;
    readonly reviewedBy: string;
    readonly recordedAt: string;
  }
>;

/** SUP-5: a copy of the audit record sent to the S&QA Team. */
export type SupervisionAuditCopySentToSqa = DomainEvent<
  'SupervisionAuditCopySentToSqa',
  { readonly auditId: string; readonly sentBy: string; readonly sentAt: string }
>;

export type SupervisionAuditEvent =
  | SupervisionAuditStarted
  | SupervisionAuditQuestionAnswered
  | SupervisionAuditChildSafetyEscalated
  | SupervisionAuditChildSafetyEscalationAcknowledged
  | SupervisionAuditCompleted
  | SupervisionAuditFindingsReviewed
  | SupervisionAuditCopySentToSqa;

export const SUPERVISION_AUDIT_EVENT_TYPES = [
  'SupervisionAuditStarted',
  'SupervisionAuditQuestionAnswered',
  'SupervisionAuditChildSafetyEscalated',
  'SupervisionAuditChildSafetyEscalationAcknowledged',
  'SupervisionAuditCompleted',
  'SupervisionAuditFindingsReviewed',
  'SupervisionAuditCopySentToSqa',
] as const satisfies readonly SupervisionAuditEvent['type'][];
