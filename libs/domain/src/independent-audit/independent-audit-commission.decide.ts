import { assertNever, type Actor, type Decider, type Role } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { dayOf, fieldChecks } from '../csv/field-checks.js';
import type {
  AcceptIndependentAuditCommission,
  CommissionIndependentAudit,
  IndependentAuditCommissionCommand,
  LinkIndependentAudit,
  ReportIndependentAuditFindings,
  WithdrawIndependentAuditCommission,
} from './independent-audit-commission.commands.js';
import { IndependentAuditCommissionErrorCode as Code } from './independent-audit-commission.errors.js';
import type { IndependentAuditCommissionEvent } from './independent-audit-commission.events.js';
import {
  evolve,
  initialState,
  type AcceptedIndependentAudit,
  type IndependentAuditCommission,
  type LinkedIndependentAudit,
  type ReportedIndependentAudit,
} from './independent-audit-commission.state.js';
import { LEARNING_EVIDENCED, type LearningEvidenced } from './independent-audit-commission.values.js';

const check = fieldChecks({ required: Code.FIELD_REQUIRED, invalidDate: Code.INVALID_DATE, invalidId: Code.INVALID_ID });

/** CFA-10: "the Manager" who commissions S&QA: the senior managers of CFA-9. */
const SENIOR_MANAGER_ROLES: readonly Role[] = ['HEAD_OF_SERVICE', 'CHIEF_OFFICER', 'DIRECTOR'];
const SQA_ROLES: readonly Role[] = ['SQA_OFFICER', 'SQA_MANAGER'];

export function decide(command: IndependentAuditCommissionCommand, state: IndependentAuditCommission): IndependentAuditCommissionEvent[] {
  switch (command.type) {
    case 'CommissionIndependentAudit':
      return commission(command, state);
    case 'AcceptIndependentAuditCommission':
      return accept(command, state);
    case 'LinkIndependentAudit':
      return link(command, state);
    case 'ReportIndependentAuditFindings':
      return report(command, state);
    case 'WithdrawIndependentAuditCommission':
      return withdraw(command, state);
    default:
      return assertNever(command);
  }
}

export const independentAuditCommissionDecider: Decider<
  IndependentAuditCommissionCommand,
  IndependentAuditCommission,
  IndependentAuditCommissionEvent
> = { decide, evolve, initialState };

// ---------------------------------------------------------------------------------------------
// One function per command.

function commission(command: CommissionIndependentAudit, state: IndependentAuditCommission): IndependentAuditCommissionEvent[] {
  const d = command.data;
  const actor = command.metadata.actor;
  const commissionId = check.id(d.commissionId, 'commissionId');
  const azeusNumber = check.requiredText(d.azeusNumber, 'azeusNumber');
  const learningToTest = check.requiredText(d.learningToTest, 'learningToTest', 'The learning and improvement to test');
  const dueDate = check.isoDate(d.dueDate, 'dueDate');
  const teamId = check.optionalId(d.teamId, 'teamId');
  if (state.status !== 'NOT_COMMISSIONED') {
    const same =
      state.commissionedBy === actor.staffId &&
      state.azeusNumber === azeusNumber &&
      state.learningToTest === learningToTest &&
      state.dueDate === dueDate &&
      state.teamId === teamId;
    if (same) return [];
    throw new DomainError(Code.ALREADY_COMMISSIONED, `Independent audit ${commissionId} is already commissioned`, 'CONFLICT', {
      field: 'commissionId',
    });
  }
  if (!SENIOR_MANAGER_ROLES.includes(actor.role)) {
    throw new DomainError(
      Code.NOT_A_SENIOR_MANAGER,
      'CFA-10: an independent audit is commissioned from S&QA by a head of service, chief officer or director',
      'FORBIDDEN',
      { rule: 'CFA-10' },
    );
  }
  if (dueDate < dayOf(command.metadata.now)) {
    throw new DomainError(Code.DUE_DATE_PASSED, `The due date ${dueDate} has already passed`, 'BAD_USER_INPUT', {
      field: 'dueDate',
      rule: 'CFA-6',
    });
  }
  return [
    {
      type: 'IndependentAuditCommissioned',
      data: {
        commissionId,
        azeusNumber,
        learningToTest,
        dueDate,
        teamId,
        commissionedBy: actor.staffId,
        commissionedAt: command.metadata.now,
      },
    },
  ];
}

