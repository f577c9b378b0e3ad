import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  AREAS_OF_PRACTICE,
  PRACTICE_JUDGEMENTS,
  PRACTICE_OBSERVATION_EVENT_TYPES,
  REFLECTIVE_REVIEW_SETTINGS,
  observationIdFromStreamId,
  type ObservationAction,
  type PracticeJudgement,
} from '../../libs/domain/src/practice-observation/index.js';
import type { PracticeObservationAreaDocument, PracticeObservationDocument } from './practice-observations.document.js';

export const PRACTICE_OBSERVATIONS_COLLECTION: CollectionDefinition = {
  name: 'practiceObservations.v1',
  indexes: ['workerId', 'observerId', 'status'],
};

/**
 * One document per practice observation (OBS-4, OBS-5), keyed by observation id. Pure and
 * idempotent: an event at or below the document's revision returns the document itself. It never
 * throws on a recorded event: a field it cannot read is left as it was or defaulted.
 */
export const practiceObservationsProjection: Projection<PracticeObservationDocument> = {
  name: 'practiceObservations',
  version: 1,
  collection: PRACTICE_OBSERVATIONS_COLLECTION,
  handles: PRACTICE_OBSERVATION_EVENT_TYPES,
  documentIds(event) {
    const observationId = observationIdFromStreamId(event.streamId);
    return observationId === null ? [] : [observationId];
  },
  evolve: evolvePracticeObservationDocument,
};

export function evolvePracticeObservationDocument(
  document: PracticeObservationDocument | null,
  event: RecordedEvent,
): PracticeObservationDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = isRecord(event.data) ? event.data : {};

  if (event.type === 'PracticeObservationRecorded') {
    return document ?? recorded(event, data);
  }
  if (document === null) return null;

  const when = (field: string): string => text(data[field]) ?? businessTime(event);
  const next: PracticeObservationDocument = { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };

  switch (event.type) {
    case 'PracticeObservationAreaRejudged': {
      const judgement = judgementOf(data['judgement']);
      return {
        ...next,
        areas: document.areas.map((row) => (row.area === data['area'] && judgement !== null ? { ...row, judgement } : row)),
      };
    }
    case 'PracticeObservationWorkerCommentsRecorded':
      return { ...next, workerComments: text(data['comments']) ?? document.workerComments };
    case 'PracticeObservationFeedbackRecorded':
      return { ...next, feedback: text(data['feedback']) ?? document.feedback };
    case 'PracticeObservationSharedWithWorker':
      return { ...next, sharedWithWorkerAt: document.sharedWithWorkerAt ?? when('sharedAt') };
    case 'PracticeObservationReflectiveReviewHeld': {
      const setting = REFLECTIVE_REVIEW_SETTINGS.find((s) => s === data['setting']);
      const heldOn = text(data['heldOn']);
      return setting === undefined || heldOn === null
        ? next
        : { ...next, reflectiveReview: { setting, heldOn, notes: text(data['notes']) } };
    }
    case 'PracticeObservationActionPlanAgreed':
      return { ...next, actionPlan: actions(data['actions']) };
    case 'PracticeObservationLinkedToPdr':
      return { ...next, pdrPriorities: strings(data['priorities']) };
    case 'PracticeObservationCompleted':
      return { ...next, status: 'COMPLETED', completedAt: document.completedAt ?? when('completedAt') };
    case 'PracticeObservationSharedWithLineManager':
      return {
        ...next,
        lineManagerId: text(data['lineManagerId']) ?? document.lineManagerId,
        sharedWithLineManagerAt: when('sharedAt'),
      };
    case 'PracticeObservationSharedWithSqa':
      return { ...next, sharedWithSqaAt: document.sharedWithSqaAt ?? when('sharedAt') };
    default:
      // An event type this version does not know only moves the revision on.
      return next;
  }
}

function recorded(event: RecordedEvent, data: Record<string, unknown>): PracticeObservationDocument | null {
  const id = observationIdFromStreamId(event.streamId);
  if (id === null) return null;
  const given = isRecord(data['areas']) ? data['areas'] : {};
  const areas: PracticeObservationAreaDocument[] = AREAS_OF_PRACTICE.map(({ key, title }) => ({
    area: key,
    title,
    judgement: judgementOf(given[key]),
  }));
  const recordedAt = text(data['recordedAt']) ?? businessTime(event);
  return {
    id,
    revision: event.revision,
    status: 'RECORDED',
    workerId: text(data['workerId']) ?? '',
    workerRole: text(data['workerRole']) ?? '',
    workerIsAsye: data['workerIsAsye'] === true,
    observerId: text(data['observerId']) ?? '',
    observerRole: text(data['observerRole']) ?? '',
    activityObserved: text(data['activityObserved']) ?? '',
    observedOn: text(data['observedOn']) ?? '',
    description: text(data['description']) ?? '',
    wentWell: text(data['wentWell']) ?? '',
    needsDevelopment: text(data['needsDevelopment']) ?? '',
    specificComments: text(data['specificComments']),
    areas,
    otherComments: text(data['otherComments']),
    workerComments: null,
    feedback: null,
    sharedWithWorkerAt: null,
    reflectiveReview: null,
    actionPlan: [],
    pdrPriorities: [],
    completedAt: null,
    lineManagerId: null,
    sharedWithLineManagerAt: null,
    sharedWithSqaAt: null,
    recordedAt,
    lastUpdatedAt: businessTime(event),
  };
}

function actions(value: unknown): ObservationAction[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((action) => ({
    actionId: text(action['actionId']) ?? '',
    description: text(action['description']) ?? '',
    ownerId: text(action['ownerId']) ?? '',
    dueBy: text(action['dueBy']) ?? '',
    // Added later (issue 4, item 7): plans recorded before them read as unknown.
    ...(text(action['managerId']) !== null ? { managerId: text(action['managerId'])! } : {}),
    azeusNumber: text(action['azeusNumber']),
    teamId: text(action['teamId']),
  }));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function judgementOf(value: unknown): PracticeJudgement | null {
  return PRACTICE_JUDGEMENTS.find((j) => j === value) ?? null;
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
