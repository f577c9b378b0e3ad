import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import { PracticeObservationErrorCode } from '../../libs/domain/src/practice-observation/index.js';
import { getStaffMember, listStaffAsAt, staffMemberAsAt } from '../staff/staff.queries.js';
import type { StaffMemberDocument } from '../staff/staff.document.js';
import { practiceObservationsOfWorker } from './practice-observations.queries.js';

/**
 * OBS-1..OBS-3 from what the service knows: the worker's flags from the staff directory as at
 * `asOf` (overridable by the caller), the ASYE schedule the service is configured with, and the
 * worker's observations in the practiceObservations read model.
 */

export type ObservationDueRule = 'OBS-1' | 'OBS-2' | 'OBS-3';

export interface ObservationDueOptions {
  /** OBS-3: months from the start of the ASYE year (the configured ASYE policy). */
  readonly asyeScheduleMonths: readonly number[];
  /** Overrides of the directory's flags and ASYE start. */
  readonly needsPerformanceSupport?: boolean;
  readonly asye?: boolean;
  readonly asyeStartedOn?: string;
}

export interface WorkerObservationDue {
  readonly workerId: string;
  readonly name: string | null;
  readonly asOf: string;
  readonly needsPerformanceSupport: boolean;
  readonly asye: boolean;
  readonly asyeStartedOn: string | null;
  readonly asyeScheduleMonths: readonly number[];
  readonly rule: ObservationDueRule;
  readonly lastObservedOn: string | null;
  readonly nextDue: string | null;
  readonly overdue: boolean;
  readonly observationIds: readonly string[];
}

/** When the worker's next practice observation is due, as at `asOf` (OBS-1, OBS-2, OBS-3). */
export async function observationDueForWorker(
  store: ReadStore,
  workerId: string,
  asOf: string | Date,
  options: ObservationDueOptions,
): Promise<WorkerObservationDue> {
  return dueFor(store, workerId, await getStaffMember(store, workerId), asOf, options);
}

/** OBS-1..OBS-3 for every member of a team in post at `asOf`, by name. */
export async function observationDueDatesForTeam(
  store: ReadStore,
  teamId: string,
  asOf: string | Date,
  options: Pick<ObservationDueOptions, 'asyeScheduleMonths'>,
): Promise<WorkerObservationDue[]> {
  const members = await listStaffAsAt(store, calendarDay(asOf), { teamId });
  return Promise.all(members.map(async (member) => dueFor(store, member.staffId, await getStaffMember(store, member.staffId), asOf, options)));
}

/**
 * OBS-3: the day the worker's current ASYE period began in the directory, as at `date`: the
 * first day of the unbroken run of ASYE periods that holds the date. Null when not in the ASYE
 * year on that date.
 */
export function asyeStartedOn(document: StaffMemberDocument, date: string): string | null {
  let startedOn: string | null = null;
  for (const period of document.history.inAsye) {
    if (period.effectiveFrom > date) break;
    if (!period.value) startedOn = null;
    else startedOn ??= period.effectiveFrom < document.startDate ? document.startDate : period.effectiveFrom;
  }
  return startedOn;
}

async function dueFor(
  store: ReadStore,
  workerId: string,
  staff: StaffMemberDocument | null,
  asOf: string | Date,
  options: ObservationDueOptions,
): Promise<WorkerObservationDue> {
  const day = calendarDay(asOf);
  const asAt = staff === null ? null : staffMemberAsAt(staff, day);
  const needsPerformanceSupport = options.needsPerformanceSupport ?? asAt?.needsPerformanceSupport ?? false;
  const asye = options.asye ?? asAt?.inAsye ?? false;
  const startedOn = asye ? (options.asyeStartedOn ?? (staff === null ? null : asyeStartedOn(staff, day))) : null;
  if (asye && startedOn === null) {
    throw new DomainError(
      PracticeObservationErrorCode.SCHEDULE_INVALID,
      'asyeStartedOn is required: the staff directory does not show when this worker started the ASYE year',
      'BAD_USER_INPUT',
      { field: 'asyeStartedOn', rule: 'OBS-3' },
    );
  }
  const worker = await practiceObservationsOfWorker(
    store,
    workerId,
    {
      needsPerformanceSupport,
      asye,
      asyeSchedule: startedOn === null ? null : { startedOn, offsetsInMonths: options.asyeScheduleMonths },
    },
    asOf,
  );
  return {
    workerId,
    name: staff?.name ?? null,
    asOf: day,
    needsPerformanceSupport,
    asye,
    asyeStartedOn: startedOn,
    asyeScheduleMonths: [...options.asyeScheduleMonths],
    rule: asye ? 'OBS-3' : needsPerformanceSupport ? 'OBS-2' : 'OBS-1',
    lastObservedOn: worker.lastObservedOn,
    nextDue: worker.nextDue,
    overdue: worker.overdue,
    observationIds: worker.observations.map((o) => o.id),
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
