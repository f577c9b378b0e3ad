/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const CRS_ESCALATION_STREAM_CATEGORY = 'crsEscalation';

export function crsEscalationStreamId(escalationId: string): string {
  return `${CRS_ESCALATION_STREAM_CATEGORY}-${escalationId}`;
}

/** The escalation id of a CRS escalation stream, or null for any other stream. */
export function crsEscalationIdFromStreamId(streamId: string): string | null {
  const prefix = `${CRS_ESCALATION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