function accept(command: AcceptIndependentAuditCommission, state: IndependentAuditCommission): IndependentAuditCommissionEvent[] {
  const actor = command.metadata.actor;
  mustBeSqa(actor);
  switch (state.status) {
    case 'NOT_COMMISSIONED':
      throw notFound();
    case 'WITHDRAWN':
      throw withdrawn(state.commissionId);
    case 'COMMISSIONED':
      return [
        {
          type: 'IndependentAuditCommissionAccepted',
          data: { commissionId: state.commissionId, auditorId: actor.staffId, acceptedAt: command.metadata.now },
        },
      ];
    case 'ACCEPTED':
    case 'AUDIT_LINKED':
    case 'REPORTED':
      if (state.auditorId === actor.staffId) return [];
      throw new DomainError(
        Code.ALREADY_ACCEPTED,
        `Independent audit ${state.commissionId} was already accepted by ${state.auditorId}`,
        'CONFLICT',
        { field: 'commissionId' },
      );
    default:
      return assertNever(state);
  }
}

function link(command: LinkIndependentAudit, state: IndependentAuditCommission): IndependentAuditCommissionEvent[] {
  const actor = command.metadata.actor;
  const auditId = check.id(command.data.auditId, 'auditId');
  const commission = accepted(state);
  mayCarryOut(actor, commission);
  if (commission.status !== 'ACCEPTED') {
    if (commission.auditId === auditId) return [];
    throw new DomainError(
      Code.ALREADY_LINKED,
      `Independent audit ${commission.commissionId} is carried out by case file audit ${commission.auditId}`,
      'CONFLICT',
      { field: 'auditId' },
    );
  }
  const audit = command.data.audit;
  if (audit === null || audit === undefined) {
    throw new DomainError(Code.AUDIT_NOT_FOUND, `No case file audit has been scheduled with id ${auditId}`, 'NOT_FOUND', {
      field: 'auditId',
    });
  }
  if (audit.auditType !== 'INDEPENDENT') {
    throw new DomainError(
      Code.AUDIT_NOT_INDEPENDENT,
      `CFA-10: a commission is carried out by a case file audit of type INDEPENDENT; audit ${auditId} is ${audit.auditType}`,
      'BAD_USER_INPUT',
      { field: 'auditId', rule: 'CFA-10' },
    );
  }
  if (audit.azeusNumber !== commission.azeusNumber) {
    throw new DomainError(
      Code.CASE_MISMATCH,
      `Audit ${auditId} is of case ${audit.azeusNumber}; the commission is for case ${commission.azeusNumber}`,
      'BAD_USER_INPUT',
      { field: 'auditId', rule: 'CFA-10' },
    );
  }
  return [
    {
      type: 'IndependentAuditLinked',
      data: {
        commissionId: commission.commissionId,
        auditId,
        auditorId: audit.auditorId,
        linkedBy: actor.staffId,
        linkedAt: command.metadata.now,
      },
    },
  ];
}

function report(command: ReportIndependentAuditFindings, state: IndependentAuditCommission): IndependentAuditCommissionEvent[] {
  const actor = command.metadata.actor;
  const d = command.data;
  const commission = accepted(state);
  mayCarryOut(actor, commission);
  const learningEvidenced = learningEvidencedOf(d.learningEvidenced);
  const findings = check.requiredText(d.findings, 'findings', 'The findings on the learning tested');
  if (commission.status === 'ACCEPTED') {
    throw new DomainError(
      Code.NOT_LINKED,
      `Independent audit ${commission.commissionId} has no case file audit linked yet`,
      'CONFLICT',
      { rule: 'CFA-10' },
    );
  }
  if (commission.status === 'REPORTED') {
    if (commission.learningEvidenced === learningEvidenced && commission.findings === findings) return [];
    throw new DomainError(Code.ALREADY_REPORTED, `The findings of independent audit ${commission.commissionId} were reported`, 'CONFLICT');
  }
  if (d.audit === null || d.audit === undefined || d.audit.submittedAt === null) {
    throw new DomainError(
      Code.AUDIT_NOT_SUBMITTED,
      `CFA-10: the findings are reported once case file audit ${commission.auditId} is submitted`,
      'CONFLICT',
      { rule: 'CFA-10' },
    );
  }
  return [
    {
      type: 'IndependentAuditFindingsReported',
      data: {
        commissionId: commission.commissionId,
        auditId: commission.auditId,
        learningEvidenced,
        findings,
        reportedBy: actor.staffId,
        reportedAt: command.metadata.now,
      },
    },
  ];
}

