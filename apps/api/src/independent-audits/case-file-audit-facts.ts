import {
  caseFileAuditDecider,
  caseFileAuditStreamId,
  type CaseFileAudit,
  type CaseFileAuditEvent,
  type DipSampledAuditFacts,
  type IndependentAuditFacts,
} from '../../../../libs/domain/src/index.js';
import type { EventStore, RecordedEvent } from '../../../../libs/event-store/src/event-store.port.js';

/**
 * A case file audit as its own stream says it is now, folded by its decider. Commands about
 * another aggregate's audit (CFA-10, CFA-11) carry these facts so that their decisions stay pure;
 * the stream, not a read model, is read so that a write is never decided on lagging data.
 */
export async function readCaseFileAudit(store: EventStore, auditId: string): Promise<CaseFileAudit> {
  const events = await store.readStream(caseFileAuditStreamId(auditId));
  return events.map(toDomainEvent).reduce(caseFileAuditDecider.evolve, caseFileAuditDecider.initialState());
}

/** CFA-10: what a commission needs to know of the INDEPENDENT audit carrying it out; null when there is none. */
export async function independentAuditFacts(store: EventStore, auditId: string): Promise<IndependentAuditFacts> {
  const audit = await readCaseFileAudit(store, auditId);
  if (audit.status === 'NOT_SCHEDULED') return null;
  return {
    auditType: audit.auditType,
    azeusNumber: audit.azeusNumber,
    auditorId: audit.auditorId,
    submittedAt: audit.status === 'SUBMITTED' ? audit.submittedAt : null,
  };
}

/** CFA-11: what a dip sample keeps of the audit it samples; null when there is none. */
export async function dipSampledAuditFacts(store: EventStore, auditId: string): Promise<DipSampledAuditFacts> {
  const audit = await readCaseFileAudit(store, auditId);
  if (audit.status === 'NOT_SCHEDULED') return null;
  return {
    auditType: audit.auditType,
    azeusNumber: audit.azeusNumber,
    auditorId: audit.auditorId,
    teamId: audit.teamId,
    submittedAt: audit.status === 'SUBMITTED' ? audit.submittedAt : null,
    overallGrade: audit.status === 'SUBMITTED' ? audit.overallGrade : null,
  };
}

function toDomainEvent(event: RecordedEvent): CaseFileAuditEvent {
  return { type: event.type, data: event.data } as unknown as CaseFileAuditEvent;
}
