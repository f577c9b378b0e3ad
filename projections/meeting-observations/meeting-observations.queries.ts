import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import {
  MEETING_OBSERVER_ROLES,
  isMeetingObserverRole,
  meetingObservationDuty,
  meetingObservationPeriod,
  type MeetingObservationDuty,
  type MeetingObserverRole,
  type MeetingType,
} from '../../libs/domain/src/meeting-observation/index.js';
import { listStaffAsAt } from '../staff/staff.queries.js';
import type { MeetingObservationDocument, MeetingObservationDocumentStatus, MeetingObservationNextStep } from './meeting-observations.document.js';
import { MEETING_OBSERVATIONS_COLLECTION } from './meeting-observations.projection.js';

/**
 * Queries over `meetingObservations.v1`, written against the ReadStore port, and the MTG-1 duty
 * report, which reads who holds the observer roles from the staff directory (`staff.v1`).
 */

export async function getMeetingObservation(store: ReadStore, id: string): Promise<MeetingObservationDocument | null> {
  return store.get<MeetingObservationDocument>(MEETING_OBSERVATIONS_COLLECTION.name, id);
}

export interface MeetingObservationFilter {
  readonly observerId?: string;
  readonly meetingType?: MeetingType;
  readonly status?: MeetingObservationDocumentStatus;
  readonly azeusNumber?: string;
  readonly teamId?: string;
  readonly serviceAreaId?: string;
  readonly chairId?: string;
  /** MTG-4: e.g. SEND_COPY_TO_SQA for records whose copy has not gone to S&QA yet. */
  readonly nextStep?: MeetingObservationNextStep;
  /** Meetings held on or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** Meetings held on or before this date (YYYY-MM-DD). */
  readonly to?: string;
}

/** Observations matching every given filter, oldest meeting first (then id). */
export async function listMeetingObservations(store: ReadStore, filter: MeetingObservationFilter = {}): Promise<MeetingObservationDocument[]> {
  const { from, to, ...equalities } = filter;
  const where = Object.fromEntries(Object.entries(equalities).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  const documents = await store.find<MeetingObservationDocument>(MEETING_OBSERVATIONS_COLLECTION.name, { where });
  return documents
    .filter((d) => (from === undefined || d.meetingDate >= from) && (to === undefined || d.meetingDate <= to))
    .sort((a, b) => compare(a.meetingDate, b.meetingDate) || compare(a.id, b.id));
}

/** One observer's MTG-1 duty, with their name from the staff directory. */
export type ObserverMeetingObservationDuty = MeetingObservationDuty & { readonly name: string };

export type MeetingObservationDutyReport = {
  /** `2025`, `2025-H1` or `2025-H2`. */
  readonly period: string;
  readonly from: string;
  readonly to: string;
  /** The date on which the directory was read for who holds the observer roles. */
  readonly rolesAsAt: string;
  readonly observers: readonly ObserverMeetingObservationDuty[];
  readonly met: number;
  readonly notMet: number;
};

export interface MeetingObservationDutyOptions {
  /** `2025`, `2025-H1` or `2025-H2`. */
  readonly period: string;
  /** An instant or date; default now. The observer roles are read as at the end of the period, or as at this date if earlier. */
  readonly asOf?: string;
  readonly role?: MeetingObserverRole;
  readonly observerId?: string;
}

/**
 * MTG-1 for every Head of Service, the chief officer and the director: how many key meetings each
 * must have observed by the end of the year or half-year, how many they have (completed records of
 * meetings held from 1 January to the end of the period), and how many remain. Who holds the roles
 * comes from the staff directory as at the end of the period (or `asOf`, if earlier): a person who
 * no longer holds an observer role by then is not listed.
 */
export async function meetingObservationDutyReport(store: ReadStore, options: MeetingObservationDutyOptions): Promise<MeetingObservationDutyReport> {
  const { year, half } = meetingObservationPeriod(options.period);
  const from = `${year}-01-01`;
  const to = half === 1 ? `${year}-06-30` : `${year}-12-31`;
  const asOfDate = (options.asOf ?? new Date().toISOString()).slice(0, 10);
  const rolesAsAt = asOfDate < from ? from : asOfDate > to ? to : asOfDate;

  const holders = (await listStaffAsAt(store, rolesAsAt))
    .filter((s) => isMeetingObserverRole(s.role))
    .filter((s) => options.role === undefined || s.role === options.role)
    .filter((s) => options.observerId === undefined || s.staffId === options.observerId);
  const observers = await Promise.all(
    holders.map(async (holder): Promise<ObserverMeetingObservationDuty> => {
      const observations = await store.find<MeetingObservationDocument>(MEETING_OBSERVATIONS_COLLECTION.name, { where: { observerId: holder.staffId } });
      const duty = meetingObservationDuty(
        holder.staffId,
        holder.role as MeetingObserverRole,
        options.period,
        observations.map((o) => ({ observationId: o.id, observerId: o.observerId, meetingDate: o.meetingDate, completed: o.status === 'COMPLETED' })),
      );
      return { ...duty, name: holder.name };
    }),
  );
  observers.sort(
    (a, b) => MEETING_OBSERVER_ROLES.indexOf(a.role) - MEETING_OBSERVER_ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'en-GB') || compare(a.observerId, b.observerId),
  );
  const met = observers.filter((o) => o.met).length;
  const period = half === null ? String(year) : `${year}-H${half}`;
  return { period, from, to, rolesAsAt, observers, met, notMet: observers.length - met };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
