import type { Command } from '../shared/decider.js';

/** Commands carry raw input; the decider validates it. The Head of Service writing is the actor. */

export type DraftObservationLearningReport = Command<
  'DraftObservationLearningReport',
  {
    readonly year: number;
    readonly serviceAreaId: string;
    readonly learning: string;
    readonly themes: readonly string[];
    readonly strengths: string;
    readonly areasForDevelopment: string;
    /** Fetched fact: the service areas the staff directory shows the actor heading. */
    readonly serviceAreasHeaded: readonly string[];
  }
>;

export type SubmitObservationLearningReport = Command<'SubmitObservationLearningReport', { readonly year: number }>;

export type ObservationLearningReportCommand = DraftObservationLearningReport | SubmitObservationLearningReport;
