import type { Actor, CommandMetadata, Role } from '../shared/decider.js';
import type { AgreedActionInput, SupervisionAuditCommand } from './supervision-audit.commands.js';
import type { SupervisionAuditEvent } from './supervision-audit.events.js';
import {
  CASE_SUPERVISION_QUESTIONS,
  CHILD_SAFE_QUESTION_KEY,
  PROFESSIONAL_SUPERVISION_QUESTIONS,
  REGULAR_SUPERVISION_QUESTION_KEY,
  questionsOf,
  type SupervisionAnswer,
  type SupervisionAuditKind,
} from './supervision-audit.values.js';

/** Test data for supervision audits: a Head of Service auditing a Team Manager's case supervision (SUP-1). */

export const SUPERVISION_AUDIT_ID = 'sa-1';
export const HOS_ID = 'hos-1';
export const TM_ID = 'tm-1';
export const AP_ID = 'ap-1';
export const SW_ID = 'sw-1';
export const NOW = '2025-06-12T14:00:00.000Z';
export const COMPLETED_AT = '2025-06-13T09:00:00.000Z';
/** After the supervision of 2025-06-20 at which the findings are reviewed (SUP-5). */
export const REVIEWED_AT = '2025-06-20T16:00:00.000Z';
export const TEAM_ID = 'team-north';

export const hos: Actor = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' };
export const tm: Actor = { staffId: TM_ID, role: 'TEAM_MANAGER' };

export function metadata(actor: Actor = hos, now: string = NOW): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

export const commands = {
  startCase(overrides: Partial<{ supervisorRole: string | null; supervisorId: string; superviseeId: string; auditorId: string }> = {}, actor: Actor = hos): SupervisionAuditCommand {
    return {
      type: 'StartSupervisionAudit',
      data: {
        auditId: SUPERVISION_AUDIT_ID,
        kind: 'CASE',
        auditorId: actor.staffId,
        supervisorId: TM_ID,
        supervisorRole: 'TEAM_MANAGER',
        superviseeId: SW_ID,
        teamId: TEAM_ID,
        caseFileId: 'case-77',
        azeusNumber: 'AZ-104233',
        auditDate: '2025-06-12',
        ...overrides,
      },
      metadata: metadata(actor),
    };
  },
  answer(
    questionKey: string,
    answer: string,
    extra: { comments?: string; numberOfSupervisions?: number | null; headOfServiceId?: string | null; headOfServiceRole?: string | null } = {},
    actor: Actor = hos,
  ): SupervisionAuditCommand {
    return {
      type: 'AnswerSupervisionAuditQuestion',
      data: { auditId: SUPERVISION_AUDIT_ID, questionKey, answer, comments: 'Seen in the records', ...extra },
      metadata: metadata(actor),
    };
  },
  complete(actor: Actor = hos): SupervisionAuditCommand {
    return { type: 'CompleteSupervisionAudit', data: { auditId: SUPERVISION_AUDIT_ID }, metadata: metadata(actor, COMPLETED_AT) };
  },
  reviewFindings(agreedActions: readonly AgreedActionInput[], supervisionDate = '2025-06-20', actor: Actor = hos): SupervisionAuditCommand {
    return {
      type: 'RecordSupervisionAuditFindingsReview',
      data: { auditId: SUPERVISION_AUDIT_ID, supervisionDate, agreedActions },
      metadata: metadata(actor, REVIEWED_AT),
    };
  },
  copySent(actor: Actor = hos): SupervisionAuditCommand {
    return { type: 'RecordSupervisionAuditCopySentToSqa', data: { auditId: SUPERVISION_AUDIT_ID }, metadata: metadata(actor) };
  },
  acknowledge(actor: Actor = hos): SupervisionAuditCommand {
    return { type: 'AcknowledgeChildSafetyEscalation', data: { auditId: SUPERVISION_AUDIT_ID }, metadata: metadata(actor) };
  },
};

