import type { DomainEvent } from '../shared/decider.js';
import type {
  ComplianceActionReviewOutcome,
  ComplianceCheckItem,
  ManagementDirectionAction,
} from './compliance-audit.values.js';

/**
 * The facts of a compliance audit (CFA-4, CFA-5): a TM or AP checks seven things on a case held by
 * someone they supervise, before that person's supervision; where something is not met the manager
 * adds a management direction case note with actions and timescales, and reviews the actions in
 * supervision. Its own stream and form, apart from the appendix A case file audit.
 */

export type ComplianceAuditStarted = DomainEvent<
  'ComplianceAuditStarted',
  {
    readonly complianceAuditId: string;
    readonly azeusNumber: string;
    /** The member of staff whose case it is and whose supervision it precedes. */
    readonly superviseeId: string;
    /** The TM or AP supervising them, who does the audit. */
    readonly auditorId: string;
    readonly teamId: string | null;
    /** CFA-4: the supervision it precedes; the audit is due by this date (CFA-6). */
    readonly supervisionDate: string;
    readonly supervisionSessionId: string | null;
    readonly startedAt: string;
  }
>;

/** CFA-5: one line of the checklist; a later record of the same item replaces it. */
export type ComplianceCheckRecorded = DomainEvent<
  'ComplianceCheckRecorded',
  {
    readonly complianceAuditId: string;
    readonly item: ComplianceCheckItem;
    readonly met: boolean;
    readonly comment: string | null;
    readonly recordedAt: string;
  }
>;

/** CFA-5: the management direction case note (actions and timescales); recorded again, it replaces the last. */
export type ManagementDirectionCaseNoteRecorded = DomainEvent<
  'ManagementDirectionCaseNoteRecorded',
  {
    readonly complianceAuditId: string;
    readonly note: string;
    readonly actions: readonly ManagementDirectionAction[];
    readonly caseNoteReference: string | null;
    readonly recordedAt: string;
  }
>;

/** The audit is complete; the checklist and case note are frozen. Counts towards CFA-4 from `completedOn`. */
export type ComplianceAuditCompleted = DomainEvent<
  'ComplianceAuditCompleted',
  {
    readonly complianceAuditId: string;
    /** YYYY-MM-DD, the day of completion. */
    readonly completedOn: string;
    readonly completedAt: string;
    /** The items found not met, in checklist order. */
    readonly itemsNotMet: readonly ComplianceCheckItem[];
    /** The case note's actions, to be reviewed in supervision; empty when none were required. */
    readonly actionIds: readonly string[];
  }
>;

/** CFA-5: the manager reviews completion of the actions in a supervision. */
export type ComplianceActionsReviewedInSupervision = DomainEvent<
  'ComplianceActionsReviewedInSupervision',
  {
    readonly complianceAuditId: string;
    readonly supervisionDate: string;
    readonly supervisionSessionId: string | null;
    readonly outcomes: readonly ComplianceActionReviewOutcome[];
    /** Whether, after this review, every action of the case note is completed. */
    readonly allActionsCompleted: boolean;
    readonly reviewedBy: string;
    readonly reviewedAt: string;
  }
>;

export type ComplianceAuditEvent =
  | ComplianceAuditStarted
  | ComplianceCheckRecorded
  | ManagementDirectionCaseNoteRecorded
  | ComplianceAuditCompleted
  | ComplianceActionsReviewedInSupervision;

export type ComplianceAuditEventType = ComplianceAuditEvent['type'];

export const COMPLIANCE_AUDIT_EVENT_TYPES: readonly ComplianceAuditEventType[] = [
  'ComplianceAuditStarted',
  'ComplianceCheckRecorded',
  'ManagementDirectionCaseNoteRecorded',
  'ComplianceAuditCompleted',
  'ComplianceActionsReviewedInSupervision',
];
