/**
 * The read model of one Head of Service's observation learning report for a year (OBS-6). Plain
 * JSON; `type`, not `interface`, so it is a ReadStore `Document`.
 */
export type ObservationLearningReportDocument = {
  readonly id: string;
  readonly revision: number;
  readonly status: 'DRAFT' | 'SUBMITTED';
  readonly headOfServiceId: string;
  readonly year: number;
  readonly serviceAreaId: string;
  readonly learning: string;
  readonly themes: readonly string[];
  readonly strengths: string;
  readonly areasForDevelopment: string;
  readonly firstDraftedAt: string;
  readonly lastDraftedAt: string;
  readonly submittedAt: string | null;
  readonly lastUpdatedAt: string;
};
