/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const SERVICE_AREA_STREAM_CATEGORY = 'serviceArea';

export function serviceAreaStreamId(serviceAreaId: string): string {
  return `${SERVICE_AREA_STREAM_CATEGORY}-${serviceAreaId}`;
}

/** The service area id of a service area stream, or null for any other stream. */
export function serviceAreaIdFromStreamId(streamId: string): string | null {
  const prefix = `${SERVICE_AREA_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
