import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  AUDIT_TYPES,
  CASE_FILE_AUDIT_EVENT_TYPES,
  CRITERIA,
  FAMILY_FEEDBACK_QUESTION_KEYS,
  GRADES,
  WORKER_INVOLVEMENTS,
  auditIdFromStreamId,
  type AuditType,
  type FamilyFeedbackAnswers,
  type Grade,
  type KeyInformation,
} from '../../libs/domain/src/index.js';
import type {
  CaseFileAuditActorDocument,
  CaseFileAuditCriterionDocument,
  CaseFileAuditDocument,
  CaseFileAuditEscalationDocument,
  CaseFileAuditModerationDocument,
  CaseFileAuditWorkerInvolvementRecordDocument,
} from './case-file-audits.document.js';

export const CASE_FILE_AUDITS_COLLECTION: CollectionDefinition = {
  name: 'caseFileAudits.v2',
  indexes: ['auditorId', 'teamId', 'status', 'submittedMonth'],
};

/**
 * One document per case file audit (CFA-12), keyed by audit id. Pure and idempotent: an event at or
 * below the document's revision returns the document itself. It never throws on a recorded event:
 * a field it cannot read is left as it was or defaulted.
 */
export const caseFileAuditsProjection: Projection<CaseFileAuditDocument> = {
  name: 'caseFileAudits',
  // v2: submittedMonth, so a month's quota (CFA-2) reads that month's audits, not five years'.
  version: 2,
  collection: CASE_FILE_AUDITS_COLLECTION,
  handles: CASE_FILE_AUDIT_EVENT_TYPES,
  documentIds(event) {
    const auditId = auditIdFromStreamId(event.streamId);
    return auditId === null ? [] : [auditId];
  },
  evolve: (document, event) => withSubmittedMonth(evolveCaseFileAuditDocument(document, event)),
};

/** The month (YYYY-MM, UTC) the audit was submitted in, or null: an index for the monthly quota. */
export function withSubmittedMonth(document: CaseFileAuditDocument | null): CaseFileAuditDocument | null {
  if (document === null) return null;
  const submittedMonth = document.submittedAt === null ? null : document.submittedAt.slice(0, 7);
  return document.submittedMonth === submittedMonth ? document : { ...document, submittedMonth };
}

