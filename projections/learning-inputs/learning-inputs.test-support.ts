import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { learningInputStreamId, type LearningInputEvent } from '../../libs/domain/src/learning-input/index.js';
import { LEARNING_INPUT_ID, NOW, SQA_ID } from '../../libs/domain/src/learning-input/learning-input.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: LearningInputEvent | { type: string; data: unknown },
  revision: number,
  options: { learningInputId?: string; now?: string } = {},
): RecordedEvent {
  const id = options.learningInputId ?? LEARNING_INPUT_ID;
  const data =
    typeof event.data === 'object' && event.data !== null && 'learningInputId' in event.data ? { ...event.data, learningInputId: id } : event.data;
  return {
    eventId: `${id}-${revision}-${nextPosition}`,
    type: event.type,
    data: data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: SQA_ID, role: 'SQA_OFFICER' },
      now: options.now ?? NOW,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: learningInputStreamId(id),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly (LearningInputEvent | { type: string; data: unknown })[], options: { learningInputId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
