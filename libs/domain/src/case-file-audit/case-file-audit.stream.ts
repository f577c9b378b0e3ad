/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const CASE_FILE_AUDIT_STREAM_CATEGORY = 'caseFileAudit';

export function caseFileAuditStreamId(auditId: string): string {
  return `${CASE_FILE_AUDIT_STREAM_CATEGORY}-${auditId}`;
}

/** The audit id of a case file audit stream, or null for any other stream. */
export function auditIdFromStreamId(streamId: string): string | null {
  const prefix = `${CASE_FILE_AUDIT_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
