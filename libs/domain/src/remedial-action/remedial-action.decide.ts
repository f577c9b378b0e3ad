import { assertNever, type Actor, type Decider, type Role } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import {
  checkedSending,
  dayOfInstant,
  isoDate,
  isoInstant,
  oneOf,
  optionalText,
  requiredText,
} from './remedial-action.checks.js';
import type {
  AcknowledgeRemedialAction,
  CompleteRemedialAction,
  RaiseRemedialAction,
  RecordRemedialActionNotificationSent,
  RemedialActionCommand,
  ReopenRemedialAction,
  VerifyRemedialAction,
} from './remedial-action.commands.js';
import { RemedialActionErrorCode as Code } from './remedial-action.errors.js';
import type { RemedialActionEvent } from './remedial-action.events.js';
import {
  evolve,
  initialState,
  type CompletedRemedialAction,
  type ExistingRemedialAction,
  type RemedialAction,
} from './remedial-action.state.js';
import {
  COPY_TO_ROLES,
  REMEDIAL_ACTION_SOURCE_KINDS,
  type CopyRecipient,
  type RemedialActionSourceKind,
} from './remedial-action.values.js';

/**
 * Who does what (CFA-5, CFA-7), decided here and documented once:
 * - An auditor or manager raises an action (the roles that audit, moderate or commission audits);
 *   a social worker, inspector or reader may not.
 * - The notification is recorded by whoever raised the action: the framework makes sending it the
 *   auditor's duty, and the outbox sends it on their behalf.
 * - Only the owner acknowledges and completes it; completing needs an acknowledgement first, so the
 *   history always shows the owner took the action on before saying it is done.
 * - Only the manager verifies or reopens it, and only once it is completed: the manager reviews
 *   completion in supervision (CFA-5), so the owner and the manager are never the same person.
 */
export const ROLES_THAT_MAY_RAISE: readonly Role[] = [
  'TEAM_MANAGER',
  'ADVANCED_PRACTITIONER',
  'HEAD_OF_SERVICE',
  'CHIEF_OFFICER',
  'DIRECTOR',
  'SQA_OFFICER',
  'SQA_MANAGER',
  'CRS_TEAM_MANAGER',
];

/**
 * An IRO or CP chair raises actions only from the Conference and Review Service's own records (an
 * escalation they raised, a midway review they held: CRS-1, CRS-3), never from a case file audit.
 */
const CHAIR_ROLES: readonly Role[] = ['IRO', 'CP_CHAIR'];
const CHAIR_SOURCE_KINDS: readonly string[] = ['CRS_ESCALATION', 'MIDWAY_REVIEW'];

/** Sources that are always about one child's case: their actions are recorded against it (CFA-7). */
const CASE_SOURCE_KINDS: readonly RemedialActionSourceKind[] = ['CASE_FILE_AUDIT', 'DIP_SAMPLE'];

export function decide(command: RemedialActionCommand, state: RemedialAction): RemedialActionEvent[] {
  switch (command.type) {
    case 'RaiseRemedialAction':
      return raise(command, state);
    case 'RecordRemedialActionNotificationSent':
      return recordNotificationSent(command, state);
    case 'AcknowledgeRemedialAction':
      return acknowledge(command, state);
    case 'CompleteRemedialAction':
      return complete(command, state);
    case 'VerifyRemedialAction':
      return verify(command, state);
    case 'ReopenRemedialAction':
      return reopen(command, state);
    default:
      return assertNever(command);
  }
}

