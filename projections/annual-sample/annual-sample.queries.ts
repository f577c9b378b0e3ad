import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { AnnualSampleDocument, AnnualSampleDocumentStatus } from './annual-sample.document.js';
import { ANNUAL_SAMPLE_COLLECTION } from './annual-sample.projection.js';

/**
 * Queries over the `annualSample` read model (CFA-1), written against the ReadStore port. The
 * projection runner defines the collection before anyone reads it.
 */

/** The sample of a year: how it was drawn, its strata and its cases. Null when not drawn. */
export async function getAnnualSample(store: ReadStore, year: number): Promise<AnnualSampleDocument | null> {
  return store.get<AnnualSampleDocument>(ANNUAL_SAMPLE_COLLECTION.name, String(year));
}

/** Every year's sample, by year. */
export async function listAnnualSamples(
  store: ReadStore,
  filter: { readonly status?: AnnualSampleDocumentStatus } = {},
): Promise<AnnualSampleDocument[]> {
  const where: Record<string, string> = {};
  if (filter.status !== undefined) where['status'] = filter.status;
  const samples = await store.find<AnnualSampleDocument>(ANNUAL_SAMPLE_COLLECTION.name, { where });
  return samples.sort((a, b) => a.year - b.year);
}

/** One line of a sample's allocation: the case, its stratum, its auditor and its due date. */
export type AnnualSampleAllocationRow = {
  readonly year: number;
  readonly azeusNumber: string;
  readonly teamId: string;
  readonly category: string;
  readonly stratum: string;
  readonly recentlyAudited: boolean;
  readonly auditorId: string | null;
  readonly auditorTeamId: string | null;
  readonly dueDate: string | null;
  readonly allocatedWorkerId: string | null;
};

export interface AnnualSampleAllocationFilter {
  /** One year's sample; every year's when omitted. */
  readonly year?: number;
  readonly auditorId?: string;
  /** The case's team. */
  readonly teamId?: string;
  readonly category?: string;
  /** Due on or before this date (YYYY-MM-DD). */
  readonly dueOnOrBefore?: string;
}

/**
 * The drawn cases and their allocation, sorted by due date (cases not yet allocated last), then
 * auditor and Azeus number.
 */
export async function listAnnualSampleAllocation(
  store: ReadStore,
  filter: AnnualSampleAllocationFilter = {},
): Promise<AnnualSampleAllocationRow[]> {
  const samples =
    filter.year === undefined
      ? await store.find<AnnualSampleDocument>(ANNUAL_SAMPLE_COLLECTION.name)
      : [await getAnnualSample(store, filter.year)].filter((s): s is AnnualSampleDocument => s !== null);

  return samples
    .flatMap((sample) =>
      sample.cases.map(
        (c): AnnualSampleAllocationRow => ({
          year: sample.year,
          azeusNumber: c.azeusNumber,
          teamId: c.teamId,
          category: c.category,
          stratum: c.stratum,
          recentlyAudited: c.recentlyAudited,
          auditorId: c.auditorId,
          auditorTeamId: c.auditorTeamId,
          dueDate: c.dueDate,
          allocatedWorkerId: c.allocatedWorkerId,
        }),
      ),
    )
    .filter((row) => filter.auditorId === undefined || row.auditorId === filter.auditorId)
    .filter((row) => filter.teamId === undefined || row.teamId === filter.teamId)
    .filter((row) => filter.category === undefined || row.category === filter.category)
    .filter((row) => filter.dueOnOrBefore === undefined || (row.dueDate !== null && row.dueDate <= filter.dueOnOrBefore))
    .sort(
      (a, b) =>
        compare(a.dueDate ?? '\uffff', b.dueDate ?? '\uffff') ||
        compare(a.auditorId ?? '', b.auditorId ?? '') ||
        a.year - b.year ||
        compare(a.azeusNumber, b.azeusNumber),
    );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
