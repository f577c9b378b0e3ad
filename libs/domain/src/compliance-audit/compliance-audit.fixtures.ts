import type { CommandMetadata, Role } from '../shared/decider.js';
import type { ComplianceAuditCommand } from './compliance-audit.commands.js';
import type { ComplianceAuditEvent } from './compliance-audit.events.js';
import { COMPLIANCE_CHECK_ITEMS, type ComplianceCheckItem } from './compliance-audit.values.js';

/** Test data for the compliance audit: a team manager auditing a case of a social worker they supervise. */

export const COMPLIANCE_AUDIT_ID = 'compliance-2025-06-0001';
export const TM_ID = 'staff-tm-0007';
export const SW_ID = 'staff-sw-0311';
export const AZEUS_NUMBER = 'AZ-104233';
export const TEAM_ID = 'team-north-1';
export const SUPERVISION_DATE = '2025-06-20';
export const SESSION_ID = 'sup-2025-06-sw0311';
export const NOW = '2025-06-12T14:00:00.000Z';
export const TODAY = '2025-06-12';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-b000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? TM_ID, role: overrides.role ?? 'TEAM_MANAGER' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

type Data<T extends ComplianceAuditCommand['type']> = Extract<ComplianceAuditCommand, { type: T }>['data'];
type Actor = { staffId?: string; role?: Role; now?: string };

export const commands = {
  start(overrides: Partial<Data<'StartComplianceAudit'>> = {}, actor: Actor = {}): ComplianceAuditCommand {
    return {
      type: 'StartComplianceAudit',
      data: {
        complianceAuditId: COMPLIANCE_AUDIT_ID,
        azeusNumber: AZEUS_NUMBER,
        superviseeId: SW_ID,
        teamId: TEAM_ID,
        supervisionDate: SUPERVISION_DATE,
        supervisionSessionId: SESSION_ID,
        ...overrides,
      },
      metadata: metadata(actor),
    };
  },
  check(item: string, met: boolean, comment: string | null = null, actor: Actor = {}): ComplianceAuditCommand {
    return { type: 'RecordComplianceCheck', data: { complianceAuditId: COMPLIANCE_AUDIT_ID, item, met, comment }, metadata: metadata(actor) };
  },
  caseNote(overrides: Partial<Data<'RecordManagementDirectionCaseNote'>> = {}, actor: Actor = {}): ComplianceAuditCommand {
    return {
      type: 'RecordManagementDirectionCaseNote',
      data: {
        complianceAuditId: COMPLIANCE_AUDIT_ID,
        note: 'Management direction: update the chronology and record the religion of the child.',
        actions: [
          { actionId: 'md-1', description: 'Bring the chronology up to date', timescale: '2025-06-30' },
          { actionId: 'md-2', description: "Record the child's religion", timescale: '2025-06-19', ownerId: SW_ID },
        ],
        caseNoteReference: 'AZ-104233/CN/5521',
        ...overrides,
      },
      metadata: metadata(actor),
    };
  },
  complete(actor: Actor = {}): ComplianceAuditCommand {
    return { type: 'CompleteComplianceAudit', data: { complianceAuditId: COMPLIANCE_AUDIT_ID }, metadata: metadata(actor) };
  },
  review(
    outcomes: Data<'ReviewComplianceActionsInSupervision'>['outcomes'],
    supervisionDate = SUPERVISION_DATE,
    actor: Actor = { now: '2025-06-20T16:00:00.000Z' },
  ): ComplianceAuditCommand {
    return {
      type: 'ReviewComplianceActionsInSupervision',
      data: { complianceAuditId: COMPLIANCE_AUDIT_ID, supervisionDate, supervisionSessionId: SESSION_ID, outcomes },
      metadata: metadata(actor),
    };
  },
};

export const events = {
  started(overrides: Partial<Extract<ComplianceAuditEvent, { type: 'ComplianceAuditStarted' }>['data']> = {}): ComplianceAuditEvent {
    return {
      type: 'ComplianceAuditStarted',
      data: {
        complianceAuditId: COMPLIANCE_AUDIT_ID,
        azeusNumber: AZEUS_NUMBER,
        superviseeId: SW_ID,
        auditorId: TM_ID,
        teamId: TEAM_ID,
        supervisionDate: SUPERVISION_DATE,
        supervisionSessionId: SESSION_ID,
        startedAt: NOW,
        ...overrides,
      },
    };
  },
  checked(item: ComplianceCheckItem, met: boolean, comment: string | null = null, recordedAt = NOW): ComplianceAuditEvent {
    return { type: 'ComplianceCheckRecorded', data: { complianceAuditId: COMPLIANCE_AUDIT_ID, item, met, comment, recordedAt } };
  },
  /** The whole checklist, the items named not met with a comment. */
  checklist(notMet: readonly ComplianceCheckItem[] = []): ComplianceAuditEvent[] {
    return COMPLIANCE_CHECK_ITEMS.map((item) =>
      events.checked(item, !notMet.includes(item), notMet.includes(item) ? `${item} is missing from the record` : null),
    );
  },
  caseNoted(recordedAt = NOW): ComplianceAuditEvent {
    return {
      type: 'ManagementDirectionCaseNoteRecorded',
      data: {
        complianceAuditId: COMPLIANCE_AUDIT_ID,
        note: 'Management direction: update the chronology and record the religion of the child.',
        actions: [
          { actionId: 'md-1', description: 'Bring the chronology up to date', timescale: '2025-06-30', ownerId: SW_ID },
          { actionId: 'md-2', description: "Record the child's religion", timescale: '2025-06-19', ownerId: SW_ID },
        ],
        caseNoteReference: 'AZ-104233/CN/5521',
        recordedAt,
      },
    };
  },
  completed(itemsNotMet: readonly ComplianceCheckItem[] = [], actionIds: readonly string[] = [], completedAt = NOW): ComplianceAuditEvent {
    return {
      type: 'ComplianceAuditCompleted',
      data: { complianceAuditId: COMPLIANCE_AUDIT_ID, completedOn: completedAt.slice(0, 10), completedAt, itemsNotMet, actionIds },
    };
  },
  reviewed(
    outcomes: readonly { actionId: string; completed: boolean; comment: string | null }[],
    allActionsCompleted: boolean,
    supervisionDate = SUPERVISION_DATE,
    reviewedAt = '2025-06-20T16:00:00.000Z',
  ): ComplianceAuditEvent {
    return {
      type: 'ComplianceActionsReviewedInSupervision',
      data: {
        complianceAuditId: COMPLIANCE_AUDIT_ID,
        supervisionDate,
        supervisionSessionId: SESSION_ID,
        outcomes,
        allActionsCompleted,
        reviewedBy: TM_ID,
        reviewedAt,
      },
    };
  },
};
