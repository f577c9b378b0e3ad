import {
  READ_LOG_STREAM_CATEGORY,
  observationLearningReportFromStreamId,
  supervisionLearningSummaryFromStreamId,
} from '../../../../libs/domain/src/index.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { getCaseFileAudit } from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import { getComplianceAudit } from '../../../../projections/compliance-audits/index.js';
import { getCrsEscalation } from '../../../../projections/crs-escalations/index.js';
import { getCrsQualityCheck, getMidwayReview, getMonitoringForm } from '../../../../projections/crs-monitoring/index.js';
import { getDipSample } from '../../../../projections/dip-samples/dip-samples.queries.js';
import { subjectsOf } from '../../../../projections/history-index/index.js';
import { getMeetingObservation } from '../../../../projections/meeting-observations/index.js';
import { getIndependentAudit } from '../../../../projections/independent-audits/independent-audits.queries.js';
import { getObservationLearningReport } from '../../../../projections/observation-learning-reports/index.js';
import { getPracticeObservation } from '../../../../projections/practice-observations/index.js';
import { getRemedialAction } from '../../../../projections/remedial-actions/remedial-actions.queries.js';
import { getSupervisionAudit } from '../../../../projections/supervision-audits/index.js';
import { getSupervisionLearningSummary } from '../../../../projections/supervision-learning-summaries/index.js';
import {
  caseFileAuditRef,
  complianceAuditRef,
  crsEscalationRef,
  crsQualityCheckRef,
  dipSampleRef,
  independentAuditRef,
  meetingObservationRef,
  midwayReviewRef,
  monitoringFormRef,
  observationLearningReportRef,
  practiceObservationRef,
  remedialActionRef,
  supervisionAuditRef,
  supervisionLearningSummaryRef,
  type ChildRecordRef,
} from './record-parties.js';
import type { RecordScope } from './record-scope.js';
import { SQA_ROLES, type StaffRole } from './permissions.js';
import type { StaffRecordParties } from './scope.js';

type Lookup =
  | { readonly kind: 'CHILD'; readonly find: (reads: ReadStore, id: string) => Promise<ChildRecordRef | null> }
  | { readonly kind: 'STAFF'; readonly find: (reads: ReadStore, id: string, streamId: string) => Promise<StaffRecordParties | null> };

const child = <T>(get: (reads: ReadStore, id: string) => Promise<T | null>, refOf: (record: T) => ChildRecordRef): Lookup => ({
  kind: 'CHILD',
  find: async (reads, id) => {
    const record = await get(reads, id);
    return record === null ? null : refOf(record);
  },
});
const staff = <T>(get: (reads: ReadStore, id: string) => Promise<T | null>, refOf: (record: T) => StaffRecordParties, subjectOf?: (streamId: string) => string | null): Lookup => ({
  kind: 'STAFF',
  find: async (reads, id, streamId) => {
    const record = await get(reads, id);
    if (record !== null) return refOf(record);
    // Not in the read model (yet): the stream's own id may still say whom it is about.
    const subject = subjectOf?.(streamId) ?? null;
    return subject === null ? null : { subjectIds: [subject], partyIds: [] };
  },
});

