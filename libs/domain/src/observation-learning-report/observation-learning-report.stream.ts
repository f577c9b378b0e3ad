/**
 * Streams are `<category>-<id>` with a dash-free category (ARCHITECTURE.md). One Head of Service's
 * report for one calendar year is one stream, `observationLearningReport-<headOfServiceId>-<year>`,
 * so "one report per HoS per year" (OBS-6) holds by the stream's identity.
 */
export const OBSERVATION_LEARNING_REPORT_STREAM_CATEGORY = 'observationLearningReport';

/** The id of a Head of Service's report for a year; staff ids may themselves hold dashes. */
export function observationLearningReportId(headOfServiceId: string, year: number): string {
  return `${headOfServiceId}-${year}`;
}

export function observationLearningReportStreamId(headOfServiceId: string, year: number): string {
  return `${OBSERVATION_LEARNING_REPORT_STREAM_CATEGORY}-${observationLearningReportId(headOfServiceId, year)}`;
}

/** The Head of Service and year of a report stream, or null for any other stream. */
export function observationLearningReportFromStreamId(streamId: string): { reportId: string; headOfServiceId: string; year: number } | null {
  const prefix = `${OBSERVATION_LEARNING_REPORT_STREAM_CATEGORY}-`;
  if (!streamId.startsWith(prefix)) return null;
  const reportId = streamId.slice(prefix.length);
  const match = /^(.+)-(\d{4})$/.exec(reportId);
  return match ? { reportId, headOfServiceId: match[1]!, year: Number(match[2]) } : null;
}
