import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { DomainEvent } from '../../libs/domain/src/index.js';

/** Recorded events for the staff, teams and cases projection tests, as the command handler stores them. */

let nextPosition = 1n;

export function recorded(streamId: string, event: DomainEvent | { type: string; data: unknown }, revision: number, now = '2025-06-12T14:00:00.000Z'): RecordedEvent {
  const position = nextPosition++;
  return {
    eventId: `${streamId}-${revision}-${position}`,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: 'sqa-0001', role: 'SQA_MANAGER' },
      now,
      commandId: `command-${position}`,
      correlationId: `command-${position}`,
      causationId: `command-${position}`,
    },
    streamId,
    revision,
    position,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(streamId: string, events: readonly (DomainEvent | { type: string; data: unknown })[]): RecordedEvent[] {
  return events.map((event, revision) => recorded(streamId, event, revision));
}

/** Folds a history with a projection's evolve, from no document. */
export function fold<D>(evolve: (document: D | null, event: RecordedEvent) => D | null, history: readonly RecordedEvent[], from: D | null = null): D | null {
  return history.reduce<D | null>((document, event) => evolve(document, event), from);
}
