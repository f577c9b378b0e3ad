import type { AnnualSampleEvent } from './annual-sample.events.js';
import type { DrawnSampleCase, SampleAuditor, SampleCaseAllocation } from './annual-sample.values.js';

export type NotDrawnAnnualSample = { readonly status: 'NOT_DRAWN' };

export type DrawnAnnualSample = {
  readonly status: 'DRAWN';
  readonly year: number;
  readonly seed: string;
  readonly drawn: readonly DrawnSampleCase[];
  readonly drawnAt: string;
};

export type AllocatedAnnualSample = Omit<DrawnAnnualSample, 'status'> & {
  readonly status: 'ALLOCATED';
  readonly auditors: readonly SampleAuditor[];
  readonly allocations: readonly SampleCaseAllocation[];
  readonly allocatedAt: string;
};

export type AnnualSample = NotDrawnAnnualSample | DrawnAnnualSample | AllocatedAnnualSample;

export type AnnualSampleStatus = AnnualSample['status'];

export function initialState(): AnnualSample {
  return { status: 'NOT_DRAWN' };
}

/**
 * Folds a recorded fact into the sample. Never throws: a fact that does not fit the state it meets
 * (which `decide` never produces) leaves the state as it is, and unknown event types are skipped.
 */
export function evolve(state: AnnualSample, event: AnnualSampleEvent): AnnualSample {
  switch (event.type) {
    case 'AnnualSampleDrawn': {
      if (state.status !== 'NOT_DRAWN') return state;
      const { year, seed, drawn, drawnAt } = event.data;
      return { status: 'DRAWN', year, seed, drawn, drawnAt };
    }
    case 'AnnualSampleAllocated': {
      if (state.status !== 'DRAWN') return state;
      const { auditors, allocations, allocatedAt } = event.data;
      return { ...state, status: 'ALLOCATED', auditors, allocations, allocatedAt };
    }
    case 'AnnualSampleCaseReallocated': {
      if (state.status !== 'ALLOCATED') return state;
      const d = event.data;
      return {
        ...state,
        allocations: state.allocations.map((a) =>
          a.azeusNumber === d.azeusNumber
            ? {
                ...a,
                auditorId: d.toAuditorId,
                auditorTeamId: d.toAuditorTeamId,
                dueDate: d.dueDate,
                allocatedWorkerId: d.allocatedWorkerId,
                excludedAuditorIds: d.excludedAuditorIds,
              }
            : a,
        ),
      };
    }
    default:
      return state;
  }
}
