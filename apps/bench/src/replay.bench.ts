import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../libs/read-store/src/memory/memory-read-store.js';
import { ProjectionRunner, runToHead } from '../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../libs/read-store/src/read-store.port.js';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import {
  CASE_FILE_AUDITS_COLLECTION,
  caseFileAuditsProjection,
} from '../../../projections/case-file-audits/case-file-audits.projection.js';
import { fillLog, readWholeLog } from './event-log.js';
import { measure, warmupSize, type Figure } from './measure.js';
import type { Comparison, SkippedFigure } from './report.js';

/** runToHead's own page size, so the raw read and the replays read `$all` alike. */
const PAGE_SIZE = 1_000;
const CATCH_UP_TIMEOUT_MS = 600_000;

export interface ReplayResult {
  readonly comparisons: Comparison[];
  readonly skipped: SkippedFigure[];
  readonly audits: number;
}

interface Log {
  readonly store: SqliteEventStore;
  readonly audits: number;
}

async function createLog(path: string, events: number, runId: string): Promise<Log> {
  const store = new SqliteEventStore(path);
  return { store, audits: await fillLog(store, events, runId) };
}

/** Replays the log with runToHead and checks it produced one document per audit. */
async function replayToHead(log: Log, readStore: ReadStore): Promise<number> {
  const { events } = await runToHead(log.store, readStore, [caseFileAuditsProjection], { batchSize: PAGE_SIZE });
  await expectOneDocumentPerAudit(log, readStore);
  return events;
}

/** Catches up the way the service does at start: a ProjectionRunner's subscription from nothing. */
async function catchUpWithRunner(log: Log, readStore: ReadStore, events: number): Promise<number> {
  const runner = new ProjectionRunner(log.store, readStore, [caseFileAuditsProjection], {
    onError: (error) => {
      throw error;
    },
  });
  await runner.start();
  try {
    if (!(await runner.waitUntilCaughtUp(CATCH_UP_TIMEOUT_MS))) throw new Error('The projection runner did not catch up');
  } finally {
    await runner.stop();
  }
  await expectOneDocumentPerAudit(log, readStore);
  return events;
}

async function expectOneDocumentPerAudit(log: Log, readStore: ReadStore): Promise<void> {
  const documents = (await readStore.find(CASE_FILE_AUDITS_COLLECTION.name)).length;
  if (documents !== log.audits) throw new Error(`The replay left ${documents} audits in the read model, not ${log.audits}`);
}

async function connectRedis(url: string, keyPrefix: string): Promise<RedisReadStore | string> {
  try {
    return await RedisReadStore.connect({ url, keyPrefix, connectAttempts: 1 });
  } catch (error) {
    return `Redis at ${url} is unreachable (${(error as Error).message})`;
  }
}

/**
 * b) Replay of a log of `events` case file audit events (written straight to the store, chained)
 * through the case file audit projection: runToHead into the memory and Redis read stores, and a
 * ProjectionRunner catching up into memory as the service does at start, each against a raw read
 * of the same `$all` in pages of the same size. Redis keys live under a prefix of this run's own,
 * deleted afterwards.
 */
export async function benchReplay(
  dir: string,
  events: number,
  redisUrl: string,
  progress: (message: string) => void,
): Promise<ReplayResult> {
  const runId = String(process.pid);
  const warmupEvents = warmupSize(events, 500);
  progress(`b) writing ${events} + ${warmupEvents} (warm-up) case file audit events`);
  const warmup = await createLog(join(dir, 'replay-warmup.sqlite'), warmupEvents, `${runId}w`);
  const log = await createLog(join(dir, 'replay.sqlite'), events, runId);
  const stores: EventStore[] = [warmup.store, log.store];
  try {
    progress('b) reading $all raw');
    await readWholeLog(warmup.store, PAGE_SIZE);
    const raw: Figure = await measure(`raw $all read (readAll, ${PAGE_SIZE} per page)`, 'events', () =>
      readWholeLog(log.store, PAGE_SIZE),
    );

    progress('b) replaying into the memory read store (runToHead)');
    await replayToHead(warmup, new MemoryReadStore());
    const memory = await measure('runToHead into MemoryReadStore', 'events', () => replayToHead(log, new MemoryReadStore()));

    progress('b) catching up a ProjectionRunner into the memory read store');
    await catchUpWithRunner(warmup, new MemoryReadStore(), warmupEvents);
    const runner = await measure('ProjectionRunner catch-up into MemoryReadStore', 'events', () =>
      catchUpWithRunner(log, new MemoryReadStore(), events),
    );

    const comparisons: Comparison[] = [
      { section: 'b)', measured: memory, baseline: raw },
      { section: 'b)', measured: runner, baseline: raw },
    ];
    const skipped: SkippedFigure[] = [];

    const prefix = `bench:${process.pid}:${randomUUID()}`;
    const redisWarmup = await connectRedis(redisUrl, `${prefix}:warmup`);
    if (typeof redisWarmup === 'string') {
      skipped.push({ section: 'b)', label: 'runToHead into RedisReadStore', reason: redisWarmup });
    } else {
      const redis = await RedisReadStore.connect({ url: redisUrl, keyPrefix: `${prefix}:replay`, connectAttempts: 1 });
      try {
        progress('b) replaying into the Redis read store (runToHead)');
        await replayToHead(warmup, redisWarmup);
        comparisons.push({
          section: 'b)',
          measured: await measure('runToHead into RedisReadStore', 'events', () => replayToHead(log, redis)),
          baseline: raw,
        });
      } finally {
        await Promise.allSettled([redisWarmup.deleteAllKeys(), redis.deleteAllKeys()]);
        await Promise.allSettled([redisWarmup.close(), redis.close()]);
      }
    }
    return { comparisons, skipped, audits: log.audits };
  } finally {
    await Promise.all(stores.map((store) => store.close()));
  }
}