export const events = {
  started(
    kind: SupervisionAuditKind = 'CASE',
    overrides: Partial<{ auditorId: string; auditorRole: Role; supervisorId: string; supervisorRole: Role; superviseeId: string; teamId: string | null }> = {},
  ): SupervisionAuditEvent {
    return {
      type: 'SupervisionAuditStarted',
      data: {
        auditId: SUPERVISION_AUDIT_ID,
        kind,
        auditorId: HOS_ID,
        auditorRole: 'HEAD_OF_SERVICE',
        supervisorId: TM_ID,
        supervisorRole: 'TEAM_MANAGER',
        superviseeId: SW_ID,
        teamId: TEAM_ID,
        caseFileId: kind === 'CASE' ? 'case-77' : null,
        azeusNumber: kind === 'CASE' ? 'AZ-104233' : null,
        auditDate: '2025-06-12',
        startedAt: NOW,
        ...overrides,
      },
    };
  },
  answered(kind: SupervisionAuditKind, questionKey: string, answer: SupervisionAnswer = 'YES', comments = 'Seen in the records'): SupervisionAuditEvent {
    const question = questionsOf(kind).find((q) => q.key === questionKey);
    return {
      type: 'SupervisionAuditQuestionAnswered',
      data: {
        auditId: SUPERVISION_AUDIT_ID,
        questionKey,
        question: question?.text ?? questionKey,
        answer,
        comments,
        numberOfSupervisions: questionKey === REGULAR_SUPERVISION_QUESTION_KEY ? 5 : null,
        answeredAt: NOW,
      },
    };
  },
  escalated(comments = 'No safety plan in place'): SupervisionAuditEvent {
    return {
      type: 'SupervisionAuditChildSafetyEscalated',
      data: {
        auditId: SUPERVISION_AUDIT_ID,
        headOfServiceId: HOS_ID,
        caseFileId: 'case-77',
        azeusNumber: 'AZ-104233',
        comments,
        escalatedBy: HOS_ID,
        escalatedAt: NOW,
      },
    };
  },
  acknowledged(): SupervisionAuditEvent {
    return {
      type: 'SupervisionAuditChildSafetyEscalationAcknowledged',
      data: { auditId: SUPERVISION_AUDIT_ID, acknowledgedBy: HOS_ID, acknowledgedAt: NOW },
    };
  },
  completed(completedAt = COMPLETED_AT): SupervisionAuditEvent {
    return { type: 'SupervisionAuditCompleted', data: { auditId: SUPERVISION_AUDIT_ID, completedAt } };
  },
  findingsReviewed(): SupervisionAuditEvent {
    return {
      type: 'SupervisionAuditFindingsReviewed',
      data: {
        auditId: SUPERVISION_AUDIT_ID,
        supervisionDate: '2025-06-20',
        agreedActions: [
          {
            actionId: 'act-1',
            action: 'Record the rationale for decisions in supervision notes',
            ownerId: TM_ID,
            // The supervisor owns it, so the auditor who supervises them reviews it.
            managerId: HOS_ID,
            timescale: '2025-07-20',
            azeusNumber: 'AZ-104233',
            teamId: TEAM_ID,
            source: { kind: 'SUPERVISION_AUDIT', id: SUPERVISION_AUDIT_ID, submittedAt: COMPLETED_AT },
          },
        ],
        auditorId: HOS_ID,
        supervisorId: TM_ID,
        reviewedBy: HOS_ID,
        recordedAt: REVIEWED_AT,
      },
    };
  },
  copySent(): SupervisionAuditEvent {
    return { type: 'SupervisionAuditCopySentToSqa', data: { auditId: SUPERVISION_AUDIT_ID, sentBy: HOS_ID, sentAt: NOW } };
  },
};

/** Started and every question answered yes: ready to complete. */
export function allAnswered(kind: SupervisionAuditKind = 'CASE'): SupervisionAuditEvent[] {
  const questions = kind === 'CASE' ? CASE_SUPERVISION_QUESTIONS : PROFESSIONAL_SUPERVISION_QUESTIONS;
  return [events.started(kind), ...questions.map((q) => events.answered(kind, q.key))];
}

export { CHILD_SAFE_QUESTION_KEY, REGULAR_SUPERVISION_QUESTION_KEY };
