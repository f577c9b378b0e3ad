import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  CRS_MEETING_TYPES,
  CRS_PLAN_KINDS,
  CRS_QUALITY_CHECK_EVENT_TYPES,
  MEETING_OBSERVATION_CRITERIA,
  MINUTES_AUDIT_CRITERIA,
  PLAN_AUDIT_CRITERIA,
  crsQualityCheckIdFromStreamId,
  planKindOf,
  type CrsCriterion,
  type CrsQualityCheckKind,
} from '../../libs/domain/src/index.js';
import type { CrsCheckJudgementDocument, CrsCheckSection, CrsQualityCheckDocument } from './crs-monitoring.documents.js';
import { businessTime, dataOf, isRecord, oneOf, rated, text } from './crs-monitoring.read.js';

export const CRS_QUALITY_CHECKS_COLLECTION: CollectionDefinition = {
  name: 'crsQualityChecks.v1',
  indexes: ['crsTeamManagerId', 'chairId', 'kind', 'checkedMonth'],
};

/** One document per CRS team manager's check (CRS-2), keyed by check id; idempotent by stream revision. */
export const crsQualityChecksProjection: Projection<CrsQualityCheckDocument> = {
  name: 'crsQualityChecks',
  version: 1,
  collection: CRS_QUALITY_CHECKS_COLLECTION,
  handles: CRS_QUALITY_CHECK_EVENT_TYPES,
  documentIds(event) {
    const checkId = crsQualityCheckIdFromStreamId(event.streamId);
    return checkId === null ? [] : [checkId];
  },
  evolve: evolveCrsQualityCheckDocument,
};

const KIND_OF_EVENT: Readonly<Record<string, CrsQualityCheckKind>> = {
  CrsMeetingObserved: 'MEETING_OBSERVATION',
  CrsMinutesAudited: 'MINUTES_AUDIT',
  CrsPlanAudited: 'PLAN_AUDIT',
};

export function evolveCrsQualityCheckDocument(document: CrsQualityCheckDocument | null, event: RecordedEvent): CrsQualityCheckDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const kind = KIND_OF_EVENT[event.type];
  if (kind !== undefined) return document ?? recorded(event, data, kind);
  if (document === null) return null;
  const next: CrsQualityCheckDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
  if (event.type === 'CrsFeedbackGivenToChair') {
    return { ...next, feedbackGivenToChairOn: document.feedbackGivenToChairOn ?? text(data['supervisionDate']) };
  }
  // An event type this version does not know only moves the revision on.
  return next;
}

function recorded(event: RecordedEvent, data: Record<string, unknown>, kind: CrsQualityCheckKind): CrsQualityCheckDocument | null {
  const id = crsQualityCheckIdFromStreamId(event.streamId);
  if (id === null) return null;
  const meetingType = kind === 'PLAN_AUDIT' ? null : oneOf(data['meetingType'], CRS_MEETING_TYPES);
  const planKind = meetingType !== null ? planKindOf(meetingType) : oneOf(data['planKind'], CRS_PLAN_KINDS);
  if (planKind === null) return null;
  const meetingDate = text(kind === 'PLAN_AUDIT' ? data['planDate'] : data['meetingDate']) ?? '';
  const checkedOn = kind === 'MEETING_OBSERVATION' ? meetingDate : (text(data['auditedOn']) ?? '');
  const judgements: CrsCheckJudgementDocument[] =
    kind === 'MEETING_OBSERVATION'
      ? [
          ...section('OBSERVATION', MEETING_OBSERVATION_CRITERIA, data['observation']),
          ...section('MINUTES', MINUTES_AUDIT_CRITERIA, data['minutesAudit']),
          ...section('PLAN', PLAN_AUDIT_CRITERIA, data['planAudit']),
        ]
      : kind === 'MINUTES_AUDIT'
        ? section('MINUTES', MINUTES_AUDIT_CRITERIA, data['judgements'])
        : section('PLAN', PLAN_AUDIT_CRITERIA, data['judgements']);
  return {
    id,
    revision: event.revision,
    kind,
    crsTeamManagerId: text(data['crsTeamManagerId']) ?? '',
    planKind,
    meetingType,
    meetingDate,
    azeusNumber: text(data['azeusNumber']) ?? '',
    chairId: text(data['chairId']) ?? '',
    socialWorkerId: text(data['socialWorkerId']),
    checkedOn,
    checkedMonth: checkedOn.slice(0, 7),
    judgements,
    feedbackForChair: text(data['feedbackForChair']) ?? '',
    feedbackForWiderTeams: text(data['feedbackForWiderTeams']),
    feedbackGivenToChairOn: null,
    recordedAt: text(data['recordedAt']) ?? businessTime(event),
    lastUpdatedAt: businessTime(event),
  };
}

function section(name: CrsCheckSection, criteria: readonly CrsCriterion[], value: unknown): CrsCheckJudgementDocument[] {
  const given = isRecord(value) ? value : {};
  return criteria.map(({ key, text: words }) => ({ section: name, criterion: key, text: words, ...rated(given[key]) }));
}
