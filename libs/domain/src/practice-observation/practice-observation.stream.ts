/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const PRACTICE_OBSERVATION_STREAM_CATEGORY = 'practiceObservation';

export function practiceObservationStreamId(observationId: string): string {
  return `${PRACTICE_OBSERVATION_STREAM_CATEGORY}-${observationId}`;
}

/** The observation id of a practice observation stream, or null for any other stream. */
export function observationIdFromStreamId(streamId: string): string | null {
  const prefix = `${PRACTICE_OBSERVATION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
