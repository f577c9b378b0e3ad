import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, isCalendarDate, type CaseCategory } from '../../libs/domain/src/index.js';
import { valueAsAt } from '../staff/recorded-event-fields.js';
import type { CaseDocument } from './cases.document.js';
import { CASES_COLLECTION } from './cases.projection.js';

/** Queries over the caseload (`cases.v1`), written against the ReadStore port. */

export async function getCase(store: ReadStore, azeusNumber: string): Promise<CaseDocument | null> {
  return store.get<CaseDocument>(CASES_COLLECTION.name, azeusNumber);
}

export interface CaseListFilter {
  readonly teamId?: string;
  readonly allocatedWorkerId?: string;
  readonly category?: CaseCategory;
  readonly status?: CaseDocument['status'];
  /** Only cases awaiting allocation. */
  readonly unallocated?: boolean;
}

/** Cases as they are now, matching every given filter, sorted by Azeus number. */
export async function listCases(store: ReadStore, filter: CaseListFilter = {}): Promise<CaseDocument[]> {
  const where: Record<string, string> = {};
  if (filter.teamId !== undefined) where['teamId'] = filter.teamId;
  if (filter.allocatedWorkerId !== undefined) where['allocatedWorkerId'] = filter.allocatedWorkerId;
  if (filter.category !== undefined) where['category'] = filter.category;
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<CaseDocument>(CASES_COLLECTION.name, { where });
  return documents.filter((c) => filter.unallocated !== true || c.allocatedWorkerId === null).sort(byAzeusNumber);
}

/** The open caseload now (optionally of a team, a worker or a category). */
export async function listOpenCases(store: ReadStore, filter: Omit<CaseListFilter, 'status'> = {}): Promise<CaseDocument[]> {
  return listCases(store, { ...filter, status: 'OPEN' });
}

/** A case as it stood on a date. */
export type CaseAsAt = {
  readonly azeusNumber: string;
  readonly asAt: string;
  readonly open: boolean;
  readonly category: CaseCategory;
  readonly teamId: string;
  readonly allocatedWorkerId: string | null;
};

/** The case as it stood on `date` (YYYY-MM-DD), or null before it was first opened. */
export function caseAsAt(document: CaseDocument, date: string): CaseAsAt | null {
  const asAt = checkedDate(date, 'asAt');
  const category = valueAsAt(document.history.category, asAt);
  const teamId = valueAsAt(document.history.teamId, asAt);
  if (category === undefined || teamId === undefined) return null;
  return {
    azeusNumber: document.azeusNumber,
    asAt,
    open: document.episodes.some((e) => e.openedOn <= asAt && (e.closedOn === null || asAt <= e.closedOn)),
    category,
    teamId,
    allocatedWorkerId: valueAsAt(document.history.allocatedWorkerId, asAt) ?? null,
  };
}

/**
 * Cases open at any time from `from` to `to` (inclusive, YYYY-MM-DD), each as it stood at the
 * end of that time or on the day it closed: the year's caseload a sample is drawn from (CFA-1).
 * Sorted by Azeus number.
 */
export async function listCasesOpenBetween(
  store: ReadStore,
  from: string,
  to: string,
  filter: Pick<CaseListFilter, 'teamId' | 'category'> = {},
): Promise<CaseAsAt[]> {
  const start = checkedDate(from, 'from');
  const end = checkedDate(to, 'to');
  const documents = await store.find<CaseDocument>(CASES_COLLECTION.name);
  return documents.flatMap((document) => {
    const overlapping = document.episodes.filter((e) => e.openedOn <= end && (e.closedOn === null || e.closedOn >= start));
    if (overlapping.length === 0) return [];
    const last = overlapping[overlapping.length - 1]!;
    const day = last.closedOn !== null && last.closedOn < end ? last.closedOn : end;
    const asAt = caseAsAt(document, day);
    if (asAt === null) return [];
    if (filter.teamId !== undefined && asAt.teamId !== filter.teamId) return [];
    if (filter.category !== undefined && asAt.category !== filter.category) return [];
    return [asAt];
  }).sort(byAzeusNumber);
}

function byAzeusNumber(a: { azeusNumber: string }, b: { azeusNumber: string }): number {
  return a.azeusNumber < b.azeusNumber ? -1 : a.azeusNumber > b.azeusNumber ? 1 : 0;
}

function checkedDate(value: string, field: string): string {
  if (isCalendarDate(value)) return value;
  throw new DomainError('CASE.INVALID_DATE', `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
  });
}
