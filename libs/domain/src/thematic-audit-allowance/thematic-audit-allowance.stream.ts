/**
 * Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). The allowance of one
 * auditor for one calendar year is one stream, `thematicAuditAllowance-<auditorId>-<year>`: the
 * cap of CFA-3 counts across many case file audits, each its own stream, so it needs a stream of
 * its own to be decided consistently (two claims racing for the last slot conflict on its revision).
 */
export const THEMATIC_AUDIT_ALLOWANCE_STREAM_CATEGORY = 'thematicAuditAllowance';

/** The id of an auditor's allowance for a year; auditor ids may themselves hold dashes. */
export function thematicAuditAllowanceId(auditorId: string, year: number): string {
  return `${auditorId}-${year}`;
}

export function thematicAuditAllowanceStreamId(auditorId: string, year: number): string {
  return `${THEMATIC_AUDIT_ALLOWANCE_STREAM_CATEGORY}-${thematicAuditAllowanceId(auditorId, year)}`;
}

/** The auditor and year of an allowance stream, or null for any other stream. */
export function allowanceFromStreamId(streamId: string): { auditorId: string; year: number } | null {
  const prefix = `${THEMATIC_AUDIT_ALLOWANCE_STREAM_CATEGORY}-`;
  if (!streamId.startsWith(prefix)) return null;
  const match = /^(.+)-(\d{4})$/.exec(streamId.slice(prefix.length));
  return match ? { auditorId: match[1]!, year: Number(match[2]) } : null;
}
