import { CASE_FILE_AUDIT_STREAM_CATEGORY } from '../case-file-audit/case-file-audit.stream.js';
import { CASE_STREAM_CATEGORY } from '../case/case.stream.js';
import { COMPLIANCE_AUDIT_STREAM_CATEGORY } from '../compliance-audit/compliance-audit.stream.js';
import { CRS_ESCALATION_STREAM_CATEGORY } from '../crs-escalation/crs-escalation.stream.js';
import { CRS_MONITORING_FORM_STREAM_CATEGORY } from '../crs-monitoring-form/crs-monitoring-form.stream.js';
import { DIP_SAMPLE_STREAM_CATEGORY } from '../dip-sample/dip-sample.stream.js';
import { INDEPENDENT_AUDIT_COMMISSION_STREAM_CATEGORY } from '../independent-audit/independent-audit-commission.stream.js';
import { MEETING_OBSERVATION_STREAM_CATEGORY } from '../meeting-observation/meeting-observation.stream.js';
import { MIDWAY_REVIEW_STREAM_CATEGORY } from '../midway-review/midway-review.stream.js';
import { IMMEDIATE_ESCALATION_STREAM_CATEGORY, REMEDIAL_ACTION_STREAM_CATEGORY } from '../remedial-action/remedial-action.stream.js';
import { THEMED_AUDIT_DAY_STREAM_CATEGORY } from '../themed-audit-day/themed-audit-day.stream.js';

/**
 * The child-level records whose every read is recorded (issue 6 item 4): the case itself and its
 * history, its audits, the actions and escalations raised about it, and the records of its
 * meetings; the same records the permission table reads as child-level (apps/api/src/access).
 * Staff data (supervision audits, practice observations, the CRS team manager's checks of chairs)
 * and aggregates are not.
 */
export const CHILD_RECORD_KINDS = [
  'CASE',
  'CASE_HISTORY',
  'CASE_FILE_AUDIT',
  'COMPLIANCE_AUDIT',
  'DIP_SAMPLE',
  'INDEPENDENT_AUDIT',
  'THEMED_AUDIT_DAY',
  'THEMED_AUDIT',
  'REMEDIAL_ACTION',
  'IMMEDIATE_ESCALATION',
  'SUPERVISION_AUDIT_ESCALATION',
  'CRS_ESCALATION',
  'MONITORING_FORM',
  'MIDWAY_REVIEW',
  'MEETING_OBSERVATION',
] as const;

export type ChildRecordKind = (typeof CHILD_RECORD_KINDS)[number];

/** One child-level record a request returned, and the query field that returned it. */
export type ChildRecordRead = {
  readonly kind: ChildRecordKind;
  readonly id: string;
  /** The Azeus number of the child's case, where the record names one. */
  readonly caseId: string | null;
  /** The query (root field) that returned it, e.g. `caseFileAudit`. */
  readonly operation: string;
};

export const READ_LOG_LIMITS = {
  /** Records per event: a list of thousands is recorded in several events of one request. */
  recordsPerEvent: 500,
  idLength: 200,
  operationLength: 200,
} as const;

/** The kind of record a stream of the log holds, for reads of a history, or null for a stream that is not child-level. */
const KIND_OF_CATEGORY: Readonly<Record<string, ChildRecordKind>> = {
  [CASE_STREAM_CATEGORY]: 'CASE',
  [CASE_FILE_AUDIT_STREAM_CATEGORY]: 'CASE_FILE_AUDIT',
  [COMPLIANCE_AUDIT_STREAM_CATEGORY]: 'COMPLIANCE_AUDIT',
  [DIP_SAMPLE_STREAM_CATEGORY]: 'DIP_SAMPLE',
  [INDEPENDENT_AUDIT_COMMISSION_STREAM_CATEGORY]: 'INDEPENDENT_AUDIT',
  [THEMED_AUDIT_DAY_STREAM_CATEGORY]: 'THEMED_AUDIT_DAY',
  [REMEDIAL_ACTION_STREAM_CATEGORY]: 'REMEDIAL_ACTION',
  [IMMEDIATE_ESCALATION_STREAM_CATEGORY]: 'IMMEDIATE_ESCALATION',
  [CRS_ESCALATION_STREAM_CATEGORY]: 'CRS_ESCALATION',
  [CRS_MONITORING_FORM_STREAM_CATEGORY]: 'MONITORING_FORM',
  [MIDWAY_REVIEW_STREAM_CATEGORY]: 'MIDWAY_REVIEW',
  [MEETING_OBSERVATION_STREAM_CATEGORY]: 'MEETING_OBSERVATION',
};

/**
 * The child-level record a stream holds (`caseFileAudit-<id>` is CASE_FILE_AUDIT <id>), or null
 * for any other stream (staff data, the registry, the read log itself).
 */
export function childRecordOfStream(streamId: string): { readonly kind: ChildRecordKind; readonly id: string } | null {
  const dash = streamId.indexOf('-');
  if (dash <= 0 || dash === streamId.length - 1) return null;
  const kind = KIND_OF_CATEGORY[streamId.slice(0, dash)];
  return kind === undefined ? null : { kind, id: streamId.slice(dash + 1) };
}
