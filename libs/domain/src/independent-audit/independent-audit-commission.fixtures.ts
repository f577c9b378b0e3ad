import type { CommandMetadata, Role } from '../shared/decider.js';
import type { IndependentAuditCommissionCommand, IndependentAuditFacts } from './independent-audit-commission.commands.js';
import type { IndependentAuditCommissionEvent } from './independent-audit-commission.events.js';

/** Test data for an independent audit commission: a head of service commissions S&QA. */

export const COMMISSION_ID = 'ind-2025-0007';
export const HOS_ID = 'staff-hos-0003';
export const SQA_OFFICER_ID = 'staff-sqa-0021';
export const SQA_MANAGER_ID = 'staff-sqa-0001';
export const AZEUS_NUMBER = 'AZ-104233';
export const AUDIT_ID = 'cfa-independent-0007';
export const NOW = '2025-06-12T14:00:00.000Z';
export const LEARNING = 'Chronologies are now kept up to date in the North Assessment Team after the spring audits';

export const HOS = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' as Role };
export const SQA_OFFICER = { staffId: SQA_OFFICER_ID, role: 'SQA_OFFICER' as Role };
export const SQA_MANAGER = { staffId: SQA_MANAGER_ID, role: 'SQA_MANAGER' as Role };

let commandCounter = 0;

export function metadata(actor: { staffId: string; role: Role }, now = NOW): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-c000-${String(commandCounter).padStart(12, '0')}`;
  return { actor, now, commandId, correlationId: commandId, causationId: commandId };
}

export const auditFacts = (overrides: Partial<NonNullable<IndependentAuditFacts>> = {}): IndependentAuditFacts => ({
  auditType: 'INDEPENDENT',
  azeusNumber: AZEUS_NUMBER,
  auditorId: SQA_OFFICER_ID,
  submittedAt: null,
  ...overrides,
});

export const commands = {
  commission(overrides: Partial<Extract<IndependentAuditCommissionCommand, { type: 'CommissionIndependentAudit' }>['data']> = {}, actor = HOS) {
    return {
      type: 'CommissionIndependentAudit',
      data: { commissionId: COMMISSION_ID, azeusNumber: AZEUS_NUMBER, learningToTest: LEARNING, dueDate: '2025-07-31', teamId: 'team-north-1', ...overrides },
      metadata: metadata(actor),
    } satisfies IndependentAuditCommissionCommand;
  },
  accept(actor = SQA_OFFICER): IndependentAuditCommissionCommand {
    return { type: 'AcceptIndependentAuditCommission', data: { commissionId: COMMISSION_ID }, metadata: metadata(actor) };
  },
  link(audit: IndependentAuditFacts = auditFacts(), auditId = AUDIT_ID, actor = SQA_OFFICER): IndependentAuditCommissionCommand {
    return { type: 'LinkIndependentAudit', data: { commissionId: COMMISSION_ID, auditId, audit }, metadata: metadata(actor) };
  },
  report(learningEvidenced: string, audit: IndependentAuditFacts, actor = SQA_OFFICER): IndependentAuditCommissionCommand {
    return {
      type: 'ReportIndependentAuditFindings',
      data: { commissionId: COMMISSION_ID, learningEvidenced, findings: 'Chronology current on the audited case', audit },
      metadata: metadata(actor),
    };
  },
  withdraw(actor = HOS): IndependentAuditCommissionCommand {
    return { type: 'WithdrawIndependentAuditCommission', data: { commissionId: COMMISSION_ID, reason: 'Case closed' }, metadata: metadata(actor) };
  },
};

export const events = {
  commissioned(): IndependentAuditCommissionEvent {
    return {
      type: 'IndependentAuditCommissioned',
      data: {
        commissionId: COMMISSION_ID,
        azeusNumber: AZEUS_NUMBER,
        learningToTest: LEARNING,
        dueDate: '2025-07-31',
        teamId: 'team-north-1',
        commissionedBy: HOS_ID,
        commissionedAt: NOW,
      },
    };
  },
  accepted(auditorId = SQA_OFFICER_ID): IndependentAuditCommissionEvent {
    return { type: 'IndependentAuditCommissionAccepted', data: { commissionId: COMMISSION_ID, auditorId, acceptedAt: NOW } };
  },
  linked(linkedBy = SQA_OFFICER_ID): IndependentAuditCommissionEvent {
    return { type: 'IndependentAuditLinked', data: { commissionId: COMMISSION_ID, auditId: AUDIT_ID, auditorId: SQA_OFFICER_ID, linkedBy, linkedAt: NOW } };
  },
  reported(): IndependentAuditCommissionEvent {
    return {
      type: 'IndependentAuditFindingsReported',
      data: {
        commissionId: COMMISSION_ID,
        auditId: AUDIT_ID,
        learningEvidenced: 'PARTLY',
        findings: 'Chronology current on the audited case',
        reportedBy: SQA_OFFICER_ID,
        reportedAt: NOW,
      },
    };
  },
  withdrawn(): IndependentAuditCommissionEvent {
    return { type: 'IndependentAuditCommissionWithdrawn', data: { commissionId: COMMISSION_ID, reason: 'Case closed', withdrawnBy: HOS_ID, withdrawnAt: NOW } };
  },
};