function withdraw(command: WithdrawIndependentAuditCommission, state: IndependentAuditCommission): IndependentAuditCommissionEvent[] {
  const actor = command.metadata.actor;
  const reason = check.requiredText(command.data.reason, 'reason', 'The reason for withdrawing');
  switch (state.status) {
    case 'NOT_COMMISSIONED':
      throw notFound();
    case 'WITHDRAWN':
      return [];
    case 'REPORTED':
      throw new DomainError(Code.ALREADY_REPORTED, `Independent audit ${state.commissionId} has reported and cannot be withdrawn`, 'CONFLICT');
    case 'COMMISSIONED':
    case 'ACCEPTED':
    case 'AUDIT_LINKED':
      if (!SENIOR_MANAGER_ROLES.includes(actor.role)) {
        throw new DomainError(
          Code.NOT_A_SENIOR_MANAGER,
          'CFA-10: only a head of service, chief officer or director may withdraw an independent audit commission',
          'FORBIDDEN',
          { rule: 'CFA-10' },
        );
      }
      return [
        {
          type: 'IndependentAuditCommissionWithdrawn',
          data: { commissionId: state.commissionId, reason, withdrawnBy: actor.staffId, withdrawnAt: command.metadata.now },
        },
      ];
    default:
      return assertNever(state);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared rules.

function mustBeSqa(actor: Actor): void {
  if (SQA_ROLES.includes(actor.role)) return;
  throw new DomainError(Code.NOT_SQA, 'CFA-10: independent audits are undertaken by S&QA officers and managers', 'FORBIDDEN', {
    rule: 'CFA-10',
  });
}

/** The accepting officer carries the audit out; an S&QA manager may act for them. */
function mayCarryOut(actor: Actor, commission: AcceptedIndependentAudit | LinkedIndependentAudit | ReportedIndependentAudit): void {
  mustBeSqa(actor);
  if (actor.staffId === commission.auditorId || actor.role === 'SQA_MANAGER') return;
  throw new DomainError(
    Code.NOT_THE_AUDITOR,
    `Independent audit ${commission.commissionId} was accepted by ${commission.auditorId}; only they or an S&QA manager may do this`,
    'FORBIDDEN',
    { rule: 'CFA-10' },
  );
}

function accepted(state: IndependentAuditCommission): AcceptedIndependentAudit | LinkedIndependentAudit | ReportedIndependentAudit {
  switch (state.status) {
    case 'NOT_COMMISSIONED':
      throw notFound();
    case 'WITHDRAWN':
      throw withdrawn(state.commissionId);
    case 'COMMISSIONED':
      throw new DomainError(Code.NOT_ACCEPTED, `Independent audit ${state.commissionId} has not been accepted by S&QA`, 'CONFLICT', {
        rule: 'CFA-10',
      });
    case 'ACCEPTED':
    case 'AUDIT_LINKED':
    case 'REPORTED':
      return state;
    default:
      return assertNever(state);
  }
}

function learningEvidencedOf(value: unknown): LearningEvidenced {
  if (typeof value === 'string' && (LEARNING_EVIDENCED as readonly string[]).includes(value)) return value as LearningEvidenced;
  throw new DomainError(
    Code.LEARNING_EVIDENCED_UNKNOWN,
    `Unknown answer ${JSON.stringify(value)}; expected one of ${LEARNING_EVIDENCED.join(', ')}`,
    'BAD_USER_INPUT',
    { field: 'learningEvidenced', rule: 'CFA-10' },
  );
}

function notFound(): DomainError {
  return new DomainError(Code.NOT_FOUND, 'No independent audit has been commissioned with this id', 'NOT_FOUND', {
    field: 'commissionId',
  });
}

function withdrawn(commissionId: string): DomainError {
  return new DomainError(Code.WITHDRAWN, `Independent audit ${commissionId} was withdrawn`, 'CONFLICT', { field: 'commissionId' });
}