/** Each kind of record by its stream category (ARCHITECTURE: streams are `<category>-<id>`). */
const BY_CATEGORY: Readonly<Record<string, Lookup>> = {
  caseFileAudit: child(getCaseFileAudit, caseFileAuditRef),
  complianceAudit: child((reads, id) => getComplianceAudit(reads, id), complianceAuditRef),
  dipSample: child(getDipSample, dipSampleRef),
  independentAuditCommission: child((reads, id) => getIndependentAudit(reads, id), independentAuditRef),
  remedialAction: child((reads, id) => getRemedialAction(reads, id, new Date()), remedialActionRef),
  crsEscalation: child((reads, id) => getCrsEscalation(reads, id), crsEscalationRef),
  crsMonitoringForm: child(getMonitoringForm, monitoringFormRef),
  midwayReview: child(getMidwayReview, midwayReviewRef),
  crsQualityCheck: child(getCrsQualityCheck, crsQualityCheckRef),
  meetingObservation: child(getMeetingObservation, meetingObservationRef),
  supervisionAudit: staff(getSupervisionAudit, supervisionAuditRef),
  practiceObservation: staff(getPracticeObservation, practiceObservationRef),
  supervisionLearningSummary: staff(getSupervisionLearningSummary, supervisionLearningSummaryRef, (s) => supervisionLearningSummaryFromStreamId(s)?.headOfServiceId ?? null),
  observationLearningReport: staff(getObservationLearningReport, observationLearningReportRef, (s) => observationLearningReportFromStreamId(s)?.headOfServiceId ?? null),
};

/** The registry of who is who (people, teams, service areas) is read by everyone signed in. */
const REGISTRY_CATEGORIES: readonly string[] = ['staffMember', 'team', 'serviceArea'];

/**
 * REP-3 and issue 6 item 2: whether the actor may read a stream's history, by the rule of the
 * record it holds. A case's own stream follows the case; the registry's streams are open to
 * everyone; a record the read models do not hold (yet), or of another kind, is seen by those who
 * see every child-level record, by anyone it names, and by those who see a case it names (never
 * when it is staff data: then only by whom it names). Refused: FORBIDDEN ACCESS.OUT_OF_SCOPE.
 */
export async function checkStreamInScope(scope: RecordScope, reads: ReadStore, events: EventStore, streamId: string): Promise<void> {
  const dash = streamId.indexOf('-');
  const category = dash === -1 ? streamId : streamId.slice(0, dash);
  const id = dash === -1 ? '' : streamId.slice(dash + 1);
  if (REGISTRY_CATEGORIES.includes(category)) return;
  if (category === READ_LOG_STREAM_CATEGORY) {
    // An access log says what a person read and when: S&QA's to read, as recordReads is (issue 6 item 4).
    if (!SQA_ROLES.includes(scope.scope.actor.role as StaffRole)) scope.refuse(`The read log ${streamId} (S&QA only)`, 'streamId');
    return;
  }
  if (category === 'case') {
    if (!(await scope.seesCase(id))) scope.refuse(`The history of case ${id}`, 'streamId');
    return;
  }
  const lookup = BY_CATEGORY[category];
  if (lookup?.kind === 'STAFF') {
    const parties = await lookup.find(reads, id, streamId);
    if (parties !== null ? scope.seesStaff(parties) : await namesActor(events, streamId, scope)) return;
    scope.refuse(`The history of ${streamId}`, 'streamId');
  }
  if (scope.seesAllChildRecords) return;
  const ref = lookup === undefined ? null : await lookup.find(reads, id);
  if (ref !== null) {
    if (await scope.seesChild(ref)) return;
    scope.refuse(`The history of ${streamId}`, 'streamId');
  }
  if (await namesActorOrCaseInScope(events, streamId, scope)) return;
  scope.refuse(`The history of ${streamId}`, 'streamId');
}

async function namesActor(events: EventStore, streamId: string, scope: RecordScope): Promise<boolean> {
  const recorded = await events.readStream(streamId);
  return recorded.some((event) => subjectsOf(event).staff.has(scope.scope.actor.staffId));
}

async function namesActorOrCaseInScope(events: EventStore, streamId: string, scope: RecordScope): Promise<boolean> {
  const recorded = await events.readStream(streamId);
  const cases = new Set<string>();
  for (const event of recorded) {
    const subjects = subjectsOf(event);
    if (subjects.staff.has(scope.scope.actor.staffId)) return true;
    for (const azeusNumber of subjects.cases.keys()) cases.add(azeusNumber);
  }
  for (const azeusNumber of cases) if (await scope.seesCase(azeusNumber)) return true;
  return false;
}
