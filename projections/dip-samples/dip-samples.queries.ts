import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { FOLLOW_THROUGH_JUDGEMENTS, type FollowThroughJudgement } from '../../libs/domain/src/index.js';
import type { DipSampleDocument } from './dip-samples.document.js';
import { DIP_SAMPLES_COLLECTION } from './dip-samples.projection.js';

/** Queries over `dipSamples.v1`, written against the ReadStore port. */

export async function getDipSample(store: ReadStore, id: string): Promise<DipSampleDocument | null> {
  return store.get<DipSampleDocument>(DIP_SAMPLES_COLLECTION.name, id);
}

/** Every dip sample of one case file audit, in the order taken. */
export async function listDipSamplesByAudit(store: ReadStore, auditId: string): Promise<DipSampleDocument[]> {
  return (await store.find<DipSampleDocument>(DIP_SAMPLES_COLLECTION.name, { where: { auditId } })).sort(byStart);
}

/** The dip samples of one auditor's audits, in the order taken. */
export async function listDipSamplesByAuditorSampled(
  store: ReadStore,
  auditorId: string,
  options: { status?: DipSampleDocument['status'] } = {},
): Promise<DipSampleDocument[]> {
  const where: Record<string, string> = { sampledAuditorId: auditorId };
  if (options.status !== undefined) where['status'] = options.status;
  return (await store.find<DipSampleDocument>(DIP_SAMPLES_COLLECTION.name, { where })).sort(byStart);
}

export type DipSampleSummary = {
  readonly auditorId: string;
  readonly sampled: number;
  readonly completed: number;
  readonly meetsStandard: number;
  readonly belowStandard: number;
  /** Completed dip samples by whether the audit's remedial actions were followed through. */
  readonly followThrough: Readonly<Record<FollowThroughJudgement, number>>;
};

/** CFA-11 for one auditor: how their sampled audits were judged (completed dip samples only). */
export async function dipSampleSummaryForAuditor(store: ReadStore, auditorId: string): Promise<DipSampleSummary> {
  const samples = await listDipSamplesByAuditorSampled(store, auditorId);
  const completed = samples.filter((s) => s.status === 'COMPLETED');
  const followThrough = Object.fromEntries(FOLLOW_THROUGH_JUDGEMENTS.map((j) => [j, 0])) as Record<FollowThroughJudgement, number>;
  for (const sample of completed) {
    if (sample.followThrough !== null) followThrough[sample.followThrough.followedThrough] += 1;
  }
  return {
    auditorId,
    sampled: samples.length,
    completed: completed.length,
    meetsStandard: completed.filter((s) => s.qualityJudgement === 'MEETS_STANDARD').length,
    belowStandard: completed.filter((s) => s.qualityJudgement === 'BELOW_STANDARD').length,
    followThrough,
  };
}

function byStart(a: DipSampleDocument, b: DipSampleDocument): number {
  return a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
