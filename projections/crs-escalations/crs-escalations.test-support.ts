import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { crsEscalationStreamId, type CrsEscalationEvent } from '../../libs/domain/src/crs-escalation/index.js';
import { ESCALATION_ID, IRO_ID, RAISED_AT } from '../../libs/domain/src/crs-escalation/crs-escalation.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: CrsEscalationEvent | { type: string; data: unknown },
  revision: number,
  options: { escalationId?: string; now?: string } = {},
): RecordedEvent {
  const escalationId = options.escalationId ?? ESCALATION_ID;
  const data = typeof event.data === 'object' && event.data !== null && 'escalationId' in event.data ? { ...event.data, escalationId } : event.data;
  return {
    eventId: `${escalationId}-${revision}-${nextPosition}`,
    type: event.type,
    data: data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: IRO_ID, role: 'IRO' },
      now: options.now ?? RAISED_AT,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: crsEscalationStreamId(escalationId),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly CrsEscalationEvent[], options: { escalationId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
