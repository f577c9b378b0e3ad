/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md); a case's id is its Azeus number. */
export const CASE_STREAM_CATEGORY = 'case';

export function caseStreamId(azeusNumber: string): string {
  return `${CASE_STREAM_CATEGORY}-${azeusNumber}`;
}

/** The Azeus number of a case stream, or null for any other stream. */
export function azeusNumberFromStreamId(streamId: string): string | null {
  const prefix = `${CASE_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
