import { registerEnumType } from '@nestjs/graphql';
import {
  MEETING_AREAS,
  MEETING_AREA_KEYS,
  MEETING_CONFERENCE_STAGES,
  MEETING_OBSERVER_ROLES,
  MEETING_TYPES,
  MEETING_TYPE_KEYS,
  type MeetingArea,
  type MeetingConferenceStage,
  type MeetingObserverRole,
  type MeetingType,
} from '../../../../libs/domain/src/index.js';
import {
  MEETING_OBSERVATION_NEXT_STEPS,
  type MeetingObservationDocumentStatus,
  type MeetingObservationNextStep,
} from '../../../../projections/meeting-observations/index.js';

/** GraphQL enums generated from the domain's and read model's lists, so the schema cannot drift. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const MeetingTypeEnum = enumOf<MeetingType>(MEETING_TYPE_KEYS);
registerEnumType(MeetingTypeEnum, {
  name: 'MeetingType',
  description: 'MTG-2: the seven key meetings observed (framework section 6).',
  valuesMap: Object.fromEntries(MEETING_TYPES.map((t) => [t.key, { description: t.title }])),
});

export const MeetingConferenceStageEnum = enumOf<MeetingConferenceStage>(MEETING_CONFERENCE_STAGES);
registerEnumType(MeetingConferenceStageEnum, {
  name: 'MeetingConferenceStage',
  description: 'MTG-2: a child protection conference is an initial one or a review.',
});

export const MeetingAreaEnum = enumOf<MeetingArea>(MEETING_AREA_KEYS);
registerEnumType(MeetingAreaEnum, {
  name: 'MeetingArea',
  description: 'MTG-3: the fourteen areas each meeting is judged in, in section 6\'s order.',
  valuesMap: Object.fromEntries(MEETING_AREAS.map((a) => [a.key, { description: a.title }])),
});

export const MeetingObserverRoleEnum = enumOf<MeetingObserverRole>(MEETING_OBSERVER_ROLES);
registerEnumType(MeetingObserverRoleEnum, {
  name: 'MeetingObserverRole',
  description: 'MTG-1: who observes key meetings: a Head of Service twice a year, the chief officer and the director once.',
});

export const MEETING_OBSERVATION_STATUSES: readonly MeetingObservationDocumentStatus[] = ['IN_PROGRESS', 'COMPLETED'];
export const MeetingObservationStatusEnum = enumOf(MEETING_OBSERVATION_STATUSES);
registerEnumType(MeetingObservationStatusEnum, {
  name: 'MeetingObservationStatus',
  description: 'COMPLETED once all fourteen areas are judged and the record is completed (MTG-3).',
});

export const MeetingObservationNextStepEnum = enumOf<MeetingObservationNextStep>(MEETING_OBSERVATION_NEXT_STEPS);
registerEnumType(MeetingObservationNextStepEnum, {
  name: 'MeetingObservationNextStep',
  description: 'What the observer still has to do (MTG-3, MTG-4), in order; DONE once the copy has gone to S&QA.',
});
