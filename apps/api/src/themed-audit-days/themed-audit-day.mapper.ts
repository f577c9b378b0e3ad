import { GRADES } from '../../../../libs/domain/src/index.js';
import type { ThemedAuditDayView } from '../../../../projections/themed-audit-days/index.js';
import type { ThemedAuditDay } from './models/themed-audit-day.model.js';

/** Copies read-model views into the GraphQL output types field by field. */
export function toThemedAuditDay(v: ThemedAuditDayView): ThemedAuditDay {
  return {
    id: v.id,
    theme: v.theme,
    reasons: v.reasons.map((r) => ({ origin: r.origin, label: r.label, text: r.text })),
    date: v.date,
    session: v.session,
    teamIds: [...v.teamIds],
    serviceAreaIds: [...v.serviceAreaIds],
    leadId: v.leadId,
    status: v.status,
    audits: v.audits.map((a) => ({
      auditId: a.auditId,
      azeusNumber: a.azeusNumber,
      auditorId: a.auditorId,
      mode: a.mode,
      caseFileAuditId: a.caseFileAuditId,
      findings: a.findings,
      grade: a.grade,
      recordedBy: a.recordedBy,
      recordedAt: a.recordedAt,
    })),
    auditCount: v.audits.length,
    liveAuditCount: v.liveAuditCount,
    gradeCounts: GRADES.map((grade) => ({ grade, count: v.gradeCounts[grade] ?? 0 })),
    summary: v.summary,
    closedBy: v.closedBy,
    closedAt: v.closedAt,
    actionPlan:
      v.actionPlan === null
        ? null
        : {
            groupName: v.actionPlan.groupName,
            groupLeadId: v.actionPlan.groupLeadId,
            groupMemberIds: [...v.actionPlan.groupMemberIds],
            agreedBy: v.actionPlan.agreedBy,
            agreedAt: v.actionPlan.agreedAt,
            actions: v.actionPlan.actions.map((a) => ({
              actionId: a.actionId,
              description: a.description,
              ownerId: a.ownerId,
              managerId: a.managerId,
              timescale: a.timescale,
              azeusNumber: a.azeusNumber,
              teamId: a.teamId,
              status: a.status,
              done: a.done,
              currentTimescale: a.currentTimescale,
              timescaleState: a.timescaleState,
              daysLate: a.daysLate,
              completedAt: a.completedAt,
              verifiedAt: a.verifiedAt,
            })),
            actionsTotal: v.actionPlan.actionsTotal,
            actionsDone: v.actionPlan.actionsDone,
            actionsOverdue: v.actionPlan.actionsOverdue,
            allActionsDone: v.actionPlan.allActionsDone,
          },
    outcome: v.outcome,
    actionPlanClosedBy: v.actionPlanClosedBy,
    actionPlanClosedAt: v.actionPlanClosedAt,
    plannedAt: v.plannedAt,
    revision: v.revision,
    lastUpdatedAt: v.lastUpdatedAt,
    asOf: v.asOf,
  };
}