export function evolveCaseFileAuditDocument(
  document: CaseFileAuditDocument | null,
  event: RecordedEvent,
): CaseFileAuditDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};

  if (event.type === 'CaseFileAuditScheduled') {
    return document ?? scheduled(event, data);
  }
  if (document === null) return null;

  const when = (field: string): string => text(data[field]) ?? businessTime(event);
  const next = { ...touched(document, event) };

  switch (event.type) {
    case 'CaseFileAuditStarted':
      return {
        ...next,
        status: document.status === 'SCHEDULED' ? 'IN_PROGRESS' : document.status,
        startedAt: document.startedAt ?? when('startedAt'),
      };
    case 'CaseFileAuditKeyInformationRecorded':
      return {
        ...next,
        penPicture: text(data['penPicture']) ?? document.penPicture,
        keyInformation: isRecord(data['keyInformation'])
          ? (data['keyInformation'] as KeyInformation)
          : document.keyInformation,
      };
    case 'CaseFileAuditCriterionGraded':
      return withCriterion(next, data['criterion'], (criterion) => ({
        ...criterion,
        status: 'GRADED',
        evaluation: text(data['evaluation']) ?? '',
        grade: grade(data['grade']),
        notApplicableReason: null,
        recordedAt: when('gradedAt'),
      }));
    case 'CaseFileAuditCriterionMarkedNotApplicable':
      return withCriterion(next, data['criterion'], (criterion) => ({
        ...criterion,
        status: 'NOT_APPLICABLE',
        evaluation: null,
        grade: null,
        notApplicableReason: text(data['reason']) ?? '',
        recordedAt: when('markedAt'),
      }));
    case 'CaseFileAuditFamilyFeedbackRecorded':
      return {
        ...next,
        familyFeedback: {
          status: 'GIVEN',
          answers: answers(data['answers']),
          givenBy: text(data['givenBy']),
          reasonNotSought: null,
          anotherManagerShouldSeek: null,
          recordedAt: when('recordedAt'),
        },
      };
    case 'CaseFileAuditFamilyFeedbackNotSought':
      return {
        ...next,
        familyFeedback: {
          status: 'NOT_SOUGHT',
          answers: null,
          givenBy: null,
          reasonNotSought: text(data['reason']),
          anotherManagerShouldSeek: typeof data['anotherManagerShouldSeek'] === 'boolean' ? data['anotherManagerShouldSeek'] : null,
          recordedAt: when('recordedAt'),
        },
      };
    case 'CaseFileAuditWorkerCommentsRecorded':
      return { ...next, workerComments: { comments: text(data['comments']) ?? '', recordedAt: when('recordedAt') } };
    case 'CaseFileAuditRecommendationAdded': {
      const recommendationId = text(data['recommendationId']);
      if (recommendationId === null) return next;
      const recommendation = {
        recommendationId,
        action: text(data['action']) ?? '',
        completionDate: text(data['completionDate']) ?? '',
        responsible: text(data['responsible']) ?? '',
        addedAt: when('addedAt'),
      };
      return {
        ...next,
        recommendations: [...document.recommendations.filter((r) => r.recommendationId !== recommendationId), recommendation],
      };
    }
    case 'CaseFileAuditSummaryRecorded':
      return {
        ...next,
        summary: {
          strengths: text(data['strengths']) ?? '',
          areasForImprovement: text(data['areasForImprovement']) ?? '',
          recordedAt: when('recordedAt'),
        },
      };
    case 'CaseFileAuditSubmitted':
      return {
        ...next,
        status: 'SUBMITTED',
        overallGrade: grade(data['overallGrade']),
        rationale: text(data['rationale']),
        submittedAt: when('submittedAt'),
      };
    case 'CaseFileAuditInadequacyEscalated': {
      const escalation = escalationOf(data, when('escalatedAt'), `${document.id}:${event.revision}`);
      return {
        ...next,
        escalations: [...document.escalations.filter((e) => e.escalationId !== escalation.escalationId), escalation],
      };
    }
    case 'CaseFileAuditWorkerInvolvementRecorded': {
      const involvement = WORKER_INVOLVEMENTS.find((i) => i === data['involvement']);
      if (involvement === undefined) return next;
      const record: CaseFileAuditWorkerInvolvementRecordDocument = {
        involvement,
        date: text(data['date']),
        reason: text(data['reason']),
        recordedAt: when('recordedAt'),
        recordedBy: actorOf(event)?.staffId ?? null,
      };
      return { ...next, workerInvolvement: { ...record, history: [...(document.workerInvolvement?.history ?? []), record] } };
    }
    case 'CaseFileAuditModerated':
      // One moderation per audit (CFA-9); a second recorded one would not replace the first.
      if (document.moderation !== undefined) return next;
      return { ...next, moderation: moderationOf(document, data, when('moderatedAt')) };
    case 'CaseFileAuditGradeModerated': {
      const moderation = document.moderation;
      if (moderation === undefined) return next;
      const toGrade = grade(data['toGrade']);
      if (toGrade === null) return next;
      const change = { moderatedGrade: toGrade, changed: true, reason: text(data['reason']) };
      const fromGrade = grade(data['fromGrade']);
      if (data['scope'] === 'OVERALL' || data['criterion'] === null) {
        const overall = { ...moderation.overall, ...change, originalGrade: fromGrade ?? moderation.overall.originalGrade };
        return { ...next, moderation: { ...moderation, status: 'CHANGED', overall } };
      }
      const criteria = moderation.criteria.map((row) =>
        row.number === data['criterion'] ? { ...row, ...change, originalGrade: fromGrade ?? row.originalGrade } : row,
      );
      return { ...next, moderation: { ...moderation, status: 'CHANGED', criteria } };
    }
    case 'CaseFileAuditModerationFeedbackAcknowledged': {
      if (document.moderation === undefined) return next;
      return {
        ...next,
        moderation: {
          ...document.moderation,
          feedbackAcknowledgedAt: when('acknowledgedAt'),
          feedbackAcknowledgedBy: text(data['acknowledgedBy']) ?? actorOf(event)?.staffId ?? null,
        },
      };
    }
    default:
      // An event type this version does not know: nothing on the form changes.
      return document;
  }
}

