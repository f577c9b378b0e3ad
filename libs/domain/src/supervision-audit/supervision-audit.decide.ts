import { assertNever, type CommandMetadata, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type {
  AcknowledgeChildSafetyEscalation,
  AnswerSupervisionAuditQuestion,
  CompleteSupervisionAudit,
  RecordSupervisionAuditCopySentToSqa,
  RecordSupervisionAuditFindingsReview,
  StartSupervisionAudit,
  SupervisionAuditCommand,
} from './supervision-audit.commands.js';
import { SupervisionAuditErrorCode as Code } from './supervision-audit.errors.js';
import type { SupervisionAuditEvent } from './supervision-audit.events.js';
import {
  evolve,
  initialState,
  type CompletedSupervisionAudit,
  type InProgressSupervisionAudit,
  type SupervisionAudit,
} from './supervision-audit.state.js';
import {
  CHILD_SAFE_QUESTION_KEY,
  REGULAR_SUPERVISION_QUESTION_KEY,
  SUPERVISION_ANSWERS,
  SUPERVISION_AUDIT_DUTIES,
  SUPERVISION_AUDIT_KINDS,
  questionsOf,
  type SupervisionAgreedAction,
} from './supervision-audit.values.js';

export function decide(command: SupervisionAuditCommand, state: SupervisionAudit): SupervisionAuditEvent[] {
  switch (command.type) {
    case 'StartSupervisionAudit':
      return start(command, state);
    case 'AnswerSupervisionAuditQuestion':
      return answer(command, state);
    case 'AcknowledgeChildSafetyEscalation':
      return acknowledgeEscalation(command, state);
    case 'CompleteSupervisionAudit':
      return complete(command, state);
    case 'RecordSupervisionAuditFindingsReview':
      return recordFindingsReview(command, state);
    case 'RecordSupervisionAuditCopySentToSqa':
      return recordCopySentToSqa(command, state);
    default:
      return assertNever(command);
  }
}

export const supervisionAuditDecider: Decider<SupervisionAuditCommand, SupervisionAudit, SupervisionAuditEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function start(command: StartSupervisionAudit, state: SupervisionAudit): SupervisionAuditEvent[] {
  if (state.status !== 'NOT_STARTED') {
    throw new DomainError(Code.ALREADY_STARTED, `Supervision audit ${state.auditId} is already started`, 'CONFLICT', {
      field: 'auditId',
    });
  }
  const d = command.data;
  const actor = command.metadata.actor;
  const kind = SUPERVISION_AUDIT_KINDS.find((k) => k === d.kind);
  if (kind === undefined) {
    throw new DomainError(
      Code.KIND_UNKNOWN,
      `Unknown supervision audit kind ${JSON.stringify(d.kind)}; expected one of ${SUPERVISION_AUDIT_KINDS.join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'kind' },
    );
  }
  const auditorId = required(d.auditorId, 'auditorId');
  const supervisorId = required(d.supervisorId, 'supervisorId');
  const superviseeId = required(d.superviseeId, 'superviseeId');
  if (auditorId !== actor.staffId) {
    throw new DomainError(Code.NOT_THE_AUDITOR, 'A supervision audit is started by its auditor', 'FORBIDDEN', {
      field: 'auditorId',
    });
  }
  // SUP-1 / SUP-2: the actor's role decides whose supervision they audit.
  const duty = SUPERVISION_AUDIT_DUTIES.find((x) => x.auditorRole === actor.role);
  if (duty === undefined) {
    throw new DomainError(
      Code.AUDITOR_ROLE_NOT_ALLOWED,
      `A ${actor.role} does not audit supervision: a Head of Service audits a Team Manager (SUP-1), a Team Manager an Advanced Practitioner (SUP-2)`,
      'FORBIDDEN',
      { field: 'auditorId', rule: 'SUP-1' },
    );
  }
  const supervisorRole = optionalText(d.supervisorRole);
  if (supervisorRole === null) {
    throw new DomainError(
      Code.SUPERVISOR_NOT_IN_STAFF_LIST,
      `supervisorId ${supervisorId} is not in the staff list, so whose supervision is audited cannot be checked (${duty.rule})`,
      'NOT_FOUND',
      { field: 'supervisorId', rule: duty.rule },
    );
  }
  if (supervisorRole !== duty.supervisorRole) {
    throw new DomainError(
      Code.SUPERVISOR_ROLE_NOT_ALLOWED,
      `A ${duty.auditorRole} audits the supervision of a ${duty.supervisorRole} (${duty.rule}), not of a ${supervisorRole}`,
      'FORBIDDEN',
      { field: 'supervisorId', rule: duty.rule },
    );
  }
  if (supervisorId === auditorId) {
    throw new DomainError(Code.OWN_SUPERVISION, 'An auditor does not audit their own supervision', 'FORBIDDEN', {
      field: 'supervisorId',
      rule: duty.rule,
    });
  }
  if (superviseeId === supervisorId) {
    throw new DomainError(
      Code.SUPERVISEE_IS_SUPERVISOR,
      'superviseeId must name the person the audited supervisor supervises, not the supervisor',
      'BAD_USER_INPUT',
      { field: 'superviseeId', rule: duty.rule },
    );
  }
  const caseFileId = kind === 'CASE' ? optionalText(d.caseFileId) : null;
  const azeusNumber = kind === 'CASE' ? optionalText(d.azeusNumber) : null;
  if (kind === 'CASE' && caseFileId === null && azeusNumber === null) {
    throw new DomainError(Code.FIELD_REQUIRED, 'A case supervision audit names the case file audited', 'BAD_USER_INPUT', {
      field: 'caseFileId',
      rule: 'SUP-3',
    });
  }
  return [
    {
      type: 'SupervisionAuditStarted',
      data: {
        auditId: required(d.auditId, 'auditId'),
        kind,
        auditorId,
        auditorRole: actor.role,
        supervisorId,
        supervisorRole: duty.supervisorRole,
        superviseeId,
        teamId: optionalText(d.teamId),
        caseFileId,
        azeusNumber,
        auditDate: isoDate(d.auditDate, 'auditDate'),
        startedAt: command.metadata.now,
      },
    },
  ];
}

function answer(command: AnswerSupervisionAuditQuestion, state: SupervisionAudit): SupervisionAuditEvent[] {
  const audit = inProgress(state, command.metadata);
  const d = command.data;
  const rule = audit.kind === 'CASE' ? 'SUP-3' : 'SUP-4';
  const question = questionsOf(audit.kind).find((q) => q.key === d.questionKey);
  if (question === undefined) {
    throw new DomainError(
      Code.QUESTION_UNKNOWN,
      `A ${audit.kind} supervision audit has no question ${JSON.stringify(d.questionKey)}`,
      'BAD_USER_INPUT',
      { field: 'questionKey', rule },
    );
  }
  const given = SUPERVISION_ANSWERS.find((a) => a === d.answer);
  if (given === undefined) {
    throw new DomainError(Code.ANSWER_UNKNOWN, `Answer yes or no, not ${JSON.stringify(d.answer)}`, 'BAD_USER_INPUT', {
      field: 'answer',
      rule,
    });
  }
  const numberOfSupervisions = supervisionCount(question.key, d.numberOfSupervisions);
  const comments = optionalText(d.comments) ?? '';
  const answered: SupervisionAuditEvent = {
    type: 'SupervisionAuditQuestionAnswered',
    data: {
      auditId: audit.auditId,
      questionKey: question.key,
      question: question.text,
      answer: given,
      comments,
      numberOfSupervisions,
      answeredAt: command.metadata.now,
    },
  };
  // SUP-3: a child not safe goes to the Head of Service at once, and only once.
  if (question.key !== CHILD_SAFE_QUESTION_KEY || given !== 'NO' || audit.escalation !== null) return [answered];
  const headOfServiceId = optionalText(d.headOfServiceId);
  if (headOfServiceId === null) {
    throw new DomainError(
      Code.HEAD_OF_SERVICE_REQUIRED,
      'A child not safe is raised immediately with the Head of Service: name them',
      'BAD_USER_INPUT',
      { field: 'headOfServiceId', rule: 'SUP-3' },
    );
  }
  // The role is checked when it was looked up; null means the staff list does not know them.
  if (d.headOfServiceRole !== undefined && d.headOfServiceRole !== 'HEAD_OF_SERVICE') {
    throw new DomainError(
      Code.NOT_A_HEAD_OF_SERVICE,
      d.headOfServiceRole === null
        ? `headOfServiceId ${headOfServiceId} is not in the staff list; a child not safe is raised with a Head of Service`
        : `headOfServiceId ${headOfServiceId} is a ${d.headOfServiceRole}; a child not safe is raised with a Head of Service`,
      'BAD_USER_INPUT',
      { field: 'headOfServiceId', rule: 'SUP-3' },
    );
  }
  return [
    answered,
    {
      type: 'SupervisionAuditChildSafetyEscalated',
      data: {
        auditId: audit.auditId,
        headOfServiceId,
        caseFileId: audit.caseFileId,
        azeusNumber: audit.azeusNumber,
        comments,
        escalatedBy: command.metadata.actor.staffId,
        escalatedAt: command.metadata.now,
      },
    },
  ];
}

function acknowledgeEscalation(command: AcknowledgeChildSafetyEscalation, state: SupervisionAudit): SupervisionAuditEvent[] {
  const audit = started(state);
  if (audit.escalation === null) {
    throw new DomainError(Code.NO_ESCALATION, `Supervision audit ${audit.auditId} raised no escalation`, 'CONFLICT', {
      rule: 'SUP-3',
    });
  }
  if (command.metadata.actor.staffId !== audit.escalation.headOfServiceId) {
    throw new DomainError(Code.NOT_THE_HEAD_OF_SERVICE, 'Only the Head of Service it was raised with acknowledges it', 'FORBIDDEN', {
      rule: 'SUP-3',
    });
  }
  if (audit.escalation.acknowledgedAt !== null) {
    throw new DomainError(Code.ESCALATION_ACKNOWLEDGED, 'The escalation is already acknowledged', 'CONFLICT', { rule: 'SUP-3' });
  }
  return [
    {
      type: 'SupervisionAuditChildSafetyEscalationAcknowledged',
      data: { auditId: audit.auditId, acknowledgedBy: command.metadata.actor.staffId, acknowledgedAt: command.metadata.now },
    },
  ];
}

function complete(command: CompleteSupervisionAudit, state: SupervisionAudit): SupervisionAuditEvent[] {
  const audit = inProgress(state, command.metadata);
  const unanswered = questionsOf(audit.kind)
    .filter((q) => audit.answers[q.key] === undefined)
    .map((q) => q.key);
  if (unanswered.length > 0) {
    throw new DomainError(
      Code.QUESTIONS_UNANSWERED,
      `Every question is answered before completion; unanswered: ${unanswered.join(', ')}`,
      'BAD_USER_INPUT',
      { field: 'answers', rule: audit.kind === 'CASE' ? 'SUP-3' : 'SUP-4' },
    );
  }
  return [{ type: 'SupervisionAuditCompleted', data: { auditId: audit.auditId, completedAt: command.metadata.now } }];
}

function recordFindingsReview(command: RecordSupervisionAuditFindingsReview, state: SupervisionAudit): SupervisionAuditEvent[] {
  const audit = completed(state, command.metadata);
  if (audit.findingsReview !== null) {
    throw new DomainError(Code.FINDINGS_ALREADY_REVIEWED, 'The findings are already reviewed', 'CONFLICT', { rule: 'SUP-5' });
  }
  const d = command.data;
  const supervisionDate = isoDate(d.supervisionDate, 'supervisionDate', 'SUP-5');
  // SUP-5: the findings go to the supervisee's next supervision, so not one held before the audit.
  if (supervisionDate < audit.auditDate) {
    throw new DomainError(
      Code.REVIEW_BEFORE_AUDIT,
      `The findings are reviewed at a supervision after the audit of ${audit.auditDate}, not on ${supervisionDate}`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'SUP-5' },
    );
  }
  // Recorded after the supervision was held, not ahead of it.
  const today = command.metadata.now.slice(0, 10);
  if (supervisionDate > today) {
    throw new DomainError(
      Code.REVIEW_IN_FUTURE,
      `supervisionDate ${supervisionDate} is after today: the findings review is recorded once the supervision is held`,
      'BAD_USER_INPUT',
      { field: 'supervisionDate', rule: 'SUP-5' },
    );
  }
  const inputs = Array.isArray(d.agreedActions) ? d.agreedActions : [];
  const agreedActions = inputs.map((input, i): SupervisionAgreedAction => {
    const ownerId = required(input.ownerId, `agreedActions.${i}.ownerId`, 'SUP-5');
    // Who reviews completion: the supervisor, unless the supervisor owns it; then the auditor.
    const managerId = optionalText(input.managerId) ?? (ownerId === audit.supervisorId ? audit.auditorId : audit.supervisorId);
    if (managerId === ownerId) {
      throw new DomainError(
        Code.MANAGER_IS_OWNER,
        `agreedActions.${i}.managerId must be someone other than the action's owner ${ownerId}: the manager reviews its completion`,
        'BAD_USER_INPUT',
        { field: `agreedActions.${i}.managerId`, rule: 'SUP-5' },
      );
    }
    const timescale = isoDate(input.timescale, `agreedActions.${i}.timescale`, 'SUP-5');
    // Each action becomes a remedial action raised today (CFA-7), which is due from today on.
    if (timescale < today) {
      throw new DomainError(
        Code.TIMESCALE_BEFORE_REVIEW,
        `agreedActions.${i}.timescale ${timescale} is before today (${today}), the day the findings review and its actions are recorded`,
        'BAD_USER_INPUT',
        { field: `agreedActions.${i}.timescale`, rule: 'SUP-5' },
      );
    }
    return {
      actionId: required(input.actionId, `agreedActions.${i}.actionId`, 'SUP-5'),
      action: required(input.action, `agreedActions.${i}.action`, 'SUP-5'),
      ownerId,
      managerId,
      timescale,
      azeusNumber: audit.azeusNumber,
      teamId: audit.teamId,
      source: { kind: 'SUPERVISION_AUDIT', id: audit.auditId, submittedAt: audit.completedAt },
    };
  });
  const ids = agreedActions.map((a) => a.actionId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw new DomainError(Code.ACTION_DUPLICATED, `Action ${duplicate} is agreed twice`, 'BAD_USER_INPUT', {
      field: 'agreedActions',
      rule: 'SUP-5',
    });
  }
  return [
    {
      type: 'SupervisionAuditFindingsReviewed',
      data: {
        auditId: audit.auditId,
        supervisionDate,
        agreedActions,
        auditorId: audit.auditorId,
        supervisorId: audit.supervisorId,
        reviewedBy: command.metadata.actor.staffId,
        recordedAt: command.metadata.now,
      },
    },
  ];
}

