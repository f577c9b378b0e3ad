import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { supervisionAuditStreamId, type SupervisionAuditEvent } from '../../libs/domain/src/supervision-audit/index.js';
import { HOS_ID, NOW, SUPERVISION_AUDIT_ID } from '../../libs/domain/src/supervision-audit/supervision-audit.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: SupervisionAuditEvent | { type: string; data: unknown },
  revision: number,
  options: { auditId?: string; now?: string } = {},
): RecordedEvent {
  const auditId = options.auditId ?? SUPERVISION_AUDIT_ID;
  const data = typeof event.data === 'object' && event.data !== null && 'auditId' in event.data ? { ...event.data, auditId } : event.data;
  return {
    eventId: `${auditId}-${revision}-${nextPosition}`,
    type: event.type,
    data: data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' },
      now: options.now ?? NOW,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: supervisionAuditStreamId(auditId),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly SupervisionAuditEvent[], options: { auditId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
