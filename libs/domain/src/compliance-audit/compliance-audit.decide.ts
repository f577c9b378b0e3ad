import { assertNever, type Actor, type Decider, type Role } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { dayOf, fieldChecks } from '../csv/field-checks.js';
import type {
  CompleteComplianceAudit,
  ComplianceAuditCommand,
  RecordComplianceCheck,
  RecordManagementDirectionCaseNote,
  ReviewComplianceActionsInSupervision,
  StartComplianceAudit,
} from './compliance-audit.commands.js';
import { ComplianceAuditErrorCode as Code } from './compliance-audit.errors.js';
import type { ComplianceAuditEvent } from './compliance-audit.events.js';
import {
  evolve,
  initialState,
  openActionIds,
  type ComplianceAudit,
  type CompletedComplianceAudit,
  type InProgressComplianceAudit,
} from './compliance-audit.state.js';
import {
  COMPLIANCE_CHECK_ITEMS,
  COMPLIANCE_CHECK_ITEM_LABELS,
  type ComplianceActionReviewOutcome,
  type ComplianceCheckItem,
  type ManagementDirectionAction,
} from './compliance-audit.values.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

/** CFA-4, CFA-5: compliance audits are done, and their actions reviewed, by the TMs and APs who supervise staff. */
const SUPERVISING_ROLES: readonly Role[] = ['TEAM_MANAGER', 'ADVANCED_PRACTITIONER'];

export function decide(command: ComplianceAuditCommand, state: ComplianceAudit): ComplianceAuditEvent[] {
  switch (command.type) {
    case 'StartComplianceAudit':
      return start(command, state);
    case 'RecordComplianceCheck':
      return recordCheck(command, state);
    case 'RecordManagementDirectionCaseNote':
      return recordCaseNote(command, state);
    case 'CompleteComplianceAudit':
      return complete(command, state);
    case 'ReviewComplianceActionsInSupervision':
      return review(command, state);
    default:
      return assertNever(command);
  }
}

export const complianceAuditDecider: Decider<ComplianceAuditCommand, ComplianceAudit, ComplianceAuditEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function start(command: StartComplianceAudit, state: ComplianceAudit): ComplianceAuditEvent[] {
  const d = command.data;
  const actor = command.metadata.actor;
  const complianceAuditId = check.id(d.complianceAuditId, 'complianceAuditId');
  const azeusNumber = check.requiredText(d.azeusNumber, 'azeusNumber');
  const superviseeId = check.id(d.superviseeId, 'superviseeId');
  const teamId = check.optionalId(d.teamId, 'teamId');
  const supervisionDate = check.isoDate(d.supervisionDate, 'supervisionDate');
  const supervisionSessionId = check.optionalId(d.supervisionSessionId, 'supervisionSessionId');

  if (state.status !== 'NOT_STARTED') {
    const same =
      state.auditorId === actor.staffId &&
      state.azeusNumber === azeusNumber &&
      state.superviseeId === superviseeId &&
      state.supervisionDate === supervisionDate &&
      state.supervisionSessionId === supervisionSessionId &&
      state.teamId === teamId;
    if (same) return [];
    throw new DomainError(Code.ALREADY_STARTED, `Compliance audit ${complianceAuditId} is already started`, 'CONFLICT', {
      field: 'complianceAuditId',
    });
  }
  mustSupervise(actor, 'CFA-4');
  if (superviseeId === actor.staffId) {
    throw new DomainError(
      Code.AUDITING_OWN_CASE,
      'A compliance audit is of a case held by a member of staff the auditor supervises, not of their own',
      'BAD_USER_INPUT',
      { field: 'superviseeId', rule: 'CFA-4' },
    );
  }
  if (supervisionDate < dayOf(command.metadata.now)) {
    throw new DomainError(
      Code.SUPERVISION_PASSED,
      `A compliance audit precedes a supervision; the supervision of ${supervisionDate} has passed`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'CFA-4' },
    );
  }
  return [
    {
      type: 'ComplianceAuditStarted',
      data: {
        complianceAuditId,
        azeusNumber,
        superviseeId,
        auditorId: actor.staffId,
        teamId,
        supervisionDate,
        supervisionSessionId,
        startedAt: command.metadata.now,
      },
    },
  ];
}

