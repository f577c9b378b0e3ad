import { assertNever, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { CaseFileAuditInadequacyEscalated } from '../case-file-audit/case-file-audit.events.js';
import { checkedSending, isoInstant, oneOf, requiredText } from './remedial-action.checks.js';
import type {
  AcknowledgeImmediateEscalation,
  ImmediateEscalationCommand,
  RaiseImmediateEscalation,
  RecordImmediateEscalationNotificationSent,
} from './immediate-escalation.commands.js';
import { ImmediateEscalationErrorCode as Code } from './remedial-action.errors.js';
import { ESCALATION_SOURCE_KINDS, type ImmediateEscalationEvent } from './immediate-escalation.events.js';
import { evolve, initialState, type ImmediateEscalation } from './immediate-escalation.state.js';

const SCOPES = ['CRITERION', 'OVERALL'] as const;

/**
 * CFA-13. The escalation is raised in the name of the auditor who escalated it (from the audit's
 * own record, so raising it again is harmless), its sending is recorded in their name (it is their
 * duty to inform), and only the manager it went to acknowledges it, once, saying what will be done.
 */
export function decide(command: ImmediateEscalationCommand, state: ImmediateEscalation): ImmediateEscalationEvent[] {
  switch (command.type) {
    case 'RaiseImmediateEscalation':
      return raise(command, state);
    case 'RecordImmediateEscalationNotificationSent':
      return recordNotificationSent(command, state);
    case 'AcknowledgeImmediateEscalation':
      return acknowledge(command, state);
    default:
      return assertNever(command);
  }
}

export const immediateEscalationDecider: Decider<ImmediateEscalationCommand, ImmediateEscalation, ImmediateEscalationEvent> = {
  decide,
  evolve,
  initialState,
};

/** The command that records an audit's escalation (CFA-13) as an immediate escalation of its own. */
export function raiseImmediateEscalationData(
  escalated: CaseFileAuditInadequacyEscalated['data'],
): RaiseImmediateEscalation['data'] {
  return {
    escalationId: escalated.escalationId,
    source: { kind: 'CASE_FILE_AUDIT', id: escalated.auditId },
    azeusNumber: escalated.azeusNumber,
    scope: escalated.scope,
    criterion: escalated.criterion ?? null,
    reason: escalated.reason,
    managerId: escalated.teamManagerId,
    managerName: escalated.teamManagerName,
    socialWorkerId: escalated.socialWorkerId,
    socialWorkerName: escalated.socialWorkerName,
    escalatedBy: escalated.escalatedBy,
    escalatedAt: escalated.escalatedAt,
  };
}

function raise(command: RaiseImmediateEscalation, state: ImmediateEscalation): ImmediateEscalationEvent[] {
  const d = command.data;
  const escalationId = required(d.escalationId, 'escalationId');
  // One stream per escalation id: the escalation is one fact however often it is raised.
  if (state.status !== 'NOT_RAISED') return [];
  const escalatedBy = required(d.escalatedBy, 'escalatedBy');
  if (command.metadata.actor.staffId !== escalatedBy) {
    throw new DomainError(
      Code.NOT_THE_ESCALATING_AUDITOR,
      'An immediate escalation is raised in the name of the auditor who escalated it',
      'FORBIDDEN',
      { rule: 'CFA-13' },
    );
  }
  const source = d.source ?? ({} as Partial<RaiseImmediateEscalation['data']['source']>);
  const criterion = d.criterion ?? null;
  if (criterion !== null && (typeof criterion !== 'number' || !Number.isInteger(criterion))) {
    throw new DomainError(Code.FIELD_REQUIRED, 'criterion must be a whole number or null', 'BAD_USER_INPUT', { field: 'criterion' });
  }
  return [
    {
      type: 'ImmediateEscalationRaised',
      data: {
        escalationId,
        source: {
          kind: oneOf(source.kind, ESCALATION_SOURCE_KINDS, 'source.kind', Code.FIELD_REQUIRED, 'escalation source', 'CFA-13'),
          id: required(source.id, 'source.id'),
        },
        azeusNumber: required(d.azeusNumber, 'azeusNumber'),
        scope: oneOf(d.scope, SCOPES, 'scope', Code.SCOPE_UNKNOWN, 'escalation scope', 'CFA-13'),
        criterion,
        reason: required(d.reason, 'reason'),
        managerId: required(d.managerId, 'managerId'),
        managerName: required(d.managerName, 'managerName'),
        socialWorkerId: required(d.socialWorkerId, 'socialWorkerId'),
        socialWorkerName: required(d.socialWorkerName, 'socialWorkerName'),
        escalatedBy,
        escalatedAt: isoInstant(d.escalatedAt, 'escalatedAt', Code.INVALID_INSTANT, 'CFA-13'),
        raisedAt: command.metadata.now,
      },
    },
  ];
}

function recordNotificationSent(
  command: RecordImmediateEscalationNotificationSent,
  state: ImmediateEscalation,
): ImmediateEscalationEvent[] {
  const escalation = existing(state);
  const { actor, now } = command.metadata;
  if (actor.staffId !== escalation.escalatedBy) {
    throw new DomainError(
      Code.NOT_THE_ESCALATING_AUDITOR,
      'The auditor informs the manager and social worker, so the sending is recorded in their name',
      'FORBIDDEN',
      { rule: 'CFA-13' },
    );
  }
  const sending = checkedSending(command.data, now, escalation.notifications, Code, 'CFA-13');
  if (sending === null) return [];
  return [
    {
      type: 'ImmediateEscalationNotificationSent',
      data: {
        escalationId: escalation.escalationId,
        ...sending,
        recordedAt: now,
      },
    },
  ];
}

function acknowledge(command: AcknowledgeImmediateEscalation, state: ImmediateEscalation): ImmediateEscalationEvent[] {
  const escalation = existing(state);
  const { actor, now } = command.metadata;
  if (actor.staffId !== escalation.managerId) {
    throw new DomainError(Code.NOT_THE_MANAGER, 'Only the manager the escalation went to acknowledges it', 'FORBIDDEN', {
      rule: 'CFA-13',
    });
  }
  if (escalation.status === 'ACKNOWLEDGED') {
    throw new DomainError(
      Code.ALREADY_ACKNOWLEDGED,
      `Immediate escalation ${escalation.escalationId} was acknowledged at ${escalation.acknowledgedAt}`,
      'CONFLICT',
      { rule: 'CFA-13' },
    );
  }
  return [
    {
      type: 'ImmediateEscalationAcknowledged',
      data: {
        escalationId: escalation.escalationId,
        acknowledgedBy: actor.staffId,
        response: requiredText(command.data.response, 'response', Code.RESPONSE_REQUIRED, 'What will be done', 'CFA-13'),
        acknowledgedAt: now,
      },
    },
  ];
}

function existing(state: ImmediateEscalation): Exclude<ImmediateEscalation, { status: 'NOT_RAISED' }> {
  if (state.status === 'NOT_RAISED') {
    throw new DomainError(Code.NOT_FOUND, 'No immediate escalation has been raised with this id', 'NOT_FOUND', {
      field: 'escalationId',
    });
  }
  return state;
}

function required(value: unknown, field: string): string {
  return requiredText(value, field, Code.FIELD_REQUIRED, field);
}
