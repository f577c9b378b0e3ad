/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const MEETING_OBSERVATION_STREAM_CATEGORY = 'meetingObservation';

export function meetingObservationStreamId(observationId: string): string {
  return `${MEETING_OBSERVATION_STREAM_CATEGORY}-${observationId}`;
}

/** The observation id of a meeting observation stream, or null for any other stream. */
export function meetingObservationIdFromStreamId(streamId: string): string | null {
  const prefix = `${MEETING_OBSERVATION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
