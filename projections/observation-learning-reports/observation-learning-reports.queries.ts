import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  ObservationLearningReportErrorCode,
  observationLearningReportDueBy,
  observationLearningReportId,
} from '../../libs/domain/src/observation-learning-report/index.js';
import { listStaffAsAt } from '../staff/staff.queries.js';
import { getTeam } from '../teams/teams.queries.js';
import type { ObservationLearningReportDocument } from './observation-learning-reports.document.js';
import { OBSERVATION_LEARNING_REPORTS_COLLECTION } from './observation-learning-reports.projection.js';

/** Queries over the `observationLearningReports` read model (OBS-6), written against the ReadStore port. */

export async function getObservationLearningReport(store: ReadStore, id: string): Promise<ObservationLearningReportDocument | null> {
  return store.get<ObservationLearningReportDocument>(OBSERVATION_LEARNING_REPORTS_COLLECTION.name, id);
}

/** The Head of Service's report for a year, or null if none is written. */
export async function observationLearningReportFor(store: ReadStore, headOfServiceId: string, year: number): Promise<ObservationLearningReportDocument | null> {
  return getObservationLearningReport(store, observationLearningReportId(headOfServiceId, year));
}

export interface ObservationLearningReportFilter {
  readonly headOfServiceId?: string;
  readonly serviceAreaId?: string;
  readonly status?: ObservationLearningReportDocument['status'];
  readonly year?: number;
}

/** Reports matching every given filter, newest year first, then by Head of Service. */
export async function listObservationLearningReports(
  store: ReadStore,
  filter: ObservationLearningReportFilter = {},
): Promise<ObservationLearningReportDocument[]> {
  const where: Record<string, string> = {};
  if (filter.headOfServiceId !== undefined) where['headOfServiceId'] = filter.headOfServiceId;
  if (filter.serviceAreaId !== undefined) where['serviceAreaId'] = filter.serviceAreaId;
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<ObservationLearningReportDocument>(OBSERVATION_LEARNING_REPORTS_COLLECTION.name, { where });
  return documents
    .filter((report) => filter.year === undefined || report.year === filter.year)
    .sort((a, b) => b.year - a.year || (a.headOfServiceId < b.headOfServiceId ? -1 : a.headOfServiceId > b.headOfServiceId ? 1 : 0));
}

export interface HeadOfServiceWithoutReport {
  readonly staffId: string;
  readonly name: string;
  readonly year: number;
  /** NOT_STARTED, or DRAFT when written but not submitted. */
  readonly reportStatus: 'NOT_STARTED' | 'DRAFT';
  /** OBS-6: the end of the year. */
  readonly dueBy: string;
  /** The year is over at asOf and no report is submitted. */
  readonly overdue: boolean;
}

/**
 * OBS-6: the Heads of Service who have not submitted their observation learning report for `year`:
 * those in post on the year's last day, or at `asOf` while the year is still running, per the
 * staff directory. A report is due by the year's end and overdue after it.
 */
export async function headsOfServiceWithoutObservationLearningReport(
  store: ReadStore,
  year: number,
  asOf: string | Date,
): Promise<HeadOfServiceWithoutReport[]> {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new DomainError(ObservationLearningReportErrorCode.YEAR_INVALID, `year must be a calendar year, not ${String(year)}`, 'BAD_USER_INPUT', {
      field: 'year',
      rule: 'OBS-6',
    });
  }
  const today = calendarDay(asOf);
  const dueBy = observationLearningReportDueBy(year);
  if (today < `${year}-01-01`) return [];
  const heads = await listStaffAsAt(store, today < dueBy ? today : dueBy, { role: 'HEAD_OF_SERVICE' });
  const result: HeadOfServiceWithoutReport[] = [];
  for (const head of heads) {
    const report = await observationLearningReportFor(store, head.staffId, year);
    if (report?.status === 'SUBMITTED') continue;
    result.push({ staffId: head.staffId, name: head.name, year, reportStatus: report === null ? 'NOT_STARTED' : 'DRAFT', dueBy, overdue: today > dueBy });
  }
  return result;
}

function calendarDay(asOf: string | Date): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const instant = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError('OBSERVATION_LEARNING_REPORT.INVALID_DATE', `asOf must be a date or an instant, not ${String(asOf)}`, 'BAD_USER_INPUT', {
      field: 'asOf',
    });
  }
  return instant.toISOString().slice(0, 10);
}

/**
 * OBS-6: the service areas a Head of Service heads on `date`, as the staff directory shows them:
 * the service areas of the teams of the staff they line-manage (a Head of Service manages the
 * team managers of their service). Sorted, without repeats.
 */
export async function serviceAreasHeadedBy(store: ReadStore, headOfServiceId: string, date: string): Promise<string[]> {
  const reports = await listStaffAsAt(store, date, { lineManagerId: headOfServiceId });
  const teamIds = [...new Set(reports.map((s) => s.teamId).filter((id): id is string => id !== null))];
  const teams = await Promise.all(teamIds.map((teamId) => getTeam(store, teamId)));
  return [...new Set(teams.flatMap((team) => (team === null ? [] : [team.serviceAreaId])))].sort();
}
