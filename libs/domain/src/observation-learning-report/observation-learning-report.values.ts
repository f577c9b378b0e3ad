import type { Role } from '../shared/decider.js';

/**
 * OBS-6 (framework section 5, Managers): "All Managers will report on the learning from staff
 * observation at least annually." The Manager is the Head of Service; the report is for one
 * calendar year of their service area.
 */
export const OBSERVATION_LEARNING_REPORT_ROLE: Role = 'HEAD_OF_SERVICE';

/** The earliest year a report may be for. */
export const FIRST_REPORT_YEAR = 2000;

/** OBS-6: a year's report is due by the end of that calendar year. */
export function observationLearningReportDueBy(year: number): string {
  return `${year}-12-31`;
}
