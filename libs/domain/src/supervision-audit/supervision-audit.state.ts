import type { Role } from '../shared/decider.js';
import type { SupervisionAuditEvent } from './supervision-audit.events.js';
import type { SupervisionAgreedAction, SupervisionAnswer, SupervisionAuditKind } from './supervision-audit.values.js';

export type SupervisionAuditAnswer = {
  readonly answer: SupervisionAnswer;
  readonly comments: string;
  readonly numberOfSupervisions: number | null;
};

export type ChildSafetyEscalation = {
  readonly headOfServiceId: string;
  readonly escalatedAt: string;
  readonly acknowledgedAt: string | null;
};

export type FindingsReview = {
  readonly supervisionDate: string;
  readonly agreedActions: readonly SupervisionAgreedAction[];
};

type StartedFields = {
  readonly auditId: string;
  readonly kind: SupervisionAuditKind;
  readonly auditorId: string;
  readonly auditorRole: Role;
  readonly supervisorId: string;
  readonly superviseeId: string;
  readonly teamId: string | null;
  readonly caseFileId: string | null;
  readonly azeusNumber: string | null;
  /** ISO date of the audit; the findings are reviewed at a supervision after it (SUP-5). */
  readonly auditDate: string;
  readonly answers: Readonly<Record<string, SupervisionAuditAnswer>>;
  /** SUP-3: raised once, whatever the answer later becomes. */
  readonly escalation: ChildSafetyEscalation | null;
};

export type NotStartedSupervisionAudit = { readonly status: 'NOT_STARTED' };
export type InProgressSupervisionAudit = StartedFields & { readonly status: 'IN_PROGRESS' };
export type CompletedSupervisionAudit = StartedFields & {
  readonly status: 'COMPLETED';
  readonly completedAt: string;
  readonly findingsReview: FindingsReview | null;
  readonly copySentToSqaAt: string | null;
};

export type SupervisionAudit = NotStartedSupervisionAudit | InProgressSupervisionAudit | CompletedSupervisionAudit;
export type SupervisionAuditStatus = SupervisionAudit['status'];

export function initialState(): SupervisionAudit {
  return { status: 'NOT_STARTED' };
}

/** Folds recorded facts; never throws. A fact that does not fit the state leaves it as it was. */
export function evolve(state: SupervisionAudit, event: SupervisionAuditEvent): SupervisionAudit {
  switch (event.type) {
    case 'SupervisionAuditStarted': {
      if (state.status !== 'NOT_STARTED') return state;
      const d = event.data;
      return {
        status: 'IN_PROGRESS',
        auditId: d.auditId,
        kind: d.kind,
        auditorId: d.auditorId,
        auditorRole: d.auditorRole,
        supervisorId: d.supervisorId,
        superviseeId: d.superviseeId,
        teamId: d.teamId ?? null,
        caseFileId: d.caseFileId,
        azeusNumber: d.azeusNumber,
        auditDate: d.auditDate,
        answers: {},
        escalation: null,
      };
    }
    case 'SupervisionAuditQuestionAnswered': {
      if (state.status !== 'IN_PROGRESS') return state;
      const d = event.data;
      return {
        ...state,
        answers: {
          ...state.answers,
          [d.questionKey]: { answer: d.answer, comments: d.comments, numberOfSupervisions: d.numberOfSupervisions },
        },
      };
    }
    case 'SupervisionAuditChildSafetyEscalated':
      if (state.status === 'NOT_STARTED' || state.escalation !== null) return state;
      return {
        ...state,
        escalation: { headOfServiceId: event.data.headOfServiceId, escalatedAt: event.data.escalatedAt, acknowledgedAt: null },
      };
    case 'SupervisionAuditChildSafetyEscalationAcknowledged':
      if (state.status === 'NOT_STARTED' || state.escalation === null) return state;
      return { ...state, escalation: { ...state.escalation, acknowledgedAt: event.data.acknowledgedAt } };
    case 'SupervisionAuditCompleted':
      if (state.status !== 'IN_PROGRESS') return state;
      return { ...state, status: 'COMPLETED', completedAt: event.data.completedAt, findingsReview: null, copySentToSqaAt: null };
    case 'SupervisionAuditFindingsReviewed':
      if (state.status !== 'COMPLETED') return state;
      return {
        ...state,
        findingsReview: { supervisionDate: event.data.supervisionDate, agreedActions: event.data.agreedActions },
      };
    case 'SupervisionAuditCopySentToSqa':
      if (state.status !== 'COMPLETED') return state;
      return { ...state, copySentToSqaAt: event.data.sentAt };
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}
