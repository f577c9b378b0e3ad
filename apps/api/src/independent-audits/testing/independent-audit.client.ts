import type { INestApplication } from '@nestjs/common';
import { dataOf, graphql, type GraphQLResponse } from '../../../test/api-test-support.js';

/** A GraphQL client of independent audit commissions (CFA-10), as a front end would use it. */

export interface Receipt {
  readonly id: string;
  readonly revision: number;
  readonly position: string | null;
  readonly duplicate: boolean;
}

const MUTATIONS = {
  commissionIndependentAudit: 'CommissionIndependentAuditInput',
  acceptIndependentAuditCommission: 'AcceptIndependentAuditCommissionInput',
  linkIndependentAudit: 'LinkIndependentAuditInput',
  reportIndependentAuditFindings: 'ReportIndependentAuditFindingsInput',
  withdrawIndependentAuditCommission: 'WithdrawIndependentAuditCommissionInput',
} as const;

export type IndependentAuditMutation = keyof typeof MUTATIONS;

export function mutate(
  app: INestApplication,
  token: string,
  mutation: IndependentAuditMutation,
  input: Record<string, unknown>,
  options: { expectedRevision?: number; commandId?: string } = {},
): Promise<GraphQLResponse<Record<string, Receipt>>> {
  return graphql(
    app,
    `mutation Run($input: ${MUTATIONS[mutation]}!, $expectedRevision: Int, $commandId: ID) {
      ${mutation}(input: $input, expectedRevision: $expectedRevision, commandId: $commandId) { id revision position duplicate }
    }`,
    { input, ...options },
    token,
  );
}

/** Runs a mutation that must succeed and returns its receipt. */
export async function run(
  app: INestApplication,
  token: string,
  mutation: IndependentAuditMutation,
  input: Record<string, unknown>,
  options: { expectedRevision?: number; commandId?: string } = {},
): Promise<Receipt> {
  return dataOf(await mutate(app, token, mutation, input, options))[mutation]!;
}

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
