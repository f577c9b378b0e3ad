import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import {
  supervisionLearningSummaryId,
  supervisionLearningSummaryStreamId,
  type SupervisionLearningSummaryEvent,
} from '../../libs/domain/src/supervision-learning-summary/index.js';
import { HOS_ID, NOW, QUARTER } from '../../libs/domain/src/supervision-learning-summary/supervision-learning-summary.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: SupervisionLearningSummaryEvent | { type: string; data: unknown },
  revision: number,
  options: { headOfServiceId?: string; quarter?: string } = {},
): RecordedEvent {
  const headOfServiceId = options.headOfServiceId ?? HOS_ID;
  const quarter = options.quarter ?? QUARTER;
  const summaryId = supervisionLearningSummaryId(headOfServiceId, quarter);
  const base = typeof event.data === 'object' && event.data !== null ? (event.data as Record<string, unknown>) : {};
  const data = {
    ...base,
    summaryId,
    ...('headOfServiceId' in base ? { headOfServiceId } : {}),
    ...('quarter' in base ? { quarter } : {}),
  };
  const position = nextPosition++;
  return {
    eventId: `${summaryId}-${revision}-${position}`,
    type: event.type,
    data,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: headOfServiceId, role: 'HEAD_OF_SERVICE' },
      now: NOW,
      commandId: `command-${position}`,
      correlationId: `command-${position}`,
      causationId: `command-${position}`,
    },
    streamId: supervisionLearningSummaryStreamId(summaryId),
    revision,
    position,
    created: new Date('2025-06-30T15:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(
  events: readonly SupervisionLearningSummaryEvent[],
  options: { headOfServiceId?: string; quarter?: string } = {},
): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}
