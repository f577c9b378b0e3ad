import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  MEETING_AREAS,
  MEETING_CONFERENCE_STAGES,
  MEETING_JUDGEMENTS,
  MEETING_OBSERVATION_EVENT_TYPES,
  MEETING_TYPES,
  isMeetingObserverRole,
  meetingObservationIdFromStreamId,
  type MeetingAgreedAction,
} from '../../libs/domain/src/meeting-observation/index.js';
import { businessTime, dataOf, isRecord, text } from '../staff/recorded-event-fields.js';
import type { MeetingObservationDocument, MeetingObservationNextStep } from './meeting-observations.document.js';

export const MEETING_OBSERVATIONS_COLLECTION: CollectionDefinition = {
  name: 'meetingObservations.v1',
  indexes: ['observerId', 'meetingType', 'status', 'azeusNumber', 'teamId', 'serviceAreaId', 'chairId', 'nextStep'],
};

/**
 * One document per meeting observation, keyed by its id (MTG-1..MTG-4). Pure, idempotent by stream
 * revision, and never throws on a recorded event: a field it cannot read is defaulted or skipped.
 */
export const meetingObservationsProjection: Projection<MeetingObservationDocument> = {
  name: 'meetingObservations',
  version: 1,
  collection: MEETING_OBSERVATIONS_COLLECTION,
  handles: MEETING_OBSERVATION_EVENT_TYPES,
  documentIds(event) {
    const id = meetingObservationIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveMeetingObservationDocument,
};

export function evolveMeetingObservationDocument(
  document: MeetingObservationDocument | null,
  event: RecordedEvent,
): MeetingObservationDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  if (event.type === 'MeetingObservationStarted') {
    return document ?? started(event, data, at);
  }
  if (document === null) return null;
  const when = (field: string): string => text(data[field]) ?? at;
  const next: MeetingObservationDocument = { ...document, revision: event.revision, lastUpdatedAt: at };

  switch (event.type) {
    case 'MeetingObservationAreaJudged': {
      const judgement = MEETING_JUDGEMENTS.find((j) => j === data['judgement']);
      const area = text(data['area']);
      if (judgement === undefined || !document.areas.some((row) => row.area === area)) return next;
      const areas = document.areas.map((row) =>
        row.area === area ? { ...row, judgement, comment: text(data['comment']) ?? '', judgedAt: when('judgedAt') } : row,
      );
      return derived({ ...next, areas });
    }
    case 'MeetingObservationCompleted':
      return derived({ ...next, status: 'COMPLETED', completedAt: document.completedAt ?? when('completedAt') });
    case 'MeetingObservationDiscussedWithChair':
      return derived({
        ...next,
        discussionWithChair: { heldOn: text(data['heldOn']) ?? at.slice(0, 10), notes: text(data['notes']) ?? '', recordedAt: when('recordedAt') },
      });
    case 'MeetingObservationLearningAndActionsAgreed':
      return derived({
        ...next,
        sharedRecord: {
          learning: text(data['learning']) ?? '',
          actions: agreedActions(data['actions']),
          agreedBy: text(data['agreedBy']),
          agreedAt: when('agreedAt'),
        },
      });
    case 'MeetingObservationCopySentToSqa':
      return derived({ ...next, copySentToSqaAt: document.copySentToSqaAt ?? when('sentAt'), copySentToSqaBy: document.copySentToSqaBy ?? text(data['sentBy']) });
    default:
      // An event type this version does not know: nothing on the record changes.
      return document;
  }
}

function started(event: RecordedEvent, data: Record<string, unknown>, at: string): MeetingObservationDocument | null {
  const id = text(data['observationId']) ?? meetingObservationIdFromStreamId(event.streamId);
  const observerId = text(data['observerId']);
  if (id === null || observerId === null) return null;
  const meetingType = MEETING_TYPES.find((t) => t.key === data['meetingType']) ?? null;
  return derived({
    id,
    observerId,
    observerRole: isMeetingObserverRole(data['observerRole']) ? data['observerRole'] : null,
    meetingType: meetingType?.key ?? 'CP_CONFERENCE',
    meetingTypeTitle: meetingType?.title ?? text(data['meetingType']) ?? '',
    conferenceStage: MEETING_CONFERENCE_STAGES.find((s) => s === data['conferenceStage']) ?? null,
    meetingDate: text(data['meetingDate']) ?? at.slice(0, 10),
    chairId: text(data['chairId']) ?? '',
    azeusNumber: text(data['azeusNumber']),
    teamId: text(data['teamId']),
    serviceAreaId: text(data['serviceAreaId']),
    status: 'IN_PROGRESS',
    areas: MEETING_AREAS.map((a) => ({ area: a.key, title: a.title, judgement: null, comment: null, judgedAt: null })),
    areasJudged: 0,
    discussionWithChair: null,
    sharedRecord: null,
    copySentToSqaAt: null,
    copySentToSqaBy: null,
    nextStep: 'JUDGE_AREAS',
    startedAt: text(data['startedAt']) ?? at,
    completedAt: null,
    revision: event.revision,
    lastUpdatedAt: at,
  });
}

/** The fields that follow from the rest: how many areas are judged, and what the observer does next. */
function derived(document: MeetingObservationDocument): MeetingObservationDocument {
  const areasJudged = document.areas.filter((a) => a.judgement !== null).length;
  const nextStep: MeetingObservationNextStep =
    document.status !== 'COMPLETED'
      ? areasJudged < document.areas.length
        ? 'JUDGE_AREAS'
        : 'COMPLETE'
      : document.discussionWithChair === null
        ? 'DISCUSS_WITH_CHAIR'
        : document.sharedRecord === null
          ? 'AGREE_LEARNING_AND_ACTIONS'
          : document.copySentToSqaAt === null
            ? 'SEND_COPY_TO_SQA'
            : 'DONE';
  return { ...document, areasJudged, nextStep };
}

function agreedActions(value: unknown): MeetingAgreedAction[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((a) => {
    const actionId = text(a['actionId']);
    if (actionId === null) return [];
    return [
      {
        actionId,
        description: text(a['description']) ?? '',
        ownerId: text(a['ownerId']) ?? '',
        managerId: text(a['managerId']) ?? '',
        timescale: text(a['timescale']) ?? '',
      },
    ];
  });
}
