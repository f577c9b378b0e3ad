import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  CRS_MEETING_TYPES,
  CRS_RATINGS,
  CrsQualityCheckErrorCode,
  MONITORING_FORM_SECTIONS,
  MidwayReviewErrorCode,
  crsTeamManagerMonthlyDuty,
  isMidwayReviewOverdue,
  midwayReviewDue,
  type CrsMeetingType,
  type CrsPlanKind,
  type CrsQualityCheckKind,
  type CrsRating,
  type CrsTeamManagerMonthlyDuty,
  type MonitoringFormSection,
} from '../../libs/domain/src/index.js';
import type { CrsQualityCheckDocument, MidwayReviewDocument, MonitoringFormDocument } from './crs-monitoring.documents.js';
import { CRS_QUALITY_CHECKS_COLLECTION } from './crs-quality-checks.projection.js';
import { MIDWAY_REVIEWS_COLLECTION } from './midway-reviews.projection.js';
import { MONITORING_FORMS_COLLECTION } from './monitoring-forms.projection.js';

/**
 * Queries over the Conference and Review Service's read models (CRS-2, CRS-3, CRS-4), written
 * against the ReadStore port. Due and overdue are computed at the asOf the caller gives.
 */

// ---------------------------------------------------------------------------------------------
// Monitoring forms (CRS-3).

export type MonitoringFormSearch = {
  readonly chairId?: string;
  /** CRS-3: the forms a team manager may use in supervision. */
  readonly teamManagerId?: string;
  readonly socialWorkerId?: string;
  readonly azeusNumber?: string;
  /** YYYY-MM of the meeting. */
  readonly month?: string;
  readonly meetingType?: CrsMeetingType;
};

export function getMonitoringForm(store: ReadStore, id: string): Promise<MonitoringFormDocument | null> {
  return store.get<MonitoringFormDocument>(MONITORING_FORMS_COLLECTION.name, id);
}

/** Forms matching every given field (none given: every form), newest meeting first, then id. */
export async function listMonitoringForms(store: ReadStore, search: MonitoringFormSearch = {}): Promise<MonitoringFormDocument[]> {
  const where = indexed({
    chairId: search.chairId,
    teamManagerId: search.teamManagerId,
    socialWorkerId: search.socialWorkerId,
    azeusNumber: search.azeusNumber,
    meetingMonth: search.month,
  });
  const forms = await store.find<MonitoringFormDocument>(MONITORING_FORMS_COLLECTION.name, { where });
  return forms.filter((f) => search.meetingType === undefined || f.meetingType === search.meetingType).sort((a, b) => compare(b.meetingDate, a.meetingDate) || compare(a.id, b.id));
}

// ---------------------------------------------------------------------------------------------
// Midway reviews (CRS-3).

export type MidwayReviewSearch = {
  readonly chairId?: string;
  readonly teamManagerId?: string;
  readonly socialWorkerId?: string;
  readonly azeusNumber?: string;
  /** YYYY-MM the review was held. */
  readonly month?: string;
};

export function getMidwayReview(store: ReadStore, id: string): Promise<MidwayReviewDocument | null> {
  return store.get<MidwayReviewDocument>(MIDWAY_REVIEWS_COLLECTION.name, id);
}

/** Reviews matching every given field, newest first, then id. */
export async function listMidwayReviews(store: ReadStore, search: MidwayReviewSearch = {}): Promise<MidwayReviewDocument[]> {
  const where = indexed({
    chairId: search.chairId,
    teamManagerId: search.teamManagerId,
    socialWorkerId: search.socialWorkerId,
    azeusNumber: search.azeusNumber,
    heldMonth: search.month,
  });
  const reviews = await store.find<MidwayReviewDocument>(MIDWAY_REVIEWS_COLLECTION.name, { where });
  return reviews.sort((a, b) => compare(b.heldOn, a.heldOn) || compare(a.id, b.id));
}

/** A midway review owed between a child's last conference or review and the next one. */
export type MidwayReviewOwed = {
  readonly azeusNumber: string;
  readonly planKind: CrsPlanKind;
  /** The monitoring form of the last meeting, which set the next one. */
  readonly monitoringFormId: string;
  readonly chairId: string;
  readonly socialWorkerId: string;
  readonly teamManagerId: string;
  readonly previousMeetingDate: string;
  readonly nextMeetingDate: string;
  readonly dueOn: string;
  readonly overdueAfter: string;
  readonly overdue: boolean;
};

/**
 * CRS-3: the midway reviews owed as at `asOf`. For each child and plan (CP or LAC) the last
 * conference or review held by `asOf` is the one whose monitoring form counts; where it set a next
 * meeting, a midway review is owed between the two unless one was held after the meeting and by
 * `asOf`. Each is due at the midpoint and overdue after the tolerance. Oldest due first.
 */
