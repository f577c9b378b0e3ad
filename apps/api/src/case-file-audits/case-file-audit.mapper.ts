import { isOverdue } from '../../../../libs/domain/src/case-file-audit/case-file-audit.overdue.js';
import type {
  CaseFileAuditDocument,
  CaseFileAuditModeratedGradeDocument,
  CaseFileAuditModerationDocument,
  CaseFileAuditWorkerInvolvementRecordDocument,
} from '../../../../projections/case-file-audits/case-file-audits.document.js';
import {
  hasWorkerInvolvementGap,
  isAwaitingModeration,
} from '../../../../projections/case-file-audits/case-file-audits.queries.js';
import type { ModerationStatistics as ModerationStatisticsDocument } from '../../../../projections/moderation-statistics/moderation-statistics.queries.js';
import type {
  CaseFileAudit,
  KeyInformation,
  ModeratedGrade,
  Moderation,
  WorkerInvolvementRecord,
} from './models/case-file-audit.model.js';
import type { AgreementCounts, ModerationStatistics } from './models/moderation-statistics.model.js';

/**
 * Copies a read-model document into the GraphQL output type field by field: a field added to the
 * document reaches clients only when it is added here and to the model.
 */
export function toCaseFileAudit(doc: CaseFileAuditDocument, asOf: Date): CaseFileAudit {
  return {
    id: doc.id,
    azeusNumber: doc.azeusNumber,
    auditType: doc.auditType,
    auditorId: doc.auditorId,
    teamId: doc.teamId,
    theme: doc.theme,
    dueDate: doc.dueDate,
    overdue: isOverdue(doc, asOf),
    status: doc.status,
    revision: doc.revision,
    scheduledAt: doc.scheduledAt,
    startedAt: doc.startedAt,
    submittedAt: doc.submittedAt,
    lastUpdatedAt: doc.lastUpdatedAt,
    lastUpdatedBy: doc.lastUpdatedBy ? { staffId: doc.lastUpdatedBy.staffId, role: doc.lastUpdatedBy.role } : null,
    penPicture: doc.penPicture,
    keyInformation: doc.keyInformation ? toKeyInformation(doc.keyInformation) : null,
    criteria: doc.criteria.map((c) => ({
      number: c.number,
      title: c.title,
      status: c.status,
      evaluation: c.evaluation,
      grade: c.grade,
      notApplicableReason: c.notApplicableReason,
      recordedAt: c.recordedAt,
    })),
    familyFeedback: doc.familyFeedback
      ? {
          status: doc.familyFeedback.status,
          answers: doc.familyFeedback.answers
            ? {
                experienceOfServices: doc.familyFeedback.answers.experienceOfServices,
                listenedToAndCommunication: doc.familyFeedback.answers.listenedToAndCommunication,
                involvementInAssessmentAndPlan: doc.familyFeedback.answers.involvementInAssessmentAndPlan,
                meetings: doc.familyFeedback.answers.meetings,
                supportAndDifference: doc.familyFeedback.answers.supportAndDifference,
              }
            : null,
          givenBy: doc.familyFeedback.givenBy,
          reasonNotSought: doc.familyFeedback.reasonNotSought,
          anotherManagerShouldSeek: doc.familyFeedback.anotherManagerShouldSeek,
          recordedAt: doc.familyFeedback.recordedAt,
        }
      : null,
    workerComments: doc.workerComments
      ? { comments: doc.workerComments.comments, recordedAt: doc.workerComments.recordedAt }
      : null,
    recommendations: doc.recommendations.map((r) => ({
      recommendationId: r.recommendationId,
      action: r.action,
      completionDate: r.completionDate,
      responsible: r.responsible,
      addedAt: r.addedAt,
    })),
    summary: doc.summary
      ? { strengths: doc.summary.strengths, areasForImprovement: doc.summary.areasForImprovement, recordedAt: doc.summary.recordedAt }
      : null,
    overallGrade: doc.overallGrade,
    rationale: doc.rationale,
    escalations: doc.escalations.map((e) => ({
      escalationId: e.escalationId,
      scope: e.scope,
      criterion: e.criterion,
      reason: e.reason,
      teamManagerId: e.teamManagerId,
      teamManagerName: e.teamManagerName,
      socialWorkerId: e.socialWorkerId,
      socialWorkerName: e.socialWorkerName,
      escalatedBy: e.escalatedBy,
      escalatedAt: e.escalatedAt,
    })),
    workerInvolvement: doc.workerInvolvement
      ? { ...toWorkerInvolvementRecord(doc.workerInvolvement), history: doc.workerInvolvement.history.map(toWorkerInvolvementRecord) }
      : null,
    workerInvolvementGap: hasWorkerInvolvementGap(doc),
    moderation: doc.moderation ? toModeration(doc.moderation) : null,
    awaitingModeration: isAwaitingModeration(doc),
  };
}

