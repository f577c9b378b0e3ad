import type { Role } from '../../../../libs/domain/src/shared/decider.js';
import type { CaseFileAuditDocument } from '../../../../projections/case-file-audits/case-file-audits.document.js';
import type { ComplianceAuditDocument } from '../../../../projections/compliance-audits/compliance-audits.document.js';
import type { CrsEscalationDocument } from '../../../../projections/crs-escalations/crs-escalations.document.js';
import type { CrsQualityCheckDocument, MidwayReviewDocument, MonitoringFormDocument } from '../../../../projections/crs-monitoring/crs-monitoring.documents.js';
import type { DipSampleDocument } from '../../../../projections/dip-samples/dip-samples.document.js';
import type { MeetingObservationDocument } from '../../../../projections/meeting-observations/meeting-observations.document.js';
import type { IndependentAuditCommissionDocument } from '../../../../projections/independent-audits/independent-audits.document.js';
import type { ObservationLearningReportDocument } from '../../../../projections/observation-learning-reports/observation-learning-reports.document.js';
import type { PracticeObservationDocument } from '../../../../projections/practice-observations/practice-observations.document.js';
import type { ImmediateEscalationDocument, RemedialActionDocument } from '../../../../projections/remedial-actions/remedial-actions.document.js';
import type { SupervisionAuditDocument } from '../../../../projections/supervision-audits/supervision-audits.document.js';
import type { SupervisionLearningSummaryDocument } from '../../../../projections/supervision-learning-summaries/supervision-learning-summaries.document.js';
import type { ChildRecordParties, StaffRecordParties } from './scope.js';

/**
 * How each kind of record maps to whose it is (issue 6 item 2). A child-level record names its
 * case: the case's allocated worker and team on the day the record was made (`on`) and now both
 * grant sight of it (record-scope.ts looks them up).
 */
export type ChildRecordRef = Partial<ChildRecordParties> & {
  readonly azeusNumbers?: readonly (string | null | undefined)[];
  /** The day (or instant) the record was made: the case's allocation then grants sight too. */
  readonly on?: string | null;
};

export function caseFileAuditRef(audit: CaseFileAuditDocument): ChildRecordRef {
  return {
    azeusNumbers: [audit.azeusNumber],
    on: audit.scheduledAt,
    workerIds: [audit.keyInformation?.socialWorkerId, ...audit.escalations.map((e) => e.socialWorkerId)],
    teamIds: [audit.teamId],
    partyIds: [
      audit.auditorId,
      audit.keyInformation?.teamManagerId,
      audit.moderation?.moderatorId,
      ...audit.escalations.flatMap((e) => [e.teamManagerId, e.escalatedBy]),
    ],
  };
}

export function complianceAuditRef(audit: ComplianceAuditDocument): ChildRecordRef {
  return {
    azeusNumbers: [audit.azeusNumber],
    on: audit.startedAt,
    workerIds: [audit.superviseeId, ...(audit.caseNote?.actions ?? []).map((a) => a.ownerId)],
    teamIds: [audit.teamId],
    partyIds: [audit.auditorId],
  };
}

export function dipSampleRef(sample: DipSampleDocument): ChildRecordRef {
  return {
    azeusNumbers: [sample.azeusNumber],
    on: sample.startedAt,
    teamIds: [sample.teamId],
    partyIds: [sample.sampledAuditorId, sample.sampledBy],
  };
}

export function independentAuditRef(commission: IndependentAuditCommissionDocument): ChildRecordRef {
  return {
    azeusNumbers: [commission.azeusNumber],
    on: commission.commissionedAt,
    teamIds: [commission.teamId],
    partyIds: [commission.commissionedBy, commission.auditorId, commission.reportedBy],
  };
}

export function remedialActionRef(action: RemedialActionDocument): ChildRecordRef {
  return {
    azeusNumbers: [action.azeusNumber],
    on: action.raisedAt,
    workerIds: [action.ownerId],
    teamIds: [action.teamId],
    partyIds: [action.managerId, action.raisedBy?.staffId, action.verifiedBy, ...action.copyTo.map((c) => c.staffId)],
  };
}