export const remedialActionDecider: Decider<RemedialActionCommand, RemedialAction, RemedialActionEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function raise(command: RaiseRemedialAction, state: RemedialAction): RemedialActionEvent[] {
  const { actor, now } = command.metadata;
  if (state.status !== 'NOT_RAISED') {
    throw new DomainError(Code.ALREADY_RAISED, `Remedial action ${state.actionId} has already been raised`, 'CONFLICT', {
      field: 'actionId',
    });
  }
  const chairRaisingFromCrs = CHAIR_ROLES.includes(actor.role) && CHAIR_SOURCE_KINDS.includes(String(command.data.source?.kind));
  if (!ROLES_THAT_MAY_RAISE.includes(actor.role) && !chairRaisingFromCrs) {
    throw new DomainError(Code.ROLE_MAY_NOT_RAISE, `A ${actor.role} may not raise a remedial action`, 'FORBIDDEN', {
      rule: 'CFA-7',
    });
  }
  const d = command.data;
  const source = d.source ?? ({} as Partial<RaiseRemedialAction['data']['source']>);
  const kind = oneOf(source.kind, REMEDIAL_ACTION_SOURCE_KINDS, 'source.kind', Code.SOURCE_KIND_UNKNOWN, 'source kind');
  const submittedAt = isoInstant(source.submittedAt, 'source.submittedAt', Code.INVALID_INSTANT, 'CFA-7');
  if (Date.parse(submittedAt) > Date.parse(now)) {
    throw new DomainError(
      Code.SOURCE_NOT_YET_SUBMITTED,
      `An action is raised from a submitted record; the source says it was submitted at ${submittedAt}, after now (${now})`,
      'BAD_USER_INPUT',
      { field: 'source.submittedAt', rule: 'CFA-7' },
    );
  }
  const ownerId = required(d.ownerId, 'ownerId');
  const managerId = required(d.managerId, 'managerId');
  if (ownerId === managerId) {
    throw new DomainError(
      Code.OWNER_IS_MANAGER,
      'The manager reviews completion of the action in supervision, so the owner cannot also be the manager',
      'BAD_USER_INPUT',
      { field: 'managerId', rule: 'CFA-5' },
    );
  }
  const timescale = isoDate(d.timescale, 'timescale', Code.INVALID_DATE, 'CFA-7');
  const raisedOn = dayOfInstant(now);
  if (timescale < raisedOn) {
    throw new DomainError(
      Code.TIMESCALE_BEFORE_RAISED,
      `The timescale (${timescale}) is before the day the action is raised (${raisedOn})`,
      'BAD_USER_INPUT',
      { field: 'timescale', rule: 'CFA-7' },
    );
  }
  return [
    {
      type: 'RemedialActionRaised',
      data: {
        actionId: required(d.actionId, 'actionId'),
        source: { kind, id: required(source.id, 'source.id'), submittedAt },
        recommendationId: optionalText(d.recommendationId),
        azeusNumber: CASE_SOURCE_KINDS.includes(kind) ? required(d.azeusNumber, 'azeusNumber') : optionalText(d.azeusNumber),
        teamId: optionalText(d.teamId),
        ownerId,
        managerId,
        copyTo: copyRecipients(d.copyTo, ownerId, managerId),
        description: requiredText(d.description, 'description', Code.DESCRIPTION_REQUIRED, 'A description of the action', 'CFA-7'),
        timescale,
        raisedBy: { staffId: actor.staffId, role: actor.role },
        raisedAt: now,
      },
    },
  ];
}

function recordNotificationSent(
  command: RecordRemedialActionNotificationSent,
  state: RemedialAction,
): RemedialActionEvent[] {
  const action = existing(state);
  const { actor, now } = command.metadata;
  if (actor.staffId !== action.raisedBy.staffId) {
    throw new DomainError(
      Code.NOT_THE_RAISER,
      'Only whoever raised the action records its notification (the auditor notifies the worker and manager)',
      'FORBIDDEN',
      { rule: 'CFA-7' },
    );
  }
  const sending = checkedSending(command.data, now, action.notifications, Code, 'CFA-7');
  if (sending === null) return [];
  return [
    {
      type: 'RemedialActionNotificationSent',
      data: {
        actionId: action.actionId,
        ...sending,
        recordedAt: now,
      },
    },
  ];
}

function acknowledge(command: AcknowledgeRemedialAction, state: RemedialAction): RemedialActionEvent[] {
  const action = existing(state);
  mustBeTheOwner(action, command.metadata.actor);
  switch (action.status) {
    case 'RAISED':
    case 'REOPENED':
      return [
        {
          type: 'RemedialActionAcknowledged',
          data: { actionId: action.actionId, acknowledgedBy: command.metadata.actor.staffId, acknowledgedAt: command.metadata.now },
        },
      ];
    case 'ACKNOWLEDGED':
      throw new DomainError(Code.ALREADY_ACKNOWLEDGED, `Remedial action ${action.actionId} is already acknowledged`, 'CONFLICT');
    case 'COMPLETED':
    case 'VERIFIED':
      throw alreadyCompleted(action.actionId);
    default:
      return assertNever(action);
  }
}

function complete(command: CompleteRemedialAction, state: RemedialAction): RemedialActionEvent[] {
  const action = existing(state);
  mustBeTheOwner(action, command.metadata.actor);
  switch (action.status) {
    case 'RAISED':
    case 'REOPENED':
      throw new DomainError(
        Code.NOT_ACKNOWLEDGED,
        `Acknowledge remedial action ${action.actionId} before completing it`,
        'CONFLICT',
        { rule: 'CFA-7' },
      );
    case 'ACKNOWLEDGED':
      return [
        {
          type: 'RemedialActionCompleted',
          data: {
            actionId: action.actionId,
            evidence: requiredText(command.data.evidence, 'evidence', Code.EVIDENCE_REQUIRED, 'Evidence of completion', 'CFA-7'),
            completedBy: command.metadata.actor.staffId,
            completedAt: command.metadata.now,
          },
        },
      ];
    case 'COMPLETED':
    case 'VERIFIED':
      throw alreadyCompleted(action.actionId);
    default:
      return assertNever(action);
  }
}

