import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { timed } from '../measure.js';
import { CouncilGenerator, type CouncilShape, type GenerationSummary } from './council.generator.js';
import type { Commit } from './recorder.js';

/** Bump when the generator changes what it records, so cached files of the old shape are not reused. */
export const DATASET_VERSION = 2;
/** Sixty teams make about a million events in five years. */
export const TEAMS_PER_MILLION_EVENTS = 60;
/** Commits are held back this many months before they are written, so later decisions can land before them. */
const HOLD_BACK_MONTHS = 24;

export interface Dataset {
  readonly path: string;
  readonly events: number;
  readonly shape: CouncilShape;
  /** The first month and the last month recorded in full, YYYY-MM. */
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly months: number;
  /** Seconds spent generating; null when the file was found in the cache. */
  readonly generationSeconds: number | null;
}

export function councilShapeFor(targetEvents: number): CouncilShape {
  return {
    teams: Math.max(2, Math.ceil((TEAMS_PER_MILLION_EVENTS * targetEvents) / 1_000_000)),
    firstMonth: '2021-01',
    targetEvents,
    seed: 'council-dataset',
  };
}

/** Where generated datasets are kept between runs (BENCH_DATASET_DIR, default the temp directory). */
export function datasetDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['BENCH_DATASET_DIR']?.trim() || join(tmpdir(), 'qa-council-datasets');
}

function fileNameOf(shape: CouncilShape): string {
  return `council-v${DATASET_VERSION}-${shape.teams}teams-${shape.firstMonth}-${shape.targetEvents}events-${shape.seed}.sqlite`;
}

interface Meta {
  readonly events: number;
  readonly months: number;
  readonly lastMonth: string;
}

const META_TABLE = 'CREATE TABLE IF NOT EXISTS bench_dataset (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT';

function readMeta(path: string): Meta | null {
  const db = new Database(path, { readonly: true });
  try {
    const row = db.prepare("SELECT value FROM bench_dataset WHERE key = 'summary'").get() as { value: string } | undefined;
    return row === undefined ? null : (JSON.parse(row.value) as Meta);
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/**
 * The dataset for `shape`: read from the cache when a complete file is there, otherwise generated
 * into a file of its own name (written under a temporary name and renamed when complete, so an
 * interrupted generation is never reused).
 */
export async function datasetFor(shape: CouncilShape, directory: string, progress: (message: string) => void): Promise<Dataset> {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, fileNameOf(shape));
  if (existsSync(path)) {
    const meta = readMeta(path);
    if (meta !== null) {
      progress(`dataset: reusing ${path}`);
      return { path, shape, events: meta.events, months: meta.months, firstMonth: shape.firstMonth, lastMonth: meta.lastMonth, generationSeconds: null };
    }
    rmSync(path, { force: true });
  }
  const partial = `${path}.${process.pid}.partial`;
  try {
    const { result, seconds } = await timed(() => generateInto(partial, shape, progress));
    renameSync(partial, path);
    return { path, shape, events: result.events, months: result.months, firstMonth: shape.firstMonth, lastMonth: result.lastMonth, generationSeconds: seconds };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  }
}

/**
 * Writes the council's commits into an event store file in the order they happened: the store
 * creates its own schema; the rows go in through one connection in large transactions, exactly as
 * the store writes them (its columns, JSON text, one position per event, the stream's revisions),
 * with `created` the time of the command.
 */
async function generateInto(path: string, shape: CouncilShape, progress: (message: string) => void): Promise<GenerationSummary & { events: number }> {
  await new SqliteEventStore(path).close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare(
    'INSERT INTO events (event_id, stream_id, revision, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const revisions = new Map<string, number>();
  const buckets = new Map<number, Commit[]>();
  const startMs = Date.parse(`${shape.firstMonth}-01T00:00:00.000Z`);
  const monthOf = (ms: number): number => {
    const d = new Date(ms);
    const s = new Date(startMs);
    return (d.getUTCFullYear() - s.getUTCFullYear()) * 12 + d.getUTCMonth() - s.getUTCMonth();
  };
  let written = 0;
  let generatorMonth = 0;
  let endMs = Number.POSITIVE_INFINITY;

  const writeCommits = db.transaction((commits: readonly Commit[]) => {
    for (const commit of commits) {
      if (commit.at >= endMs) continue;
      let revision = revisions.get(commit.streamId) ?? -1;
      const created = new Date(commit.at).toISOString();
      for (const event of commit.events) {
        revision += 1;
        insert.run(event.eventId, commit.streamId, revision, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), created);
        written += 1;
      }
      revisions.set(commit.streamId, revision);
    }
  });
  const flush = (upToMonth: number): void => {
    for (const month of [...buckets.keys()].sort((a, b) => a - b)) {
      if (month > upToMonth) break;
      const commits = buckets.get(month)!.sort((a, b) => a.at - b.at || a.sequence - b.sequence);
      buckets.delete(month);
      writeCommits(commits);
    }
  };

  try {
    const generator = new CouncilGenerator(shape, (commit) => {
      const month = Math.max(0, monthOf(commit.at));
      let bucket = buckets.get(month);
      if (bucket === undefined) buckets.set(month, (bucket = []));
      bucket.push(commit);
    });
    let lastReported = 0;
    const summary = generator.generate(
      // What has been recorded up to the end of the month in hand (later commits are not yet history).
      () => decidedUpTo(buckets, generatorMonth) + written,
      (month) => {
        generatorMonth = month;
        flush(month - HOLD_BACK_MONTHS);
        if (written - lastReported >= 100_000) {
          progress(`dataset: ${written} events written, month ${generator.monthName(month)}`);
          lastReported = written;
        }
      },
    );
    endMs = Date.parse(`${monthAfter(summary.lastMonth)}-01T00:00:00.000Z`);
    flush(Number.MAX_SAFE_INTEGER);
    db.prepare(META_TABLE).run();
    const meta: Meta = { events: written, months: summary.months, lastMonth: summary.lastMonth };
    db.prepare("INSERT INTO bench_dataset (key, value) VALUES ('summary', ?)").run(JSON.stringify({ ...meta, ...summary }));
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { ...summary, events: written };
  } finally {
    db.close();
  }
}

function decidedUpTo(buckets: ReadonlyMap<number, readonly Commit[]>, month: number): number {
  let count = 0;
  for (const [bucketMonth, commits] of buckets) {
    if (bucketMonth > month) continue;
    for (const commit of commits) count += commit.events.length;
  }
  return count;
}

function monthAfter(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}