function recordCopySentToSqa(command: RecordSupervisionAuditCopySentToSqa, state: SupervisionAudit): SupervisionAuditEvent[] {
  const audit = completed(state, command.metadata);
  // SUP-5: the copy goes to S&QA upon completion of the review with the TM/AP.
  if (audit.findingsReview === null) {
    throw new DomainError(Code.FINDINGS_NOT_REVIEWED, 'The copy goes to S&QA once the findings are reviewed', 'CONFLICT', {
      rule: 'SUP-5',
    });
  }
  if (audit.copySentToSqaAt !== null) {
    throw new DomainError(Code.COPY_ALREADY_SENT, 'A copy is already recorded as sent to S&QA', 'CONFLICT', { rule: 'SUP-5' });
  }
  return [
    {
      type: 'SupervisionAuditCopySentToSqa',
      data: { auditId: audit.auditId, sentBy: command.metadata.actor.staffId, sentAt: command.metadata.now },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Guards and input checks.

function started(state: SupervisionAudit): InProgressSupervisionAudit | CompletedSupervisionAudit {
  if (state.status === 'NOT_STARTED') {
    throw new DomainError(Code.NOT_FOUND, 'No such supervision audit', 'NOT_FOUND', { field: 'auditId' });
  }
  return state;
}

function byAuditor<T extends InProgressSupervisionAudit | CompletedSupervisionAudit>(audit: T, metadata: CommandMetadata): T {
  if (metadata.actor.staffId !== audit.auditorId) {
    throw new DomainError(Code.NOT_THE_AUDITOR, 'Only the auditor records this supervision audit', 'FORBIDDEN', {
      field: 'auditId',
    });
  }
  return audit;
}

function inProgress(state: SupervisionAudit, metadata: CommandMetadata): InProgressSupervisionAudit {
  const audit = byAuditor(started(state), metadata);
  if (audit.status === 'COMPLETED') {
    throw new DomainError(Code.ALREADY_COMPLETED, 'A completed supervision audit cannot change', 'CONFLICT', {
      field: 'auditId',
    });
  }
  return audit;
}

function completed(state: SupervisionAudit, metadata: CommandMetadata): CompletedSupervisionAudit {
  const audit = byAuditor(started(state), metadata);
  if (audit.status !== 'COMPLETED') {
    throw new DomainError(Code.NOT_COMPLETED, 'The supervision audit is not completed yet', 'CONFLICT', {
      field: 'auditId',
      rule: 'SUP-5',
    });
  }
  return audit;
}

/** SUP-3: the number of supervisions in six months belongs to the regular supervision question only. */
function supervisionCount(questionKey: string, value: number | null | undefined): number | null {
  if (questionKey !== REGULAR_SUPERVISION_QUESTION_KEY) {
    if (value === undefined || value === null) return null;
    throw new DomainError(
      Code.SUPERVISION_COUNT_NOT_EXPECTED,
      'Only the regular supervision question records a number of supervisions',
      'BAD_USER_INPUT',
      { field: 'numberOfSupervisions', rule: 'SUP-3' },
    );
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  throw new DomainError(
    Code.SUPERVISION_COUNT_INVALID,
    'How many supervisions in the last 6 months? A whole number, zero or more',
    'BAD_USER_INPUT',
    { field: 'numberOfSupervisions', rule: 'SUP-3' },
  );
}

function required(value: unknown, field: string, rule?: string): string {
  const text = optionalText(value);
  if (text === null) {
    throw new DomainError(Code.FIELD_REQUIRED, `${field} is required${rule ? ` (${rule})` : ''}`, 'BAD_USER_INPUT', {
      field,
      ...(rule ? { rule } : {}),
    });
  }
  return text;
}

/** Trimmed text, or null when absent or blank. */
function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as YYYY-MM-DD (2025-02-30 is refused). */
function isoDate(value: unknown, field: string, rule?: string): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return value as string;
    }
  }
  throw new DomainError(Code.INVALID_DATE, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
    ...(rule ? { rule } : {}),
  });
}
