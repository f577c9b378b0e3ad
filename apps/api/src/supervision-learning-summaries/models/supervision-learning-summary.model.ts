import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  MissingSupervisionLearningSummary as MissingDocument,
  SupervisionLearningSummaryDocumentStatus,
} from '../../../../../projections/supervision-learning-summaries/index.js';
import { MissingSupervisionLearningSummaryStatusEnum, SupervisionLearningSummaryStatusEnum } from '../supervision-learning-summary.enums.js';

/** SUP-6 as clients read it; a field reaches a client only if declared here and copied by the mapper. */

@ObjectType({ description: "SUP-6: DMT's quarterly review of the summary." })
export class SupervisionLearningSummaryDmtReview {
  @Field(() => ID, { nullable: true }) reviewedBy: string | null;
  @Field({ description: 'YYYY-MM-DD of the DMT meeting.' }) reviewDate: string;
  @Field() comments: string;
  @Field() recordedAt: string;
}

@ObjectType({ description: "SUP-6: a Head of Service's quarterly summary of issues and learning from supervision audits." })
export class SupervisionLearningSummary {
  @Field(() => ID) id: string;
  @Field(() => ID) headOfServiceId: string;
  @Field({ description: 'YYYY-Qn.' }) quarter: string;
  @Field(() => ID, { nullable: true }) serviceAreaId: string | null;
  @Field(() => SupervisionLearningSummaryStatusEnum) status: SupervisionLearningSummaryDocumentStatus;
  @Field() issues: string;
  @Field() learning: string;
  @Field(() => [String]) themes: string[];
  @Field(() => [ID]) supervisionAuditIds: string[];
  @Field() firstDraftedAt: string;
  @Field() lastDraftedAt: string;
  @Field(() => String, { nullable: true }) submittedAt: string | null;
  @Field(() => SupervisionLearningSummaryDmtReview, { nullable: true }) dmtReview: SupervisionLearningSummaryDmtReview | null;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: 'SUP-6: a Head of Service in post who has not submitted the quarter\'s summary.' })
export class MissingSupervisionLearningSummary {
  @Field(() => ID) headOfServiceId: string;
  @Field() name: string;
  @Field() quarter: string;
  @Field(() => MissingSupervisionLearningSummaryStatusEnum) status: MissingDocument['status'];
  @Field(() => ID, { nullable: true }) summaryId: string | null;
  @Field({ description: "The day the staff list was read on: the quarter's last day, or asOf while the quarter runs." }) asAt: string;
}