function toWorkerInvolvementRecord(r: CaseFileAuditWorkerInvolvementRecordDocument): WorkerInvolvementRecord {
  return { involvement: r.involvement, date: r.date, reason: r.reason, recordedAt: r.recordedAt, recordedBy: r.recordedBy };
}

function toModeration(m: CaseFileAuditModerationDocument): Moderation {
  return {
    status: m.status,
    moderatorId: m.moderatorId,
    moderatorRole: m.moderatorRole,
    feedback: m.feedback,
    moderatedAt: m.moderatedAt,
    criteria: m.criteria.map((c) => ({ number: c.number, ...toModeratedGrade(c) })),
    overall: toModeratedGrade(m.overall),
    feedbackAcknowledgedAt: m.feedbackAcknowledgedAt,
    feedbackAcknowledgedBy: m.feedbackAcknowledgedBy,
  };
}

function toModeratedGrade(g: CaseFileAuditModeratedGradeDocument): ModeratedGrade {
  return { originalGrade: g.originalGrade, moderatedGrade: g.moderatedGrade, changed: g.changed, reason: g.reason };
}

/** CFA-9 statistics, field by field. */
export function toModerationStatistics(s: ModerationStatisticsDocument): ModerationStatistics {
  const counts = (c: AgreementCounts): AgreementCounts => ({
    moderated: c.moderated,
    agreed: c.agreed,
    changed: c.changed,
    agreementRate: c.agreementRate,
  });
  return {
    overall: counts(s.overall),
    byAuditor: s.byAuditor.map((a) => ({ auditorId: a.auditorId, ...counts(a) })),
    byTeam: s.byTeam.map((t) => ({ teamId: t.teamId, ...counts(t) })),
    gradeMovements: s.gradeMovements.map((m) => ({ scope: m.scope, fromGrade: m.fromGrade, toGrade: m.toGrade, count: m.count })),
    criterionMovements: s.criterionMovements.map((m) => ({
      criterion: m.criterion,
      fromGrade: m.fromGrade,
      toGrade: m.toGrade,
      count: m.count,
    })),
  };
}

function toKeyInformation(k: NonNullable<CaseFileAuditDocument['keyInformation']>): KeyInformation {
  return {
    auditTrackingNumber: k.auditTrackingNumber,
    dateOfAudit: k.dateOfAudit,
    auditorName: k.auditorName,
    auditorDesignation: k.auditorDesignation,
    teamName: k.teamName,
    teamManagerId: k.teamManagerId,
    teamManagerName: k.teamManagerName,
    socialWorkerId: k.socialWorkerId,
    socialWorkerName: k.socialWorkerName,
    category: k.category,
    ageOfChild: k.ageOfChild,
    ethnicity: k.ethnicity,
    gender: k.gender,
    disability: k.disability,
    referralDate: k.referralDate,
    referralSource: k.referralSource,
    reasonForReferral: k.reasonForReferral,
    previousReferralsAndContacts: [...k.previousReferralsAndContacts],
    periods: k.periods.map((p) => ({ kind: p.kind, startDate: p.startDate, endDate: p.endDate })),
    placementType: k.placementType,
    livingOutOfBorough: k.livingOutOfBorough,
    outOfBoroughLocation: k.outOfBoroughLocation,
    gapsInEssentialInformation: k.gapsInEssentialInformation,
    lastVisitInTime: k.lastVisitInTime,
    assessmentInTime: k.assessmentInTime,
    planInTime: k.planInTime,
    lastSupervisionInTime: k.lastSupervisionInTime,
  };
}
