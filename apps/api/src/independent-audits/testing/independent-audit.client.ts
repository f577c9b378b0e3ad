import type { INestApplication } from '@nestjs/common';
import { graphql, receiptClient, type GraphQLResponse } from '../../../test/api-test-support.js';

export type { Receipt } from '../../../test/api-test-support.js';

/** A GraphQL client of independent audit commissions (CFA-10), as a front end would use it. */

const MUTATIONS = {
  commissionIndependentAudit: 'CommissionIndependentAuditInput',
  acceptIndependentAuditCommission: 'AcceptIndependentAuditCommissionInput',
  linkIndependentAudit: 'LinkIndependentAuditInput',
  reportIndependentAuditFindings: 'ReportIndependentAuditFindingsInput',
  withdrawIndependentAuditCommission: 'WithdrawIndependentAuditCommissionInput',
} as const;

export type IndependentAuditMutation = keyof typeof MUTATIONS;

export const { mutate, run } = receiptClient(MUTATIONS);

export const INDEPENDENT_AUDIT_FIELDS = `
  id azeusNumber learningToTest dueDate overdue teamId status commissionedBy commissionedAt auditorId acceptedAt
  auditId linkedAt learningEvidenced findings reportedBy reportedAt withdrawnReason withdrawnAt revision lastUpdatedAt
`;

export interface ReadOptions {
  readonly atLeastPosition?: string | null;
  readonly asOf?: string;
}

export function readIndependentAudit(
  app: INestApplication,
  token: string,
  id: string,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ independentAudit: Record<string, any> | null }>> {
  return graphql(
    app,
    `query Read($id: ID!, $atLeastPosition: String, $asOf: String) {
      independentAudit(id: $id, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${INDEPENDENT_AUDIT_FIELDS} }
    }`,
    { id, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}

export function readIndependentAuditByAudit(
  app: INestApplication,
  token: string,
  auditId: string,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ independentAuditByAudit: Record<string, any> | null }>> {
  return graphql(
    app,
    `query Read($auditId: ID!, $atLeastPosition: String, $asOf: String) {
      independentAuditByAudit(auditId: $auditId, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${INDEPENDENT_AUDIT_FIELDS} }
    }`,
    { auditId, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}

export function listIndependentAudits(
  app: INestApplication,
  token: string,
  filter: Record<string, unknown> | null,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ independentAudits: Array<Record<string, any>> }>> {
  return graphql(
    app,
    `query List($filter: IndependentAuditFilter, $atLeastPosition: String, $asOf: String) {
      independentAudits(filter: $filter, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${INDEPENDENT_AUDIT_FIELDS} }
    }`,
    { filter, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}
