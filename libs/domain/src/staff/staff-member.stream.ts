/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const STAFF_MEMBER_STREAM_CATEGORY = 'staffMember';

export function staffMemberStreamId(staffId: string): string {
  return `${STAFF_MEMBER_STREAM_CATEGORY}-${staffId}`;
}

/** The staff id of a staff member stream, or null for any other stream. */
export function staffIdFromStreamId(streamId: string): string | null {
  const prefix = `${STAFF_MEMBER_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