function scheduled(event: RecordedEvent, data: Record<string, unknown>): CaseFileAuditDocument {
  const auditType = AUDIT_TYPES.find((t) => t === data['auditType']) ?? ('MONTHLY' satisfies AuditType);
  return {
    id: text(data['auditId']) ?? auditIdFromStreamId(event.streamId) ?? event.streamId,
    azeusNumber: text(data['azeusNumber']) ?? '',
    auditType,
    auditorId: text(data['auditorId']) ?? '',
    teamId: text(data['teamId']),
    theme: text(data['theme']),
    dueDate: text(data['dueDate']) ?? '',
    status: 'SCHEDULED',
    revision: event.revision,
    scheduledAt: text(data['scheduledAt']) ?? businessTime(event),
    startedAt: null,
    submittedAt: null,
    lastUpdatedAt: businessTime(event),
    lastUpdatedBy: actorOf(event),
    penPicture: null,
    keyInformation: null,
    criteria: CRITERIA.map(
      (c): CaseFileAuditCriterionDocument => ({
        number: c.number,
        title: c.title,
        status: 'UNGRADED',
        evaluation: null,
        grade: null,
        notApplicableReason: null,
        recordedAt: null,
      }),
    ),
    familyFeedback: null,
    workerComments: null,
    recommendations: [],
    summary: null,
    overallGrade: null,
    rationale: null,
    escalations: [],
  };
}

/** The document with the event's revision, time and actor; what every applied event changes. */
function touched(document: CaseFileAuditDocument, event: RecordedEvent): CaseFileAuditDocument {
  return {
    ...document,
    revision: event.revision,
    lastUpdatedAt: businessTime(event),
    lastUpdatedBy: actorOf(event) ?? document.lastUpdatedBy,
  };
}

function withCriterion(
  document: CaseFileAuditDocument,
  criterion: unknown,
  change: (row: CaseFileAuditCriterionDocument) => CaseFileAuditCriterionDocument,
): CaseFileAuditDocument {
  if (!document.criteria.some((row) => row.number === criterion)) return document;
  return { ...document, criteria: document.criteria.map((row) => (row.number === criterion ? change(row) : row)) };
}

/** CFA-9: every grade as the auditor gave it, each kept until a CaseFileAuditGradeModerated changes it. */
function moderationOf(
  document: CaseFileAuditDocument,
  data: Record<string, unknown>,
  moderatedAt: string,
): CaseFileAuditModerationDocument {
  return {
    status: data['agreed'] === false ? 'CHANGED' : 'AGREED',
    moderatorId: text(data['moderatorId']) ?? '',
    moderatorRole: text(data['moderatorRole']),
    feedback: text(data['feedback']) ?? '',
    moderatedAt,
    criteria: document.criteria.map((row) => ({
      number: row.number,
      originalGrade: row.grade,
      moderatedGrade: row.grade,
      changed: false,
      reason: null,
    })),
    overall: { originalGrade: document.overallGrade, moderatedGrade: document.overallGrade, changed: false, reason: null },
    feedbackAcknowledgedAt: null,
    feedbackAcknowledgedBy: null,
  };
}

function escalationOf(
  data: Record<string, unknown>,
  escalatedAt: string,
  fallbackId: string,
): CaseFileAuditEscalationDocument {
  const criterion = typeof data['criterion'] === 'number' ? data['criterion'] : null;
  return {
    escalationId: text(data['escalationId']) ?? fallbackId,
    scope: data['scope'] === 'CRITERION' || data['scope'] === 'OVERALL' ? data['scope'] : criterion === null ? 'OVERALL' : 'CRITERION',
    criterion,
    reason: text(data['reason']) ?? '',
    teamManagerId: text(data['teamManagerId']),
    teamManagerName: text(data['teamManagerName']),
    socialWorkerId: text(data['socialWorkerId']),
    socialWorkerName: text(data['socialWorkerName']),
    escalatedBy: text(data['escalatedBy']),
    escalatedAt,
  };
}

function answers(value: unknown): FamilyFeedbackAnswers {
  const given = isRecord(value) ? value : {};
  return Object.fromEntries(FAMILY_FEEDBACK_QUESTION_KEYS.map((key) => [key, text(given[key])])) as FamilyFeedbackAnswers;
}

function grade(value: unknown): Grade | null {
  return GRADES.find((g) => g === value) ?? null;
}

/** The business time of the command that recorded the event; the store's time if it is missing. */
function businessTime(event: RecordedEvent): string {
  const now = isRecord(event.metadata) ? text(event.metadata['now']) : null;
  if (now !== null) return now;
  const created = event.created instanceof Date ? event.created : new Date(Number.NaN);
  return Number.isNaN(created.getTime()) ? '' : created.toISOString();
}

function actorOf(event: RecordedEvent): CaseFileAuditActorDocument | null {
  const actor = isRecord(event.metadata) ? event.metadata['actor'] : undefined;
  if (!isRecord(actor)) return null;
  const staffId = text(actor['staffId']);
  const role = text(actor['role']);
  return staffId === null || role === null ? null : { staffId, role };
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
