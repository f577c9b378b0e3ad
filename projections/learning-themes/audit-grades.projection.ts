import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import { CRITERION_COUNT, GRADES, auditIdFromStreamId, type Grade } from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text } from '../staff/recorded-event-fields.js';
import type { AuditGradesDocument, CriterionGradeFact } from './learning-themes.document.js';

export const AUDIT_GRADES_COLLECTION: CollectionDefinition = {
  name: 'learningThemeAuditGrades.v1',
  indexes: ['status', 'submittedMonth', 'teamId'],
};

export const AUDIT_GRADE_EVENT_TYPES = [
  'CaseFileAuditScheduled',
  'CaseFileAuditCriterionGraded',
  'CaseFileAuditCriterionMarkedNotApplicable',
  'CaseFileAuditSubmitted',
  'CaseFileAuditModerated',
  'CaseFileAuditGradeModerated',
] as const;

/**
 * REP-2, CFA-9: the grades of each case file audit, as given and as moderated, for grade
 * distributions by criterion, team, service area and audit type. One document per audit, pure,
 * idempotent by stream revision; it never throws on a recorded event.
 */
export const auditGradesProjection: Projection<AuditGradesDocument> = {
  name: 'learningThemeAuditGrades',
  version: 1,
  collection: AUDIT_GRADES_COLLECTION,
  handles: AUDIT_GRADE_EVENT_TYPES,
  documentIds(event) {
    const auditId = auditIdFromStreamId(event.streamId);
    return auditId === null ? [] : [auditId];
  },
  evolve: evolveAuditGradesDocument,
};

export function evolveAuditGradesDocument(document: AuditGradesDocument | null, event: RecordedEvent): AuditGradesDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  if (event.type === 'CaseFileAuditScheduled') {
    if (document !== null) return { ...document, revision: event.revision };
    return {
      id: auditIdFromStreamId(event.streamId) ?? text(data['auditId']) ?? event.streamId,
      auditType: text(data['auditType']) ?? '',
      teamId: text(data['teamId']),
      auditorId: text(data['auditorId']) ?? '',
      status: 'OPEN',
      criteria: [],
      overallGrade: null,
      moderatedOverallGrade: null,
      submittedAt: null,
      submittedOn: null,
      submittedMonth: null,
      moderatedAt: null,
      moderatedOn: null,
      revision: event.revision,
    };
  }
  if (document === null) return null;
  const next = { ...document, revision: event.revision };
  const criterion = criterionOf(data['criterion']);

  switch (event.type) {
    case 'CaseFileAuditCriterionGraded': {
      const grade = gradeOf(data['grade']);
      // The form is frozen at submission; a grade it cannot read leaves the criterion as it was.
      if (document.status !== 'OPEN' || criterion === null || grade === null) return next;
      return { ...next, criteria: withCriterion(document.criteria, { criterion, grade, moderatedGrade: null }) };
    }
    case 'CaseFileAuditCriterionMarkedNotApplicable':
      if (document.status !== 'OPEN' || criterion === null) return next;
      return { ...next, criteria: document.criteria.filter((c) => c.criterion !== criterion) };
    case 'CaseFileAuditSubmitted': {
      if (document.status !== 'OPEN') return next;
      const submittedAt = text(data['submittedAt']) ?? businessTime(event);
      return {
        ...next,
        status: 'SUBMITTED',
        overallGrade: gradeOf(data['overallGrade']),
        submittedAt,
        submittedOn: submittedAt.slice(0, 10),
        submittedMonth: submittedAt.slice(0, 7),
      };
    }
    case 'CaseFileAuditModerated': {
      // CFA-9: an audit is moderated once; a second recorded moderation does not move the date.
      if (document.status !== 'SUBMITTED' || document.moderatedAt !== null) return next;
      const moderatedAt = text(data['moderatedAt']) ?? businessTime(event);
      return { ...next, moderatedAt, moderatedOn: moderatedAt.slice(0, 10) };
    }
    case 'CaseFileAuditGradeModerated': {
      const toGrade = gradeOf(data['toGrade']);
      if (document.status !== 'SUBMITTED' || toGrade === null) return next;
      if (data['scope'] === 'OVERALL' || criterion === null) return { ...next, moderatedOverallGrade: toGrade };
      const given = document.criteria.find((c) => c.criterion === criterion);
      if (given === undefined) return next;
      return { ...next, criteria: withCriterion(document.criteria, { ...given, moderatedGrade: toGrade }) };
    }
    default:
      return document;
  }
}

function withCriterion(criteria: readonly CriterionGradeFact[], fact: CriterionGradeFact): CriterionGradeFact[] {
  return [...criteria.filter((c) => c.criterion !== fact.criterion), fact].sort((a, b) => a.criterion - b.criterion);
}

function criterionOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= CRITERION_COUNT ? value : null;
}

function gradeOf(value: unknown): Grade | null {
  return GRADES.find((g) => g === value) ?? null;
}
