/**
 * Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). A Head of Service's
 * summary for one quarter is one stream, `supervisionLearningSummary-<headOfServiceId>-<YYYY-Qn>`,
 * so there is one summary per Head of Service per quarter (SUP-6) by construction: a second draft
 * lands on the same stream and revises the first.
 */
export const SUPERVISION_LEARNING_SUMMARY_STREAM_CATEGORY = 'supervisionLearningSummary';

/** The id of a Head of Service's summary for a quarter; staff ids may themselves hold dashes. */
export function supervisionLearningSummaryId(headOfServiceId: string, quarter: string): string {
  return `${headOfServiceId}-${quarter}`;
}

export function supervisionLearningSummaryStreamId(summaryId: string): string {
  return `${SUPERVISION_LEARNING_SUMMARY_STREAM_CATEGORY}-${summaryId}`;
}

/** The summary id, Head of Service and quarter of a summary stream, or null for any other stream. */
export function supervisionLearningSummaryFromStreamId(
  streamId: string,
): { summaryId: string; headOfServiceId: string; quarter: string } | null {
  const prefix = `${SUPERVISION_LEARNING_SUMMARY_STREAM_CATEGORY}-`;
  if (!streamId.startsWith(prefix)) return null;
  const summaryId = streamId.slice(prefix.length);
  const match = /^(.+)-(\d{4}-Q[1-4])$/.exec(summaryId);
  return match ? { summaryId, headOfServiceId: match[1]!, quarter: match[2]! } : null;
}
