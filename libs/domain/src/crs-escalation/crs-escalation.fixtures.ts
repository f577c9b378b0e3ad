import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { CrsEscalationAgreedActionInput, CrsEscalationCommand, RaiseCrsEscalation } from './crs-escalation.commands.js';
import type { CrsEscalationEvent } from './crs-escalation.events.js';
import type { CrsEscalationAgreedAction, CrsEscalationStage } from './crs-escalation.values.js';

/** Test data for CRS escalations: an IRO raising a concern about a looked-after child's case (CRS-1). */

export const ESCALATION_ID = 'esc-1';
export const AZEUS_NUMBER = 'AZ-104233';
export const TEAM_ID = 'team-a';
export const IRO_ID = 'iro-1';
export const TM_ID = 'tm-1';
export const HOS_ID = 'hos-1';
export const DIRECTOR_ID = 'dir-1';
export const SW_ID = 'sw-1';
/** A Thursday: the informal stage (5 working days) is due on Thursday 2025-06-19. */
export const RAISED_AT = '2025-06-12T14:00:00.000Z';
export const RESPONDED_AT = '2025-06-17T10:00:00.000Z';
export const ESCALATED_AT = '2025-06-18T09:00:00.000Z';
export const RESOLVED_AT = '2025-06-20T16:00:00.000Z';

export const iro: Actor = { staffId: IRO_ID, role: 'IRO' };
export const cpChair: Actor = { staffId: 'cpc-1', role: 'CP_CHAIR' };
export const tm: Actor = { staffId: TM_ID, role: 'TEAM_MANAGER' };
export const hos: Actor = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' };
export const director: Actor = { staffId: DIRECTOR_ID, role: 'DIRECTOR' };

export function metadata(actor: Actor = iro, now: string = RAISED_AT): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

export const CONCERN = 'No visits to the child for eight weeks; the placement is breaking down';
export const PRACTICE_ISSUE = 'Statutory visits out of timescale; the care plan is not being progressed';

export const commands = {
  raise(overrides: Partial<RaiseCrsEscalation['data']> = {}, actor: Actor = iro, now: string = RAISED_AT): CrsEscalationCommand {
    return {
      type: 'RaiseCrsEscalation',
      data: {
        escalationId: ESCALATION_ID,
        azeusNumber: AZEUS_NUMBER,
        teamId: TEAM_ID,
        concern: CONCERN,
        practiceIssue: PRACTICE_ISSUE,
        teamManagerId: TM_ID,
        headOfServiceId: HOS_ID,
        serious: false,
        managementDecision: false,
        route: 'INFORMAL',
        ...overrides,
      },
      metadata: metadata(actor, now),
    };
  },
  respond(actor: Actor = tm, now: string = RESPONDED_AT, response = 'Visit booked for Friday; plan reviewed with the SW'): CrsEscalationCommand {
    return { type: 'RespondToCrsEscalation', data: { escalationId: ESCALATION_ID, response }, metadata: metadata(actor, now) };
  },
  escalate(recipientId: string | null = null, actor: Actor = iro, now: string = ESCALATED_AT, reason = 'No response in time'): CrsEscalationCommand {
    return { type: 'EscalateCrsEscalation', data: { escalationId: ESCALATION_ID, reason, recipientId }, metadata: metadata(actor, now) };
  },
  resolve(agreedActions: readonly CrsEscalationAgreedActionInput[] = [], actor: Actor = iro, now: string = RESOLVED_AT): CrsEscalationCommand {
    return {
      type: 'ResolveCrsEscalation',
      data: { escalationId: ESCALATION_ID, outcome: 'Visits back in timescale; placement support agreed', agreedActions },
      metadata: metadata(actor, now),
    };
  },
  withdraw(actor: Actor = iro, now: string = ESCALATED_AT): CrsEscalationCommand {
    return { type: 'WithdrawCrsEscalation', data: { escalationId: ESCALATION_ID, reason: 'Raised on the wrong case' }, metadata: metadata(actor, now) };
  },
  notificationSent(actor: Actor = iro, notificationId = 'n-1', now: string = RAISED_AT): CrsEscalationCommand {
    return {
      type: 'RecordCrsEscalationNotificationSent',
      data: { escalationId: ESCALATION_ID, notificationId, recipients: [TM_ID], channel: 'LOG', sentAt: now, messageId: null },
      metadata: metadata(actor, now),
    };
  },
};

