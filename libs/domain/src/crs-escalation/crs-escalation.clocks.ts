import { DomainError } from '../shared/domain-error.js';
import { instantMs, isIsoDate } from '../remedial-action/remedial-action.checks.js';
import { CrsEscalationErrorCode as Code } from './crs-escalation.errors.js';
import { CRS_ESCALATION_RESPONSE_WORKING_DAYS, CRS_ESCALATION_STAGES, type CrsEscalationStage } from './crs-escalation.values.js';

/**
 * The response clock of each stage of an escalation (CRS-1). Pure: computed whenever asked, against
 * an `asOf` instant, never by a timer writing state, so a report as at any past date gives that
 * date's answer. They read only the fields they name, so they work on the decider state and on the
 * read model document alike.
 *
 * A stage is due on the Nth working day after the day it began (N from the table passed in, default
 * CRS_ESCALATION_RESPONSE_WORKING_DAYS; working days are Monday to Friday less the non-working days
 * passed in, e.g. bank holidays; days are UTC days). Its clock is:
 * - RUNNING: no response yet and the due day has not passed;
 * - MET: responded on or before the due day;
 * - BREACHED: responded after it (`workingDaysLate`, `daysLate`);
 * - OVERDUE: no response and the due day has passed (lateness so far);
 * - ENDED_UNANSWERED: the stage ended with no response (the chair took the escalation on, or
 *   withdrew it); lateness is as it stood when the stage ended.
 * Anything that happened after `asOf` had not happened at `asOf`.
 */

export const CRS_STAGE_CLOCK_STATES = ['RUNNING', 'MET', 'BREACHED', 'OVERDUE', 'ENDED_UNANSWERED'] as const;
export type CrsStageClockState = (typeof CRS_STAGE_CLOCK_STATES)[number];

export type CrsEscalationResponseDays = Readonly<Record<CrsEscalationStage, number>>;

/** What a stage clock reads. */
export interface ClockedStage {
  readonly stage: CrsEscalationStage;
  readonly recipientId: string;
  readonly startedAt: string;
  readonly respondedAt: string | null;
  readonly endedAt: string | null;
}

export interface CrsStageClock {
  readonly stage: CrsEscalationStage;
  readonly recipientId: string;
  readonly startedAt: string;
  /** The working days allowed at this stage. */
  readonly responseWorkingDays: number;
  /** YYYY-MM-DD: the last day for the response. */
  readonly dueOn: string;
  readonly state: CrsStageClockState;
  /** The response, if given at or before `asOf`. */
  readonly respondedAt: string | null;
  /** Working days after the due day: of the response (BREACHED), of `asOf` (OVERDUE), of the stage's end (ENDED_UNANSWERED). */
  readonly workingDaysLate: number;
  /** The same in calendar days. */
  readonly daysLate: number;
}

/** The day `workingDays` working days after `day` (`day` itself not counted). */
export function addWorkingDays(day: string, workingDays: number, nonWorkingDays: readonly string[] = []): string {
  const closed = new Set(nonWorkingDays);
  let ms = dayMs(day);
  let left = workingDays;
  while (left > 0) {
    ms += DAY_MS;
    if (isWorkingDay(ms, closed)) left -= 1;
  }
  return isoDay(ms);
}

/** Working days d with `from` < d <= `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, nonWorkingDays: readonly string[] = []): number {
  const closed = new Set(nonWorkingDays);
  let count = 0;
  for (let ms = dayMs(from) + DAY_MS; ms <= dayMs(to); ms += DAY_MS) if (isWorkingDay(ms, closed)) count += 1;
  return count;
}

/** CRS-1: the last day for a response at `stage`, begun at `startedAt`. */
export function crsStageDueOn(
  stage: CrsEscalationStage,
  startedAt: string,
  responseDays: CrsEscalationResponseDays = CRS_ESCALATION_RESPONSE_WORKING_DAYS,
  nonWorkingDays: readonly string[] = [],
): string {
  return addWorkingDays(isoDay(instant(startedAt, 'startedAt')), checkedDays(responseDays, stage), checkedNonWorkingDays(nonWorkingDays));
}

