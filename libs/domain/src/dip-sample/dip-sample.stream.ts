/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const DIP_SAMPLE_STREAM_CATEGORY = 'dipSample';

export function dipSampleStreamId(dipSampleId: string): string {
  return `${DIP_SAMPLE_STREAM_CATEGORY}-${dipSampleId}`;
}

/** The dip sample id of a dip sample stream, or null for any other stream. */
export function dipSampleIdFromStreamId(streamId: string): string | null {
  const prefix = `${DIP_SAMPLE_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
