/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const LEARNING_INPUT_STREAM_CATEGORY = 'learningInput';

export function learningInputStreamId(learningInputId: string): string {
  return `${LEARNING_INPUT_STREAM_CATEGORY}-${learningInputId}`;
}

/** The id of a learning input stream, or null for any other stream. */
export function learningInputIdFromStreamId(streamId: string): string | null {
  const prefix = `${LEARNING_INPUT_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
