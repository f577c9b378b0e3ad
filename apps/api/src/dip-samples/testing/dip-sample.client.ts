import type { INestApplication } from '@nestjs/common';
import { graphql, receiptClient, type GraphQLResponse } from '../../../test/api-test-support.js';

export type { Receipt } from '../../../test/api-test-support.js';

/** A GraphQL client of dip samples (CFA-11), as a front end would use it. */

const MUTATIONS = {
  startDipSample: 'StartDipSampleInput',
  judgeDipSampledAuditQuality: 'JudgeDipSampledAuditQualityInput',
  judgeRemedialActionFollowThrough: 'JudgeRemedialActionFollowThroughInput',
  raiseDipSampleFollowUpAction: 'RaiseDipSampleFollowUpActionInput',
  completeDipSample: 'CompleteDipSampleInput',
} as const;

export type DipSampleMutation = keyof typeof MUTATIONS;

export const { mutate, run } = receiptClient(MUTATIONS);

export const DIP_SAMPLE_FIELDS = `
  id auditId azeusNumber auditType sampledAuditorId teamId auditSubmittedAt auditOverallGrade sampledBy status
  quality { judgement findings judgedAt } followThrough { followedThrough notes judgedAt }
  followUpActions { actionId description raisedAt } startedAt completedAt revision lastUpdatedAt
`;

export const DIP_SAMPLE_SUMMARY_FIELDS = `
  auditorId sampled completed meetsStandard belowStandard followThrough { yes partly no noActionsRaised }
`;

export function readDipSample(
  app: INestApplication,
  token: string,
  id: string,
  atLeastPosition?: string | null,
): Promise<GraphQLResponse<{ dipSample: Record<string, any> | null }>> {
  return graphql(
    app,
    `query Read($id: ID!, $atLeastPosition: String) { dipSample(id: $id, atLeastPosition: $atLeastPosition) { ${DIP_SAMPLE_FIELDS} } }`,
    { id, atLeastPosition: atLeastPosition ?? null },
    token,
  );
}

export function dipSamplesByAudit(
  app: INestApplication,
  token: string,
  auditId: string,
  atLeastPosition?: string | null,
): Promise<GraphQLResponse<{ dipSamplesByAudit: Array<Record<string, any>> }>> {
  return graphql(
    app,
    `query List($auditId: ID!, $atLeastPosition: String) {
      dipSamplesByAudit(auditId: $auditId, atLeastPosition: $atLeastPosition) { ${DIP_SAMPLE_FIELDS} }
    }`,
    { auditId, atLeastPosition: atLeastPosition ?? null },
    token,
  );
}

export function dipSamplesByAuditorSampled(
  app: INestApplication,
  token: string,
  auditorId: string,
  options: { status?: string; atLeastPosition?: string | null } = {},
): Promise<GraphQLResponse<{ dipSamplesByAuditorSampled: Array<Record<string, any>> }>> {
  return graphql(
    app,
    `query List($auditorId: ID!, $status: DipSampleStatus, $atLeastPosition: String) {
      dipSamplesByAuditorSampled(auditorId: $auditorId, status: $status, atLeastPosition: $atLeastPosition) { ${DIP_SAMPLE_FIELDS} }
    }`,
    { auditorId, status: options.status ?? null, atLeastPosition: options.atLeastPosition ?? null },
    token,
  );
}

export function dipSampleSummary(
  app: INestApplication,
  token: string,
  auditorId: string,
  atLeastPosition?: string | null,
): Promise<GraphQLResponse<{ dipSampleSummary: Record<string, any> }>> {
  return graphql(
    app,
    `query Summary($auditorId: ID!, $atLeastPosition: String) {
      dipSampleSummary(auditorId: $auditorId, atLeastPosition: $atLeastPosition) { ${DIP_SAMPLE_SUMMARY_FIELDS} }
    }`,
    { auditorId, atLeastPosition: atLeastPosition ?? null },
    token,
  );
}
