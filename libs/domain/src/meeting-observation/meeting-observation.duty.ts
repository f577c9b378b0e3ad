import { DomainError } from '../shared/domain-error.js';
import { MeetingObservationErrorCode as Code } from './meeting-observation.errors.js';
import { MEETING_OBSERVER_DUTIES, type MeetingObserverRole } from './meeting-observation.values.js';

/** A calendar year (`2025`) or a half of one (`2025-H1`: January to June, `2025-H2`: July to December). */
export type MeetingObservationPeriod = { readonly year: number; readonly half: 1 | 2 | null };

/** What the MTG-1 duty needs to know of an observation; a read model document fits it. */
export type MeetingObservationForDuty = {
  readonly observationId: string;
  readonly observerId: string;
  /** YYYY-MM-DD the meeting was held. */
  readonly meetingDate: string;
  /** Only a completed record (all fourteen areas judged, MTG-3) counts as done. */
  readonly completed: boolean;
};

export type MeetingObservationDuty = {
  readonly observerId: string;
  readonly role: MeetingObserverRole;
  /** `2025`, `2025-H1` or `2025-H2`. */
  readonly period: string;
  /** The first and last day counted: from 1 January to the end of the period. */
  readonly from: string;
  readonly to: string;
  /** Observations due by the end of the period. */
  readonly required: number;
  /** Completed observations of meetings held from `from` to `to`, by meeting date. */
  readonly done: number;
  readonly remaining: number;
  readonly met: boolean;
  readonly doneObservationIds: readonly string[];
  /** Observations of meetings in the period whose record is not completed yet: what may close the gap. */
  readonly inProgressObservationIds: readonly string[];
};

/** Parses `2025`, `2025-H1` or `2025-H2`. */
export function meetingObservationPeriod(value: string): MeetingObservationPeriod {
  const match = typeof value === 'string' ? /^(\d{4})(?:-H([12]))?$/.exec(value) : null;
  if (match === null) {
    throw new DomainError(Code.PERIOD_INVALID, `period must be a year (2025) or a half-year (2025-H1, 2025-H2), not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
      field: 'period',
      rule: 'MTG-1',
    });
  }
  return { year: Number(match[1]), half: match[2] === undefined ? null : (Number(match[2]) as 1 | 2) };
}

/** Observations a role owes in a whole year (MTG-1): a Head of Service two, the chief officer and the director one. */
export function meetingObservationsPerYear(role: MeetingObserverRole): number {
  return MEETING_OBSERVER_DUTIES.find((d) => d.role === role)!.perYear;
}

/**
 * MTG-1: how many key meetings an observer must have observed by the end of a year or half-year,
 * how many they have, and how many remain. A half-year is a checkpoint on the way to the year's
 * duty, counted from 1 January: by the end of June a Head of Service has observed one (the second
 * by December); the chief officer and the director owe their one by December, so none by June.
 */
export function meetingObservationDuty(
  observerId: string,
  role: MeetingObserverRole,
  period: string,
  observations: readonly MeetingObservationForDuty[],
): MeetingObservationDuty {
  const { year, half } = meetingObservationPeriod(period);
  const perYear = meetingObservationsPerYear(role);
  const required = half === 1 ? Math.floor(perYear / 2) : perYear;
  const from = `${year}-01-01`;
  const to = half === 1 ? `${year}-06-30` : `${year}-12-31`;
  const inPeriod = observations
    .filter((o) => o.observerId === observerId && o.meetingDate >= from && o.meetingDate <= to)
    .sort((a, b) => compare(a.meetingDate, b.meetingDate) || compare(a.observationId, b.observationId));
  const doneObservationIds = inPeriod.filter((o) => o.completed).map((o) => o.observationId);
  const inProgressObservationIds = inPeriod.filter((o) => !o.completed).map((o) => o.observationId);
  const remaining = Math.max(0, required - doneObservationIds.length);
  return {
    observerId,
    role,
    period: half === null ? String(year) : `${year}-H${half}`,
    from,
    to,
    required,
    done: doneObservationIds.length,
    remaining,
    met: remaining === 0,
    doneObservationIds,
    inProgressObservationIds,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
