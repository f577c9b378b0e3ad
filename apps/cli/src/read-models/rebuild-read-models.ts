import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import type { AnyProjection } from '../../../../libs/read-store/src/projection-batch.js';
import { runToHead, type RunToHeadProgress, type RunToHeadResult } from '../../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';

export interface RebuildProgress extends RunToHeadProgress {
  readonly elapsedSeconds: number;
}

export interface RebuildResult extends RunToHeadResult {
  readonly seconds: number;
}

/**
 * Replays the whole log into the read store from nothing: each projection's checkpoint and
 * collection are reset, then `runToHead` folds `$all` page by page, committing each page with the
 * checkpoint. Interrupted, it can simply be run again.
 */
export async function rebuildReadModels(
  store: EventStore,
  readStore: ReadStore,
  projections: readonly AnyProjection[],
  onProgress: (progress: RebuildProgress) => void = () => undefined,
): Promise<RebuildResult> {
  const started = process.hrtime.bigint();
  const elapsed = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  const result = await runToHead(store, readStore, projections, {
    reset: true,
    onProgress: (progress) => onProgress({ ...progress, elapsedSeconds: elapsed() }),
  });
  return { ...result, seconds: elapsed() };
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * "12,000 events (42%), 8,100 events/s, about 3 s left". The share done is the position reached
 * over the head's: exact on SQLite, whose positions count events; on EventStoreDB, whose positions
 * are byte offsets, it is how much of the log by size, which is a fair guide to the time left.
 */
export function describeRebuildProgress(progress: RebuildProgress): string {
  const share = progress.head > 0n ? Math.min(1, Number(progress.position) / Number(progress.head)) : 1;
  const rate = progress.elapsedSeconds > 0 ? progress.events / progress.elapsedSeconds : 0;
  const parts = [`${integer.format(progress.events)} events (${Math.floor(share * 100)}%)`, `${integer.format(rate)} events/s`];
  if (share >= 1) parts.push('done');
  else if (share > 0) parts.push(`about ${formatDuration((progress.elapsedSeconds * (1 - share)) / share)} left`);
  return parts.join(', ');
}

export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${whole % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
