import type { DomainEvent } from '../shared/decider.js';
import type {
  AnnualSampleDrawResult,
  SampleAuditor,
  SampleCaseAllocation,
  SampleCaseWorker,
  SampleFrameCase,
} from './annual-sample.values.js';

/**
 * The facts of a year's random sample (CFA-1). Type strings never change; times in data are the
 * business time of the command (`metadata.now`), the actor is in the event metadata.
 */

/**
 * CFA-1: the year's sample was drawn. It holds everything needed to re-run the draw and check it
 * (`verifyDraw`): the seed, the fraction, the draw date, the frame it drew from (canonical: checked
 * and sorted) and its fingerprint, the algorithm, and the result.
 */
export type AnnualSampleDrawn = DomainEvent<
  'AnnualSampleDrawn',
  AnnualSampleDrawResult & {
    readonly year: number;
    readonly frame: readonly SampleFrameCase[];
    readonly drawnAt: string;
  }
>;

/**
 * The drawn cases were given to auditors with their due dates (CFA-6). One event for the whole
 * allocation, not one per case: the allocation is one decision (each case's auditor depends on
 * every other case, through the balancing of the load), it must be taken whole or not at all, and
 * recording it with its inputs (auditors, case workers, seed) in one fact lets it be re-run and
 * checked like the draw (`verifyAllocation`). Later changes to one case are their own events.
 */
export type AnnualSampleAllocated = DomainEvent<
  'AnnualSampleAllocated',
  {
    readonly year: number;
    readonly algorithm: string;
    readonly seed: string;
    /** 1..12: the first month a case could fall due in. */
    readonly firstMonth: number;
    readonly auditors: readonly SampleAuditor[];
    /** The allocated worker (and their line manager) of each drawn case, as given. */
    readonly caseWorkers: readonly SampleCaseWorker[];
    /** Sorted by due date, auditor and Azeus number. */
    readonly allocations: readonly SampleCaseAllocation[];
    readonly allocatedAt: string;
  }
>;

/** One drawn case was given to another auditor (for example, its auditor left). */
export type AnnualSampleCaseReallocated = DomainEvent<
  'AnnualSampleCaseReallocated',
  {
    readonly year: number;
    readonly azeusNumber: string;
    readonly fromAuditorId: string;
    readonly toAuditorId: string;
    readonly toAuditorTeamId: string | null;
    readonly dueDate: string;
    readonly allocatedWorkerId: string | null;
    /** The staff who could not take it (its worker and their line manager), as checked. */
    readonly excludedAuditorIds: readonly string[];
    readonly reason: string;
    readonly reallocatedAt: string;
  }
>;

export type AnnualSampleEvent = AnnualSampleDrawn | AnnualSampleAllocated | AnnualSampleCaseReallocated;

export type AnnualSampleEventType = AnnualSampleEvent['type'];

export const ANNUAL_SAMPLE_EVENT_TYPES: readonly AnnualSampleEventType[] = [
  'AnnualSampleDrawn',
  'AnnualSampleAllocated',
  'AnnualSampleCaseReallocated',
];
