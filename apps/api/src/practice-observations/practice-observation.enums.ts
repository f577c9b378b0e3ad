import { registerEnumType } from '@nestjs/graphql';
import {
  AREAS_OF_PRACTICE,
  AREA_OF_PRACTICE_KEYS,
  PRACTICE_JUDGEMENTS,
  PRACTICE_JUDGEMENT_DESCRIPTORS,
  REFLECTIVE_REVIEW_SETTINGS,
  type AreaOfPractice,
  type PracticeJudgement,
  type ReflectiveReviewSetting,
} from '../../../../libs/domain/src/index.js';
import type { PracticeObservationDocumentStatus } from '../../../../projections/practice-observations/index.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from appendix C. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const AreaOfPracticeEnum = enumOf<AreaOfPractice>(AREA_OF_PRACTICE_KEYS);
registerEnumType(AreaOfPracticeEnum, {
  name: 'AreaOfPractice',
  description: 'OBS-4: the six areas of practice of appendix C, in its order.',
  valuesMap: Object.fromEntries(AREAS_OF_PRACTICE.map(({ key, title }) => [key, { description: title }])),
});

export const PracticeJudgementEnum = enumOf<PracticeJudgement>(PRACTICE_JUDGEMENTS);
registerEnumType(PracticeJudgementEnum, {
  name: 'PracticeJudgement',
  description: 'OBS-4: the four-point scale of appendix C, lowest to highest.',
  valuesMap: Object.fromEntries(PRACTICE_JUDGEMENTS.map((j) => [j, { description: PRACTICE_JUDGEMENT_DESCRIPTORS[j] }])),
});

export const ReflectiveReviewSettingEnum = enumOf<ReflectiveReviewSetting>(REFLECTIVE_REVIEW_SETTINGS);
registerEnumType(ReflectiveReviewSettingEnum, {
  name: 'ReflectiveReviewSetting',
  description: 'OBS-5: the shared reflective review follows the observation or is held at the next supervision.',
});

export const PRACTICE_OBSERVATION_STATUSES: readonly PracticeObservationDocumentStatus[] = ['RECORDED', 'COMPLETED'];
export const PracticeObservationStatusEnum = enumOf(PRACTICE_OBSERVATION_STATUSES);
registerEnumType(PracticeObservationStatusEnum, {
  name: 'PracticeObservationStatus',
  description: 'RECORDED while the form and its follow-up can change; COMPLETED once shared, reviewed and linked to the PDR (OBS-5).',
});
