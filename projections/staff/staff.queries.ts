import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, isCalendarDate, type Role } from '../../libs/domain/src/index.js';
import { valueAsAt } from './recorded-event-fields.js';
import type { StaffMemberDocument } from './staff.document.js';
import { STAFF_COLLECTION } from './staff.projection.js';

/**
 * Queries over the staff directory (`staff.v1`), written against the ReadStore port. The
 * projection runner defines the collection before anyone reads it.
 */

export async function getStaffMember(store: ReadStore, staffId: string): Promise<StaffMemberDocument | null> {
  return store.get<StaffMemberDocument>(STAFF_COLLECTION.name, staffId);
}

export interface StaffListFilter {
  readonly teamId?: string;
  readonly role?: Role;
  /** Their line reports. */
  readonly lineManagerId?: string;
  /** Include staff whose leaving is recorded (default: only those who have not left). */
  readonly includeLeft?: boolean;
  readonly inAsye?: boolean;
  readonly needsPerformanceSupport?: boolean;
}

/** Staff as they are now, matching every given filter, sorted by name (then id). */
export async function listStaff(store: ReadStore, filter: StaffListFilter = {}): Promise<StaffMemberDocument[]> {
  const where: Record<string, string> = {};
  if (filter.teamId !== undefined) where['teamId'] = filter.teamId;
  if (filter.role !== undefined) where['role'] = filter.role;
  if (filter.lineManagerId !== undefined) where['lineManagerId'] = filter.lineManagerId;
  if (filter.includeLeft !== true) where['status'] = 'ACTIVE';
  const documents = await store.find<StaffMemberDocument>(STAFF_COLLECTION.name, { where });
  return documents
    .filter((s) => filter.inAsye === undefined || s.inAsye === filter.inAsye)
    .filter((s) => filter.needsPerformanceSupport === undefined || s.needsPerformanceSupport === filter.needsPerformanceSupport)
    .sort(byName);
}

/** Who a member of staff was on a date: role, team, line manager and flags as they then stood. */
export type StaffMemberAsAt = {
  readonly staffId: string;
  readonly name: string;
  readonly asAt: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly lineManagerId: string | null;
  readonly inAsye: boolean;
  readonly needsPerformanceSupport: boolean;
  /** Started on or before the date, and not past their leaving date. */
  readonly inPost: boolean;
};

/** The member of staff as they stood on `date` (YYYY-MM-DD), or null before their start date. */
export function staffMemberAsAt(document: StaffMemberDocument, date: string): StaffMemberAsAt | null {
  const asAt = checkedDate(date);
  const role = valueAsAt(document.history.role, asAt);
  if (role === undefined || asAt < document.startDate) return null;
  return {
    staffId: document.staffId,
    name: document.name,
    asAt,
    role,
    teamId: valueAsAt(document.history.teamId, asAt) ?? null,
    lineManagerId: valueAsAt(document.history.lineManagerId, asAt) ?? null,
    inAsye: valueAsAt(document.history.inAsye, asAt) ?? false,
    needsPerformanceSupport: valueAsAt(document.history.needsPerformanceSupport, asAt) ?? false,
    inPost: isInPost(document, asAt),
  };
}

/** In post on the date: started, and the leaving date (the last day in post) not passed. */
export function isInPost(document: Pick<StaffMemberDocument, 'startDate' | 'leavingDate'>, date: string): boolean {
  const asAt = checkedDate(date);
  return document.startDate <= asAt && (document.leavingDate === null || asAt <= document.leavingDate);
}

export interface StaffAsAtFilter {
  readonly teamId?: string | null;
  readonly role?: Role;
  readonly lineManagerId?: string | null;
  readonly inAsye?: boolean;
  readonly needsPerformanceSupport?: boolean;
}

/**
 * Everyone in post on `date`, as they then stood, matching every given filter: e.g. who held the
 * role of team manager in a team on the first of a month, or whom a manager line-managed then.
 * Reads the whole directory (a council's staff is hundreds of documents).
 */
export async function listStaffAsAt(store: ReadStore, date: string, filter: StaffAsAtFilter = {}): Promise<StaffMemberAsAt[]> {
  const asAt = checkedDate(date);
  const documents = await store.find<StaffMemberDocument>(STAFF_COLLECTION.name);
  return documents
    .map((document) => staffMemberAsAt(document, asAt))
    .filter((s): s is StaffMemberAsAt => s !== null && s.inPost)
    .filter((s) => filter.teamId === undefined || s.teamId === filter.teamId)
    .filter((s) => filter.role === undefined || s.role === filter.role)
    .filter((s) => filter.lineManagerId === undefined || s.lineManagerId === filter.lineManagerId)
    .filter((s) => filter.inAsye === undefined || s.inAsye === filter.inAsye)
    .filter((s) => filter.needsPerformanceSupport === undefined || s.needsPerformanceSupport === filter.needsPerformanceSupport)
    .sort(byName);
}

function byName(a: { name: string; staffId: string }, b: { name: string; staffId: string }): number {
  return a.name.localeCompare(b.name, 'en-GB') || (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0);
}

function checkedDate(value: string): string {
  if (isCalendarDate(value)) return value;
  throw new DomainError('STAFF.INVALID_DATE', `asAt must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field: 'asAt',
  });
}
