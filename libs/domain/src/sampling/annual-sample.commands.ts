import type { Command } from '../shared/decider.js';
import type { SampleAuditor, SampleCaseWorker, SampleFrameCase } from './annual-sample.values.js';

/** Task-based commands of a year's random sample (CFA-1). Values arrive from the edge; `decide` checks them. */

export type DrawAnnualSample = Command<
  'DrawAnnualSample',
  {
    readonly year: number;
    /** Recorded so the draw can be re-run; the caller may generate it, but it is fixed once drawn. */
    readonly seed: string;
    /** The year's cases. */
    readonly frame: readonly SampleFrameCase[];
    /** CFA-1's 10% when omitted. */
    readonly fraction?: number | null;
    /** YYYY-MM-DD the 12-month exclusion counts back from; the date of `metadata.now` when omitted. */
    readonly drawDate?: string | null;
  }
>;

export type AllocateAnnualSample = Command<
  'AllocateAnnualSample',
  {
    readonly year: number;
    readonly auditors: readonly SampleAuditor[];
    /** The allocated worker of every drawn case (others are ignored). */
    readonly caseWorkers: readonly SampleCaseWorker[];
  }
>;

export type ReallocateAnnualSampleCase = Command<
  'ReallocateAnnualSampleCase',
  {
    readonly year: number;
    readonly azeusNumber: string;
    readonly auditorId: string;
    /** The new auditor's team; taken from the allocation's auditors when omitted. */
    readonly auditorTeamId?: string | null;
    /** Why (for example, the auditor left). */
    readonly reason: string;
    /** YYYY-MM-DD in the sample's year; the case keeps its due date when omitted. */
    readonly dueDate?: string | null;
    /**
     * The case's worker now, when it has changed since the allocation; the constraint is checked
     * against these when given, against the recorded ones otherwise.
     */
    readonly caseWorker?: Omit<SampleCaseWorker, 'azeusNumber'> | null;
  }
>;

export type AnnualSampleCommand = DrawAnnualSample | AllocateAnnualSample | ReallocateAnnualSampleCase;

export type AnnualSampleCommandType = AnnualSampleCommand['type'];