export function immediateEscalationRef(escalation: ImmediateEscalationDocument): ChildRecordRef {
  return {
    azeusNumbers: [escalation.azeusNumber],
    on: escalation.escalatedAt,
    workerIds: [escalation.socialWorkerId],
    partyIds: [escalation.managerId, escalation.escalatedBy, escalation.acknowledgedBy],
  };
}

export function crsEscalationRef(escalation: CrsEscalationDocument): ChildRecordRef {
  return {
    azeusNumbers: [escalation.azeusNumber],
    on: escalation.raisedAt,
    teamIds: [escalation.teamId],
    partyIds: [
      escalation.raisedBy,
      escalation.teamManagerId,
      escalation.headOfServiceId,
      escalation.recipientId,
      ...escalation.stages.map((s) => s.recipientId),
    ],
  };
}

export function monitoringFormRef(form: MonitoringFormDocument): ChildRecordRef {
  return {
    azeusNumbers: [form.azeusNumber],
    on: form.meetingDate,
    workerIds: [form.socialWorkerId],
    teamIds: [form.teamId],
    partyIds: [form.chairId, form.teamManagerId],
  };
}

export function midwayReviewRef(review: MidwayReviewDocument): ChildRecordRef {
  return {
    azeusNumbers: [review.azeusNumber],
    on: review.heldOn,
    workerIds: [review.socialWorkerId],
    teamIds: [review.teamId],
    partyIds: [review.chairId, review.teamManagerId],
  };
}

export function crsQualityCheckRef(check: CrsQualityCheckDocument): ChildRecordRef {
  return {
    azeusNumbers: [check.azeusNumber],
    on: check.meetingDate,
    workerIds: [check.socialWorkerId],
    partyIds: [check.crsTeamManagerId, check.chairId],
  };
}

/** MTG-1..MTG-4: a senior leader's observation of a key meeting about a child. */
export function meetingObservationRef(observation: MeetingObservationDocument): ChildRecordRef {
  return {
    azeusNumbers: [observation.azeusNumber],
    on: observation.meetingDate,
    teamIds: [observation.teamId],
    partyIds: [observation.observerId, observation.chairId, observation.sharedRecord?.agreedBy, observation.copySentToSqaBy],
  };
}

/** SUP-1/SUP-2: the audit of a supervisor's supervision of a supervisee is about both. */
export function supervisionAuditRef(audit: SupervisionAuditDocument): StaffRecordParties {
  return {
    subjectIds: [audit.supervisorId, audit.superviseeId],
    partyIds: [audit.auditorId, audit.escalation?.headOfServiceId, audit.escalation?.escalatedBy, audit.copySentToSqaBy],
  };
}

export function practiceObservationRef(observation: PracticeObservationDocument): StaffRecordParties {
  return { subjectIds: [observation.workerId], partyIds: [observation.observerId, observation.lineManagerId] };
}

/** SUP-6: DMT reviews a Head of Service's submitted summary, and SLT considers it with DMT (CFA-14). */
const LEADERSHIP_AUDIENCE: readonly Role[] = ['DMT_MEMBER', 'SLT_MEMBER'];

export function supervisionLearningSummaryRef(summary: SupervisionLearningSummaryDocument): StaffRecordParties {
  return {
    subjectIds: [summary.headOfServiceId],
    partyIds: [summary.dmtReview?.reviewedBy],
    audienceRoles: summary.status === 'DRAFT' ? [] : LEADERSHIP_AUDIENCE,
  };
}

export function observationLearningReportRef(report: ObservationLearningReportDocument): StaffRecordParties {
  return { subjectIds: [report.headOfServiceId], partyIds: [], audienceRoles: report.status === 'DRAFT' ? [] : LEADERSHIP_AUDIENCE };
}
