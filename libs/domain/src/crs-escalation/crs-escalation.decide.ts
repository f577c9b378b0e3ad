import { assertNever, type CommandMetadata, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { checkedSending, dayOfInstant, isoDate, oneOf, optionalText } from '../remedial-action/remedial-action.checks.js';
import type {
  CrsEscalationCommand,
  EscalateCrsEscalation,
  RaiseCrsEscalation,
  RecordCrsEscalationNotificationSent,
  ResolveCrsEscalation,
  RespondToCrsEscalation,
  WithdrawCrsEscalation,
} from './crs-escalation.commands.js';
import { CrsEscalationErrorCode as Code } from './crs-escalation.errors.js';
import type { CrsEscalationEvent } from './crs-escalation.events.js';
import { currentStage, evolve, initialState, type CrsEscalation, type OpenCrsEscalation } from './crs-escalation.state.js';
import {
  CRS_ESCALATION_RAISER_ROLES,
  CRS_ESCALATION_ROUTES,
  CRS_ESCALATION_STAGE_LABELS,
  CRS_ESCALATION_STAGE_RECIPIENT_ROLES,
  crsEscalationResolutionAt,
  nextCrsEscalationStage,
  type CrsEscalationAgreedAction,
  type CrsEscalationNotified,
  type CrsEscalationStage,
} from './crs-escalation.values.js';

const RULE = 'CRS-1';

/**
 * CRS-1. An IRO or CP chair raises the escalation; the child's Team Manager is told at once, and a
 * serious issue or one needing a management decision goes to the Manager of the service area. The
 * current stage's recipient responds; the raising chair accepts the response (resolved, with any
 * agreed actions), takes it to the next stage, or withdraws it.
 */
export function decide(command: CrsEscalationCommand, state: CrsEscalation): CrsEscalationEvent[] {
  switch (command.type) {
    case 'RaiseCrsEscalation':
      return raise(command, state);
    case 'RecordCrsEscalationNotificationSent':
      return recordNotificationSent(command, state);
    case 'RespondToCrsEscalation':
      return respond(command, state);
    case 'EscalateCrsEscalation':
      return escalate(command, state);
    case 'ResolveCrsEscalation':
      return resolve(command, state);
    case 'WithdrawCrsEscalation':
      return withdraw(command, state);
    default:
      return assertNever(command);
  }
}

export const crsEscalationDecider: Decider<CrsEscalationCommand, CrsEscalation, CrsEscalationEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function raise(command: RaiseCrsEscalation, state: CrsEscalation): CrsEscalationEvent[] {
  if (state.status !== 'NOT_RAISED') {
    throw new DomainError(Code.ALREADY_RAISED, `Escalation ${state.escalationId} is already raised`, 'CONFLICT', { field: 'escalationId' });
  }
  const { actor, now } = command.metadata;
  const raisedByRole = CRS_ESCALATION_RAISER_ROLES.find((role) => role === actor.role);
  if (raisedByRole === undefined) {
    throw new DomainError(
      Code.ROLE_MAY_NOT_RAISE,
      `An escalation is raised by an independent chair (IRO or CP chair), not a ${actor.role} (CRS-1)`,
      'FORBIDDEN',
      { rule: RULE },
    );
  }
  const d = command.data;
  const escalationId = required(d.escalationId, 'escalationId');
  const azeusNumber = required(d.azeusNumber, 'azeusNumber');
  const concern = required(d.concern, 'concern');
  const practiceIssue = required(d.practiceIssue, 'practiceIssue');
  const teamManagerId = required(d.teamManagerId, 'teamManagerId');
  const headOfServiceId = optionalText(d.headOfServiceId);
  notTheRaiser(teamManagerId, actor.staffId, 'teamManagerId');
  if (headOfServiceId !== null) notTheRaiser(headOfServiceId, actor.staffId, 'headOfServiceId');
  const serious = flag(d.serious, 'serious');
  const managementDecision = flag(d.managementDecision, 'managementDecision');
  const route = d.route === undefined || d.route === null ? null : oneOf(d.route, CRS_ESCALATION_ROUTES, 'route', Code.ROUTE_UNKNOWN, 'route', RULE);

  let stage: CrsEscalationStage;
  let recipientId: string;
  let notified: CrsEscalationNotified[];
  if (serious || managementDecision) {
    // CRS-1: sent to the Manager for the service area to action; the TM is still told at once.
    const why = serious ? 'A serious issue' : 'An issue that involves a management decision';
    if (headOfServiceId === null) {
      throw new DomainError(
        Code.HEAD_OF_SERVICE_REQUIRED,
        `${why} is sent to the Manager of the service area: name them in headOfServiceId (CRS-1)`,
        'BAD_USER_INPUT',
        { field: 'headOfServiceId', rule: RULE },
      );
    }
    if (route === 'INFORMAL') {
      throw new DomainError(
        Code.SERIOUS_ISSUE_NOT_INFORMAL,
        `${why} goes formally to the Manager of the service area; route INFORMAL is for concerns the Team Manager can resolve (CRS-1)`,
        'BAD_USER_INPUT',
        { field: 'route', rule: RULE },
      );
    }
    stage = 'FORMAL_STAGE_2';
    recipientId = headOfServiceId;
    notified = notifiedFor(recipientId, teamManagerId);
  } else {
    stage = route === 'FORMAL' ? 'FORMAL_STAGE_1' : 'INFORMAL';
    recipientId = teamManagerId;
    notified = notifiedFor(recipientId, teamManagerId);
  }
  return [
    {
      type: 'CrsEscalationRaised',
      data: {
        escalationId,
        azeusNumber,
        teamId: optionalText(d.teamId),
        raisedBy: actor.staffId,
        raisedByRole,
        concern,
        practiceIssue,
        teamManagerId,
        headOfServiceId,
        serious,
        managementDecision,
        stage,
        recipientId,
        notified,
        raisedAt: now,
      },
    },
  ];
}

function recordNotificationSent(command: RecordCrsEscalationNotificationSent, state: CrsEscalation): CrsEscalationEvent[] {
  const escalation = existing(state);
  const { actor, now } = command.metadata;
  // The chair notifies the TM (CRS-1), so the sending is recorded in their name.
  if (actor.staffId !== escalation.raisedBy) {
    throw new DomainError(Code.NOT_THE_RAISER, 'The sending of an escalation is recorded in the name of the chair who raised it', 'FORBIDDEN', {
      rule: RULE,
    });
  }
  const sending = checkedSending(command.data, now, escalation.notifications, Code, RULE);
  if (sending === null) return [];
  return [{ type: 'CrsEscalationNotificationSent', data: { escalationId: escalation.escalationId, ...sending, recordedAt: now } }];
}

function respond(command: RespondToCrsEscalation, state: CrsEscalation): CrsEscalationEvent[] {
  const escalation = open(state);
  const { actor, now } = command.metadata;
  const current = currentStage(escalation);
  if (actor.staffId !== current.recipientId) {
    throw new DomainError(
      Code.NOT_THE_RECIPIENT,
      `Only the recipient of the current stage (${CRS_ESCALATION_STAGE_LABELS[current.stage]}) responds to the escalation (CRS-1)`,
      'FORBIDDEN',
      { rule: RULE },
    );
  }
  const roles = CRS_ESCALATION_STAGE_RECIPIENT_ROLES[current.stage];
  if (!roles.includes(actor.role)) {
    throw new DomainError(
      Code.RECIPIENT_ROLE_NOT_ALLOWED,
      `${CRS_ESCALATION_STAGE_LABELS[current.stage]} is answered by a ${roles.join(' or ')}, not a ${actor.role} (CRS-1)`,
      'FORBIDDEN',
      { rule: RULE },
    );
  }
  if (current.respondedAt !== null) {
    throw new DomainError(Code.ALREADY_RESPONDED, `The ${current.stage} stage was responded to at ${current.respondedAt}`, 'CONFLICT', {
      rule: RULE,
    });
  }
  return [
    {
      type: 'CrsEscalationResponded',
      data: {
        escalationId: escalation.escalationId,
        stage: current.stage,
        respondedBy: actor.staffId,
        response: required(command.data.response, 'response'),
        respondedAt: now,
      },
    },
  ];
}

function escalate(command: EscalateCrsEscalation, state: CrsEscalation): CrsEscalationEvent[] {
  const escalation = byRaiser(open(state), command.metadata);
  const current = currentStage(escalation);
  const next = nextCrsEscalationStage(current.stage);
  if (next === null) {
    throw new DomainError(Code.LAST_STAGE, `${CRS_ESCALATION_STAGE_LABELS[current.stage]} is the last stage of the escalation process`, 'CONFLICT', {
      rule: RULE,
    });
  }
  const d = command.data;
  const reason = required(d.reason, 'reason');
  const fallback = next === 'FORMAL_STAGE_1' ? escalation.teamManagerId : next === 'FORMAL_STAGE_2' ? escalation.headOfServiceId : null;
  const recipientId = optionalText(d.recipientId) ?? fallback;
  if (recipientId === null) {
    throw new DomainError(
      Code.RECIPIENT_REQUIRED,
      `${CRS_ESCALATION_STAGE_LABELS[next]}: name the ${CRS_ESCALATION_STAGE_RECIPIENT_ROLES[next].join(' or ')} in recipientId (CRS-1)`,
      'BAD_USER_INPUT',
      { field: 'recipientId', rule: RULE },
    );
  }
  notTheRaiser(recipientId, escalation.raisedBy, 'recipientId');
  return [
    {
      type: 'CrsEscalationEscalated',
      data: {
        escalationId: escalation.escalationId,
        fromStage: current.stage,
        stage: next,
        recipientId,
        reason,
        azeusNumber: escalation.azeusNumber,
        concern: escalation.concern,
        notified: notifiedFor(recipientId, escalation.teamManagerId),
        escalatedBy: command.metadata.actor.staffId,
        escalatedAt: command.metadata.now,
      },
    },
  ];
}

function resolve(command: ResolveCrsEscalation, state: CrsEscalation): CrsEscalationEvent[] {
  const escalation = byRaiser(open(state), command.metadata);
  const current = currentStage(escalation);
  if (current.respondedAt === null) {
    throw new DomainError(
      Code.NO_RESPONSE_TO_ACCEPT,
      `The chair resolves the escalation by accepting the response of the current stage; ${CRS_ESCALATION_STAGE_LABELS[current.stage]} has not responded yet (CRS-1)`,
      'CONFLICT',
      { rule: RULE },
    );
  }
  const d = command.data;
  const outcome = required(d.outcome, 'outcome');
  const agreedActions = checkedActions(d.agreedActions, dayOfInstant(command.metadata.now));
  return [
    {
      type: 'CrsEscalationResolved',
      data: {
        escalationId: escalation.escalationId,
        stage: current.stage,
        resolution: crsEscalationResolutionAt(current.stage),
        outcome,
        agreedActions,
        azeusNumber: escalation.azeusNumber,
        teamId: escalation.teamId,
        resolvedBy: command.metadata.actor.staffId,
        resolvedAt: command.metadata.now,
      },
    },
  ];
}

function withdraw(command: WithdrawCrsEscalation, state: CrsEscalation): CrsEscalationEvent[] {
  const escalation = byRaiser(open(state), command.metadata);
  return [
    {
      type: 'CrsEscalationWithdrawn',
      data: {
        escalationId: escalation.escalationId,
        stage: currentStage(escalation).stage,
        reason: required(command.data.reason, 'reason'),
        withdrawnBy: command.metadata.actor.staffId,
        withdrawnAt: command.metadata.now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

function existing(state: CrsEscalation): Exclude<CrsEscalation, { status: 'NOT_RAISED' }> {
  if (state.status === 'NOT_RAISED') {
    throw new DomainError(Code.NOT_FOUND, 'No escalation has been raised with this id', 'NOT_FOUND', { field: 'escalationId' });
  }
  return state;
}

function open(state: CrsEscalation): OpenCrsEscalation {
  const escalation = existing(state);
  if (escalation.status !== 'OPEN') {
    const when = escalation.status === 'RESOLVED' ? escalation.resolvedAt : escalation.withdrawnAt;
    throw new DomainError(Code.CLOSED, `Escalation ${escalation.escalationId} was ${escalation.status.toLowerCase()} at ${when}`, 'CONFLICT', {
      field: 'escalationId',
      rule: RULE,
    });
  }
  return escalation;
}

function byRaiser(escalation: OpenCrsEscalation, metadata: CommandMetadata): OpenCrsEscalation {
  if (metadata.actor.staffId !== escalation.raisedBy) {
    throw new DomainError(
      Code.NOT_THE_RAISER,
      'Only the chair who raised the escalation takes it further, accepts its resolution or withdraws it (CRS-1)',
      'FORBIDDEN',
      { rule: RULE },
    );
  }
  return escalation;
}

function notTheRaiser(staffId: string, raisedBy: string, field: string): void {
  if (staffId === raisedBy) {
    throw new DomainError(Code.RECIPIENT_IS_RAISER, `${field}: a chair does not escalate to themself (CRS-1)`, 'BAD_USER_INPUT', {
      field,
      rule: RULE,
    });
  }
}

/** The stage's recipient, and the child's TM kept informed when the stage went to someone else. */
function notifiedFor(recipientId: string, teamManagerId: string): CrsEscalationNotified[] {
  return recipientId === teamManagerId
    ? [{ staffId: recipientId, as: 'RECIPIENT' }]
    : [
        { staffId: recipientId, as: 'RECIPIENT' },
        { staffId: teamManagerId, as: 'TEAM_MANAGER' },
      ];
}

function checkedActions(value: ResolveCrsEscalation['data']['agreedActions'], today: string): CrsEscalationAgreedAction[] {
  const inputs = Array.isArray(value) ? value : [];
  const actions = inputs.map((input, i): CrsEscalationAgreedAction => {
    const field = (name: string) => `agreedActions.${i}.${name}`;
    const action = {
      actionId: required(input?.actionId, field('actionId')),
      description: required(input?.description, field('description')),
      ownerId: required(input?.ownerId, field('ownerId')),
      managerId: required(input?.managerId, field('managerId')),
      timescale: isoDate(input?.timescale, field('timescale'), Code.INVALID_DATE, RULE),
    };
    if (action.ownerId === action.managerId) {
      throw new DomainError(
        Code.OWNER_IS_MANAGER,
        `${field('managerId')}: the manager who reviews an action is not its owner (CRS-1, CFA-7)`,
        'BAD_USER_INPUT',
        { field: field('managerId'), rule: RULE },
      );
    }
    if (action.timescale < today) {
      throw new DomainError(
        Code.TIMESCALE_IN_THE_PAST,
        `${field('timescale')} (${action.timescale}) is before the day of resolution (${today}) (CRS-1)`,
        'BAD_USER_INPUT',
        { field: field('timescale'), rule: RULE },
      );
    }
    return action;
  });
  const ids = actions.map((a) => a.actionId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw new DomainError(Code.ACTION_DUPLICATED, `agreedActions: action ${duplicate} is agreed twice (CRS-1)`, 'BAD_USER_INPUT', {
      field: 'agreedActions',
      rule: RULE,
    });
  }
  return actions;
}

function flag(value: unknown, field: string): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  throw new DomainError(Code.FIELD_REQUIRED, `${field} must be true or false`, 'BAD_USER_INPUT', { field, rule: RULE });
}

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) throw new DomainError(Code.FIELD_REQUIRED, `${field} is required (CRS-1)`, 'BAD_USER_INPUT', { field, rule: RULE });
  return text;
}
