import type {
  CaseFileAuditEvent,
  ComplianceAuditEvent,
  CrsEscalationEvent,
  CrsMonitoringFormEvent,
  CrsQualityCheckEvent,
  DipSampleEvent,
  ImmediateEscalationEvent,
  IndependentAuditCommissionEvent,
  MeetingObservationEvent,
  MidwayReviewEvent,
  RemedialActionEvent,
  ThemedAuditDayEvent,
} from '../../domain/src/index.js';

/**
 * Issue 6 item 5: every free-text field that describes a child, their family or the practice on
 * their case, in the case-level strands, by event type. These are encrypted at rest with the
 * case's key; nothing else is. The rule of thumb: text written about the child's case is here;
 * codes, grades, dates, staff ids and names, and text about members of staff are not.
 *
 * Deliberately not here (see the README, "Child text encrypted per case"):
 * - action descriptions (agreed actions, management direction actions, follow-up actions,
 *   recommendations raised as remedial actions): they are instructions to staff that travel into
 *   e-mails, work lists, overdue titles and the QA overview; the case file audit's own section 5
 *   recommendation *is* here, as it stays on the form;
 * - text about staff: moderation feedback to the auditor, why a worker declined a discussion,
 *   feedback to a chair, the learning an independent audit is to test;
 * - learning inputs (complaints, feedback, surveys) and supervision and observation strands: they
 *   name no case, so there is no case key to shred at the end of a case's retention.
 */

/** The events the registry may name. */
type CaseLevelEvent =
  | CaseFileAuditEvent
  | ComplianceAuditEvent
  | DipSampleEvent
  | IndependentAuditCommissionEvent
  | CrsEscalationEvent
  | CrsMonitoringFormEvent
  | CrsQualityCheckEvent
  | MidwayReviewEvent
  | MeetingObservationEvent
  | ThemedAuditDayEvent
  | ImmediateEscalationEvent
  | RemedialActionEvent;

export type CaseLevelEventType = CaseLevelEvent['type'];
type DataOf<T extends CaseLevelEventType> = Extract<CaseLevelEvent, { type: T }>['data'];

/** `a.b.c` into an event's data; `*` is every member of an object or every element of a list. */
type FieldPath<T, Depth extends unknown[] = []> = Depth['length'] extends 4
  ? never
  : T extends readonly (infer E)[]
    ? '*' | `*.${FieldPath<E, [...Depth, unknown]>}`
    : T extends object
      ?
          | '*'
          | `*.${FieldPath<NonNullable<T[keyof T]>, [...Depth, unknown]>}`
          | { [K in keyof T & string]: K | `${K}.${FieldPath<NonNullable<T[K]>, [...Depth, unknown]>}` }[keyof T & string]
      : never;

export interface ChildTextFields {
  readonly paths: readonly string[];
  /**
   * Which case's key: `stream`, the case the record's stream was opened for (the top-level
   * `azeusNumber` of its first event); `event`, the event's own `azeusNumber` (a themed audit day
   * or a CRS check names the case per event).
   */
  readonly caseFrom: 'stream' | 'event';
  /** The record may name no case (a meeting observed without one, an action with none): its text then stays plain. */
  readonly caseOptional?: boolean;
}

function fields<T extends CaseLevelEventType>(
  _type: T,
  spec: { readonly paths: readonly FieldPath<DataOf<T>>[]; readonly caseFrom?: 'stream' | 'event'; readonly caseOptional?: boolean },
): ChildTextFields {
  return { paths: spec.paths, caseFrom: spec.caseFrom ?? 'stream', ...(spec.caseOptional ? { caseOptional: true } : {}) };
}

