/**
 * The read log is kept per reader per day (UTC): `readLog-<staffId>@<YYYY-MM-DD>`. Readers never
 * share a stream, so one reader's reads never wait on another's; the same reader's requests at
 * once retry a lost race (appends are cheap: only the stream's last event is read).
 */
export const READ_LOG_STREAM_CATEGORY = 'readLog';

export function readLogStreamId(readerId: string, day: string): string {
  return `${READ_LOG_STREAM_CATEGORY}-${readerId}@${day}`;
}

/** The reader and day of a read log stream, or null for any other stream. */
export function readLogOfStreamId(streamId: string): { readonly readerId: string; readonly day: string } | null {
  const prefix = `${READ_LOG_STREAM_CATEGORY}-`;
  if (!streamId.startsWith(prefix)) return null;
  const at = streamId.lastIndexOf('@');
  if (at <= prefix.length || !/^\d{4}-\d{2}-\d{2}$/.test(streamId.slice(at + 1))) return null;
  return { readerId: streamId.slice(prefix.length, at), day: streamId.slice(at + 1) };
}
