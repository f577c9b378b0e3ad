import type { DeadlineClock as DomainDeadlineClock, NotificationRecord } from '../../../../libs/domain/src/index.js';
import type {
  ImmediateEscalationView,
  RemedialActionView,
} from '../../../../projections/remedial-actions/remedial-actions.queries.js';
import type { DeadlineClock } from './models/clock.model.js';
import type { ImmediateEscalation } from './models/immediate-escalation.model.js';
import type { NotificationSending, RemedialAction } from './models/remedial-action.model.js';

/**
 * Copies read-model views into the GraphQL output types field by field: a field added to a
 * document reaches clients only when it is added here and to the model.
 */
export function toRemedialAction(view: RemedialActionView): RemedialAction {
  return {
    id: view.id,
    source: { kind: view.source.kind, id: view.source.id, submittedAt: view.source.submittedAt },
    recommendationId: view.recommendationId,
    azeusNumber: view.azeusNumber,
    teamId: view.teamId,
    ownerId: view.ownerId,
    managerId: view.managerId,
    copyTo: view.copyTo.map((c) => ({ staffId: c.staffId, role: c.role })),
    description: view.description,
    timescale: view.timescale,
    status: view.status,
    revision: view.revision,
    raisedBy: view.raisedBy ? { staffId: view.raisedBy.staffId, role: view.raisedBy.role } : null,
    raisedAt: view.raisedAt,
    notifications: view.notifications.map(toNotificationSending),
    acknowledgedAt: view.acknowledgedAt,
    completedAt: view.completedAt,
    evidence: view.evidence,
    verifiedBy: view.verifiedBy,
    verifiedAt: view.verifiedAt,
    supervisionDate: view.supervisionDate,
    supervisionSessionId: view.supervisionSessionId,
    reopenings: view.reopenings.map((r) => ({
      reason: r.reason,
      previousTimescale: r.previousTimescale,
      timescale: r.timescale,
      evidence: r.evidence,
      completedAt: r.completedAt,
      reopenedBy: r.reopenedBy,
      reopenedAt: r.reopenedAt,
    })),
    lastUpdatedAt: view.lastUpdatedAt,
    notificationClock: toDeadlineClock(view.notificationClock),
    timescaleClock: {
      timescale: view.timescaleClock.timescale,
      state: view.timescaleClock.state,
      completedOn: view.timescaleClock.completedOn,
      daysLate: view.timescaleClock.daysLate,
    },
    asOf: view.asOf,
  };
}

export function toImmediateEscalation(view: ImmediateEscalationView): ImmediateEscalation {
  return {
    id: view.id,
    auditId: view.auditId,
    azeusNumber: view.azeusNumber,
    scope: view.scope,
    criterion: view.criterion,
    reason: view.reason,
    managerId: view.managerId,
    managerName: view.managerName,
    socialWorkerId: view.socialWorkerId,
    socialWorkerName: view.socialWorkerName,
    escalatedBy: view.escalatedBy,
    escalatedAt: view.escalatedAt,
    status: view.status,
    revision: view.revision,
    notifications: view.notifications.map(toNotificationSending),
    acknowledgedBy: view.acknowledgedBy,
    acknowledgedAt: view.acknowledgedAt,
    response: view.response,
    lastUpdatedAt: view.lastUpdatedAt,
    clock: toDeadlineClock(view.clock),
    asOf: view.asOf,
  };
}

function toNotificationSending(n: NotificationRecord): NotificationSending {
  return { notificationId: n.notificationId, recipients: [...n.recipients], channel: n.channel, sentAt: n.sentAt, messageId: n.messageId };
}

function toDeadlineClock(clock: DomainDeadlineClock): DeadlineClock {
  return {
    startedAt: clock.startedAt,
    dueBy: clock.dueBy,
    state: clock.state,
    doneAt: clock.doneAt,
    lateByMs: clock.lateByMs,
    lateBy: isoDuration(clock.lateByMs),
    remainingMs: clock.remainingMs,
    remaining: isoDuration(clock.remainingMs),
  };
}

/** Milliseconds as an ISO-8601 duration in days, hours, minutes and seconds (`P2DT3H`, `PT0.5S`, `PT0S`). */
export function isoDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const days = Math.floor(total / 86_400_000);
  const hours = Math.floor((total % 86_400_000) / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = (total % 60_000) / 1000;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  if (days === 0 && time === '') return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
