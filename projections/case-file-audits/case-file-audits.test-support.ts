import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { caseFileAuditStreamId, type CaseFileAuditEvent } from '../../libs/domain/src/index.js';
import { AUDITOR_ID, AUDIT_ID, NOW } from '../../libs/domain/src/testing/case-file-audit.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: CaseFileAuditEvent | { type: string; data: unknown },
  revision: number,
  options: { auditId?: string; staffId?: string; role?: string; now?: string } = {},
): RecordedEvent {
  const auditId = options.auditId ?? AUDIT_ID;
  const data = typeof event.data === 'object' && event.data !== null && 'auditId' in event.data ? { ...event.data, auditId } : event.data;
  return {
    eventId: `${auditId}-${revision}-${nextPosition}`,
    type: event.type,
    data: data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: options.staffId ?? AUDITOR_ID, role: options.role ?? 'TEAM_MANAGER' },
      now: options.now ?? NOW,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: caseFileAuditStreamId(auditId),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly CaseFileAuditEvent[], options: { auditId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
