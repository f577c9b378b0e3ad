import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of the supervision audit. Enumerated values arrive from the edge as strings;
 * `decide` checks them. The auditor is the actor of the command (metadata).
 */

export type StartSupervisionAudit = Command<
  'StartSupervisionAudit',
  {
    readonly auditId: string;
    /** One of SUPERVISION_AUDIT_KINDS. */
    readonly kind: string;
    /** Must be the actor (SUP-1, SUP-2). */
    readonly auditorId: string;
    readonly supervisorId: string;
    /** The audited supervisor's role as the staff list has it (SUP-1, SUP-2); null: not in the staff list. */
    readonly supervisorRole: string | null;
    /** The audited supervisor's team as the staff list has it; carried to the agreed actions (SUP-5). */
    readonly teamId?: string | null;
    readonly superviseeId: string;
    /** CASE: the case file audited; at least one of the two. */
    readonly caseFileId?: string | null;
    readonly azeusNumber?: string | null;
    /** ISO date (YYYY-MM-DD). */
    readonly auditDate: string;
  }
>;

export type AnswerSupervisionAuditQuestion = Command<
  'AnswerSupervisionAuditQuestion',
  {
    readonly auditId: string;
    readonly questionKey: string;
    /** YES or NO. */
    readonly answer: string;
    readonly comments?: string | null;
    /** SUP-3: required for the regular supervision question, refused for any other. */
    readonly numberOfSupervisions?: number | null;
    /** SUP-3: the Head of Service to raise a child not safe with; required when CHILD_SAFE is NO. */
    readonly headOfServiceId?: string | null;
    /**
     * The named Head of Service's role as the staff list has it, when it was looked up: null means
     * not in the staff list. Absent: not checked.
     */
    readonly headOfServiceRole?: string | null;
  }
>;

export type AcknowledgeChildSafetyEscalation = Command<'AcknowledgeChildSafetyEscalation', { readonly auditId: string }>;

export type CompleteSupervisionAudit = Command<'CompleteSupervisionAudit', { readonly auditId: string }>;

export type AgreedActionInput = {
  readonly actionId: string;
  readonly action: string;
  readonly ownerId: string;
  /** Who reviews completion; never the owner. Default: the supervisor, or the auditor when the supervisor owns it. */
  readonly managerId?: string | null;
  /** ISO date (YYYY-MM-DD). */
  readonly timescale: string;
};

export type RecordSupervisionAuditFindingsReview = Command<
  'RecordSupervisionAuditFindingsReview',
  {
    readonly auditId: string;
    /** ISO date of the supervision at which the findings were reviewed. */
    readonly supervisionDate: string;
    readonly agreedActions: readonly AgreedActionInput[];
  }
>;

export type RecordSupervisionAuditCopySentToSqa = Command<'RecordSupervisionAuditCopySentToSqa', { readonly auditId: string }>;

export type SupervisionAuditCommand =
  | StartSupervisionAudit
  | AnswerSupervisionAuditQuestion
  | AcknowledgeChildSafetyEscalation
  | CompleteSupervisionAudit
  | RecordSupervisionAuditFindingsReview
  | RecordSupervisionAuditCopySentToSqa;