export const AGREED_ACTION: CrsEscalationAgreedAction = {
  actionId: 'act-1',
  description: 'Visit the child and record it within five working days',
  ownerId: SW_ID,
  managerId: TM_ID,
  timescale: '2025-06-27',
};

export const events = {
  raised(overrides: Partial<Extract<CrsEscalationEvent, { type: 'CrsEscalationRaised' }>['data']> = {}): CrsEscalationEvent {
    return {
      type: 'CrsEscalationRaised',
      data: {
        escalationId: ESCALATION_ID,
        azeusNumber: AZEUS_NUMBER,
        teamId: TEAM_ID,
        raisedBy: IRO_ID,
        raisedByRole: 'IRO',
        concern: CONCERN,
        practiceIssue: PRACTICE_ISSUE,
        teamManagerId: TM_ID,
        headOfServiceId: HOS_ID,
        serious: false,
        managementDecision: false,
        stage: 'INFORMAL',
        recipientId: TM_ID,
        notified: [{ staffId: TM_ID, as: 'RECIPIENT' }],
        raisedAt: RAISED_AT,
        ...overrides,
      },
    };
  },
  notificationSent(notificationId = 'n-1'): CrsEscalationEvent {
    return {
      type: 'CrsEscalationNotificationSent',
      data: { escalationId: ESCALATION_ID, notificationId, recipients: [TM_ID], channel: 'LOG', sentAt: RAISED_AT, messageId: null, recordedAt: RAISED_AT },
    };
  },
  responded(stage: CrsEscalationStage = 'INFORMAL', respondedBy = TM_ID, respondedAt = RESPONDED_AT): CrsEscalationEvent {
    return {
      type: 'CrsEscalationResponded',
      data: { escalationId: ESCALATION_ID, stage, respondedBy, response: 'Visit booked for Friday; plan reviewed with the SW', respondedAt },
    };
  },
  escalated(fromStage: CrsEscalationStage, stage: CrsEscalationStage, recipientId: string, escalatedAt = ESCALATED_AT): CrsEscalationEvent {
    return {
      type: 'CrsEscalationEscalated',
      data: {
        escalationId: ESCALATION_ID,
        fromStage,
        stage,
        recipientId,
        reason: 'No response in time',
        azeusNumber: AZEUS_NUMBER,
        concern: CONCERN,
        notified:
          recipientId === TM_ID
            ? [{ staffId: TM_ID, as: 'RECIPIENT' }]
            : [
                { staffId: recipientId, as: 'RECIPIENT' },
                { staffId: TM_ID, as: 'TEAM_MANAGER' },
              ],
        escalatedBy: IRO_ID,
        escalatedAt,
      },
    };
  },
  resolved(stage: CrsEscalationStage = 'INFORMAL', agreedActions: readonly CrsEscalationAgreedAction[] = [AGREED_ACTION]): CrsEscalationEvent {
    return {
      type: 'CrsEscalationResolved',
      data: {
        escalationId: ESCALATION_ID,
        stage,
        resolution: stage === 'INFORMAL' ? 'INFORMAL' : 'FORMAL',
        outcome: 'Visits back in timescale; placement support agreed',
        agreedActions,
        azeusNumber: AZEUS_NUMBER,
        teamId: TEAM_ID,
        resolvedBy: IRO_ID,
        resolvedAt: RESOLVED_AT,
      },
    };
  },
  withdrawn(stage: CrsEscalationStage = 'INFORMAL', withdrawnAt = ESCALATED_AT): CrsEscalationEvent {
    return {
      type: 'CrsEscalationWithdrawn',
      data: { escalationId: ESCALATION_ID, stage, reason: 'Raised on the wrong case', withdrawnBy: IRO_ID, withdrawnAt },
    };
  },
};
