import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  AUDIT_QUALITY_JUDGEMENTS,
  DIP_SAMPLE_EVENT_TYPES,
  FOLLOW_THROUGH_JUDGEMENTS,
  dipSampleIdFromStreamId,
  type FollowThroughJudgement,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, text } from '../staff/recorded-event-fields.js';
import type { DipSampleDocument } from './dip-samples.document.js';

export const DIP_SAMPLES_COLLECTION: CollectionDefinition = {
  name: 'dipSamples.v1',
  indexes: ['auditId', 'qualityJudgement', 'sampledAuditorId', 'sampledBy', 'status', 'teamId'],
};

/**
 * One document per dip sample (CFA-11), keyed by its id. Pure, idempotent by stream revision, and
 * never throws on a recorded event: a value it cannot read is skipped.
 */
export const dipSamplesProjection: Projection<DipSampleDocument> = {
  name: 'dipSamples',
  version: 1,
  collection: DIP_SAMPLES_COLLECTION,
  handles: DIP_SAMPLE_EVENT_TYPES,
  documentIds(event) {
    const id = dipSampleIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveDipSampleDocument,
};

export function evolveDipSampleDocument(document: DipSampleDocument | null, event: RecordedEvent): DipSampleDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  if (event.type === 'DipSampleStarted') {
    if (document !== null) return document;
    const id = text(data['dipSampleId']) ?? dipSampleIdFromStreamId(event.streamId);
    const auditId = text(data['auditId']);
    const sampledAuditorId = text(data['sampledAuditorId']);
    if (id === null || auditId === null || sampledAuditorId === null) return null;
    return {
      id,
      dipSampleId: id,
      auditId,
      azeusNumber: text(data['azeusNumber']) ?? '',
      auditType: text(data['auditType']) ?? '',
      sampledAuditorId,
      teamId: text(data['teamId']),
      auditSubmittedAt: text(data['auditSubmittedAt']),
      auditOverallGrade: text(data['auditOverallGrade']),
      sampledBy: text(data['sampledBy']) ?? '',
      status: 'IN_PROGRESS',
      quality: null,
      qualityJudgement: null,
      followThrough: null,
      followUpActions: [],
      startedAt: text(data['startedAt']) ?? at,
      completedAt: null,
      revision: event.revision,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next: DipSampleDocument = { ...document, revision: event.revision, lastUpdatedAt: at };

  switch (event.type) {
    case 'DipSampleAuditQualityJudged': {
      const judgement = oneOf(data['judgement'], AUDIT_QUALITY_JUDGEMENTS);
      if (judgement === null) return next;
      return {
        ...next,
        quality: { judgement, findings: text(data['findings']) ?? '', judgedAt: text(data['judgedAt']) ?? at },
        qualityJudgement: judgement,
      };
    }
    case 'DipSampleFollowThroughJudged': {
      const followedThrough = oneOf<FollowThroughJudgement>(data['followedThrough'], FOLLOW_THROUGH_JUDGEMENTS);
      if (followedThrough === null) return next;
      return { ...next, followThrough: { followedThrough, notes: text(data['notes']), judgedAt: text(data['judgedAt']) ?? at } };
    }
    case 'DipSampleFollowUpActionRaised': {
      const actionId = text(data['actionId']);
      if (actionId === null || document.followUpActions.some((a) => a.actionId === actionId)) return next;
      return {
        ...next,
        followUpActions: [...document.followUpActions, { actionId, description: text(data['description']) ?? '', raisedAt: text(data['raisedAt']) ?? at }],
      };
    }
    case 'DipSampleCompleted':
      return { ...next, status: 'COMPLETED', completedAt: text(data['completedAt']) ?? at };
    default:
      return document;
  }
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | null {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}
