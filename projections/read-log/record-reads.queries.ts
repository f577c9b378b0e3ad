import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { ChildRecordKind } from '../../libs/domain/src/index.js';
import type { ReadLogSpanDocument, RecordReadDocument } from './record-reads.document.js';
import { READ_LOG_SPAN_ID, RECORD_READS_COLLECTION } from './record-reads.projection.js';

/**
 * Queries over `recordReads.v1` (issue 6 item 4), written against the ReadStore port: who read
 * which child-level record when, newest first, a page at a time. A record's or a case's reads are
 * found through their index in one go; anything else is read day by day from the newest, and
 * stops once the page is full.
 */

export interface RecordReadFilter {
  readonly readerId?: string;
  readonly recordKind?: ChildRecordKind;
  readonly recordId?: string;
  /** The Azeus number: reads of any record naming the case, and of its history. */
  readonly caseId?: string;
  /** Read at or after this instant (UTC ISO-8601). */
  readonly from?: string;
  /** Read at or before this instant (UTC ISO-8601). */
  readonly to?: string;
}

export interface RecordReadPageRequest {
  readonly first: number;
  /** The `endCursor` of the page before: the reads after it, in the same order. */
  readonly after?: string;
}

export interface RecordReadPage {
  readonly items: readonly RecordReadDocument[];
  readonly hasMore: boolean;
  /** The last item's cursor, to ask for the next page; null on an empty page. */
  readonly endCursor: string | null;
}

export const RECORD_READS_PAGE = { default: 50, max: 500 } as const;

/** Days asked of the read store at once when reading a period day by day. */
const DAYS_AT_ONCE = 7;

export async function listRecordReads(store: ReadStore, filter: RecordReadFilter, page: RecordReadPageRequest): Promise<RecordReadPage> {
  const collection = RECORD_READS_COLLECTION.name;
  const cursor = page.after === undefined ? null : await cursorOf(store, page.after);
  const wanted = page.first + 1;
  const where: Record<string, string> = {};
  if (filter.readerId !== undefined) where['readerId'] = filter.readerId;
  if (filter.recordKind !== undefined) where['recordKind'] = filter.recordKind;
  if (filter.recordId !== undefined) where['recordId'] = filter.recordId;
  if (filter.caseId !== undefined) where['caseId'] = filter.caseId;
  const keep = (d: RecordReadDocument): boolean => d.doc === 'READ' && matchesRecordRead(d, filter) && (cursor === null || newestFirst(cursor, d) < 0);

  // A record's or a case's reads are few enough to take in one go.
  if (filter.recordId !== undefined || filter.caseId !== undefined) {
    const found = await store.find<RecordReadDocument>(collection, { where });
    return pageOf(found.filter(keep).sort(newestFirst), page.first);
  }

  const span = await store.get<ReadLogSpanDocument>(collection, READ_LOG_SPAN_ID);
  if (span === null) return pageOf([], page.first);
  const lastDay = [span.lastDay, filter.to?.slice(0, 10), cursor?.readDay].reduce<string>((a, b) => (b !== undefined && b < a ? b : a), span.lastDay);
  const firstDay = filter.from !== undefined && filter.from.slice(0, 10) > span.firstDay ? filter.from.slice(0, 10) : span.firstDay;

  // Day by day from the newest; a day is read whole, so the page is in order once it is full.
  const collected: RecordReadDocument[] = [];
  for (let day = lastDay; day >= firstDay && collected.length < wanted; ) {
    const days: string[] = [];
    for (; days.length < DAYS_AT_ONCE && day >= firstDay; day = dayBefore(day)) days.push(day);
    const found = await Promise.all(days.map((readDay) => store.find<RecordReadDocument>(collection, { where: { ...where, readDay } })));
    for (const documents of found) collected.push(...documents.filter(keep).sort(newestFirst));
  }
  return pageOf(collected, page.first);
}

export function matchesRecordRead(document: RecordReadDocument, filter: RecordReadFilter): boolean {
  if (filter.readerId !== undefined && document.readerId !== filter.readerId) return false;
  if (filter.recordKind !== undefined && document.recordKind !== filter.recordKind) return false;
  if (filter.recordId !== undefined && document.recordId !== filter.recordId) return false;
  if (filter.caseId !== undefined && document.caseId !== filter.caseId) return false;
  if (filter.from !== undefined && document.readAt < filter.from) return false;
  if (filter.to !== undefined && document.readAt > filter.to) return false;
  return true;
}

/** Whether a cursor is one this query handed out (`<position>:<index>`). */
export function isRecordReadCursor(value: string): boolean {
  return /^\d{1,40}:\d{1,9}$/.test(value);
}

/** The read a cursor names; RangeError for one this query did not hand out. */
async function cursorOf(store: ReadStore, value: string): Promise<RecordReadDocument> {
  const document = isRecordReadCursor(value) ? await store.get<RecordReadDocument>(RECORD_READS_COLLECTION.name, value) : null;
  if (document === null || document.doc !== 'READ') throw new RangeError(`${JSON.stringify(value)} is not a cursor recordReads handed out`);
  return document;
}

/** Newest first: by the time of the read, then the order recorded, then the order the request returned the records. */
function newestFirst(a: RecordReadDocument, b: RecordReadDocument): number {
  if (a.readAt !== b.readAt) return a.readAt > b.readAt ? -1 : 1;
  const x = BigInt(a.position);
  const y = BigInt(b.position);
  return x > y ? -1 : x < y ? 1 : a.index - b.index;
}

function pageOf(sorted: readonly RecordReadDocument[], first: number): RecordReadPage {
  const items = sorted.slice(0, first);
  return { items, hasMore: sorted.length > first, endCursor: items.length === 0 ? null : items[items.length - 1]!.id };
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
