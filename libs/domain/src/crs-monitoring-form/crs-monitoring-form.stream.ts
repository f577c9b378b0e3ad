/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const CRS_MONITORING_FORM_STREAM_CATEGORY = 'crsMonitoringForm';

export function crsMonitoringFormStreamId(formId: string): string {
  return `${CRS_MONITORING_FORM_STREAM_CATEGORY}-${formId}`;
}

/** The form id of a monitoring form stream, or null for any other stream. */
export function crsMonitoringFormIdFromStreamId(streamId: string): string | null {
  const prefix = `${CRS_MONITORING_FORM_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
