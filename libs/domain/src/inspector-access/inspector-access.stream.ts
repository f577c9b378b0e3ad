/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). One stream per grant. */
export const INSPECTOR_ACCESS_STREAM_CATEGORY = 'inspectorAccessGrant';

export function inspectorAccessStreamId(grantId: string): string {
  return `${INSPECTOR_ACCESS_STREAM_CATEGORY}-${grantId}`;
}

/** The grant id of an inspector access stream, or null for any other stream. */
export function inspectorAccessGrantIdFromStreamId(streamId: string): string | null {
  const prefix = `${INSPECTOR_ACCESS_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
