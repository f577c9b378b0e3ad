import {
  DomainError,
  caseFileAuditDecider,
  caseFileAuditStreamId,
  type CaseFileAudit,
  type CaseFileAuditEvent,
  type RaiseRemedialAction,
} from '../../../../libs/domain/src/index.js';
import type { EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';

/** Codes of the refusals made while reading the audit an action is raised from. */
export const RemedialActionSourceErrorCode = {
  SOURCE_NOT_FOUND: 'REMEDIAL_ACTION.SOURCE_NOT_FOUND',
  SOURCE_NOT_SUBMITTED: 'REMEDIAL_ACTION.SOURCE_NOT_SUBMITTED',
  RECOMMENDATION_NOT_FOUND: 'REMEDIAL_ACTION.RECOMMENDATION_NOT_FOUND',
} as const;

export interface RaiseFromAuditRequest {
  readonly actionId: string;
  readonly auditId: string;
  readonly recommendationId: string | null;
  readonly ownerId: string | null;
  readonly managerId: string | null;
  readonly description: string;
  readonly timescale: string;
  readonly copyTo: readonly { readonly staffId: string; readonly role: string }[];
}

/**
 * CFA-7: what a remedial action raised from a case file audit knows of its audit, read from the
 * audit's own stream so that the decision stays pure: the case and team it is recorded against,
 * and the submission its 48-hour notification clock starts from. Only a submitted audit has
 * findings to act on. The owner and the manager default to the social worker and the team manager
 * the audit names (section 1), the worker and the manager CFA-7 says are notified.
 */
export async function raiseFromAudit(store: EventStore, request: RaiseFromAuditRequest): Promise<RaiseRemedialAction['data']> {
  const audit = await readCaseFileAudit(store, request.auditId);
  if (audit.status === 'NOT_SCHEDULED') {
    throw new DomainError(
      RemedialActionSourceErrorCode.SOURCE_NOT_FOUND,
      `No case file audit has the id ${request.auditId}`,
      'NOT_FOUND',
      { field: 'auditId' },
    );
  }
  if (audit.status !== 'SUBMITTED') {
    throw new DomainError(
      RemedialActionSourceErrorCode.SOURCE_NOT_SUBMITTED,
      `Case file audit ${request.auditId} is ${audit.status.toLowerCase().replace('_', ' ')}; actions are raised from its findings once it is submitted`,
      'CONFLICT',
      { field: 'auditId', rule: 'CFA-7' },
    );
  }
  if (request.recommendationId !== null && !audit.recommendations.some((r) => r.recommendationId === request.recommendationId)) {
    throw new DomainError(
      RemedialActionSourceErrorCode.RECOMMENDATION_NOT_FOUND,
      `Case file audit ${request.auditId} has no recommendation ${request.recommendationId}`,
      'BAD_USER_INPUT',
      { field: 'recommendationId' },
    );
  }
  return {
    actionId: request.actionId,
    source: { kind: 'CASE_FILE_AUDIT', id: audit.auditId, submittedAt: audit.submittedAt },
    recommendationId: request.recommendationId,
    azeusNumber: audit.azeusNumber,
    teamId: audit.teamId,
    ownerId: request.ownerId ?? audit.keyInformation?.socialWorkerId ?? '',
    managerId: request.managerId ?? audit.keyInformation?.teamManagerId ?? '',
    copyTo: request.copyTo.map((c) => ({ staffId: c.staffId, role: c.role })),
    description: request.description,
    timescale: request.timescale,
  };
}

async function readCaseFileAudit(store: EventStore, auditId: string): Promise<CaseFileAudit> {
  const events = await store.readStream(caseFileAuditStreamId(auditId));
  return events.map(toDomainEvent).reduce(caseFileAuditDecider.evolve, caseFileAuditDecider.initialState());
}

function toDomainEvent(event: RecordedEvent): CaseFileAuditEvent {
  return { type: event.type, data: event.data } as unknown as CaseFileAuditEvent;
}
