import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { HeadOfServiceWithoutReport, ObservationLearningReportDocument } from '../../../../../projections/observation-learning-reports/index.js';

export const OBSERVATION_LEARNING_REPORT_STATUSES: readonly ObservationLearningReportDocument['status'][] = ['DRAFT', 'SUBMITTED'];
export const ObservationLearningReportStatusEnum = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED' } as const;
registerEnumType(ObservationLearningReportStatusEnum, { name: 'ObservationLearningReportStatus' });

export const MissingObservationLearningReportStatusEnum = { NOT_STARTED: 'NOT_STARTED', DRAFT: 'DRAFT' } as const;
registerEnumType(MissingObservationLearningReportStatusEnum, {
  name: 'MissingObservationLearningReportStatus',
  description: 'NOT_STARTED: nothing written; DRAFT: written, not submitted.',
});

@ObjectType({ description: "OBS-6: a Head of Service's report of a year's learning from staff observation in their service area." })
export class ObservationLearningReport {
  @Field(() => ID) id: string;
  @Field(() => ObservationLearningReportStatusEnum) status: ObservationLearningReportDocument['status'];
  @Field(() => ID) headOfServiceId: string;
  @Field(() => Int) year: number;
  @Field(() => ID) serviceAreaId: string;
  @Field() learning: string;
  @Field(() => [String]) themes: string[];
  @Field() strengths: string;
  @Field() areasForDevelopment: string;
  @Field() firstDraftedAt: string;
  @Field() lastDraftedAt: string;
  @Field(() => String, { nullable: true }) submittedAt: string | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: 'OBS-6: a Head of Service who has not submitted their observation learning report for the year.' })
export class HeadOfServiceWithoutObservationLearningReport {
  @Field(() => ID) staffId: string;
  @Field() name: string;
  @Field(() => Int) year: number;
  @Field(() => MissingObservationLearningReportStatusEnum) reportStatus: HeadOfServiceWithoutReport['reportStatus'];
  @Field({ description: 'The end of the year.' }) dueBy: string;
  @Field({ description: "The year is over at the query's asOf." }) overdue: boolean;
}

export function toObservationLearningReport(d: ObservationLearningReportDocument): ObservationLearningReport {
  return {
    id: d.id,
    status: d.status,
    headOfServiceId: d.headOfServiceId,
    year: d.year,
    serviceAreaId: d.serviceAreaId,
    learning: d.learning,
    themes: [...d.themes],
    strengths: d.strengths,
    areasForDevelopment: d.areasForDevelopment,
    firstDraftedAt: d.firstDraftedAt,
    lastDraftedAt: d.lastDraftedAt,
    submittedAt: d.submittedAt,
    revision: d.revision,
    lastUpdatedAt: d.lastUpdatedAt,
  };
}