/** The one registry: event type → the paths of its child text. */
export const CHILD_TEXT_FIELDS: Readonly<Partial<Record<CaseLevelEventType, ChildTextFields>>> = {
  // Case file audits of every type (monthly, thematic, compliance, independent, random sample): appendix A.
  CaseFileAuditKeyInformationRecorded: fields('CaseFileAuditKeyInformationRecorded', {
    paths: [
      'penPicture',
      'keyInformation.ethnicity',
      'keyInformation.gender',
      'keyInformation.disability',
      'keyInformation.referralSource',
      'keyInformation.reasonForReferral',
      'keyInformation.placementType',
      'keyInformation.outOfBoroughLocation',
      'keyInformation.gapsInEssentialInformation',
    ],
  }),
  CaseFileAuditCriterionGraded: fields('CaseFileAuditCriterionGraded', { paths: ['evaluation'] }),
  CaseFileAuditCriterionMarkedNotApplicable: fields('CaseFileAuditCriterionMarkedNotApplicable', { paths: ['reason'] }),
  CaseFileAuditFamilyFeedbackRecorded: fields('CaseFileAuditFamilyFeedbackRecorded', { paths: ['answers.*', 'givenBy'] }),
  CaseFileAuditFamilyFeedbackNotSought: fields('CaseFileAuditFamilyFeedbackNotSought', { paths: ['reason'] }),
  CaseFileAuditWorkerCommentsRecorded: fields('CaseFileAuditWorkerCommentsRecorded', { paths: ['comments'] }),
  CaseFileAuditRecommendationAdded: fields('CaseFileAuditRecommendationAdded', { paths: ['action'] }),
  CaseFileAuditSummaryRecorded: fields('CaseFileAuditSummaryRecorded', { paths: ['strengths', 'areasForImprovement'] }),
  CaseFileAuditSubmitted: fields('CaseFileAuditSubmitted', { paths: ['rationale'] }),
  CaseFileAuditInadequacyEscalated: fields('CaseFileAuditInadequacyEscalated', { paths: ['reason'] }),
  CaseFileAuditGradeModerated: fields('CaseFileAuditGradeModerated', { paths: ['reason'] }),

  // Compliance audits (CFA-4, CFA-5).
  ComplianceCheckRecorded: fields('ComplianceCheckRecorded', { paths: ['comment'] }),
  ManagementDirectionCaseNoteRecorded: fields('ManagementDirectionCaseNoteRecorded', { paths: ['note'] }),
  ComplianceActionsReviewedInSupervision: fields('ComplianceActionsReviewedInSupervision', { paths: ['outcomes.*.comment'] }),

  // Dip samples (CFA-11) and independent audits (CFA-10).
  DipSampleAuditQualityJudged: fields('DipSampleAuditQualityJudged', { paths: ['findings'] }),
  DipSampleFollowThroughJudged: fields('DipSampleFollowThroughJudged', { paths: ['notes'] }),
  IndependentAuditFindingsReported: fields('IndependentAuditFindingsReported', { paths: ['findings'] }),

  // Escalations by independent chairs (CRS-1).
  CrsEscalationRaised: fields('CrsEscalationRaised', { paths: ['concern', 'practiceIssue'] }),
  CrsEscalationResponded: fields('CrsEscalationResponded', { paths: ['response'] }),
  CrsEscalationEscalated: fields('CrsEscalationEscalated', { paths: ['reason', 'concern'] }),
  CrsEscalationResolved: fields('CrsEscalationResolved', { paths: ['outcome'] }),
  CrsEscalationWithdrawn: fields('CrsEscalationWithdrawn', { paths: ['reason'] }),

  // Monitoring forms and midway reviews (CRS-3), the CRS team manager's checks (CRS-2).
  CrsMonitoringFormSubmitted: fields('CrsMonitoringFormSubmitted', {
    paths: ['preparation.comments', 'assessment.comments', 'plan.comments', 'concerns.details'],
  }),
  CrsMonitoringFormUsedInSupervision: fields('CrsMonitoringFormUsedInSupervision', { paths: ['notes'] }),
  MidwayReviewHeld: fields('MidwayReviewHeld', { paths: ['planProgression.comments', 'driftOrDelay.details', 'concerns.details'] }),
  CrsMeetingObserved: fields('CrsMeetingObserved', {
    paths: ['observation.*.comments', 'minutesAudit.*.comments', 'planAudit.*.comments'],
    caseFrom: 'event',
  }),
  CrsMinutesAudited: fields('CrsMinutesAudited', { paths: ['judgements.*.comments'], caseFrom: 'event' }),
  CrsPlanAudited: fields('CrsPlanAudited', { paths: ['judgements.*.comments'], caseFrom: 'event' }),

  // Observations of key meetings about a child (MTG-3, MTG-4), when the meeting names a case.
  MeetingObservationAreaJudged: fields('MeetingObservationAreaJudged', { paths: ['comment'], caseOptional: true }),
  MeetingObservationDiscussedWithChair: fields('MeetingObservationDiscussedWithChair', { paths: ['notes'], caseOptional: true }),
  MeetingObservationLearningAndActionsAgreed: fields('MeetingObservationLearningAndActionsAgreed', { paths: ['learning'], caseOptional: true }),

  // A case audited on a themed audit day (TAD-1): the day names several cases, each record its own.
  ThemedAuditRecorded: fields('ThemedAuditRecorded', { paths: ['findings'], caseFrom: 'event' }),

  // The immediate escalation of an Inadequate grade (CFA-13) and the evidence an action on a case was done (CFA-7).
  ImmediateEscalationRaised: fields('ImmediateEscalationRaised', { paths: ['reason'] }),
  ImmediateEscalationAcknowledged: fields('ImmediateEscalationAcknowledged', { paths: ['response'] }),
  RemedialActionCompleted: fields('RemedialActionCompleted', { paths: ['evidence'], caseOptional: true }),
};

export function childTextFieldsOf(type: string): ChildTextFields | undefined {
  return Object.hasOwn(CHILD_TEXT_FIELDS, type) ? (CHILD_TEXT_FIELDS as Readonly<Record<string, ChildTextFields>>)[type] : undefined;
}

/**
 * A copy of `data` with every string at the paths passed through `change`; untouched branches are
 * shared, and `data` itself is returned when nothing changed. Missing members and non-strings
 * (null, a number) are left as they are.
 */
export function mapChildText(data: unknown, paths: readonly string[], change: (value: string, path: string) => string): unknown {
  let result = data;
  for (const path of paths) result = mapPath(result, path.split('.'), [], change);
  return result;
}

function mapPath(value: unknown, rest: readonly string[], at: readonly string[], change: (value: string, path: string) => string): unknown {
  if (rest.length === 0) return typeof value === 'string' ? change(value, at.join('.')) : value;
  const [head, ...tail] = rest as [string, ...string[]];
  if (Array.isArray(value)) {
    if (head !== '*') return value;
    let changed = false;
    const next = value.map((element, index) => {
      const mapped = mapPath(element, tail, [...at, String(index)], change);
      changed ||= mapped !== element;
      return mapped;
    });
    return changed ? next : value;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = head === '*' ? Object.keys(record) : Object.hasOwn(record, head) ? [head] : [];
  let copy: Record<string, unknown> | null = null;
  for (const key of keys) {
    const mapped = mapPath(record[key], tail, [...at, key], change);
    if (mapped !== record[key]) (copy ??= { ...record })[key] = mapped;
  }
  return copy ?? value;
}
