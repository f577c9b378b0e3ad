import type { Position, RecordedEvent as EsdbRecordedEvent } from '@eventstore/db-client';
import type { EventData, EventMetadata, RecordedEvent } from '../event-store.port.js';
import { packPosition } from './esdb-position.js';

/** Events EventStoreDB writes for itself: `$`-prefixed types (`$metadata`, `$>`) or streams (`$stats-…`). */
export function isSystemEvent(event: { readonly type: string; readonly streamId: string }): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

export function toRecordedEvent(event: EsdbRecordedEvent): RecordedEvent {
  if (!event.position) throw new Error(`Event ${event.id} in ${event.streamId} came without a position`);
  if (!event.isJson) throw new Error(`Event ${event.id} in ${event.streamId} is not JSON; this store only reads JSON events`);
  return {
    eventId: event.id,
    streamId: event.streamId,
    revision: Number(event.revision),
    position: packPosition(event.position as Position),
    type: event.type,
    data: event.data as EventData,
    metadata: isRecord(event.metadata) ? (event.metadata as EventMetadata) : {},
    created: event.created,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
