import type { ComplianceAuditView, SuperviseeComplianceQuota } from '../../../../projections/compliance-audits/index.js';
import type { ComplianceAudit, ComplianceQuota } from './models/compliance-audit.model.js';

/** Copies read-model views into the GraphQL output types field by field. */
export function toComplianceAudit(v: ComplianceAuditView): ComplianceAudit {
  return {
    id: v.id,
    azeusNumber: v.azeusNumber,
    superviseeId: v.superviseeId,
    auditorId: v.auditorId,
    teamId: v.teamId,
    supervisionDate: v.supervisionDate,
    supervisionSessionId: v.supervisionSessionId,
    status: v.status,
    overdue: v.overdue,
    checks: v.checks.map((c) => ({ item: c.item, label: c.label, status: c.status, comment: c.comment, recordedAt: c.recordedAt })),
    itemsNotMet: [...v.itemsNotMet],
    caseNoteState: v.caseNoteState,
    caseNote:
      v.caseNote === null
        ? null
        : {
            note: v.caseNote.note,
            caseNoteReference: v.caseNote.caseNoteReference,
            recordedAt: v.caseNote.recordedAt,
            actions: v.caseNote.actions.map((a) => ({
              actionId: a.actionId,
              description: a.description,
              timescale: a.timescale,
              ownerId: a.ownerId,
              status: a.status,
              reviews: a.reviews.map((r) => ({
                supervisionDate: r.supervisionDate,
                supervisionSessionId: r.supervisionSessionId,
                completed: r.completed,
                comment: r.comment,
                reviewedBy: r.reviewedBy,
                reviewedAt: r.reviewedAt,
              })),
            })),
          },
    actionsState: v.actionsState,
    startedAt: v.startedAt,
    completedOn: v.completedOn,
    completedAt: v.completedAt,
    revision: v.revision,
    lastUpdatedAt: v.lastUpdatedAt,
  };
}

export function toComplianceQuota(q: SuperviseeComplianceQuota): ComplianceQuota {
  return {
    superviseeId: q.superviseeId,
    upcomingSupervisionDate: q.upcomingSupervisionDate,
    previousSupervisionDate: q.previousSupervisionDate,
    required: q.required,
    counted: [...q.counted],
    owed: q.owed,
    met: q.met,
    inProgress: [...q.inProgress],
  };
}