export async function midwayReviewsOwed(
  store: ReadStore,
  options: { readonly asOf: string | Date; readonly chairId?: string; readonly overdueOnly?: boolean },
): Promise<MidwayReviewOwed[]> {
  return (await midwayReviewsOwedWithTeams(store, options)).map(({ teamId: _teamId, ...owed }) => owed);
}

/** As midwayReviewsOwed, each with the team of the monitoring form that set the next meeting. */
export async function midwayReviewsOwedWithTeams(
  store: ReadStore,
  options: { readonly asOf: string | Date; readonly chairId?: string; readonly overdueOnly?: boolean },
): Promise<(MidwayReviewOwed & { readonly teamId: string | null })[]> {
  const asOfDay = calendarDay(options.asOf);
  const forms = (await store.find<MonitoringFormDocument>(MONITORING_FORMS_COLLECTION.name)).filter((f) => f.meetingDate <= asOfDay);
  const latest = new Map<string, MonitoringFormDocument>();
  for (const form of forms) {
    const key = `${form.planKind}:${form.azeusNumber}`;
    const current = latest.get(key);
    if (current === undefined || compare(form.meetingDate, current.meetingDate) > 0 || (form.meetingDate === current.meetingDate && compare(form.id, current.id) > 0)) {
      latest.set(key, form);
    }
  }
  // The latest review held by asOf of each child and plan: one pass, not one scan per form.
  const lastHeld = new Map<string, string>();
  for (const review of await store.find<MidwayReviewDocument>(MIDWAY_REVIEWS_COLLECTION.name)) {
    if (review.heldOn > asOfDay) continue;
    const key = `${review.planKind}:${review.azeusNumber}`;
    const last = lastHeld.get(key);
    if (last === undefined || review.heldOn > last) lastHeld.set(key, review.heldOn);
  }
  const owed: (MidwayReviewOwed & { readonly teamId: string | null })[] = [];
  for (const form of latest.values()) {
    if (form.nextMeetingDate === null || form.nextMeetingDate <= form.meetingDate) continue;
    if (options.chairId !== undefined && form.chairId !== options.chairId) continue;
    const last = lastHeld.get(`${form.planKind}:${form.azeusNumber}`);
    const held = last !== undefined && last > form.meetingDate;
    if (held) continue;
    const meetings = { previousMeetingDate: form.meetingDate, nextMeetingDate: form.nextMeetingDate, heldOn: null };
    const { dueOn, overdueAfter } = midwayReviewDue(meetings.previousMeetingDate, meetings.nextMeetingDate);
    const overdue = isMidwayReviewOverdue(meetings, asOfDay);
    if (options.overdueOnly === true && !overdue) continue;
    owed.push({
      azeusNumber: form.azeusNumber,
      planKind: form.planKind,
      monitoringFormId: form.id,
      chairId: form.chairId,
      socialWorkerId: form.socialWorkerId,
      teamManagerId: form.teamManagerId,
      previousMeetingDate: form.meetingDate,
      nextMeetingDate: form.nextMeetingDate,
      dueOn,
      overdueAfter,
      overdue,
      teamId: form.teamId,
    });
  }
  return owed.sort((a, b) => compare(a.dueOn, b.dueOn) || compare(a.azeusNumber, b.azeusNumber) || compare(a.planKind, b.planKind));
}

// ---------------------------------------------------------------------------------------------
// The CRS team manager's checks (CRS-2).

export type CrsQualityCheckSearch = {
  readonly crsTeamManagerId?: string;
  readonly chairId?: string;
  readonly kind?: CrsQualityCheckKind;
  /** YYYY-MM the check was done. */
  readonly month?: string;
};

export function getCrsQualityCheck(store: ReadStore, id: string): Promise<CrsQualityCheckDocument | null> {
  return store.get<CrsQualityCheckDocument>(CRS_QUALITY_CHECKS_COLLECTION.name, id);
}

/** Checks matching every given field, newest first, then id. */
export async function listCrsQualityChecks(store: ReadStore, search: CrsQualityCheckSearch = {}): Promise<CrsQualityCheckDocument[]> {
  const where = indexed({ crsTeamManagerId: search.crsTeamManagerId, chairId: search.chairId, kind: search.kind, checkedMonth: search.month });
  const checks = await store.find<CrsQualityCheckDocument>(CRS_QUALITY_CHECKS_COLLECTION.name, { where });
  return checks.sort((a, b) => compare(b.checkedOn, a.checkedOn) || compare(a.id, b.id));
}

/** CRS-2: the six monthly requirements of one CRS team manager for one month, met or missing. */
export async function crsTeamManagerDuty(store: ReadStore, crsTeamManagerId: string, month: string): Promise<CrsTeamManagerMonthlyDuty> {
  const checks = await store.find<CrsQualityCheckDocument>(CRS_QUALITY_CHECKS_COLLECTION.name, { where: { crsTeamManagerId } });
  return crsTeamManagerMonthlyDuty(crsTeamManagerId, month, checks);
}

