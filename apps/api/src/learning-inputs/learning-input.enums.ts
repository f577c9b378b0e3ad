import { registerEnumType } from '@nestjs/graphql';
import {
  ALL_LEARNING_INPUT_SOURCE_TYPES,
  COMPLAINT_OUTCOMES,
  LEARNING_INPUT_KINDS,
  LEARNING_INPUT_KIND_LABELS,
  type ComplaintOutcome,
  type LearningInputKind,
  type LearningInputSourceType,
} from '../../../../libs/domain/src/index.js';
import {
  THEME_PERIODS,
  type LearningInputChangeDocument,
  type LearningInputDocument,
  type ThemePeriod,
  type ThemeTrend,
} from '../../../../projections/learning-inputs/index.js';

/** GraphQL enums generated from the domain's and read model's lists, so the schema cannot drift. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const LearningInputKindEnum = enumOf<LearningInputKind>(LEARNING_INPUT_KINDS);
registerEnumType(LearningInputKindEnum, {
  name: 'LearningInputKind',
  description: 'Section 2, REP-2: the sources of learning outside the core strands.',
  valuesMap: Object.fromEntries(LEARNING_INPUT_KINDS.map((kind) => [kind, { description: LEARNING_INPUT_KIND_LABELS[kind] }])),
});

export const LearningInputSourceTypeEnum = enumOf<LearningInputSourceType>(ALL_LEARNING_INPUT_SOURCE_TYPES);
registerEnumType(LearningInputSourceTypeEnum, {
  name: 'LearningInputSourceType',
  description:
    'Where the framework names the sources: the groups and surveys of children, young people and families (CHILD_OR_FAMILY_FEEDBACK), the Fostering and the Adoption teams (FOSTERING_ADOPTION_QA).',
});

export const ComplaintOutcomeEnum = enumOf<ComplaintOutcome>(COMPLAINT_OUTCOMES);
registerEnumType(ComplaintOutcomeEnum, { name: 'ComplaintOutcome' });

export const LEARNING_INPUT_STATUSES: readonly LearningInputDocument['status'][] = ['RECORDED', 'WITHDRAWN'];
export const LearningInputStatusEnum = enumOf(LEARNING_INPUT_STATUSES);
registerEnumType(LearningInputStatusEnum, { name: 'LearningInputStatus' });

export const LearningInputChangeKindEnum = enumOf<LearningInputChangeDocument['change']>([
  'RECORDED',
  'CORRECTED',
  'COMPLAINT_RESPONSE_RECORDED',
  'WITHDRAWN',
]);
registerEnumType(LearningInputChangeKindEnum, { name: 'LearningInputChangeKind' });

export const ThemePeriodEnum = enumOf<ThemePeriod>(THEME_PERIODS);
registerEnumType(ThemePeriodEnum, { name: 'LearningThemePeriod', description: 'REP-2: learning themes are counted per calendar month or quarter.' });

export const ThemeTrendEnum = enumOf<ThemeTrend>(['NEW', 'RISING', 'STEADY', 'FALLING', 'GONE']);
registerEnumType(ThemeTrendEnum, {
  name: 'LearningThemeTrend',
  description: 'Against the period before: NEW (none then), RISING, STEADY, FALLING, GONE (none now).',
});
