/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const CRS_QUALITY_CHECK_STREAM_CATEGORY = 'crsQualityCheck';

export function crsQualityCheckStreamId(checkId: string): string {
  return `${CRS_QUALITY_CHECK_STREAM_CATEGORY}-${checkId}`;
}

/** The check id of a CRS quality check stream, or null for any other stream. */
export function crsQualityCheckIdFromStreamId(streamId: string): string | null {
  const prefix = `${CRS_QUALITY_CHECK_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
