import type { CrsStageClock as DomainClock } from '../../../../libs/domain/src/index.js';
import type { CrsEscalationView } from '../../../../projections/crs-escalations/index.js';
import type { CrsEscalation, CrsStageClock } from './models/crs-escalation.model.js';

/** Copies read-model views into the GraphQL output types field by field. */
export function toCrsEscalation(v: CrsEscalationView): CrsEscalation {
  return {
    id: v.id,
    azeusNumber: v.azeusNumber,
    teamId: v.teamId,
    raisedBy: v.raisedBy,
    raisedByRole: v.raisedByRole,
    concern: v.concern,
    practiceIssue: v.practiceIssue,
    teamManagerId: v.teamManagerId,
    headOfServiceId: v.headOfServiceId,
    serious: v.serious,
    managementDecision: v.managementDecision,
    status: v.status,
    stage: v.stage,
    recipientId: v.recipientId,
    stages: v.stages.map((s, i) => ({
      stage: s.stage,
      recipientId: s.recipientId,
      startedAt: s.startedAt,
      reason: s.reason,
      notified: s.notified.map((n) => ({ staffId: n.staffId, as: n.as })),
      response: s.response,
      respondedBy: s.respondedBy,
      respondedAt: s.respondedAt,
      endedAt: s.endedAt,
      clock: v.stageClocks[i] ? toClock(v.stageClocks[i]) : null,
    })),
    clock: v.clock === null ? null : toClock(v.clock),
    overdue: v.overdue,
    asOf: v.asOf,
    notifications: v.notifications.map((n) => ({
      notificationId: n.notificationId,
      recipients: [...n.recipients],
      channel: n.channel,
      sentAt: n.sentAt,
      messageId: n.messageId,
    })),
    resolution:
      v.resolution === null
        ? null
        : {
            resolution: v.resolution.resolution,
            stage: v.resolution.stage,
            outcome: v.resolution.outcome,
            agreedActions: v.resolution.agreedActions.map((a) => ({
              actionId: a.actionId,
              description: a.description,
              ownerId: a.ownerId,
              managerId: a.managerId,
              timescale: a.timescale,
            })),
            resolvedBy: v.resolution.resolvedBy,
            resolvedAt: v.resolution.resolvedAt,
          },
    withdrawal: v.withdrawal === null ? null : { reason: v.withdrawal.reason, withdrawnBy: v.withdrawal.withdrawnBy, withdrawnAt: v.withdrawal.withdrawnAt },
    closedAt: v.closedAt,
    raisedAt: v.raisedAt,
    lastUpdatedAt: v.lastUpdatedAt,
    revision: v.revision,
  };
}

function toClock(c: DomainClock): CrsStageClock {
  return {
    stage: c.stage,
    recipientId: c.recipientId,
    startedAt: c.startedAt,
    responseWorkingDays: c.responseWorkingDays,
    dueOn: c.dueOn,
    state: c.state,
    respondedAt: c.respondedAt,
    workingDaysLate: c.workingDaysLate,
    daysLate: c.daysLate,
  };
}
