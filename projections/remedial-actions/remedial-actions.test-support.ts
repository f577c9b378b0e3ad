import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { immediateEscalationStreamId, remedialActionStreamId } from '../../libs/domain/src/index.js';
import { ACTION_ID, AUDITOR_ID, ESCALATION_ID } from '../../libs/domain/src/remedial-action/remedial-action.fixtures.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: { type: string; data: unknown },
  revision: number,
  options: { streamId?: string; staffId?: string; role?: string; now?: string } = {},
): RecordedEvent {
  const data = event.data as Record<string, unknown>;
  const now = options.now ?? (Object.values(data).find((v) => typeof v === 'string' && /T\d\d:/.test(v)) as string | undefined) ?? '2025-06-12T15:00:00.000Z';
  const position = nextPosition++;
  return {
    eventId: `event-${position}`,
    type: event.type,
    data,
    metadata: {
      schemaVersion: 1,
      actor: { staffId: options.staffId ?? AUDITOR_ID, role: options.role ?? 'ADVANCED_PRACTITIONER' },
      now,
      commandId: `command-${position}`,
      correlationId: `command-${position}`,
      causationId: `command-${position}`,
    },
    streamId: options.streamId ?? remedialActionStreamId(ACTION_ID),
    revision,
    position,
    created: new Date('2025-06-12T15:00:01.000Z'),
  };
}

/** A remedial action stream's worth of recorded events, revisions from 0. */
export function actionStream(events: readonly { type: string; data: unknown }[], actionId = ACTION_ID): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, { streamId: remedialActionStreamId(actionId) }));
}

export function escalationStream(events: readonly { type: string; data: unknown }[], escalationId = ESCALATION_ID): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, { streamId: immediateEscalationStreamId(escalationId) }));
}
