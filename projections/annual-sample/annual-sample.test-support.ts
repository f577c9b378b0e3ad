import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { annualSampleStreamId, type AnnualSampleEvent } from '../../libs/domain/src/index.js';
import { DRAWN_AT, SQA_MANAGER_ID, YEAR } from '../../libs/domain/src/sampling/testing/annual-sample.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: AnnualSampleEvent | { type: string; data: unknown },
  revision: number,
  options: { year?: number; now?: string } = {},
): RecordedEvent {
  const year = options.year ?? YEAR;
  const position = nextPosition++;
  return {
    eventId: `annual-sample-${year}-${revision}-${position}`,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: SQA_MANAGER_ID, role: 'SQA_MANAGER' },
      now: options.now ?? DRAWN_AT,
      commandId: `command-${position}`,
      correlationId: `command-${position}`,
      causationId: `command-${position}`,
    },
    streamId: annualSampleStreamId(year),
    revision,
    position,
    created: new Date('2025-01-06T10:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly AnnualSampleEvent[], options: { year?: number } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
