import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  SUPERVISION_ANSWERS,
  SUPERVISION_AUDIT_EVENT_TYPES,
  SUPERVISION_AUDIT_KINDS,
  questionsOf,
  supervisionAuditIdFromStreamId,
  type SupervisionAgreedAction,
} from '../../libs/domain/src/supervision-audit/index.js';
import type { SupervisionAuditAnswerDocument, SupervisionAuditDocument } from './supervision-audits.document.js';
import { NO_CLOCK, settledMonthOf } from '../settled-month.js';

export const SUPERVISION_AUDITS_COLLECTION: CollectionDefinition = {
  name: 'supervisionAudits.v3',
  indexes: ['auditorId', 'supervisorId', 'superviseeId', 'status', 'kind', 'escalationSettledMonth', 'findingsReviewSettledMonth'],
};

/**
 * One document per supervision audit, keyed by audit id. Pure and idempotent: an event at or below
 * the document's revision returns the document itself. It never throws on a recorded event: a
 * field it cannot read is left as it was or defaulted.
 */
export const supervisionAuditsProjection: Projection<SupervisionAuditDocument> = {
  name: 'supervisionAudits',
  // v2: the supervisor's team, and agreed actions with their manager, case and team (SUP-5).
  // v3: escalationSettledMonth and findingsReviewSettledMonth, so the overdue view reads only the
  // audits whose SUP-3 acknowledgement or SUP-5 review may be outstanding at `asOf`.
  version: 3,
  collection: SUPERVISION_AUDITS_COLLECTION,
  handles: SUPERVISION_AUDIT_EVENT_TYPES,
  documentIds(event) {
    const auditId = supervisionAuditIdFromStreamId(event.streamId);
    return auditId === null ? [] : [auditId];
  },
  evolve: (document, event) => withSettledMonths(evolveSupervisionAuditDocument(document, event)),
};

/**
 * The overdue view's month indexes. SUP-3: an escalation is settled when the Head of Service
 * acknowledges it (NONE without one). SUP-5: a completed audit's findings review is settled when it
 * is recorded (NONE until the audit is completed, as no review is owed before).
 */
export function withSettledMonths(document: SupervisionAuditDocument | null): SupervisionAuditDocument | null {
  if (document === null) return null;
  const escalationSettledMonth = document.escalation === null ? NO_CLOCK : settledMonthOf(document.escalation.acknowledgedAt);
  const findingsReviewSettledMonth = document.status !== 'COMPLETED' ? NO_CLOCK : settledMonthOf(document.findingsReview?.recordedAt);
  if (document.escalationSettledMonth === escalationSettledMonth && document.findingsReviewSettledMonth === findingsReviewSettledMonth) return document;
  return { ...document, escalationSettledMonth, findingsReviewSettledMonth };
}

export function evolveSupervisionAuditDocument(
  document: SupervisionAuditDocument | null,
  event: RecordedEvent,
): SupervisionAuditDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};

  if (event.type === 'SupervisionAuditStarted') {
    return document ?? started(event, data);
  }
  if (document === null) return null;

  const when = (field: string): string => text(data[field]) ?? businessTime(event);
  const next: SupervisionAuditDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };

  switch (event.type) {
    case 'SupervisionAuditQuestionAnswered': {
      const key = text(data['questionKey']);
      const answer = SUPERVISION_ANSWERS.find((a) => a === data['answer']) ?? null;
      if (key === null || answer === null || !document.answers.some((row) => row.key === key)) return next;
      return {
        ...next,
        answers: document.answers.map(
          (row): SupervisionAuditAnswerDocument =>
            row.key === key
              ? {
                  ...row,
                  answer,
                  comments: text(data['comments']) ?? '',
                  numberOfSupervisions: typeof data['numberOfSupervisions'] === 'number' ? data['numberOfSupervisions'] : null,
                  answeredAt: when('answeredAt'),
                }
              : row,
        ),
      };
    }
    case 'SupervisionAuditChildSafetyEscalated':
      // SUP-3: raised once; a second recorded one would not replace the first.
      if (document.escalation !== null) return next;
      return {
        ...next,
        escalation: {
          headOfServiceId: text(data['headOfServiceId']) ?? '',
          comments: text(data['comments']) ?? '',
          escalatedBy: text(data['escalatedBy']),
          escalatedAt: when('escalatedAt'),
          acknowledgedAt: null,
          acknowledgedBy: null,
        },
      };
    case 'SupervisionAuditChildSafetyEscalationAcknowledged':
      if (document.escalation === null) return next;
      return {
        ...next,
        escalation: { ...document.escalation, acknowledgedAt: when('acknowledgedAt'), acknowledgedBy: text(data['acknowledgedBy']) },
      };
    case 'SupervisionAuditCompleted':
      return { ...next, status: 'COMPLETED', completedAt: document.completedAt ?? when('completedAt') };
    case 'SupervisionAuditFindingsReviewed':
      return {
        ...next,
        findingsReview: {
          supervisionDate: text(data['supervisionDate']) ?? '',
          agreedActions: Array.isArray(data['agreedActions']) ? (data['agreedActions'] as SupervisionAgreedAction[]) : [],
          reviewedBy: text(data['reviewedBy']),
          recordedAt: when('recordedAt'),
        },
      };
    case 'SupervisionAuditCopySentToSqa':
      return { ...next, copySentToSqaAt: when('sentAt'), copySentToSqaBy: text(data['sentBy']) };
    default:
      // An event type this version does not know: nothing on the form changes.
      return document;
  }
}

function started(event: RecordedEvent, data: Record<string, unknown>): SupervisionAuditDocument {
  const kind = SUPERVISION_AUDIT_KINDS.find((k) => k === data['kind']) ?? 'CASE';
  return {
    id: text(data['auditId']) ?? supervisionAuditIdFromStreamId(event.streamId) ?? event.streamId,
    kind,
    auditorId: text(data['auditorId']) ?? '',
    auditorRole: text(data['auditorRole']),
    supervisorId: text(data['supervisorId']) ?? '',
    supervisorRole: text(data['supervisorRole']),
    superviseeId: text(data['superviseeId']) ?? '',
    teamId: text(data['teamId']),
    caseFileId: text(data['caseFileId']),
    azeusNumber: text(data['azeusNumber']),
    auditDate: text(data['auditDate']) ?? '',
    status: 'IN_PROGRESS',
    revision: event.revision,
    startedAt: text(data['startedAt']) ?? businessTime(event),
    completedAt: null,
    lastUpdatedAt: businessTime(event),
    answers: questionsOf(kind).map((q) => ({
      key: q.key,
      question: q.text,
      answer: null,
      comments: null,
      numberOfSupervisions: null,
      answeredAt: null,
    })),
    escalation: null,
    findingsReview: null,
    copySentToSqaAt: null,
    copySentToSqaBy: null,
  };
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
