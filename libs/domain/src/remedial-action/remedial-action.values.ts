/**
 * The words of remedial actions (DOMAIN.md CFA-5, CFA-7) and of the immediate escalation of an
 * Inadequate grade (CFA-13).
 */

/**
 * Where an action was raised. Actions everywhere in the framework are one kind of thing (case file
 * audits, supervision audits, observations, themed audit days, dip samples all end in actions), so
 * the action points at its source by kind and id rather than belonging to one strand.
 */
export const REMEDIAL_ACTION_SOURCE_KINDS = [
  'CASE_FILE_AUDIT',
  'SUPERVISION_AUDIT',
  'PRACTICE_OBSERVATION',
  'MEETING_OBSERVATION',
  'THEMED_AUDIT_DAY',
  'DIP_SAMPLE',
  'CRS_ESCALATION',
  'MIDWAY_REVIEW',
] as const;
export type RemedialActionSourceKind = (typeof REMEDIAL_ACTION_SOURCE_KINDS)[number];

export type RemedialActionSource = {
  readonly kind: RemedialActionSourceKind;
  readonly id: string;
  /** When the source record (e.g. the audit) was submitted: the 48-hour notification clock starts here (CFA-7). */
  readonly submittedAt: string;
};

/** "Copied to IRO/CP Chair as required" (framework section 3, CFA-7). */
export const COPY_TO_ROLES = ['IRO', 'CP_CHAIR'] as const;
export type CopyToRole = (typeof COPY_TO_ROLES)[number];

export type CopyRecipient = { readonly staffId: string; readonly role: CopyToRole };

/** A recorded sending of a notification; `recipients` are the staff the channel accepted it for. */
export type NotificationRecord = {
  readonly notificationId: string;
  readonly recipients: readonly string[];
  readonly channel: string;
  readonly sentAt: string;
  readonly messageId: string | null;
};

/** CFA-7: remedial actions are notified to the worker and the manager within 48 hours of the audit. */
export const REMEDIAL_ACTION_NOTIFICATION_WINDOW_HOURS = 48;
export const REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS = REMEDIAL_ACTION_NOTIFICATION_WINDOW_HOURS * 60 * 60 * 1000;

/**
 * CFA-13: the framework says the manager and social worker are informed "immediately". The service
 * reads that as: the manager acknowledges the escalation within 24 hours of it being raised. This
 * is the service's interpretation, not the framework's number, so every clock takes it as a
 * parameter and a council may pass its own.
 */
export const IMMEDIATE_ESCALATION_THRESHOLD_HOURS = 24;
export const IMMEDIATE_ESCALATION_THRESHOLD_MS = IMMEDIATE_ESCALATION_THRESHOLD_HOURS * 60 * 60 * 1000;
