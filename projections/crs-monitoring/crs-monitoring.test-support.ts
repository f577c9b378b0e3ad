import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: { readonly type: string; readonly data: unknown },
  streamId: string,
  revision: number,
  now = '2025-06-12T14:00:00.000Z',
): RecordedEvent {
  return {
    eventId: `${streamId}-${revision}-${nextPosition}`,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: 'staff-x', role: 'CP_CHAIR' },
      now,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId,
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly { readonly type: string; readonly data: unknown }[], streamId: string): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, streamId, revision));
}
