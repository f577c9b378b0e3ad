/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const INDEPENDENT_AUDIT_COMMISSION_STREAM_CATEGORY = 'independentAuditCommission';

export function independentAuditCommissionStreamId(commissionId: string): string {
  return `${INDEPENDENT_AUDIT_COMMISSION_STREAM_CATEGORY}-${commissionId}`;
}

/** The commission id of a commission stream, or null for any other stream. */
export function commissionIdFromStreamId(streamId: string): string | null {
  const prefix = `${INDEPENDENT_AUDIT_COMMISSION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
