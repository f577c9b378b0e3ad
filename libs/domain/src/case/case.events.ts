import type { DomainEvent } from '../shared/decider.js';
import type { CaseCategory } from './case.values.js';

/**
 * A child's case, known by its Azeus number (the case-management system's id). Changes of
 * category, team and allocated worker carry the date they take effect, so the sample (CFA-1) and
 * its allocation can ask who held a case, in which team, as at any date.
 */

export type CaseOpened = DomainEvent<
  'CaseOpened',
  {
    readonly azeusNumber: string;
    readonly category: CaseCategory;
    readonly teamId: string;
    /** Null while the case awaits allocation. */
    readonly allocatedWorkerId: string | null;
    /** ISO date. */
    readonly openedOn: string;
    readonly recordedAt: string;
  }
>;

export type CaseReallocated = DomainEvent<
  'CaseReallocated',
  {
    readonly azeusNumber: string;
    readonly allocatedWorkerId: string | null;
    readonly previousWorkerId: string | null;
    readonly effectiveFrom: string;
    readonly recordedAt: string;
  }
>;

export type CaseTransferred = DomainEvent<
  'CaseTransferred',
  {
    readonly azeusNumber: string;
    readonly teamId: string;
    readonly previousTeamId: string;
    readonly effectiveFrom: string;
    readonly recordedAt: string;
  }
>;

/** E.g. a child in need who becomes subject to a CP plan. */
export type CaseRecategorised = DomainEvent<
  'CaseRecategorised',
  {
    readonly azeusNumber: string;
    readonly category: CaseCategory;
    readonly previousCategory: CaseCategory;
    readonly effectiveFrom: string;
    readonly recordedAt: string;
  }
>;

export type CaseClosed = DomainEvent<
  'CaseClosed',
  { readonly azeusNumber: string; readonly closedOn: string; readonly recordedAt: string }
>;

/** A closed case opened again under the same Azeus number (e.g. a re-referral). */
export type CaseReopened = DomainEvent<
  'CaseReopened',
  { readonly azeusNumber: string; readonly reopenedOn: string; readonly recordedAt: string }
>;

export type CaseEvent = CaseOpened | CaseReallocated | CaseTransferred | CaseRecategorised | CaseClosed | CaseReopened;
export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'CaseOpened',
  'CaseReallocated',
  'CaseTransferred',
  'CaseRecategorised',
  'CaseClosed',
  'CaseReopened',
];
