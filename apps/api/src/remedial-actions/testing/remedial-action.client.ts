import type { INestApplication } from '@nestjs/common';
import { graphql, receiptClient, type GraphQLResponse } from '../../../test/api-test-support.js';

export type { Receipt } from '../../../test/api-test-support.js';

/** A GraphQL client of remedial actions (CFA-7) and immediate escalations (CFA-13), as a front end would use it. */

const MUTATIONS = {
  raiseRemedialAction: 'RaiseRemedialActionInput',
  acknowledgeRemedialAction: 'AcknowledgeRemedialActionInput',
  completeRemedialAction: 'CompleteRemedialActionInput',
  verifyRemedialAction: 'VerifyRemedialActionInput',
  reopenRemedialAction: 'ReopenRemedialActionInput',
  acknowledgeImmediateEscalation: 'AcknowledgeImmediateEscalationInput',
} as const;

export type RemedialActionMutation = keyof typeof MUTATIONS;

export const { mutate, run } = receiptClient(MUTATIONS);

const CLOCK = 'startedAt dueBy state doneAt lateByMs lateBy remainingMs remaining';

export const REMEDIAL_ACTION_FIELDS = `
  id source { kind id submittedAt } recommendationId azeusNumber teamId ownerId managerId
  copyTo { staffId role } description timescale status revision raisedBy { staffId role } raisedAt
  notifications { notificationId recipients channel sentAt messageId }
  acknowledgedAt completedAt evidence verifiedBy verifiedAt supervisionDate supervisionSessionId
  reopenings { reason previousTimescale timescale evidence completedAt reopenedBy reopenedAt }
  lastUpdatedAt
  notificationClock { ${CLOCK} }
  timescaleClock { timescale state completedOn daysLate }
  asOf
`;

export const IMMEDIATE_ESCALATION_FIELDS = `
  id auditId azeusNumber scope criterion reason managerId managerName socialWorkerId socialWorkerName
  escalatedBy escalatedAt status revision notifications { notificationId recipients channel sentAt messageId }
  acknowledgedBy acknowledgedAt response lastUpdatedAt clock { ${CLOCK} } asOf
`;

export interface ReadOptions {
  readonly atLeastPosition?: string | null;
  readonly asOf?: string;
}

export function readRemedialAction(
  app: INestApplication,
  token: string,
  id: string,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ remedialAction: Record<string, any> | null }>> {
  return graphql(
    app,
    `query Read($id: ID!, $atLeastPosition: String, $asOf: String) {
      remedialAction(id: $id, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${REMEDIAL_ACTION_FIELDS} }
    }`,
    { id, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}

export function listRemedialActions(
  app: INestApplication,
  token: string,
  filter: Record<string, unknown> | null,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ remedialActions: Array<Record<string, any>> }>> {
  return graphql(
    app,
    `query List($filter: RemedialActionFilter, $atLeastPosition: String, $asOf: String) {
      remedialActions(filter: $filter, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${REMEDIAL_ACTION_FIELDS} }
    }`,
    { filter, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}

export function readImmediateEscalation(
  app: INestApplication,
  token: string,
  id: string,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ immediateEscalation: Record<string, any> | null }>> {
  return graphql(
    app,
    `query Read($id: ID!, $atLeastPosition: String, $asOf: String) {
      immediateEscalation(id: $id, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${IMMEDIATE_ESCALATION_FIELDS} }
    }`,
    { id, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}

export function listImmediateEscalations(
  app: INestApplication,
  token: string,
  filter: Record<string, unknown> | null,
  options: ReadOptions = {},
): Promise<GraphQLResponse<{ immediateEscalations: Array<Record<string, any>> }>> {
  return graphql(
    app,
    `query List($filter: ImmediateEscalationFilter, $atLeastPosition: String, $asOf: String) {
      immediateEscalations(filter: $filter, atLeastPosition: $atLeastPosition, asOf: $asOf) { ${IMMEDIATE_ESCALATION_FIELDS} }
    }`,
    { filter, atLeastPosition: options.atLeastPosition ?? null, asOf: options.asOf ?? null },
    token,
  );
}

/**
 * What the service does on its own (an escalation recorded, a notification sent) is not the
 * answer to a request, so a client cannot wait for its position: it asks again until the answer
 * is there. Bounded, so a service that never does it fails the test with the last answer seen.
 */
export async function eventually<T>(
  ask: () => Promise<T>,
  until: (answer: T) => boolean,
  { timeoutMs = 15_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (until(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`Not reached within ${timeoutMs} ms; last answer: ${JSON.stringify(answer)}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A calendar day (YYYY-MM-DD, UTC) `days` from today. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant `ms` after another, as ISO-8601. */
export function after(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

export const HOUR_MS = 3_600_000;
