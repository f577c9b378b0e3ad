import type { DomainEvent } from '../shared/decider.js';

/** OBS-6: the Head of Service's report of the year's learning from staff observation, as drafted (again). */
export type ObservationLearningReportDrafted = DomainEvent<
  'ObservationLearningReportDrafted',
  {
    readonly reportId: string;
    readonly headOfServiceId: string;
    readonly year: number;
    readonly serviceAreaId: string;
    readonly learning: string;
    readonly themes: readonly string[];
    readonly strengths: string;
    readonly areasForDevelopment: string;
    readonly draftedAt: string;
  }
>;

/** OBS-6: the report is submitted; the year is reported and the report no longer changes. */
export type ObservationLearningReportSubmitted = DomainEvent<
  'ObservationLearningReportSubmitted',
  {
    readonly reportId: string;
    readonly headOfServiceId: string;
    readonly year: number;
    readonly serviceAreaId: string;
    readonly submittedAt: string;
  }
>;

export type ObservationLearningReportEvent = ObservationLearningReportDrafted | ObservationLearningReportSubmitted;

export const OBSERVATION_LEARNING_REPORT_EVENT_TYPES: readonly ObservationLearningReportEvent['type'][] = [
  'ObservationLearningReportDrafted',
  'ObservationLearningReportSubmitted',
];