function verify(command: VerifyRemedialAction, state: RemedialAction): RemedialActionEvent[] {
  const action = completed(existing(state), command.metadata.actor);
  const supervisionDate = isoDate(command.data.supervisionDate, 'supervisionDate', Code.INVALID_DATE, 'CFA-5');
  const completedOn = dayOfInstant(action.completedAt);
  const today = dayOfInstant(command.metadata.now);
  if (supervisionDate < completedOn || supervisionDate > today) {
    throw new DomainError(
      Code.SUPERVISION_DATE_OUT_OF_RANGE,
      `The supervision reviewing the action is dated between its completion (${completedOn}) and today (${today}), not ${supervisionDate}`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'CFA-5' },
    );
  }
  return [
    {
      type: 'RemedialActionVerified',
      data: {
        actionId: action.actionId,
        verifiedBy: command.metadata.actor.staffId,
        supervisionDate,
        supervisionSessionId: optionalText(command.data.supervisionSessionId),
        verifiedAt: command.metadata.now,
      },
    },
  ];
}

function reopen(command: ReopenRemedialAction, state: RemedialAction): RemedialActionEvent[] {
  const action = completed(existing(state), command.metadata.actor);
  const reason = requiredText(command.data.reason, 'reason', Code.REASON_REQUIRED, 'Why the action is not done', 'CFA-5');
  const timescale = isoDate(command.data.timescale, 'timescale', Code.INVALID_DATE, 'CFA-7');
  const today = dayOfInstant(command.metadata.now);
  if (timescale < today) {
    throw new DomainError(
      Code.TIMESCALE_IN_THE_PAST,
      `A reopened action needs a new timescale from today (${today}), not ${timescale}`,
      'BAD_USER_INPUT',
      { field: 'timescale', rule: 'CFA-7' },
    );
  }
  return [
    {
      type: 'RemedialActionReopened',
      data: {
        actionId: action.actionId,
        reason,
        previousTimescale: action.timescale,
        timescale,
        reopenedBy: command.metadata.actor.staffId,
        reopenedAt: command.metadata.now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

function existing(state: RemedialAction): ExistingRemedialAction {
  if (state.status === 'NOT_RAISED') {
    throw new DomainError(Code.NOT_FOUND, 'No remedial action has been raised with this id', 'NOT_FOUND', { field: 'actionId' });
  }
  return state;
}

function mustBeTheOwner(action: ExistingRemedialAction, actor: Actor): void {
  if (actor.staffId !== action.ownerId) {
    throw new DomainError(Code.NOT_THE_OWNER, 'Only the owner of the remedial action may do this', 'FORBIDDEN', { rule: 'CFA-7' });
  }
}

/** A completed action the actor, as its manager, may verify or reopen (CFA-5). */
function completed(action: ExistingRemedialAction, actor: Actor): CompletedRemedialAction {
  if (actor.staffId !== action.managerId) {
    throw new DomainError(
      Code.NOT_THE_MANAGER,
      'Only the manager named on the action reviews its completion in supervision',
      'FORBIDDEN',
      { rule: 'CFA-5' },
    );
  }
  switch (action.status) {
    case 'COMPLETED':
      return action;
    case 'VERIFIED':
      throw new DomainError(Code.ALREADY_VERIFIED, `Remedial action ${action.actionId} is already verified`, 'CONFLICT', {
        rule: 'CFA-5',
      });
    case 'RAISED':
    case 'REOPENED':
    case 'ACKNOWLEDGED':
      throw new DomainError(
        Code.NOT_COMPLETED,
        `Remedial action ${action.actionId} has not been completed by its owner`,
        'CONFLICT',
        { rule: 'CFA-5' },
      );
    default:
      return assertNever(action);
  }
}

function alreadyCompleted(actionId: string): DomainError {
  return new DomainError(Code.ALREADY_COMPLETED, `Remedial action ${actionId} is already completed`, 'CONFLICT');
}

function copyRecipients(value: unknown, ownerId: string, managerId: string): CopyRecipient[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new DomainError(Code.COPY_TO_INVALID, 'copyTo must be a list of IRO / CP chair staff', 'BAD_USER_INPUT', {
      field: 'copyTo',
      rule: 'CFA-7',
    });
  }
  const recipients: CopyRecipient[] = [];
  for (const entry of value as unknown[]) {
    const given = (typeof entry === 'object' && entry !== null ? entry : {}) as { staffId?: unknown; role?: unknown };
    const staffId = requiredText(given.staffId, 'copyTo', Code.COPY_TO_INVALID, 'The staff id of each person copied in', 'CFA-7');
    const role = oneOf(given.role, COPY_TO_ROLES, 'copyTo', Code.COPY_TO_INVALID, 'copy-to role', 'CFA-7');
    if (staffId === ownerId || staffId === managerId) {
      throw new DomainError(
        Code.COPY_TO_INVALID,
        `${staffId} is the owner or the manager and is notified anyway; copy in the IRO or CP chair`,
        'BAD_USER_INPUT',
        { field: 'copyTo', rule: 'CFA-7' },
      );
    }
    if (!recipients.some((r) => r.staffId === staffId)) recipients.push({ staffId, role });
  }
  return recipients;
}

function required(value: unknown, field: string): string {
  return requiredText(value, field, Code.FIELD_REQUIRED, field);
}
