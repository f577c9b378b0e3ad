import { assertNever } from '../shared/decider.js';
import type { ObservationLearningReportEvent } from './observation-learning-report.events.js';

export interface ObservationLearningReportContent {
  readonly reportId: string;
  readonly headOfServiceId: string;
  readonly year: number;
  readonly serviceAreaId: string;
  readonly learning: string;
  readonly themes: readonly string[];
  readonly strengths: string;
  readonly areasForDevelopment: string;
}

export type ObservationLearningReport =
  | { readonly status: 'NOT_STARTED' }
  | (ObservationLearningReportContent & { readonly status: 'DRAFT' })
  | (ObservationLearningReportContent & { readonly status: 'SUBMITTED'; readonly submittedAt: string });

export function initialState(): ObservationLearningReport {
  return { status: 'NOT_STARTED' };
}

export function evolve(state: ObservationLearningReport, event: ObservationLearningReportEvent): ObservationLearningReport {
  switch (event.type) {
    case 'ObservationLearningReportDrafted': {
      if (state.status === 'SUBMITTED') return state;
      const { draftedAt: _draftedAt, ...content } = event.data;
      return { status: 'DRAFT', ...content };
    }
    case 'ObservationLearningReportSubmitted':
      return state.status === 'DRAFT' ? { ...state, status: 'SUBMITTED', submittedAt: event.data.submittedAt } : state;
    default:
      return assertNever(event);
  }
}
