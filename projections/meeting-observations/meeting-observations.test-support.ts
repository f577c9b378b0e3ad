import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { meetingObservationStreamId, type MeetingObservationEvent } from '../../libs/domain/src/meeting-observation/index.js';
import { HOS_ID, NOW, OBSERVATION_ID } from '../../libs/domain/src/meeting-observation/meeting-observation.fixtures.js';
import type { StaffMemberEvent } from '../../libs/domain/src/staff/staff-member.events.js';
import { fold, recorded as recordedStaff } from '../staff/people.test-support.js';
import { STAFF_COLLECTION, evolveStaffMemberDocument } from '../staff/staff.projection.js';
import { MEETING_OBSERVATIONS_COLLECTION, evolveMeetingObservationDocument } from './meeting-observations.projection.js';

/** Recorded events for projection tests: domain events as the command handler would store them. */

let nextPosition = 1n;

export function recorded(
  event: MeetingObservationEvent | { type: string; data: unknown },
  revision: number,
  options: { observationId?: string; now?: string } = {},
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
      actor: { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' },
      now: options.now ?? NOW,
      commandId: `command-${nextPosition}`,
      correlationId: `command-${nextPosition}`,
      causationId: `command-${nextPosition}`,
    },
    streamId: meetingObservationStreamId(observationId),
    revision,
    position: nextPosition++,
    created: new Date('2025-06-12T14:00:01.000Z'),
  };
}

/** A stream's worth of recorded events, revisions from 0. */
export function stream(events: readonly (MeetingObservationEvent | { type: string; data: unknown })[], options: { observationId?: string } = {}): RecordedEvent[] {
  return events.map((event, revision) => recorded(event, revision, options));
}

/** A memory read store holding the given observations (by id) and members of staff (each one registration event). */
export async function storeWith(
  observations: Record<string, readonly MeetingObservationEvent[]>,
  staff: readonly Extract<StaffMemberEvent, { type: 'StaffMemberRegistered' }>[] = [],
): Promise<MemoryReadStore> {
  const store = new MemoryReadStore();
  await store.defineCollection(MEETING_OBSERVATIONS_COLLECTION);
  await store.defineCollection(STAFF_COLLECTION);
  await store.commit('meetingObservations.v1', null, 1n, [
    ...Object.entries(observations).map(([id, history]) => ({
      collection: MEETING_OBSERVATIONS_COLLECTION.name,
      id,
      document: fold(evolveMeetingObservationDocument, stream(history, { observationId: id })),
    })),
    ...staff.map((event) => ({
      collection: STAFF_COLLECTION.name,
      id: event.data.staffId,
      document: evolveStaffMemberDocument(null, recordedStaff(`staffMember-${event.data.staffId}`, event, 0)),
    })),
  ]);
  return store;
}
