/** Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md): one stream per sample year. */
export const ANNUAL_SAMPLE_STREAM_CATEGORY = 'annualSample';

export function annualSampleStreamId(year: number): string {
  return `${ANNUAL_SAMPLE_STREAM_CATEGORY}-${year}`;
}

/** The year of an annual sample stream, or null for any other stream. */
export function sampleYearFromStreamId(streamId: string): number | null {
  const match = /^annualSample-(\d{4})$/.exec(streamId);
  return match ? Number(match[1]) : null;
}
