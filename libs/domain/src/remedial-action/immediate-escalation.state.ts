import type { EscalationScope } from '../case-file-audit/case-file-audit.values.js';
import type { EscalationSourceKind, ImmediateEscalationEvent } from './immediate-escalation.events.js';
import type { NotificationRecord } from './remedial-action.values.js';

export type NotRaisedImmediateEscalation = { readonly status: 'NOT_RAISED' };

export type RaisedImmediateEscalationFields = {
  readonly escalationId: string;
  readonly source: { readonly kind: EscalationSourceKind; readonly id: string };
  readonly azeusNumber: string;
  readonly scope: EscalationScope;
  readonly criterion: number | null;
  readonly reason: string;
  readonly managerId: string;
  readonly managerName: string;
  readonly socialWorkerId: string;
  readonly socialWorkerName: string;
  readonly escalatedBy: string;
  readonly escalatedAt: string;
  readonly notifications: readonly NotificationRecord[];
};

export type RaisedImmediateEscalation = RaisedImmediateEscalationFields & { readonly status: 'RAISED' };

export type AcknowledgedImmediateEscalation = RaisedImmediateEscalationFields & {
  readonly status: 'ACKNOWLEDGED';
  readonly acknowledgedBy: string;
  readonly response: string;
  readonly acknowledgedAt: string;
};

export type ImmediateEscalation = NotRaisedImmediateEscalation | RaisedImmediateEscalation | AcknowledgedImmediateEscalation;
export type ImmediateEscalationStatus = ImmediateEscalation['status'];

export function initialState(): ImmediateEscalation {
  return { status: 'NOT_RAISED' };
}

/** Never throws; facts that do not fit leave the state as it is; unknown types are skipped. */
export function evolve(state: ImmediateEscalation, event: ImmediateEscalationEvent): ImmediateEscalation {
  switch (event.type) {
    case 'ImmediateEscalationRaised': {
      if (state.status !== 'NOT_RAISED') return state;
      const { raisedAt: _raisedAt, ...d } = event.data;
      return { ...d, criterion: d.criterion ?? null, status: 'RAISED', notifications: [] };
    }
    case 'ImmediateEscalationNotificationSent': {
      if (state.status === 'NOT_RAISED') return state;
      const { notificationId, recipients, channel, sentAt, messageId } = event.data;
      if (state.notifications.some((n) => n.notificationId === notificationId)) return state;
      return {
        ...state,
        notifications: [...state.notifications, { notificationId, recipients, channel, sentAt, messageId: messageId ?? null }],
      };
    }
    case 'ImmediateEscalationAcknowledged': {
      if (state.status !== 'RAISED') return state;
      const { acknowledgedBy, response, acknowledgedAt } = event.data;
      return { ...state, status: 'ACKNOWLEDGED', acknowledgedBy, response, acknowledgedAt };
    }
    default:
      return state;
  }
}
