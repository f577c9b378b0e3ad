import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { inspectorAccessStreamId, type InspectorAccessEvent } from '../../libs/domain/src/inspector-access/index.js';
import { GRANT_ID, NOW, SQA_MANAGER_ID } from '../../libs/domain/src/inspector-access/inspector-access.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: InspectorAccessEvent | { type: string; data: unknown },
  revision: number,
  options: { grantId?: string; now?: string } = {},
): RecordedEvent {
  const id = options.grantId ?? GRANT_ID;
  const data = typeof event.data === 'object' && event.data !== null && 'grantId' in event.data ? { ...event.data, grantId: id } : event.data;
  return {
    eventId: `${id}-${revision}-${nextPosition}`,
    type: event.type,
    data: data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: SQA_MANAGER_ID, role: 'SQA_MANAGER' },
      now: options.now ?? NOW,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: inspectorAccessStreamId(id),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-02T09:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly (InspectorAccessEvent | { type: string; data: unknown })[], options: { grantId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
