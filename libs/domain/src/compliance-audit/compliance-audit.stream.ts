/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const COMPLIANCE_AUDIT_STREAM_CATEGORY = 'complianceAudit';

export function complianceAuditStreamId(complianceAuditId: string): string {
  return `${COMPLIANCE_AUDIT_STREAM_CATEGORY}-${complianceAuditId}`;
}

/** The compliance audit id of a compliance audit stream, or null for any other stream. */
export function complianceAuditIdFromStreamId(streamId: string): string | null {
  const prefix = `${COMPLIANCE_AUDIT_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