// ---------------------------------------------------------------------------------------------
// The monthly summary (CRS-4).

export type RatingCounts = Readonly<Record<CrsRating, number>>;

export type CrsMonthlySummary = {
  readonly month: string;
  readonly monitoringForms: {
    readonly total: number;
    readonly byMeetingType: readonly { readonly meetingType: CrsMeetingType; readonly count: number; readonly withConcerns: number }[];
    readonly withConcerns: number;
    readonly escalatedInformally: number;
    readonly escalatedFormally: number;
    readonly usedInSupervision: number;
    readonly ratings: readonly { readonly section: MonitoringFormSection; readonly counts: RatingCounts }[];
  };
  readonly midwayReviews: {
    readonly held: number;
    readonly heldOnTime: number;
    readonly withDriftOrDelay: number;
    readonly withConcerns: number;
    readonly planNotProgressing: number;
    readonly actionsAgreed: number;
  };
  /** CRS-2 for each CRS team manager given, or each who has recorded any check. */
  readonly crsTeamManagerDuties: readonly CrsTeamManagerMonthlyDuty[];
  readonly crsTeamManagerDutiesMet: number;
};

/**
 * CRS-4: the month's monitoring forms (by the month of the meeting), midway reviews (by the month
 * held) and CRS team manager duties (CRS-2), for the monthly report to the S&QA Manager and the QA
 * overview. Escalations (CRS-1) are reported by their own strand.
 */
export async function crsMonthlySummary(
  store: ReadStore,
  month: string,
  options: { readonly crsTeamManagerIds?: readonly string[] } = {},
): Promise<CrsMonthlySummary> {
  monthOf(month);
  const forms = await store.find<MonitoringFormDocument>(MONITORING_FORMS_COLLECTION.name, { where: { meetingMonth: month } });
  const reviews = await store.find<MidwayReviewDocument>(MIDWAY_REVIEWS_COLLECTION.name, { where: { heldMonth: month } });
  const allChecks = await store.find<CrsQualityCheckDocument>(CRS_QUALITY_CHECKS_COLLECTION.name);
  const managers = options.crsTeamManagerIds ?? [...new Set(allChecks.map((c) => c.crsTeamManagerId))].sort();
  const duties = managers.map((id) => crsTeamManagerMonthlyDuty(id, month, allChecks));
  const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    month,
    monitoringForms: {
      total: forms.length,
      byMeetingType: CRS_MEETING_TYPES.map((meetingType) => {
        const ofType = forms.filter((f) => f.meetingType === meetingType);
        return { meetingType, count: ofType.length, withConcerns: count(ofType, (f) => f.concerns.raised) };
      }),
      withConcerns: count(forms, (f) => f.concerns.raised),
      escalatedInformally: count(forms, (f) => f.concerns.escalationRoute === 'INFORMAL'),
      escalatedFormally: count(forms, (f) => f.concerns.escalationRoute === 'FORMAL'),
      usedInSupervision: count(forms, (f) => f.usedInSupervision.length > 0),
      ratings: MONITORING_FORM_SECTIONS.map(({ key }) => ({
        section: key,
        counts: Object.fromEntries(CRS_RATINGS.map((rating) => [rating, count(forms, (f) => f[key].rating === rating)])) as RatingCounts,
      })),
    },
    midwayReviews: {
      held: reviews.length,
      heldOnTime: count(reviews, (r) => r.heldOnTime),
      withDriftOrDelay: count(reviews, (r) => r.driftOrDelay.found),
      withConcerns: count(reviews, (r) => r.concerns.raised),
      planNotProgressing: count(reviews, (r) => r.planProgression.progression === 'NOT_PROGRESSING'),
      actionsAgreed: reviews.reduce((n, r) => n + r.agreedActions.length, 0),
    },
    crsTeamManagerDuties: duties,
    crsTeamManagerDutiesMet: count(duties, (d) => d.allMet),
  };
}

// ---------------------------------------------------------------------------------------------

function indexed(fields: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

function monthOf(month: string): string {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
    throw new DomainError(CrsQualityCheckErrorCode.MONTH_INVALID, `month must be YYYY-MM, not ${JSON.stringify(month)} (CRS-4)`, 'BAD_USER_INPUT', {
      field: 'month',
      rule: 'CRS-4',
    });
  }
  return month;
}

function calendarDay(asOf: string | Date): string {
  if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) return asOf;
  const instant = typeof asOf === 'string' ? new Date(asOf) : asOf;
  if (Number.isNaN(instant.getTime())) {
    throw new DomainError(MidwayReviewErrorCode.INVALID_DATE, `asOf must be a date or an instant, not ${String(asOf)}`, 'BAD_USER_INPUT', {
      field: 'asOf',
    });
  }
  return instant.toISOString().slice(0, 10);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
