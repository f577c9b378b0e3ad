import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  PracticeObservationErrorCode,
  isObservationOverdue,
  nextObservationDue,
  type AsyeSchedule,
} from '../../libs/domain/src/practice-observation/index.js';
import type { PracticeObservationDocument, PracticeObservationDocumentStatus } from './practice-observations.document.js';
import { PRACTICE_OBSERVATIONS_COLLECTION } from './practice-observations.projection.js';

/**
 * Queries over the `practiceObservations` read model, written against the ReadStore port. The
 * projection runner defines the collection before anyone reads it.
 */

export async function getPracticeObservation(store: ReadStore, id: string): Promise<PracticeObservationDocument | null> {
  return store.get<PracticeObservationDocument>(PRACTICE_OBSERVATIONS_COLLECTION.name, id);
}

/** Observations made by one observer, newest observation first (then id). */
export async function listPracticeObservationsByObserver(
  store: ReadStore,
  observerId: string,
  filter: { readonly status?: PracticeObservationDocumentStatus } = {},
): Promise<PracticeObservationDocument[]> {
  const where: Record<string, string> = { observerId };
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<PracticeObservationDocument>(PRACTICE_OBSERVATIONS_COLLECTION.name, { where });
  return documents.sort(newestFirst);
}

export interface PracticeObservationListFilter {
  readonly workerId?: string;
  readonly observerId?: string;
  readonly status?: PracticeObservationDocumentStatus;
}

/** Observations matching every given filter (all of them when none is given), newest observation first (then id). */
export async function listPracticeObservations(
  store: ReadStore,
  filter: PracticeObservationListFilter = {},
): Promise<PracticeObservationDocument[]> {
  const where: Record<string, string> = {};
  if (filter.workerId !== undefined) where['workerId'] = filter.workerId;
  if (filter.observerId !== undefined) where['observerId'] = filter.observerId;
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<PracticeObservationDocument>(PRACTICE_OBSERVATIONS_COLLECTION.name, { where });
  return documents.sort(newestFirst);
}

/**
 * OBS-5: completed observations not yet shared with the line manager or with S&QA, oldest
 * observation first, optionally for one observer.
 */
export async function listPracticeObservationsAwaitingSharing(
  store: ReadStore,
  filter: { readonly observerId?: string } = {},
): Promise<PracticeObservationDocument[]> {
  const where: Record<string, string> = { status: 'COMPLETED' };
  if (filter.observerId !== undefined) where['observerId'] = filter.observerId;
  const documents = await store.find<PracticeObservationDocument>(PRACTICE_OBSERVATIONS_COLLECTION.name, { where });
  return documents
    .filter((observation) => observation.sharedWithLineManagerAt === null || observation.sharedWithSqaAt === null)
    .sort((a, b) => newestFirst(b, a));
}

/** What the caller knows of the worker that the read model does not: their OBS-2 and OBS-3 flags. */
export interface WorkerObservationFlags {
  /** OBS-2: identified by their TM as needing support to improve performance. */
  readonly needsPerformanceSupport: boolean;
  /** OBS-3: newly qualified, in the ASYE year. */
  readonly asye: boolean;
  /** OBS-3: their ASYE schedule; required when `asye` is true. */
  readonly asyeSchedule?: AsyeSchedule | null;
}

export interface WorkerObservations {
  readonly workerId: string;
  /** Newest observation first. */
  readonly observations: readonly PracticeObservationDocument[];
  /** The date of the latest observation, or null if the worker has never been observed. */
  readonly lastObservedOn: string | null;
  /** OBS-1..OBS-3: when the next observation is due; null when never observed and nothing scheduled (due at once). */
  readonly nextDue: string | null;
  /** OBS-1..OBS-3: overdue at `asOf`. */
  readonly overdue: boolean;
}

/**
 * A worker's observations with their last observed date, next due date and whether they are overdue
 * at `asOf` (OBS-1, OBS-2, OBS-3). Every recorded observation counts: the practice was observed on
 * its date whether or not the follow-up is complete. Observations dated after `asOf` are left out,
 * so a report as at a past date gives the answer of that date.
 */
export async function practiceObservationsOfWorker(
  store: ReadStore,
  workerId: string,
  flags: WorkerObservationFlags,
  asOf: string | Date,
): Promise<WorkerObservations> {
  const asOfDay = calendarDay(asOf);
  const documents = await store.find<PracticeObservationDocument>(PRACTICE_OBSERVATIONS_COLLECTION.name, { where: { workerId } });
  const observations = documents.filter((observation) => observation.observedOn <= asOfDay).sort(newestFirst);
  const lastObservedOn = observations[0]?.observedOn ?? null;
  const input = { ...flags, lastObservedOn };
  return {
    workerId,
    observations,
    lastObservedOn,
    nextDue: nextObservationDue(input),
    overdue: isObservationOverdue(input, asOf),
  };
}

function calendarDay(asOf: string | Date): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const instant = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError(PracticeObservationErrorCode.INVALID_DATE, `asOf must be a date or an instant, not ${String(asOf)}`, 'BAD_USER_INPUT', {
      field: 'asOf',
    });
  }
  return instant.toISOString().slice(0, 10);
}

function newestFirst(a: PracticeObservationDocument, b: PracticeObservationDocument): number {
  return compare(b.observedOn, a.observedOn) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
