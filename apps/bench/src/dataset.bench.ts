import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { signDevToken } from '../../../libs/auth/src/jwt.js';
import { loadConfig } from '../../../libs/config/src/config.js';
import type { EventStore } from '../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import type { ProjectionRunner } from '../../../libs/read-store/src/projection-runner.js';
import { EVENT_STORE, PROJECTION_RUNNER } from '../../api/src/infrastructure/tokens.js';
import type { NotificationServices } from '../../api/src/notifications/notification-services.js';
import { NOTIFICATIONS } from '../../api/src/notifications/notifications.providers.js';
import { MemoryReadStore } from '../../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../../libs/read-store/src/projection-runner.js';
import type { ReadStore } from '../../../libs/read-store/src/read-store.port.js';
import { RedisReadStore } from '../../../libs/read-store/src/redis/redis-read-store.js';
import { ALL_PROJECTIONS } from '../../../projections/index.js';
import { monthlyQaOverview } from '../../../projections/qa-overview/index.js';
import type { BenchOptions } from './bench-options.js';
import { councilShapeFor, datasetDirectory, datasetFor, type Dataset } from './dataset/dataset-file.js';
import { loadGraphql, percentile, type GraphQLBody, type LoadResult } from './http-load.js';
import { readWholeLog } from './event-log.js';
import { measure, timed, type Figure } from './measure.js';
import type { Comparison, SkippedFigure } from './report.js';

const PAGE_SIZE = 1_000;
const SECTION = 'd)';
const SECRET = `bench-secret-${randomUUID()}`;
/** The S&QA manager of the generated council, who may read every report. */
const READER = { staffId: 'staff-sqa-m-0001', role: 'SQA_MANAGER' } as const;

export interface DatasetResult {
  readonly comparisons: Comparison[];
  readonly skipped: SkippedFigure[];
  /** Lines printed after the table: the dataset, the overview timing and the latencies. */
  readonly notes: string[];
}

const QUOTAS = `query Quotas($period: String!) {
  quotas(period: $period) { period asOf service { lines met due atRisk missed metRate } byTeam { key met missed } lines { staffId rule required done status } }
}`;
const OVERDUE = `query Overdue($asOf: String) {
  overdue(asOf: $asOf) { kind id rule state dueAt lateByHours ownerId managerId teamId }
}`;
const TRIVIAL = '{ __typename }';

/** The month `back` months before `month` (YYYY-MM), but not before `first`. */
function monthBefore(month: string, back: number, first: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(year, m - 1 - back, 1));
  const candidate = d.toISOString().slice(0, 7);
  return candidate < first ? first : candidate;
}

function lastInstantOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 1) - 1).toISOString();
}

async function connectRedis(url: string, keyPrefix: string): Promise<RedisReadStore | string> {
  try {
    return await RedisReadStore.connect({ url, keyPrefix, connectAttempts: 1 });
  } catch (error) {
    return `Redis at ${url} is unreachable (${(error as Error).message})`;
  }
}

async function rebuild(store: SqliteEventStore, readStore: ReadStore, dataset: Dataset): Promise<number> {
  const { events } = await runToHead(store, readStore, ALL_PROJECTIONS, { batchSize: PAGE_SIZE });
  if (events !== dataset.events) throw new Error(`The rebuild read ${events} events, not the dataset's ${dataset.events}`);
  return events;
}

/**
 * A service started on a log it has never run on first sends what that log owes: every action's
 * 48-hour notification not recorded as sent, every Inadequate grade's immediate escalation (CFA-7,
 * CFA-13), each one an event. Measured while that backlog drains, every request would wait behind
 * thousands of appends. The generated log holds what a running service would have recorded, so it
 * owes nothing and this finds so at once; the note says how many events it did send, should a
 * generator change leave something owed. Waits until nothing is pending and the log has stopped
 * moving, with the read models at its head.
 */
