/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const SUPERVISION_SESSION_STREAM_CATEGORY = 'supervisionSession';

export function supervisionSessionStreamId(sessionId: string): string {
  return `${SUPERVISION_SESSION_STREAM_CATEGORY}-${sessionId}`;
}

/** The session id of a supervision session stream, or null for any other stream. */
export function sessionIdFromStreamId(streamId: string): string | null {
  const prefix = `${SUPERVISION_SESSION_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
