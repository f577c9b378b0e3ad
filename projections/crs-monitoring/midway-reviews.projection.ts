import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  CRS_PLAN_KINDS,
  MIDWAY_REVIEW_EVENT_TYPES,
  MIDWAY_REVIEW_TOLERANCE_DAYS,
  PLAN_PROGRESSIONS,
  midwayReviewIdFromStreamId,
  type MidwayReviewAgreedAction,
} from '../../libs/domain/src/index.js';
import type { MidwayReviewDocument } from './crs-monitoring.documents.js';
import { businessTime, concerns, dataOf, isRecord, oneOf, text } from './crs-monitoring.read.js';

export const MIDWAY_REVIEWS_COLLECTION: CollectionDefinition = {
  name: 'midwayReviews.v1',
  indexes: ['chairId', 'teamManagerId', 'socialWorkerId', 'azeusNumber', 'heldMonth'],
};

/** One document per midway review (CRS-3), keyed by review id; idempotent by stream revision. */
export const midwayReviewsProjection: Projection<MidwayReviewDocument> = {
  name: 'midwayReviews',
  version: 1,
  collection: MIDWAY_REVIEWS_COLLECTION,
  handles: MIDWAY_REVIEW_EVENT_TYPES,
  documentIds(event) {
    const reviewId = midwayReviewIdFromStreamId(event.streamId);
    return reviewId === null ? [] : [reviewId];
  },
  evolve: evolveMidwayReviewDocument,
};

export function evolveMidwayReviewDocument(document: MidwayReviewDocument | null, event: RecordedEvent): MidwayReviewDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  if (event.type === 'MidwayReviewHeld') return document ?? held(event, dataOf(event));
  // An event type this version does not know only moves the revision on.
  return document === null ? null : { ...document, revision: event.revision, lastUpdatedAt: businessTime(event) };
}

function held(event: RecordedEvent, data: Record<string, unknown>): MidwayReviewDocument | null {
  const id = midwayReviewIdFromStreamId(event.streamId);
  const planKind = oneOf(data['planKind'], CRS_PLAN_KINDS);
  if (id === null || planKind === null) return null;
  const dueOn = text(data['dueOn']) ?? '';
  const heldOn = text(data['heldOn']) ?? '';
  const progression = isRecord(data['planProgression']) ? data['planProgression'] : {};
  const drift = isRecord(data['driftOrDelay']) ? data['driftOrDelay'] : {};
  return {
    id,
    revision: event.revision,
    planKind,
    azeusNumber: text(data['azeusNumber']) ?? '',
    socialWorkerId: text(data['socialWorkerId']) ?? '',
    teamManagerId: text(data['teamManagerId']) ?? '',
    teamId: text(data['teamId']),
    chairId: text(data['chairId']) ?? '',
    chairRole: text(data['chairRole']) ?? '',
    previousMeetingDate: text(data['previousMeetingDate']) ?? '',
    nextMeetingDate: text(data['nextMeetingDate']) ?? '',
    dueOn,
    heldOn,
    heldMonth: heldOn.slice(0, 7),
    heldOnTime: dueOn !== '' && heldOn !== '' && heldOn <= addDays(dueOn, MIDWAY_REVIEW_TOLERANCE_DAYS),
    planProgression: { progression: oneOf(progression['progression'], PLAN_PROGRESSIONS), comments: text(progression['comments']) ?? '' },
    driftOrDelay: { found: drift['found'] === true, details: drift['found'] === true ? text(drift['details']) : null },
    concerns: concerns(data['concerns']),
    agreedActions: actions(data['agreedActions']),
    recordedAt: text(data['recordedAt']) ?? businessTime(event),
    lastUpdatedAt: businessTime(event),
  };
}

function actions(value: unknown): MidwayReviewAgreedAction[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((a) => ({
    actionId: text(a['actionId']) ?? '',
    description: text(a['description']) ?? '',
    ownerId: text(a['ownerId']) ?? '',
    managerId: text(a['managerId']) ?? '',
    timescale: text(a['timescale']) ?? '',
  }));
}

function addDays(date: string, days: number): string {
  const parsed = new Date(`${date}T00:00:00.000Z`);
  return Number.isNaN(parsed.getTime()) ? date : new Date(parsed.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
