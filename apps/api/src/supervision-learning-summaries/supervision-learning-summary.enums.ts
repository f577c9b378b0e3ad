import { registerEnumType } from '@nestjs/graphql';
import type {
  MissingSupervisionLearningSummary,
  SupervisionLearningSummaryDocumentStatus,
} from '../../../../projections/supervision-learning-summaries/index.js';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const SUPERVISION_LEARNING_SUMMARY_STATUSES: readonly SupervisionLearningSummaryDocumentStatus[] = ['DRAFT', 'SUBMITTED', 'REVIEWED'];
export const SupervisionLearningSummaryStatusEnum = enumOf(SUPERVISION_LEARNING_SUMMARY_STATUSES);
registerEnumType(SupervisionLearningSummaryStatusEnum, {
  name: 'SupervisionLearningSummaryStatus',
  description: 'SUP-6: DRAFT while the Head of Service writes it, SUBMITTED awaiting DMT, REVIEWED once DMT has reviewed it.',
});

export const MissingSupervisionLearningSummaryStatusEnum = enumOf<MissingSupervisionLearningSummary['status']>(['NOT_WRITTEN', 'DRAFT']);
registerEnumType(MissingSupervisionLearningSummaryStatusEnum, {
  name: 'MissingSupervisionLearningSummaryStatus',
  description: 'SUP-6: why a Head of Service still owes the quarter\'s summary.',
});
