import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/shared/domain-error.js';
import {
  SupervisionLearningSummaryErrorCode,
  supervisionLearningSummaryId,
} from '../../libs/domain/src/supervision-learning-summary/index.js';
import { isQuarter, quarterEnd, quarterStart } from '../../libs/domain/src/supervision-learning-summary/supervision-learning-summary.values.js';
import { listStaffAsAt } from '../staff/staff.queries.js';
import type { SupervisionLearningSummaryDocument, SupervisionLearningSummaryDocumentStatus } from './supervision-learning-summaries.document.js';
import { SUPERVISION_LEARNING_SUMMARIES_COLLECTION } from './supervision-learning-summaries.projection.js';

/**
 * Queries over the `supervisionLearningSummaries` read model (SUP-6), written against the ReadStore
 * port. The projection runner defines the collection before anyone reads it.
 */

export async function getSupervisionLearningSummary(store: ReadStore, id: string): Promise<SupervisionLearningSummaryDocument | null> {
  return store.get<SupervisionLearningSummaryDocument>(SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, id);
}

/** A Head of Service's summary for a quarter, or null if none is written. */
export async function getSupervisionLearningSummaryFor(
  store: ReadStore,
  headOfServiceId: string,
  quarter: string,
): Promise<SupervisionLearningSummaryDocument | null> {
  return getSupervisionLearningSummary(store, supervisionLearningSummaryId(headOfServiceId, checkedQuarter(quarter)));
}

export interface SupervisionLearningSummaryFilter {
  readonly headOfServiceId?: string;
  readonly quarter?: string;
  /** SUBMITTED: awaiting DMT's review. */
  readonly status?: SupervisionLearningSummaryDocumentStatus;
}

/** Summaries matching every given field, latest quarter first, then by Head of Service. */
export async function listSupervisionLearningSummaries(
  store: ReadStore,
  filter: SupervisionLearningSummaryFilter = {},
): Promise<SupervisionLearningSummaryDocument[]> {
  const where: Record<string, string> = {};
  if (filter.headOfServiceId !== undefined) where['headOfServiceId'] = filter.headOfServiceId;
  if (filter.quarter !== undefined) where['quarter'] = checkedQuarter(filter.quarter);
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<SupervisionLearningSummaryDocument>(SUPERVISION_LEARNING_SUMMARIES_COLLECTION.name, { where });
  return documents.sort((a, b) => compare(b.quarter, a.quarter) || compare(a.headOfServiceId, b.headOfServiceId));
}

/** A Head of Service who owes a summary for the quarter: none written, or a draft not submitted. */
export type MissingSupervisionLearningSummary = {
  readonly headOfServiceId: string;
  readonly name: string;
  readonly quarter: string;
  readonly status: 'NOT_WRITTEN' | 'DRAFT';
  readonly summaryId: string | null;
  /** The day the staff list was read on: the quarter's last day, or asOf while the quarter runs. */
  readonly asAt: string;
};

/**
 * SUP-6: the Heads of Service who have not submitted their summary for a quarter. Who owes one is
 * read from the staff list: everyone in post as a Head of Service on the quarter's last day, or on
 * `asOf` (YYYY-MM-DD) while the quarter is still running. Before the quarter begins nobody owes one.
 */
export async function listMissingSupervisionLearningSummaries(
  store: ReadStore,
  quarter: string,
  asOf: string,
): Promise<MissingSupervisionLearningSummary[]> {
  const checked = checkedQuarter(quarter);
  const asOfDate = asOf.slice(0, 10);
  if (asOfDate < quarterStart(checked)) return [];
  const asAt = asOfDate < quarterEnd(checked) ? asOfDate : quarterEnd(checked);
  const [heads, summaries] = await Promise.all([
    listStaffAsAt(store, asAt, { role: 'HEAD_OF_SERVICE' }),
    listSupervisionLearningSummaries(store, { quarter: checked }),
  ]);
  const byHead = new Map(summaries.map((s) => [s.headOfServiceId, s]));
  return heads.flatMap((head): MissingSupervisionLearningSummary[] => {
    const summary = byHead.get(head.staffId);
    if (summary !== undefined && summary.status !== 'DRAFT') return [];
    return [
      {
        headOfServiceId: head.staffId,
        name: head.name,
        quarter: checked,
        status: summary === undefined ? 'NOT_WRITTEN' : 'DRAFT',
        summaryId: summary?.id ?? null,
        asAt,
      },
    ];
  });
}

function checkedQuarter(quarter: string): string {
  if (isQuarter(quarter)) return quarter;
  throw new DomainError(
    SupervisionLearningSummaryErrorCode.QUARTER_INVALID,
    `quarter must be YYYY-Qn (2025-Q3), not ${JSON.stringify(quarter)} (SUP-6)`,
    'BAD_USER_INPUT',
    { field: 'quarter', rule: 'SUP-6' },
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
