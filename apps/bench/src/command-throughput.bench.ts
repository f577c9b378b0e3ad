import { join } from 'node:path';
import Database from 'better-sqlite3';
import { handleCommand } from '../../../libs/command-handling/src/command-handler.js';
import { caseFileAuditDecider } from '../../../libs/domain/src/case-file-audit/index.js';
import type { RecordedEvent } from '../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { planAudit, type AuditPlan } from './case-file-audit.workload.js';
import { measure, warmupSize, type Figure } from './measure.js';
import type { Comparison } from './report.js';

export interface CommandThroughputResult {
  readonly comparison: Comparison;
  readonly commands: number;
}

async function runAudits(store: SqliteEventStore, plans: readonly AuditPlan[]): Promise<number> {
  let appended = 0;
  for (const plan of plans) {
    for (const command of plan.commands) {
      appended += (await handleCommand(store, plan.streamId, caseFileAuditDecider, command)).appended;
    }
  }
  return appended;
}

// The store's own table, constraints and durability (WAL, synchronous=FULL, one transaction per
// write), so the baseline differs from the command handler only by the handler's own work.
const RAW_SCHEMA = `
  CREATE TABLE raw_events (
    position  INTEGER PRIMARY KEY,
    event_id  TEXT    NOT NULL UNIQUE,
    stream_id TEXT    NOT NULL,
    revision  INTEGER NOT NULL,
    type      TEXT    NOT NULL,
    data      TEXT    NOT NULL,
    metadata  TEXT    NOT NULL,
    created   TEXT    NOT NULL,
    UNIQUE (stream_id, revision)
  ) STRICT;
`;

type RawRow = [string, string, number, string, string, string, string];

function rawRows(events: readonly RecordedEvent[]): RawRow[] {
  return events.map((event) => [
    event.eventId,
    event.streamId,
    event.revision,
    event.type,
    JSON.stringify(event.data),
    JSON.stringify(event.metadata),
    event.created.toISOString(),
  ]);
}

/**
 * a) Commands of whole case file audits through `handleCommand` with the real decider (read the
 * stream, fold, decide, chain, append) on the embedded SQLite store, against a raw better-sqlite3
 * loop inserting the very rows those commands recorded, one autocommitted INSERT each, into the
 * same table shape in a file of its own.
 */
export async function benchCommandThroughput(
  dir: string,
  audits: number,
  progress: (message: string) => void,
): Promise<CommandThroughputResult> {
  const runId = String(process.pid);
  const warmupPlans = Array.from({ length: warmupSize(audits, 2) }, (_, n) => planAudit(n, runId));
  const plans = Array.from({ length: audits }, (_, n) => planAudit(warmupPlans.length + n, runId));
  const commands = plans.reduce((total, plan) => total + plan.commands.length, 0);

  const store = new SqliteEventStore(join(dir, 'commands.sqlite'));
  let handler: Figure;
  let warmupEvents: RecordedEvent[];
  let measuredEvents: RecordedEvent[];
  try {
    progress(`a) warming up with ${warmupPlans.length} audits through the command handler`);
    await runAudits(store, warmupPlans);
    const before = (await store.headPosition()) ?? 0n;
    progress(`a) recording ${audits} audits (${commands} commands) through the command handler`);
    handler = await measure('handleCommand (case file audit decider, SQLite)', 'events', () => runAudits(store, plans));
    warmupEvents = await store.readAll({ maxCount: Number(before) });
    measuredEvents = await store.readAll({ after: before });
  } finally {
    await store.close();
  }

  const db = new Database(join(dir, 'raw-inserts.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(RAW_SCHEMA);
    const insert = db.prepare<RawRow>(
      'INSERT INTO raw_events (event_id, stream_id, revision, type, data, metadata, created) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const row of rawRows(warmupEvents)) insert.run(...row);
    const rows = rawRows(measuredEvents);
    progress(`a) inserting the same ${rows.length} rows with a raw better-sqlite3 loop`);
    const raw = await measure('raw better-sqlite3 INSERT loop', 'rows', () => {
      for (const row of rows) insert.run(...row);
      return rows.length;
    });
    return { comparison: { section: 'a)', measured: handler, baseline: raw }, commands };
  } finally {
    db.close();
  }
}