function recordCheck(command: RecordComplianceCheck, state: ComplianceAudit): ComplianceAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const d = command.data;
  const item = checklistItem(d.item);
  const met = check.yesNo(d.met, 'met');
  const comment = check.optionalText(d.comment);
  if (!met && comment === null) {
    throw new DomainError(
      Code.COMMENT_REQUIRED,
      `Say what is wrong where "${COMPLIANCE_CHECK_ITEM_LABELS[item]}" is not met`,
      'BAD_USER_INPUT',
      { field: 'comment', rule: 'CFA-5' },
    );
  }
  const previous = audit.checks[item];
  if (previous !== undefined && previous.met === met && previous.comment === comment) return [];
  return [
    {
      type: 'ComplianceCheckRecorded',
      data: { complianceAuditId: audit.complianceAuditId, item, met, comment, recordedAt: command.metadata.now },
    },
  ];
}

function recordCaseNote(command: RecordManagementDirectionCaseNote, state: ComplianceAudit): ComplianceAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const d = command.data;
  const note = check.requiredText(d.note, 'note', 'The management direction case note');
  const today = dayOf(command.metadata.now);
  const given = Array.isArray(d.actions) ? d.actions : [];
  if (given.length === 0) {
    throw new DomainError(
      Code.ACTIONS_REQUIRED,
      'A management direction case note details the required actions and their timescales',
      'BAD_USER_INPUT',
      { field: 'actions', rule: 'CFA-5' },
    );
  }
  const actions: ManagementDirectionAction[] = [];
  for (const input of given) {
    const actionId = check.id(input?.actionId, 'actionId');
    if (actions.some((a) => a.actionId === actionId)) {
      throw new DomainError(Code.ACTION_DUPLICATED, `Action ${actionId} is listed twice`, 'BAD_USER_INPUT', { field: 'actionId' });
    }
    const timescale = check.isoDate(input.timescale, 'timescale');
    if (timescale < today) {
      throw new DomainError(Code.TIMESCALE_PASSED, `The timescale of action ${actionId} (${timescale}) has already passed`, 'BAD_USER_INPUT', {
        field: 'timescale',
        rule: 'CFA-5',
      });
    }
    actions.push({
      actionId,
      description: check.requiredText(input.description, 'description', `What action ${actionId} requires`),
      timescale,
      ownerId: check.optionalId(input.ownerId, 'ownerId') ?? audit.superviseeId,
    });
  }
  const caseNoteReference = check.optionalText(d.caseNoteReference);
  const previous = audit.caseNote;
  if (
    previous !== null &&
    previous.note === note &&
    previous.caseNoteReference === caseNoteReference &&
    JSON.stringify(previous.actions) === JSON.stringify(actions)
  ) {
    return [];
  }
  return [
    {
      type: 'ManagementDirectionCaseNoteRecorded',
      data: { complianceAuditId: audit.complianceAuditId, note, actions, caseNoteReference, recordedAt: command.metadata.now },
    },
  ];
}

