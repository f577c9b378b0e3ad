import type { CommandMetadata, Role } from '../shared/decider.js';
import type { ImmediateEscalationEvent } from './immediate-escalation.events.js';
import type { RemedialActionEvent } from './remedial-action.events.js';

/**
 * Test data for remedial actions and immediate escalations: one action raised by an auditor from a
 * case file audit submitted at SUBMITTED_AT, owned by a social worker, managed by their team manager.
 */

export const ACTION_ID = '0b6c8d52-5f1e-4c3a-8e7d-2a9f61c4b7e0';
export const AUDIT_ID = '6f1c1d2e-3b7a-4c1e-9a55-0c2d9f4e8b11';
export const AZEUS_NUMBER = 'AZ-104233';
export const TEAM_ID = 'team-north-1';
export const AUDITOR_ID = 'staff-ap-0042';
export const OWNER_ID = 'staff-sw-0311';
export const MANAGER_ID = 'staff-tm-0007';
export const IRO_ID = 'staff-iro-0003';
export const CP_CHAIR_ID = 'staff-cpc-0001';
export const ESCALATION_ID = `${AUDIT_ID}:1`;

export const SUBMITTED_AT = '2025-06-12T14:00:00.000Z';
export const RAISED_AT = '2025-06-12T15:00:00.000Z';
export const TIMESCALE = '2025-07-15';
export const DESCRIPTION = 'Update the CP plan so each outcome is measurable and has a date';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string; commandId?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = overrides.commandId ?? `10000000-0000-4000-8000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? AUDITOR_ID, role: overrides.role ?? 'ADVANCED_PRACTITIONER' },
    now: overrides.now ?? RAISED_AT,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

type Data<T extends { type: string; data: unknown }, K extends T['type']> = Extract<T, { type: K }> extends { data: infer D } ? D : never;

/** Events of a remedial action, as the decider records them. */
export const actionEvents = {
  raised(overrides: Partial<Data<RemedialActionEvent, 'RemedialActionRaised'>> = {}) {
    return {
      type: 'RemedialActionRaised',
      data: {
        actionId: ACTION_ID,
        source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt: SUBMITTED_AT },
        recommendationId: 'rec-1',
        azeusNumber: AZEUS_NUMBER,
        teamId: TEAM_ID,
        ownerId: OWNER_ID,
        managerId: MANAGER_ID,
        copyTo: [{ staffId: CP_CHAIR_ID, role: 'CP_CHAIR' }],
        description: DESCRIPTION,
        timescale: TIMESCALE,
        raisedBy: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' },
        raisedAt: RAISED_AT,
        ...overrides,
      },
    } satisfies RemedialActionEvent;
  },
  notificationSent(
    sentAt: string,
    recipients: readonly string[] = [OWNER_ID, MANAGER_ID, CP_CHAIR_ID],
    notificationId = 'notification-1',
    actionId = ACTION_ID,
  ) {
    return {
      type: 'RemedialActionNotificationSent',
      data: {
        actionId,
        notificationId,
        recipients,
        channel: 'SMTP',
        sentAt,
        messageId: `<${notificationId}@qa.example.gov.uk>`,
        recordedAt: sentAt,
      },
    } satisfies RemedialActionEvent;
  },
  acknowledged(at = '2025-06-13T09:00:00.000Z') {
    return {
      type: 'RemedialActionAcknowledged',
      data: { actionId: ACTION_ID, acknowledgedBy: OWNER_ID, acknowledgedAt: at },
    } satisfies RemedialActionEvent;
  },
  completed(at = '2025-07-01T10:00:00.000Z', evidence = 'CP plan updated and shared with the core group on 1 July') {
    return {
      type: 'RemedialActionCompleted',
      data: { actionId: ACTION_ID, evidence, completedBy: OWNER_ID, completedAt: at },
    } satisfies RemedialActionEvent;
  },
  verified(supervisionDate = '2025-07-03', at = '2025-07-03T16:00:00.000Z', supervisionSessionId: string | null = 'session-7') {
    return {
      type: 'RemedialActionVerified',
      data: { actionId: ACTION_ID, verifiedBy: MANAGER_ID, supervisionDate, supervisionSessionId, verifiedAt: at },
    } satisfies RemedialActionEvent;
  },
  reopened(timescale = '2025-07-20', at = '2025-07-03T16:00:00.000Z', reason = 'Outcomes still have no dates') {
    return {
      type: 'RemedialActionReopened',
      data: { actionId: ACTION_ID, reason, previousTimescale: TIMESCALE, timescale, reopenedBy: MANAGER_ID, reopenedAt: at },
    } satisfies RemedialActionEvent;
  },
};

export const ESCALATED_AT = '2025-06-12T13:40:00.000Z';

/** Events of an immediate escalation, as the decider records them. */
export const escalationEvents = {
  raised(overrides: Partial<Data<ImmediateEscalationEvent, 'ImmediateEscalationRaised'>> = {}) {
    return {
      type: 'ImmediateEscalationRaised',
      data: {
        escalationId: ESCALATION_ID,
        source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID },
        azeusNumber: AZEUS_NUMBER,
        scope: 'CRITERION',
        criterion: 2,
        reason: 'Risk not reassessed after the new referral',
        managerId: MANAGER_ID,
        managerName: 'Daniel Okafor',
        socialWorkerId: OWNER_ID,
        socialWorkerName: 'Hannah Lewis',
        escalatedBy: AUDITOR_ID,
        escalatedAt: ESCALATED_AT,
        raisedAt: '2025-06-12T13:40:01.000Z',
        ...overrides,
      },
    } satisfies ImmediateEscalationEvent;
  },
  notificationSent(sentAt: string, notificationId = 'notification-e1') {
    return {
      type: 'ImmediateEscalationNotificationSent',
      data: {
        escalationId: ESCALATION_ID,
        notificationId,
        recipients: [MANAGER_ID, OWNER_ID],
        channel: 'SMTP',
        sentAt,
        messageId: `<${notificationId}@qa.example.gov.uk>`,
        recordedAt: sentAt,
      },
    } satisfies ImmediateEscalationEvent;
  },
  acknowledged(at = '2025-06-12T17:00:00.000Z', response = 'Strategy discussion booked for tomorrow morning') {
    return {
      type: 'ImmediateEscalationAcknowledged',
      data: { escalationId: ESCALATION_ID, acknowledgedBy: MANAGER_ID, response, acknowledgedAt: at },
    } satisfies ImmediateEscalationEvent;
  },
};
