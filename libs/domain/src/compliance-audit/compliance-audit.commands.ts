import type { Command } from '../shared/decider.js';

/**
 * Task-based commands of the compliance audit (CFA-4, CFA-5). Enumerated values arrive as strings
 * from the edge and are checked by `decide`. The auditor is the actor who starts the audit.
 */

export type StartComplianceAudit = Command<
  'StartComplianceAudit',
  {
    readonly complianceAuditId: string;
    readonly azeusNumber: string;
    readonly superviseeId: string;
    readonly teamId?: string | null;
    /** YYYY-MM-DD of the supervision the audit precedes. */
    readonly supervisionDate: string;
    readonly supervisionSessionId?: string | null;
  }
>;

export type RecordComplianceCheck = Command<
  'RecordComplianceCheck',
  {
    readonly complianceAuditId: string;
    /** One of COMPLIANCE_CHECK_ITEMS. */
    readonly item: string;
    readonly met: boolean;
    readonly comment?: string | null;
  }
>;

export type RecordManagementDirectionCaseNote = Command<
  'RecordManagementDirectionCaseNote',
  {
    readonly complianceAuditId: string;
    readonly note: string;
    readonly actions: readonly {
      readonly actionId: string;
      readonly description: string;
      /** YYYY-MM-DD. */
      readonly timescale: string;
      /** Defaults to the supervisee. */
      readonly ownerId?: string | null;
    }[];
    readonly caseNoteReference?: string | null;
  }
>;

export type CompleteComplianceAudit = Command<'CompleteComplianceAudit', { readonly complianceAuditId: string }>;

export type ReviewComplianceActionsInSupervision = Command<
  'ReviewComplianceActionsInSupervision',
  {
    readonly complianceAuditId: string;
    /** YYYY-MM-DD of the supervision in which the actions were reviewed. */
    readonly supervisionDate: string;
    readonly supervisionSessionId?: string | null;
    readonly outcomes: readonly { readonly actionId: string; readonly completed: boolean; readonly comment?: string | null }[];
  }
>;

export type ComplianceAuditCommand =
  | StartComplianceAudit
  | RecordComplianceCheck
  | RecordManagementDirectionCaseNote
  | CompleteComplianceAudit
  | ReviewComplianceActionsInSupervision;

export type ComplianceAuditCommandType = ComplianceAuditCommand['type'];
