import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { CollectionDefinition } from '../../libs/read-store/src/read-store.port.js';
import {
  ALL_LEARNING_INPUT_SOURCE_TYPES,
  COMPLAINT_OUTCOMES,
  LEARNING_INPUT_EVENT_TYPES,
  LEARNING_INPUT_KINDS,
  ROLES,
  learningInputIdFromStreamId,
  learningThemeKey,
  serviceAreasTouched,
  type ComplaintOutcome,
  type LearningInputKind,
  type LearningInputSourceType,
} from '../../libs/domain/src/index.js';
import { businessTime, dataOf, isRecord, text } from '../staff/recorded-event-fields.js';
import type { LearningInputChangeDocument, LearningInputDocument } from './learning-inputs.document.js';

export const LEARNING_INPUTS_COLLECTION: CollectionDefinition = {
  name: 'learningInputs.v1',
  indexes: ['kind', 'status', 'receivedMonth', 'recordedBy'],
};

/**
 * One document per learning input, keyed by its id (section 2; REP-2). Pure, idempotent by stream
 * revision, and never throws on a recorded event: a field it cannot read is defaulted or skipped.
 */
export const learningInputsProjection: Projection<LearningInputDocument> = {
  name: 'learningInputs',
  version: 1,
  collection: LEARNING_INPUTS_COLLECTION,
  handles: LEARNING_INPUT_EVENT_TYPES,
  documentIds(event) {
    const id = learningInputIdFromStreamId(event.streamId);
    return id === null ? [] : [id];
  },
  evolve: evolveLearningInputDocument,
};

type Content = Pick<
  LearningInputDocument,
  | 'receivedOn'
  | 'receivedMonth'
  | 'source'
  | 'teams'
  | 'teamIds'
  | 'serviceAreaIds'
  | 'serviceAreasTouched'
  | 'themes'
  | 'themeKeys'
  | 'summary'
  | 'complaint'
  | 'staffSurvey'
>;

export function evolveLearningInputDocument(document: LearningInputDocument | null, event: RecordedEvent): LearningInputDocument | null {
  if (document !== null && event.revision <= document.revision) return document;
  const data = dataOf(event);
  const at = businessTime(event);

  if (event.type === 'LearningInputRecorded') {
    if (document !== null) return document;
    const id = text(data['learningInputId']) ?? learningInputIdFromStreamId(event.streamId);
    const kind = oneOf(LEARNING_INPUT_KINDS, data['kind']);
    if (id === null || kind === null) return null;
    const recordedAt = text(data['recordedAt']) ?? at;
    const recordedBy = text(data['recordedBy']) ?? '';
    return {
      id,
      learningInputId: id,
      kind,
      status: 'RECORDED',
      ...contentOf(data, kind),
      recordedBy,
      recordedByRole: oneOf(ROLES, data['recordedByRole']),
      recordedAt,
      withdrawal: null,
      history: [change('RECORDED', recordedBy, recordedAt, null, event.revision)],
      revision: event.revision,
      lastUpdatedAt: at,
    };
  }
  if (document === null) return null;
  const next: LearningInputDocument = { ...document, revision: event.revision, lastUpdatedAt: at };

  switch (event.type) {
    case 'LearningInputCorrected': {
      const correctedAt = text(data['correctedAt']) ?? at;
      return {
        ...next,
        ...contentOf(data, document.kind),
        history: [...document.history, change('CORRECTED', text(data['correctedBy']), correctedAt, text(data['reason']), event.revision)],
      };
    }
    case 'ComplaintResponseRecorded': {
      if (document.kind !== 'COMPLAINT') return next;
      const recordedAt = text(data['recordedAt']) ?? at;
      return {
        ...next,
        complaint: { outcome: oneOf(COMPLAINT_OUTCOMES, data['outcome']), responseDate: text(data['responseDate']) },
        history: [...document.history, change('COMPLAINT_RESPONSE_RECORDED', text(data['recordedBy']), recordedAt, null, event.revision)],
      };
    }
    case 'LearningInputWithdrawn': {
      const withdrawnAt = text(data['withdrawnAt']) ?? at;
      const reason = text(data['reason']) ?? '';
      return {
        ...next,
        status: 'WITHDRAWN',
        withdrawal: { reason, withdrawnBy: text(data['withdrawnBy']), withdrawnAt },
        history: [...document.history, change('WITHDRAWN', text(data['withdrawnBy']), withdrawnAt, reason, event.revision)],
      };
    }
    default:
      return document;
  }
}

function contentOf(data: Record<string, unknown>, kind: LearningInputKind): Content {
  const receivedOn = text(data['receivedOn']) ?? '';
  const source = isRecord(data['source']) ? data['source'] : {};
  const teams = records(data['teams']).flatMap((t) => {
    const teamId = text(t['teamId']);
    const serviceAreaId = text(t['serviceAreaId']);
    return teamId === null || serviceAreaId === null ? [] : [{ teamId, serviceAreaId }];
  });
  const serviceAreaIds = strings(data['serviceAreaIds']);
  const themes = strings(data['themes']);
  const complaint = isRecord(data['complaint']) ? data['complaint'] : null;
  const survey = isRecord(data['staffSurvey']) ? data['staffSurvey'] : null;
  return {
    receivedOn,
    receivedMonth: receivedOn.slice(0, 7),
    source: {
      description: text(source['description']) ?? '',
      type: oneOf<LearningInputSourceType>(ALL_LEARNING_INPUT_SOURCE_TYPES, source['type']),
    },
    teams,
    teamIds: teams.map((t) => t.teamId),
    serviceAreaIds,
    serviceAreasTouched: serviceAreasTouched({ teams, serviceAreaIds }),
    themes,
    themeKeys: themes.map(learningThemeKey),
    summary: text(data['summary']) ?? '',
    complaint:
      kind !== 'COMPLAINT'
        ? null
        : { outcome: oneOf<ComplaintOutcome>(COMPLAINT_OUTCOMES, complaint?.['outcome']), responseDate: text(complaint?.['responseDate']) },
    staffSurvey:
      survey === null
        ? null
        : {
            year: typeof survey['year'] === 'number' ? survey['year'] : 0,
            findings: records(survey['findings']).map((f) => ({ theme: text(f['theme']) ?? '', text: text(f['text']) ?? '' })),
          },
  };
}

function change(
  kind: LearningInputChangeDocument['change'],
  by: string | null,
  at: string,
  reason: string | null,
  revision: number,
): LearningInputChangeDocument {
  return { change: kind, by, at, reason, revision };
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
