/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). */
export const MIDWAY_REVIEW_STREAM_CATEGORY = 'midwayReview';

export function midwayReviewStreamId(reviewId: string): string {
  return `${MIDWAY_REVIEW_STREAM_CATEGORY}-${reviewId}`;
}

/** The review id of a midway review stream, or null for any other stream. */
export function midwayReviewIdFromStreamId(streamId: string): string | null {
  const prefix = `${MIDWAY_REVIEW_STREAM_CATEGORY}-`;
  return streamId.startsWith(prefix) && streamId.length > prefix.length ? streamId.slice(prefix.length) : null;
}