function complete(command: CompleteComplianceAudit, state: ComplianceAudit): ComplianceAuditEvent[] {
  const audit = editable(state, command.metadata.actor);
  const unanswered = COMPLIANCE_CHECK_ITEMS.filter((item) => audit.checks[item] === undefined);
  if (unanswered.length > 0) {
    throw new DomainError(
      Code.CHECKLIST_INCOMPLETE,
      `The compliance checklist is not answered for: ${unanswered.map((item) => COMPLIANCE_CHECK_ITEM_LABELS[item]).join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'checks', rule: 'CFA-5' },
    );
  }
  const itemsNotMet = COMPLIANCE_CHECK_ITEMS.filter((item) => audit.checks[item]?.met === false);
  if (itemsNotMet.length > 0 && audit.caseNote === null) {
    throw new DomainError(
      Code.CASE_NOTE_REQUIRED,
      `CFA-5: ${itemsNotMet.map((item) => COMPLIANCE_CHECK_ITEM_LABELS[item]).join(', ')} ${itemsNotMet.length === 1 ? 'is' : 'are'} not met, ` +
        'so a management direction case note with the required actions and timescales must be recorded before the audit is completed',
      'BAD_USER_INPUT',
      { field: 'caseNote', rule: 'CFA-5' },
    );
  }
  return [
    {
      type: 'ComplianceAuditCompleted',
      data: {
        complianceAuditId: audit.complianceAuditId,
        completedOn: dayOf(command.metadata.now),
        completedAt: command.metadata.now,
        itemsNotMet,
        actionIds: (audit.caseNote?.actions ?? []).map((a) => a.actionId),
      },
    },
  ];
}

function review(command: ReviewComplianceActionsInSupervision, state: ComplianceAudit): ComplianceAuditEvent[] {
  const audit = completed(state);
  const actor = command.metadata.actor;
  mustSupervise(actor, 'CFA-5');
  if (actor.staffId === audit.superviseeId) {
    throw new DomainError(Code.NOT_A_SUPERVISOR, 'The supervisee cannot review their own actions', 'FORBIDDEN', { rule: 'CFA-5' });
  }
  const d = command.data;
  const supervisionDate = check.isoDate(d.supervisionDate, 'supervisionDate');
  const supervisionSessionId = check.optionalId(d.supervisionSessionId, 'supervisionSessionId');
  if ((audit.caseNote?.actions ?? []).length === 0) {
    throw new DomainError(
      Code.NO_ACTIONS_TO_REVIEW,
      `Compliance audit ${audit.complianceAuditId} required no actions, so there is nothing to review in supervision`,
      'CONFLICT',
      { rule: 'CFA-5' },
    );
  }
  const open = openActionIds(audit);
  if (open.length === 0) {
    throw new DomainError(
      Code.ACTIONS_ALL_COMPLETED,
      `Every action of compliance audit ${audit.complianceAuditId} has already been reviewed as completed`,
      'CONFLICT',
      { rule: 'CFA-5' },
    );
  }
  if (supervisionDate < audit.completedOn) {
    throw new DomainError(
      Code.REVIEW_BEFORE_COMPLETION,
      `The actions arose on ${audit.completedOn}; a supervision on ${supervisionDate} cannot have reviewed them`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'CFA-5' },
    );
  }
  if (supervisionDate > dayOf(command.metadata.now)) {
    throw new DomainError(Code.REVIEW_IN_FUTURE, `A review is recorded once the supervision has been held, not for ${supervisionDate}`, 'BAD_USER_INPUT', {
      field: 'supervisionDate',
    });
  }

  const outcomes: ComplianceActionReviewOutcome[] = [];
  for (const input of Array.isArray(d.outcomes) ? d.outcomes : []) {
    const actionId = check.id(input?.actionId, 'actionId');
    if (!(audit.caseNote?.actions ?? []).some((a) => a.actionId === actionId)) {
      throw new DomainError(Code.ACTION_UNKNOWN, `Action ${actionId} is not in the management direction case note`, 'BAD_USER_INPUT', {
        field: 'actionId',
      });
    }
    if (!open.includes(actionId)) {
      throw new DomainError(Code.ACTION_ALREADY_COMPLETED, `Action ${actionId} was already reviewed as completed`, 'BAD_USER_INPUT', {
        field: 'actionId',
      });
    }
    if (outcomes.some((o) => o.actionId === actionId)) {
      throw new DomainError(Code.ACTION_DUPLICATED, `Action ${actionId} is reviewed twice`, 'BAD_USER_INPUT', { field: 'actionId' });
    }
    const completedAction = check.yesNo(input.completed, 'completed');
    const comment = check.optionalText(input.comment);
    if (!completedAction && comment === null) {
      throw new DomainError(Code.COMMENT_REQUIRED, `Say why action ${actionId} is not completed and what happens next`, 'BAD_USER_INPUT', {
        field: 'comment',
        rule: 'CFA-5',
      });
    }
    outcomes.push({ actionId, completed: completedAction, comment });
  }
  // CFA-5: the manager reviews completion of "these actions": every action still open is reviewed.
  const unreviewed = open.filter((id) => !outcomes.some((o) => o.actionId === id));
  if (unreviewed.length > 0) {
    throw new DomainError(Code.ACTION_NOT_REVIEWED, `Review every open action; not reviewed: ${unreviewed.join(', ')}`, 'BAD_USER_INPUT', {
      field: 'outcomes',
      rule: 'CFA-5',
    });
  }
  return [
    {
      type: 'ComplianceActionsReviewedInSupervision',
      data: {
        complianceAuditId: audit.complianceAuditId,
        supervisionDate,
        supervisionSessionId,
        outcomes,
        allActionsCompleted: outcomes.every((o) => o.completed),
        reviewedBy: actor.staffId,
        reviewedAt: command.metadata.now,
      },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

function mustSupervise(actor: Actor, rule: 'CFA-4' | 'CFA-5'): void {
  if (SUPERVISING_ROLES.includes(actor.role)) return;
  throw new DomainError(
    Code.NOT_A_SUPERVISOR,
    `${rule}: compliance audits are done by the team manager or advanced practitioner supervising the member of staff`,
    'FORBIDDEN',
    { rule },
  );
}

function existing(state: ComplianceAudit): InProgressComplianceAudit | CompletedComplianceAudit {
  if (state.status === 'NOT_STARTED') {
    throw new DomainError(Code.NOT_FOUND, 'No compliance audit has been started with this id', 'NOT_FOUND', {
      field: 'complianceAuditId',
    });
  }
  return state;
}

/** An audit the actor may fill in: it exists, they are its auditor, and it is not completed. */
function editable(state: ComplianceAudit, actor: Actor): InProgressComplianceAudit {
  const audit = existing(state);
  if (audit.auditorId !== actor.staffId) {
    throw new DomainError(Code.NOT_THE_AUDITOR, 'Only the auditor of this compliance audit may do this', 'FORBIDDEN');
  }
  if (audit.status === 'COMPLETED') {
    throw new DomainError(
      Code.ALREADY_COMPLETED,
      `Compliance audit ${audit.complianceAuditId} was completed on ${audit.completedOn} and can no longer be changed`,
      'CONFLICT',
    );
  }
  return audit;
}

function completed(state: ComplianceAudit): CompletedComplianceAudit {
  const audit = existing(state);
  if (audit.status !== 'COMPLETED') {
    throw new DomainError(
      Code.NOT_COMPLETED,
      `Compliance audit ${audit.complianceAuditId} is not completed, so its actions cannot yet be reviewed`,
      'CONFLICT',
      { rule: 'CFA-5' },
    );
  }
  return audit;
}

function checklistItem(value: unknown): ComplianceCheckItem {
  if (typeof value === 'string' && (COMPLIANCE_CHECK_ITEMS as readonly string[]).includes(value)) return value as ComplianceCheckItem;
  throw new DomainError(
    Code.ITEM_UNKNOWN,
    `Unknown compliance check ${JSON.stringify(value)}; expected one of ${COMPLIANCE_CHECK_ITEMS.join(', ')}`,
    'BAD_USER_INPUT',
    { field: 'item', rule: 'CFA-5' },
  );
}
