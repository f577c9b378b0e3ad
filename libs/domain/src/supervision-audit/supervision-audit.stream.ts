/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const SUPERVISION_AUDIT_STREAM_CATEGORY = 'supervisionAudit';

export function supervisionAuditStreamId(auditId: string): string {
  return `${SUPERVISION_AUDIT_STREAM_CATEGORY}-${auditId}`;
}

/** The audit id of a supervision audit stream, or null for any other stream. */
export function supervisionAuditIdFromStreamId(streamId: string): string | null {
  const prefix = `${SUPERVISION_AUDIT_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
