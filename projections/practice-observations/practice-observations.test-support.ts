import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { practiceObservationStreamId, type PracticeObservationEvent } from '../../libs/domain/src/practice-observation/index.js';
import { NOW, OBSERVATION_ID, OBSERVER_ID } from '../../libs/domain/src/practice-observation/practice-observation.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: PracticeObservationEvent | { type: string; data: unknown },
  revision: number,
  options: { observationId?: string; staffId?: string; now?: string } = {},
): RecordedEvent {
  const observationId = options.observationId ?? OBSERVATION_ID;
  const data =
    typeof event.data === 'object' && event.data !== null && 'observationId' in event.data ? { ...event.data, observationId } : event.data;
  return {
    eventId: `${observationId}-${revision}-${nextPosition}`,
    type: event.type,
    data: data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: options.staffId ?? OBSERVER_ID, role: 'TEAM_MANAGER' },
      now: options.now ?? NOW,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: practiceObservationStreamId(observationId),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly PracticeObservationEvent[], options: { observationId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
