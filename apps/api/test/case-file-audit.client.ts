import type { INestApplication } from '@nestjs/common';
import { dataOf, graphql, type GraphQLResponse } from './api-test-support.js';

/** A GraphQL client of the case file audit, as a front end would use it. */

export interface Receipt {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
  readonly duplicate: boolean;
}

const RECEIPT = '{ id revision position duplicate }';

export const MUTATIONS = {
  schedule: 'scheduleCaseFileAudit',
  start: 'startCaseFileAudit',
  keyInformation: 'recordCaseFileAuditKeyInformation',
  grade: 'gradeCaseFileAuditCriterion',
  notApplicable: 'markCaseFileAuditCriterionNotApplicable',
  familyFeedback: 'recordCaseFileAuditFamilyFeedback',
  familyFeedbackNotSought: 'recordCaseFileAuditFamilyFeedbackNotSought',
  workerComments: 'recordCaseFileAuditWorkerComments',
  recommendation: 'addCaseFileAuditRecommendation',
  summary: 'recordCaseFileAuditSummary',
  submit: 'submitCaseFileAudit',
  workerInvolvement: 'recordCaseFileAuditWorkerInvolvement',
  moderate: 'moderateCaseFileAudit',
  acknowledgeModeration: 'acknowledgeCaseFileAuditModerationFeedback',
} as const;

const INPUT_TYPES: Record<keyof typeof MUTATIONS, string> = {
  schedule: 'ScheduleCaseFileAuditInput',
  start: 'StartCaseFileAuditInput',
  keyInformation: 'RecordKeyInformationInput',
  grade: 'GradeCriterionInput',
  notApplicable: 'MarkCriterionNotApplicableInput',
  familyFeedback: 'RecordFamilyFeedbackInput',
  familyFeedbackNotSought: 'RecordFamilyFeedbackNotSoughtInput',
  workerComments: 'RecordWorkerCommentsInput',
  recommendation: 'AddRecommendationInput',
  summary: 'RecordSummaryInput',
  submit: 'SubmitCaseFileAuditInput',
  workerInvolvement: 'RecordWorkerInvolvementInput',
  moderate: 'ModerateCaseFileAuditInput',
  acknowledgeModeration: 'AcknowledgeModerationFeedbackInput',
};

export interface MutationOptions {
  readonly expectedRevision?: number;
  readonly commandId?: string;
}

export function mutate(
  app: INestApplication,
  token: string | undefined,
  mutation: keyof typeof MUTATIONS,
  input: Record<string, unknown>,
  options: MutationOptions = {},
): Promise<GraphQLResponse<Record<string, Receipt>>> {
  const field = MUTATIONS[mutation];
  const document = `mutation Run($input: ${INPUT_TYPES[mutation]}!, $expectedRevision: Int, $commandId: ID) {
    ${field}(input: $input, expectedRevision: $expectedRevision, commandId: $commandId) ${RECEIPT}
  }`;
  return graphql(app, document, { input, ...options }, token);
}

/** Runs a mutation that must succeed and returns its receipt. */
export async function run(
  app: INestApplication,
  token: string,
  mutation: keyof typeof MUTATIONS,
  input: Record<string, unknown>,
  options: MutationOptions = {},
): Promise<Receipt> {
  return dataOf(await mutate(app, token, mutation, input, options))[MUTATIONS[mutation]]!;
}

export const AUDIT_FIELDS = `
  id azeusNumber auditType auditorId teamId theme dueDate overdue status revision
  scheduledAt startedAt submittedAt lastUpdatedAt lastUpdatedBy { staffId role }
  penPicture
  keyInformation {
    auditTrackingNumber dateOfAudit auditorName auditorDesignation teamName teamManagerId teamManagerName
    socialWorkerId socialWorkerName category ageOfChild ethnicity gender disability referralDate referralSource
    reasonForReferral previousReferralsAndContacts periods { kind startDate endDate } placementType
    livingOutOfBorough outOfBoroughLocation gapsInEssentialInformation lastVisitInTime assessmentInTime planInTime
    lastSupervisionInTime
  }
  criteria { number title status evaluation grade notApplicableReason recordedAt }
  familyFeedback {
    status givenBy reasonNotSought anotherManagerShouldSeek recordedAt
    answers { experienceOfServices listenedToAndCommunication involvementInAssessmentAndPlan meetings supportAndDifference }
  }
  workerComments { comments recordedAt }
  recommendations { recommendationId action completionDate responsible addedAt }
  summary { strengths areasForImprovement recordedAt }
  overallGrade rationale
  escalations {
    escalationId scope criterion reason teamManagerId teamManagerName socialWorkerId socialWorkerName escalatedBy escalatedAt
  }
  workerInvolvement { involvement date reason recordedAt recordedBy history { involvement date reason recordedAt recordedBy } }
  workerInvolvementGap
  moderation {
    status moderatorId moderatorRole feedback moderatedAt
    criteria { number originalGrade moderatedGrade changed reason }
    overall { originalGrade moderatedGrade changed reason }
    feedbackAcknowledgedAt feedbackAcknowledgedBy
  }
  awaitingModeration
`;

export function readAudit(
  app: INestApplication,
  token: string | undefined,
  id: string,
  atLeastPosition?: string | null,
  asOf?: string,
): Promise<GraphQLResponse<{ caseFileAudit: Record<string, any> | null }>> {
  return graphql(
    app,
    `query Read($id: ID!, $atLeastPosition: String, $asOf: String) {
      caseFileAudit(id: $id, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${AUDIT_FIELDS} }
    }`,
    { id, atLeastPosition: atLeastPosition ?? null, ...(asOf ? { asOf } : {}) },
    token,
  );
}

export function listAudits(
  app: INestApplication,
  token: string,
  filter: Record<string, unknown>,
  atLeastPosition?: string | null,
  asOf?: string,
): Promise<GraphQLResponse<{ caseFileAudits: Array<Record<string, any>> }>> {
  return graphql(
    app,
    `query List($filter: CaseFileAuditFilter, $atLeastPosition: String, $asOf: String) {
      caseFileAudits(filter: $filter, atLeastPosition: $atLeastPosition, asOf: $asOf) { id status dueDate overdue auditorId teamId revision }
    }`,
    { filter, atLeastPosition: atLeastPosition ?? null, ...(asOf ? { asOf } : {}) },
    token,
  );
}

export const MODERATION_STATISTICS_FIELDS = `
  overall { moderated agreed changed agreementRate }
  byAuditor { auditorId moderated agreed changed agreementRate }
  byTeam { teamId moderated agreed changed agreementRate }
  gradeMovements { scope fromGrade toGrade count }
  criterionMovements { criterion fromGrade toGrade count }
`;

/** CFA-9 moderation statistics, read after the given position. */
export function readModerationStatistics(
  app: INestApplication,
  token: string,
  filter: Record<string, unknown> | null,
  atLeastPosition?: string | null,
): Promise<GraphQLResponse<{ moderationStatistics: Record<string, any> }>> {
  return graphql(
    app,
    `query Statistics($filter: ModerationStatisticsFilter, $atLeastPosition: String) {
      moderationStatistics(filter: $filter, atLeastPosition: $atLeastPosition) { ${MODERATION_STATISTICS_FIELDS} }
    }`,
    { filter, atLeastPosition: atLeastPosition ?? null },
    token,
  );
}
