import type { MonthlySupervisionAuditDuty } from '../../../../libs/domain/src/index.js';
import type { SupervisionAuditDocument } from '../../../../projections/supervision-audits/index.js';
import type { SupervisionAudit, SupervisionAuditEscalation, SupervisionAuditMonthlyDuty } from './models/supervision-audit.model.js';

/** Copies read-model documents into the GraphQL output types field by field. */
export function toSupervisionAudit(d: SupervisionAuditDocument): SupervisionAudit {
  return {
    id: d.id,
    kind: d.kind,
    auditorId: d.auditorId,
    auditorRole: d.auditorRole,
    supervisorId: d.supervisorId,
    supervisorRole: d.supervisorRole,
    superviseeId: d.superviseeId,
    teamId: d.teamId ?? null,
    caseFileId: d.caseFileId,
    azeusNumber: d.azeusNumber,
    auditDate: d.auditDate,
    status: d.status,
    answers: d.answers.map((a) => ({
      key: a.key,
      question: a.question,
      answer: a.answer,
      comments: a.comments,
      numberOfSupervisions: a.numberOfSupervisions,
      answeredAt: a.answeredAt,
    })),
    unansweredQuestions: d.answers.filter((a) => a.answer === null).map((a) => a.key),
    escalation: toSupervisionAuditEscalation(d),
    findingsReview:
      d.findingsReview === null
        ? null
        : {
            supervisionDate: d.findingsReview.supervisionDate,
            agreedActions: d.findingsReview.agreedActions.map((a) => ({
              actionId: a.actionId,
              action: a.action,
              ownerId: a.ownerId,
              managerId: a.managerId ?? null,
              timescale: a.timescale,
              azeusNumber: a.azeusNumber ?? null,
              teamId: a.teamId ?? null,
            })),
            reviewedBy: d.findingsReview.reviewedBy,
            recordedAt: d.findingsReview.recordedAt,
          },
    copySentToSqaAt: d.copySentToSqaAt,
    copySentToSqaBy: d.copySentToSqaBy,
    startedAt: d.startedAt,
    completedAt: d.completedAt,
    revision: d.revision,
    lastUpdatedAt: d.lastUpdatedAt,
  };
}

export function toSupervisionAuditEscalation(d: SupervisionAuditDocument): SupervisionAuditEscalation | null {
  const e = d.escalation;
  if (e === null) return null;
  return {
    auditId: d.id,
    headOfServiceId: e.headOfServiceId,
    azeusNumber: d.azeusNumber,
    caseFileId: d.caseFileId,
    comments: e.comments,
    escalatedBy: e.escalatedBy,
    escalatedAt: e.escalatedAt,
    acknowledged: e.acknowledgedAt !== null,
    acknowledgedAt: e.acknowledgedAt,
    acknowledgedBy: e.acknowledgedBy,
  };
}

export function toSupervisionAuditMonthlyDuty(duty: MonthlySupervisionAuditDuty, rule: string | null): SupervisionAuditMonthlyDuty {
  return {
    auditorId: duty.auditorId,
    month: duty.month,
    rule,
    required: [...duty.required],
    done: [...duty.done],
    remaining: [...duty.remaining],
    met: duty.met,
  };
}
