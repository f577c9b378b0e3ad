/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const THEMED_AUDIT_DAY_STREAM_CATEGORY = 'themedAuditDay';

export function themedAuditDayStreamId(dayId: string): string {
  return `${THEMED_AUDIT_DAY_STREAM_CATEGORY}-${dayId}`;
}

/** The day id of a themed audit day stream, or null for any other stream. */
export function themedAuditDayIdFromStreamId(streamId: string): string | null {
  const prefix = `${THEMED_AUDIT_DAY_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
