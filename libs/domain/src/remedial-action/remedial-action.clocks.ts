import { DomainError } from '../shared/domain-error.js';
import { isIsoDate, instantMs } from './remedial-action.checks.js';
import { RemedialActionErrorCode as Code } from './remedial-action.errors.js';
import {
  IMMEDIATE_ESCALATION_THRESHOLD_MS,
  REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS,
} from './remedial-action.values.js';

/**
 * The clocks of remedial actions (CFA-7) and immediate escalations (CFA-13). Pure: computed
 * whenever they are asked, against an `asOf` instant, never by a timer writing state, so a report
 * as at any past date gives the answer of that date. They work on the decider state and on the
 * read model documents alike (they read only the fields they name).
 *
 * A deadline clock is in one of four states:
 * - RUNNING: not yet done, and the deadline has not passed (`remainingMs` left);
 * - MET: done at or before the deadline (exactly on it counts as within);
 * - BREACHED: done, but after the deadline (`lateByMs`);
 * - OVERDUE: not done and the deadline has passed (`lateByMs` so far).
 * Something done after `asOf` was not yet done at `asOf`.
 */

export const CLOCK_STATES = ['RUNNING', 'MET', 'BREACHED', 'OVERDUE'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export interface DeadlineClock {
  readonly startedAt: string;
  readonly dueBy: string;
  readonly state: ClockState;
  /** When it was done (at or before `asOf`), or null. */
  readonly doneAt: string | null;
  /** MET and RUNNING: 0; BREACHED: how late it was done; OVERDUE: how late it is at `asOf`. */
  readonly lateByMs: number;
  /** RUNNING: time left at `asOf`; otherwise 0. */
  readonly remainingMs: number;
}

/** A deadline `windowMs` after `startedAt`, done at `doneAt` (if ever), read at `asOf`. */
export function deadlineClock(
  startedAt: string,
  windowMs: number,
  doneAt: string | null,
  asOf: string | Date,
): DeadlineClock {
  const start = instant(startedAt, 'startedAt');
  const at = asOfMs(asOf);
  if (!Number.isFinite(windowMs) || windowMs < 0) {
    throw new DomainError(Code.CLOCK_WINDOW_INVALID, `A clock window must be a non-negative duration, not ${windowMs}`, 'BAD_USER_INPUT', {
      field: 'windowMs',
    });
  }
  const due = start + windowMs;
  const base = { startedAt: iso(start), dueBy: iso(due) };
  const done = doneAt === null ? null : instant(doneAt, 'doneAt');
  if (done !== null && done <= at) {
    return done <= due
      ? { ...base, state: 'MET', doneAt: iso(done), lateByMs: 0, remainingMs: 0 }
      : { ...base, state: 'BREACHED', doneAt: iso(done), lateByMs: done - due, remainingMs: 0 };
  }
  return at <= due
    ? { ...base, state: 'RUNNING', doneAt: null, lateByMs: 0, remainingMs: due - at }
    : { ...base, state: 'OVERDUE', doneAt: null, lateByMs: at - due, remainingMs: 0 };
}

/** What the notification clock reads from an action (decider state or read model document). */
export interface NotifiableAction {
  readonly ownerId: string;
  readonly managerId: string;
  readonly source: { readonly submittedAt: string };
  readonly notifications: readonly { readonly recipients: readonly string[]; readonly sentAt: string }[];
}

/**
 * CFA-7: the action is notified to the worker (its owner) and the manager within 48 hours of the
 * audit's submission. It counts as notified when both have been sent it, by one notification or
 * several: the time is when the later of the two was sent.
 */
export function notificationClock(
  action: NotifiableAction,
  asOf: string | Date,
  windowMs: number = REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS,
): DeadlineClock {
  const at = asOfMs(asOf);
  const firstSentTo = (staffId: string): number | null => {
    const times = action.notifications
      .filter((n) => n.recipients.includes(staffId))
      .map((n) => instantMs(n.sentAt))
      .filter((ms): ms is number => ms !== null && ms <= at);
    return times.length === 0 ? null : Math.min(...times);
  };
  const owner = firstSentTo(action.ownerId);
  const manager = firstSentTo(action.managerId);
  const notifiedAt = owner === null || manager === null ? null : iso(Math.max(owner, manager));
  return deadlineClock(action.source.submittedAt, windowMs, notifiedAt, iso(at));
}

/**
 * CFA-13: an immediate escalation is acknowledged by the manager within the threshold (the
 * service's reading of "immediately": IMMEDIATE_ESCALATION_THRESHOLD_MS, 24 hours, unless given).
 */
export function escalationClock(
  escalatedAt: string,
  acknowledgedAt: string | null,
  asOf: string | Date,
  thresholdMs: number = IMMEDIATE_ESCALATION_THRESHOLD_MS,
): DeadlineClock {
  return deadlineClock(escalatedAt, thresholdMs, acknowledgedAt, asOf);
}

export interface TimescaleClock {
  /** The date (YYYY-MM-DD) the action is due by. */
  readonly timescale: string;
  readonly state: ClockState;
  /** The day it was completed (at or before `asOf`), or null. */
  readonly completedOn: string | null;
  /** BREACHED: days completed after the timescale; OVERDUE: days past it at `asOf`; otherwise 0. */
  readonly daysLate: number;
}

/**
 * CFA-7: "an action past its timescale is overdue". The timescale is a whole day: the action is
 * overdue from the (UTC) day after it, unless completed by then. A completion on or before the
 * timescale day meets it; a later one breaches it. Completion is the owner's, not the verification:
 * the owner cannot control when the next supervision falls. A reopened action runs against its new
 * timescale and its rejected completion no longer counts.
 */
export function timescaleClock(
  action: { readonly timescale: string; readonly completedAt?: string | null },
  asOf: string | Date,
): TimescaleClock {
  if (!isIsoDate(action.timescale)) {
    throw new DomainError(Code.INVALID_DATE, `timescale must be a date as YYYY-MM-DD, not ${JSON.stringify(action.timescale)}`, 'BAD_USER_INPUT', {
      field: 'timescale',
    });
  }
  const at = asOfMs(asOf);
  const today = iso(at).slice(0, 10);
  const completed = action.completedAt ? instant(action.completedAt, 'completedAt') : null;
  const completedOn = completed !== null && completed <= at ? iso(completed).slice(0, 10) : null;
  if (completedOn !== null) {
    const late = daysBetween(action.timescale, completedOn);
    return { timescale: action.timescale, state: late > 0 ? 'BREACHED' : 'MET', completedOn, daysLate: Math.max(0, late) };
  }
  const late = daysBetween(action.timescale, today);
  return { timescale: action.timescale, state: late > 0 ? 'OVERDUE' : 'RUNNING', completedOn: null, daysLate: Math.max(0, late) };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `asOf` as a UTC ISO instant; refused (field `asOf`) unless it is an ISO-8601 instant with its offset or a valid Date. */
export function clockInstant(asOf: string | Date): string {
  return iso(asOfMs(asOf));
}

function asOfMs(asOf: string | Date): number {
  if (asOf instanceof Date) {
    if (!Number.isNaN(asOf.getTime())) return asOf.getTime();
  } else {
    const ms = instantMs(asOf);
    if (ms !== null) return ms;
  }
  throw new DomainError(Code.INVALID_INSTANT, `asOf must be an ISO-8601 instant, not ${String(asOf)}`, 'BAD_USER_INPUT', {
    field: 'asOf',
  });
}

function instant(value: string, field: string): number {
  const ms = instantMs(value);
  if (ms === null) {
    throw new DomainError(Code.INVALID_INSTANT, `${field} must be an ISO-8601 instant, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
      field,
    });
  }
  return ms;
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
