/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const TEAM_STREAM_CATEGORY = 'team';

export function teamStreamId(teamId: string): string {
  return `${TEAM_STREAM_CATEGORY}-${teamId}`;
}

/** The team id of a team stream, or null for any other stream. */
export function teamIdFromStreamId(streamId: string): string | null {
  const prefix = `${TEAM_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