async function drainNotifications(app: INestApplication): Promise<{ appended: number; seconds: number }> {
  const events = app.get<EventStore>(EVENT_STORE);
  const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
  const notifications = app.get<NotificationServices>(NOTIFICATIONS);
  const started = performance.now();
  const first = (await events.headPosition()) ?? 0n;
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const head = await events.headPosition();
    if (head !== null && !(await runner.waitForPosition(head, DRAIN_TIMEOUT_MS))) throw new Error(`The read models did not reach ${head}`);
    const health = await notifications.health();
    if (health.pending === 0 && (await events.headPosition()) === head) {
      return { appended: Number((head ?? 0n) - first), seconds: (performance.now() - started) / 1000 };
    }
    if (Date.now() > deadline) throw new Error(`Notifications still pending after ${DRAIN_TIMEOUT_MS / 60_000} minutes: ${health.pending}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

const DRAIN_TIMEOUT_MS = 30 * 60_000;
/** d) Requests of each report query sent one after another from a single client. */
const ALONE_REQUESTS = 8;

/** The monthly overview built once, cold, on a read store rebuilt just before: seconds. */
async function overviewSeconds(readStore: ReadStore, month: string): Promise<number> {
  const { result, seconds } = await timed(() => monthlyQaOverview(readStore, { month }));
  if (result.report !== 'MONTHLY_QA_OVERVIEW') throw new Error('The monthly overview answered something else');
  return seconds;
}

/**
 * d) A council's five years, generated once and cached: the raw `$all` read; a full rebuild of
 * every read model (ALL_PROJECTIONS) into memory and into Redis, as rates and as ratios of the raw
 * read; the monthly QA overview for a past month built cold on each rebuilt store; and the quotas
 * and overdue queries as at that past month over HTTP, `datasetClients` clients at once, against a
 * service started on a copy of the dataset, beside `{ __typename }` on the same server.
 */
export async function benchDataset(dir: string, options: BenchOptions, progress: (message: string) => void): Promise<DatasetResult> {
  const say = (message: string): void => progress(`d) ${message}`);
  const comparisons: Comparison[] = [];
  const skipped: SkippedFigure[] = [];
  const notes: string[] = [];
  const directory = options.datasetDir ?? datasetDirectory({});

  say(`generating or reusing a council dataset of ${options.datasetEvents} events in ${directory}`);
  const dataset = await datasetFor(councilShapeFor(options.datasetEvents), directory, say);
  notes.push(
    `d) dataset: ${dataset.events.toLocaleString('en-GB')} events, ${dataset.shape.teams} teams, ${dataset.firstMonth} to ${dataset.lastMonth} (${dataset.months} months); ` +
      (dataset.generationSeconds === null ? `reused from ${dataset.path}` : `generated in ${dataset.generationSeconds.toFixed(1)} s into ${dataset.path}`),
  );
  // A closed month a year before the end (or the first month of a short dataset).
  const pastMonth = monthBefore(dataset.lastMonth, 12, dataset.firstMonth);

  const store = new SqliteEventStore(dataset.path);
  let redisPrefix: string | null = null;
  let redis: RedisReadStore | string = 'not connected';
  try {
    say('reading $all raw (a first pass warms the file cache)');
    await readWholeLog(store, PAGE_SIZE);
    const raw: Figure = await measure('raw $all read of the dataset', 'events', () => readWholeLog(store, PAGE_SIZE));

    say(`rebuilding ${ALL_PROJECTIONS.length} read models into the memory read store`);
    const memoryStore = new MemoryReadStore();
    const memory = await measure(`rebuild of ${ALL_PROJECTIONS.length} read models into MemoryReadStore`, 'events', () => rebuild(store, memoryStore, dataset));
    comparisons.push({ section: SECTION, measured: memory, baseline: raw });
    say(`building the monthly QA overview for ${pastMonth}, cold, on the memory read store`);
    notes.push(`d) monthly QA overview for ${pastMonth} built cold on the rebuilt MemoryReadStore: ${(await overviewSeconds(memoryStore, pastMonth)).toFixed(3)} s`);

    redisPrefix = `bench:${process.pid}:${randomUUID()}`;
    redis = await connectRedis(options.redisUrl, redisPrefix);
    if (typeof redis === 'string') {
      skipped.push({ section: SECTION, label: 'rebuild into RedisReadStore', reason: redis });
    } else {
      say(`rebuilding ${ALL_PROJECTIONS.length} read models into the Redis read store`);
      const redisStore = redis;
      const rebuilt = await measure(`rebuild of ${ALL_PROJECTIONS.length} read models into RedisReadStore`, 'events', () => rebuild(store, redisStore, dataset));
      comparisons.push({ section: SECTION, measured: rebuilt, baseline: raw });
      say(`building the monthly QA overview for ${pastMonth}, cold, on the Redis read store`);
      notes.push(`d) monthly QA overview for ${pastMonth} built cold on the rebuilt RedisReadStore: ${(await overviewSeconds(redisStore, pastMonth)).toFixed(3)} s`);
    }
  } finally {
    await store.close();
  }

  try {
    const serviceRedisPrefix = typeof redis === 'string' || options.datasetServiceReadStore === 'memory' ? null : redisPrefix;
    const http = await benchQueries(dir, dataset, options, serviceRedisPrefix, pastMonth, say);
    comparisons.push(...http.comparisons);
    skipped.push(...http.skipped);
    notes.push(...http.notes);
  } finally {
    if (typeof redis !== 'string') {
      await redis.deleteAllKeys().catch(() => undefined);
      await redis.close().catch(() => undefined);
    }
  }
  return { comparisons, skipped, notes };
}

/**
 * The service over HTTP on a copy of the dataset (it may append, e.g. notifications it owes):
 * with the Redis read store already rebuilt under `redisPrefix` when there is one, so it starts
 * at the head; otherwise with the memory read store, which catches up at start (waited for).
 */
async function benchQueries(
  dir: string,
  dataset: Dataset,
  options: BenchOptions,
  redisPrefix: string | null,
  pastMonth: string,
  say: (message: string) => void,
): Promise<{ comparisons: Comparison[]; skipped: SkippedFigure[]; notes: string[] }> {
  const path = join(dir, 'dataset-service.sqlite');
  copyFileSync(dataset.path, path);
  const { createApp } = await import('../../api/src/app.js');
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: SECRET,
    SQLITE_PATH: path,
    LOG_LEVEL: 'error',
    // One subject sends every request: measured is the service, not the per-subject rate limit (issue 6).
    RATE_LIMIT_ENABLED: 'false',
    READ_WAIT_TIMEOUT_MS: '600000',
    ...(redisPrefix === null ? { READ_STORE: 'memory' } : { READ_STORE: 'redis', REDIS_URL: options.redisUrl, REDIS_KEY_PREFIX: redisPrefix }),
  });
  const readStoreName = redisPrefix === null ? 'memory' : 'Redis';
  // Errors only, so a query that fails says why.
  const app = await createApp(config, { logger: new ConsoleLogger({ logLevels: ['error'] }) });
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await signDevToken({ staffId: READER.staffId, role: READER.role, secret: SECRET, expiresIn: '2h' });
    const clients = options.datasetClients;
    const requests = options.datasetRequests;
    const asOf = lastInstantOf(pastMonth);
    const notesBefore: string[] = [];
    const quotas = (): GraphQLBody => ({ query: QUOTAS, variables: { period: pastMonth } });
    const overdue = (): GraphQLBody => ({ query: OVERDUE, variables: { asOf } });

    say(`waiting for the service's ${readStoreName} read models to reach the head of the log`);
    await loadGraphql(url, token, 1, 1, () => ({ query: `query Q($period: String!, $at: String) { quotas(period: $period, atLeastPosition: $at) { period } }`, variables: { period: pastMonth, at: String(dataset.events) } }));
    const drained = await drainNotifications(app);
    notesBefore.push(
      `d) before measuring, the service sent what the generated log owed: ${drained.appended.toLocaleString('en-GB')} events (notifications sent, immediate escalations raised) in ${drained.seconds.toFixed(1)} s; measured is the service in its steady state`,
    );

    const warmup = Math.min(requests, Math.max(clients, Math.ceil(requests / 10)));
    const figures: { figure: Figure; load: LoadResult }[] = [];
    const measureLoad = async (label: string, count: number, inFlight: number, body: (n: number) => GraphQLBody): Promise<Figure> => {
      let load: LoadResult | undefined;
      const figure = await measure(`${label}, ${inFlight} ${inFlight === 1 ? 'client' : 'clients'}`, 'requests', async () => {
        load = await loadGraphql(url, token, count, inFlight, body);
        return load.requests;
      });
      figures.push({ figure, load: load! });
      return figure;
    };
    const run = async (label: string, body: (n: number) => GraphQLBody): Promise<Figure> => {
      say(`${label}: ${warmup} warm-up requests, then ${requests} with ${clients} clients`);
      await loadGraphql(url, token, warmup, clients, body);
      return measureLoad(label, requests, clients, body);
    };
    // What one leader waits with nobody else asking: a few requests one after another, after the load.
    const alone = Math.min(requests, ALONE_REQUESTS);
    const runAlone = (label: string, body: (n: number) => GraphQLBody): Promise<Figure> => {
      say(`${label}: ${alone} requests from one client`);
      return measureLoad(label, alone, 1, body);
    };
    const trivial = await run('GraphQL { __typename }', () => ({ query: TRIVIAL }));
    const comparisons: Comparison[] = [];
    const skipped: SkippedFigure[] = [];
    // A query that fails is reported as such, and the rest of the run goes on.
    for (const [label, body] of [
      ['GraphQL quotas(period)', quotas],
      ['GraphQL overdue(asOf)', overdue],
    ] as const) {
      try {
        comparisons.push({ section: SECTION, measured: await run(label, body), baseline: trivial });
      } catch (error) {
        skipped.push({ section: SECTION, label: `${label}, ${clients} clients`, reason: `it failed: ${(error as Error).message}` });
      }
      try {
        comparisons.push({ section: SECTION, measured: await runAlone(label, body), baseline: trivial });
      } catch (error) {
        skipped.push({ section: SECTION, label: `${label}, 1 client`, reason: `it failed: ${(error as Error).message}` });
      }
    }
    const notes = [
      ...notesBefore,
      `d) HTTP on the dataset with the ${readStoreName} read store: quotas(period: "${pastMonth}"), overdue(asOf: "${asOf}"), each ${requests} requests from ${clients} clients after a warm-up, then ${alone} from one client alone`,
    ];
    notes.push(...figures.map(({ figure, load }) => {
      const ms = (p: number): string => percentile(load.latenciesMs, p).toFixed(1);
      return `d) ${figure.label}: p50 ${ms(50)} ms, p99 ${ms(99)} ms, max ${ms(100)} ms`;
    }));
    return { comparisons, skipped, notes };
  } finally {
    await app.close();
  }
}