/** CRS-1: one stage's response clock at `asOf`. */
export function crsStageClock(
  stage: ClockedStage,
  asOf: string | Date,
  responseDays: CrsEscalationResponseDays = CRS_ESCALATION_RESPONSE_WORKING_DAYS,
  nonWorkingDays: readonly string[] = [],
): CrsStageClock {
  const at = asOfMs(asOf);
  const days = checkedDays(responseDays, stage.stage);
  const closed = checkedNonWorkingDays(nonWorkingDays);
  const dueOn = crsStageDueOn(stage.stage, stage.startedAt, responseDays, closed);
  const base = { stage: stage.stage, recipientId: stage.recipientId, startedAt: stage.startedAt, responseWorkingDays: days, dueOn };
  const lateness = (day: string) => ({
    workingDaysLate: workingDaysBetween(dueOn, day, closed),
    daysLate: Math.max(0, Math.round((dayMs(day) - dayMs(dueOn)) / DAY_MS)),
  });
  const responded = stage.respondedAt === null ? null : instant(stage.respondedAt, 'respondedAt');
  if (responded !== null && responded <= at) {
    const day = isoDay(responded);
    return { ...base, state: day <= dueOn ? 'MET' : 'BREACHED', respondedAt: iso(responded), ...lateness(day) };
  }
  const ended = stage.endedAt === null ? null : instant(stage.endedAt, 'endedAt');
  if (ended !== null && ended <= at) return { ...base, state: 'ENDED_UNANSWERED', respondedAt: null, ...lateness(isoDay(ended)) };
  const today = isoDay(at);
  return { ...base, state: today <= dueOn ? 'RUNNING' : 'OVERDUE', respondedAt: null, ...lateness(today) };
}

/** What the escalation-level clock functions read (decider state or read model document). */
export interface ClockedEscalation {
  readonly raisedAt: string;
  /** In order; the last is the latest. */
  readonly stages: readonly ClockedStage[];
  /** When it was resolved or withdrawn, or null while open. */
  readonly closedAt: string | null;
}

/** The stage an escalation was at, at `asOf`: null before it was raised or once it had closed. */
export function crsEscalationStageAt(escalation: ClockedEscalation, asOf: string | Date): ClockedStage | null {
  const at = asOfMs(asOf);
  if (instant(escalation.raisedAt, 'raisedAt') > at) return null;
  if (escalation.closedAt !== null && instant(escalation.closedAt, 'closedAt') <= at) return null;
  const begun = escalation.stages.filter((s) => instant(s.startedAt, 'startedAt') <= at);
  return begun[begun.length - 1] ?? null;
}

/** CRS-1: the clock of the stage the escalation was at, at `asOf`; null when it was not open then. */
export function crsEscalationClock(
  escalation: ClockedEscalation,
  asOf: string | Date,
  responseDays: CrsEscalationResponseDays = CRS_ESCALATION_RESPONSE_WORKING_DAYS,
  nonWorkingDays: readonly string[] = [],
): CrsStageClock | null {
  const stage = crsEscalationStageAt(escalation, asOf);
  return stage === null ? null : crsStageClock(stage, asOf, responseDays, nonWorkingDays);
}

/** CRS-1: open at `asOf`, and its stage's response is past its due day. */
export function isCrsEscalationOverdue(
  escalation: ClockedEscalation,
  asOf: string | Date,
  responseDays: CrsEscalationResponseDays = CRS_ESCALATION_RESPONSE_WORKING_DAYS,
  nonWorkingDays: readonly string[] = [],
): boolean {
  return crsEscalationClock(escalation, asOf, responseDays, nonWorkingDays)?.state === 'OVERDUE';
}

const DAY_MS = 86_400_000;

function isWorkingDay(ms: number, closed: ReadonlySet<string>): boolean {
  const weekday = new Date(ms).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closed.has(isoDay(ms));
}

function checkedDays(responseDays: CrsEscalationResponseDays, stage: CrsEscalationStage): number {
  const days = responseDays?.[stage];
  if (typeof days === 'number' && Number.isInteger(days) && days >= 0) return days;
  throw new DomainError(
    Code.RESPONSE_DAYS_INVALID,
    `responseDays.${stage} must be a whole number of working days, zero or more, for each of ${CRS_ESCALATION_STAGES.join(', ')} (CRS-1)`,
    'BAD_USER_INPUT',
    { field: `responseDays.${stage}`, rule: 'CRS-1' },
  );
}

function checkedNonWorkingDays(days: readonly string[]): readonly string[] {
  const bad = days.find((day) => !isIsoDate(day));
  if (bad === undefined) return days;
  throw new DomainError(Code.INVALID_DATE, `nonWorkingDays must be dates as YYYY-MM-DD, not ${JSON.stringify(bad)}`, 'BAD_USER_INPUT', {
    field: 'nonWorkingDays',
  });
}

function asOfMs(asOf: string | Date): number {
  if (asOf instanceof Date) {
    if (!Number.isNaN(asOf.getTime())) return asOf.getTime();
  } else {
    const ms = instantMs(asOf);
    if (ms !== null) return ms;
  }
  throw new DomainError(Code.INVALID_INSTANT, `asOf must be an ISO-8601 instant, not ${String(asOf)}`, 'BAD_USER_INPUT', { field: 'asOf' });
}

function instant(value: string, field: string): number {
  const ms = instantMs(value);
  if (ms === null) {
    throw new DomainError(Code.INVALID_INSTANT, `${field} must be an ISO-8601 instant, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', { field });
  }
  return ms;
}

function dayMs(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(ms: number): string {
  return iso(ms).slice(0, 10);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
