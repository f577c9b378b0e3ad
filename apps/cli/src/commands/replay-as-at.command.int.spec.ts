import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { handleCommand } from '../../../../libs/command-handling/src/command-handler.js';
import { caseFileAuditDecider, caseFileAuditStreamId, type CaseFileAuditCommand } from '../../../../libs/domain/src/case-file-audit/index.js';
import type { CommandMetadata } from '../../../../libs/domain/src/shared/decider.js';
import type { EventStore } from '../../../../libs/event-store/src/event-store.port.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../../../libs/read-store/src/memory/memory-read-store.js';
import { runToHead } from '../../../../libs/read-store/src/projection-runner.js';
import { projectionKey } from '../../../../libs/read-store/src/projection.js';
import { ALL_PROJECTIONS } from '../../../../projections/index.js';
import { caseFileAuditsProjection } from '../../../../projections/case-file-audits/case-file-audits.projection.js';
import { EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, tempDirectory } from '../testing/cli-test-support.js';
import { parseAsAt, stableJson } from './replay-as-at.command.js';

const AUDITOR = { staffId: 'staff-tm-0042', role: 'TEAM_MANAGER' } as const;
const KEY = projectionKey(caseFileAuditsProjection);
let sequence = 0;

function metadata(now: string): CommandMetadata {
  sequence += 1;
  const commandId = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  return { actor: AUDITOR, now, commandId, correlationId: commandId, causationId: commandId };
}

/** An audit scheduled and started on `scheduledOn`, its first criterion graded on `gradedOn`. */
async function recordAudit(store: EventStore, n: number, scheduledOn: string, gradedOn: string): Promise<string> {
  const auditId = `b0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const streamId = caseFileAuditStreamId(auditId);
  const commands: CaseFileAuditCommand[] = [
    {
      type: 'ScheduleCaseFileAudit',
      data: { auditId, azeusNumber: `AZ-${200000 + n}`, auditType: 'MONTHLY', auditorId: AUDITOR.staffId, dueDate: '2025-07-31' },
      metadata: metadata(scheduledOn),
    },
    { type: 'StartCaseFileAudit', data: { auditId }, metadata: metadata(scheduledOn) },
    { type: 'GradeCriterion', data: { auditId, criterion: 1, evaluation: 'Evidence seen', grade: 'GOOD' }, metadata: metadata(gradedOn) },
  ];
  for (const command of commands) await handleCommand(store, streamId, caseFileAuditDecider, command);
  return auditId;
}

describe('When replaying the read models as at a past date', () => {
  const temp = tempDirectory();
  const env = { SQLITE_PATH: temp.sqlitePath };
  let june: string[];
  let july: string;

  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    june = [
      await recordAudit(store, 1, '2025-06-02T09:00:00.000Z', '2025-06-03T09:00:00.000Z'),
      // Scheduled in June, graded in July: as at the end of June it is started and not graded.
      await recordAudit(store, 2, '2025-06-10T09:00:00.000Z', '2025-07-02T09:00:00.000Z'),
    ];
    july = await recordAudit(store, 3, '2025-07-01T09:00:00.000Z', '2025-07-01T10:00:00.000Z');
    await store.close();
  });
  afterAll(() => temp.remove());

  async function liveReadModels(): Promise<Record<string, unknown>> {
    const store = new SqliteEventStore(temp.sqlitePath);
    const readStore = new MemoryReadStore();
    try {
      await runToHead(store, readStore, ALL_PROJECTIONS);
      const models: Record<string, unknown> = {};
      for (const projection of ALL_PROJECTIONS) {
        models[projectionKey(projection)] = { collection: projection.collection.name, documents: await readStore.find(projection.collection.name) };
      }
      return models;
    } finally {
      await store.close();
    }
  }

  it('should give exactly the live read models for an instant after the last event', async () => {
    const run = captureContext(env);
    expect(await runCli(['replay-as-at', '--as-at', '2026-01-01T00:00:00Z'], run.context)).toBe(EXIT_OK);
    const replay = JSON.parse(run.stdout());
    expect(replay).toMatchObject({ asAt: '2026-01-01T00:00:00.000Z', head: '9', eventsReplayed: 9, eventsAfterAsAt: 0 });
    expect(replay.readModels).toEqual(await liveReadModels());
    expect(run.stdout()).toBe(stableJson(replay));
    expect(run.stderr()).toMatch(/rebuild: 9 events \(100%\), [\d,]+ events\/s, done\n/);
  });

  it('should leave out every event after an earlier instant, and write the same bytes each time', async () => {
    const out = join(temp.dir, 'as-at-june.json');
    const run = captureContext(env);
    expect(await runCli(['replay-as-at', '--as-at', '2025-06-30', '--projection', 'caseFileAudits', '--out', out], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toMatch(/^Wrote 2 documents of 1 read models as at 2025-06-30T23:59:59\.999Z \(5 events replayed, 4 after it left out\) to /);
    const text = readFileSync(out, 'utf8');
    const replay = JSON.parse(text);
    expect(Object.keys(replay.readModels)).toEqual([KEY]);
    const documents: Array<Record<string, unknown>> = replay.readModels[KEY].documents;
    expect(documents.map((document) => document['auditId'] ?? document['id'])).toEqual(june);
    expect(documents.map((document) => document['status'])).toEqual(['IN_PROGRESS', 'IN_PROGRESS']);
    expect(text).not.toContain(july);

    const again = captureContext(env);
    expect(await runCli(['replay-as-at', '--as-at', '2025-06-30', '--projection', 'caseFileAudits'], again.context)).toBe(EXIT_OK);
    expect(again.stdout()).toBe(text);
  });

  it('should include an event at exactly the instant', async () => {
    const run = captureContext(env);
    expect(await runCli(['replay-as-at', '--as-at', '2025-07-01T09:00:00Z', '--projection', KEY], run.context)).toBe(EXIT_OK);
    expect(JSON.parse(run.stdout()).readModels[KEY].documents).toHaveLength(3);
  });

  it.each(['yesterday', '2025-06-31', '2025-06-30T12:00:00', '2025-13-01T00:00:00Z'])('should refuse --as-at "%s" with exit code 2', async (asAt) => {
    const run = captureContext(env);
    expect(await runCli(['replay-as-at', '--as-at', asAt], run.context)).toBe(EXIT_USAGE);
    expect(run.stderr()).toContain('--as-at must be an ISO instant with its zone');
    expect(run.stdout()).toBe('');
  });

  it('should read a date alone as the end of that day in UTC', () => {
    expect(parseAsAt('2025-03-31').toISOString()).toBe('2025-03-31T23:59:59.999Z');
    expect(parseAsAt('2025-03-31T10:00:00+01:00').toISOString()).toBe('2025-03-31T09:00:00.000Z');
  });
});
