import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { ROLE_NAMES, isCalendarDate } from '../../../../libs/domain/src/index.js';
import { getStaffMember, staffMemberAsAt } from '../../../../projections/staff/index.js';

/**
 * What the staff directory says that the practice observation's commands take as fetched facts
 * or defaults. Read here so the decider stays pure; absent when the directory does not know.
 */

export interface WorkerOnTheDay {
  /** The role's name as the framework words it (appendix C: MANAGER/WORKER ROLE). */
  readonly roleName: string | null;
  readonly inAsye: boolean | null;
  readonly teamId: string | null;
}

/** The worker as the directory shows them on `date` (their current record if the date is before their start). */
export async function workerOnTheDay(store: ReadStore, workerId: string, date: string): Promise<WorkerOnTheDay> {
  const document = await getStaffMember(store, workerId);
  if (document === null) return { roleName: null, inAsye: null, teamId: null };
  const asAt = isCalendarDate(date) ? staffMemberAsAt(document, date) : null;
  const role = asAt?.role ?? document.role;
  return {
    roleName: ROLE_NAMES[role]?.[0] ?? role,
    inAsye: asAt?.inAsye ?? document.inAsye,
    teamId: asAt?.teamId ?? document.teamId,
  };
}

/** The line manager the directory shows for a member of staff now, or null. */
export async function currentLineManager(store: ReadStore, staffId: string): Promise<string | null> {
  return (await getStaffMember(store, staffId))?.lineManagerId ?? null;
}
