/**
 * The words of the compliance audit (framework section 3, "Compliance audits should cover the
 * following"; DOMAIN.md CFA-4, CFA-5).
 */

/** CFA-5: the seven things a compliance audit checks, in the framework's order. */
export const COMPLIANCE_CHECK_ITEMS = [
  'RELIGION',
  'ETHNICITY',
  'UP_TO_DATE_CHRONOLOGY',
  'ASSESSMENT_IN_TIME',
  'UP_TO_DATE_PLAN',
  'VISIT_IN_TIME',
  'SUPERVISION_IN_TIME',
] as const;
export type ComplianceCheckItem = (typeof COMPLIANCE_CHECK_ITEMS)[number];

/** The checklist as the framework words it. */
export const COMPLIANCE_CHECK_ITEM_LABELS: Readonly<Record<ComplianceCheckItem, string>> = {
  RELIGION: 'Religion',
  ETHNICITY: 'Ethnicity',
  UP_TO_DATE_CHRONOLOGY: 'Up to date Chronology',
  ASSESSMENT_IN_TIME: 'Assessment in time',
  UP_TO_DATE_PLAN: 'Up to date Plan',
  VISIT_IN_TIME: 'Visit in time',
  SUPERVISION_IN_TIME: 'Supervision in time',
};

/** CFA-4: "at least 2 compliance audits for each member of staff they supervise are completed prior to supervision". */
export const COMPLIANCE_AUDITS_BEFORE_SUPERVISION = 2;

/** One answered line of the checklist. A comment is required where the item is not met. */
export type ComplianceCheck = {
  readonly item: ComplianceCheckItem;
  readonly met: boolean;
  readonly comment: string | null;
};

/** A required action of a management direction case note: what, by when, by whom (CFA-5). */
export type ManagementDirectionAction = {
  readonly actionId: string;
  readonly description: string;
  /** YYYY-MM-DD. */
  readonly timescale: string;
  /** Staff id; the supervisee unless the manager directs someone else. */
  readonly ownerId: string;
};

/** CFA-5: the note the manager adds to the case record where remedial actions are required. */
export type ManagementDirectionCaseNote = {
  readonly note: string;
  readonly actions: readonly ManagementDirectionAction[];
  /** The case note's reference in the case-management system, where given. */
  readonly caseNoteReference: string | null;
};

/** One action's review in a supervision: completed, or not yet (it stays open for the next). */
export type ComplianceActionReviewOutcome = {
  readonly actionId: string;
  readonly completed: boolean;
  readonly comment: string | null;
};

/** The supervision a compliance audit precedes: its date, and the session where it is recorded. */
export type PrecedingSupervision = {
  /** YYYY-MM-DD: the audit is due by this date (CFA-4, CFA-6). */
  readonly date: string;
  readonly sessionId: string | null;
};
