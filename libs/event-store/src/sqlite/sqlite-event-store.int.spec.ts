import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ConcurrencyError, NO_STREAM, type NewEvent } from '../event-store.port.js';
import { describeEventStoreContract } from '../testing/event-store.contract.js';
import { collectSubscription, eventually, newEvent } from '../testing/event-store.fixtures.js';
import { EventIdConflictError, SqliteEventStore } from './sqlite-event-store.js';

const temporaryDirectories: string[] = [];

/** A database path in a directory that does not exist yet. */
function temporaryFile(): string {
  const directory = mkdtempSync(join(tmpdir(), 'sqlite-event-store-'));
  temporaryDirectories.push(directory);
  return join(directory, 'nested', 'events.sqlite');
}

afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

describeEventStoreContract('SQLite file', async () => {
  const store = new SqliteEventStore(temporaryFile(), { pollIntervalMs: 20 });
  return { store, teardown: () => store.close() };
});

describeEventStoreContract('SQLite in memory', async () => {
  const store = new SqliteEventStore(':memory:');
  return { store, teardown: () => store.close() };
});

describe('SQLite event store', () => {
  const stores: SqliteEventStore[] = [];
  function open(path: string, options: ConstructorParameters<typeof SqliteEventStore>[1] = {}): SqliteEventStore {
    const store = new SqliteEventStore(path, options);
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });

  const stream = (): string => `caseFileAudit-${randomUUID()}`;

  /** Appends one event at a time, reading the revision first and retrying a lost race. */
  async function raceAppend(store: SqliteEventStore, streamId: string, event: NewEvent): Promise<number> {
    for (;;) {
      const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
      try {
        const result = await store.appendToStream(streamId, [event], {
          expectedRevision: last === undefined ? NO_STREAM : last.revision,
        });
        return result.nextExpectedRevision;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
      }
    }
  }

  describe('When a new file is opened', () => {
    it('should create the missing directory, use WAL, and have no head position', async () => {
      const path = temporaryFile();

      const store = open(path);

      expect(existsSync(path)).toBe(true);
      expect(await store.headPosition()).toBeNull();
      expect(await store.readAll()).toEqual([]);
      const raw = new Database(path, { readonly: true });
      try {
        expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      } finally {
        raw.close();
      }
    });
  });

  describe('When the store is closed and the file reopened', () => {
    it('should keep every event, position and revision, and carry on from them', async () => {
      const path = temporaryFile();
      const streamId = stream();
      const first = open(path);
      const events = [newEvent('AuditScheduled', { due: '2026-12-01' }), newEvent('AuditStarted')];
      const appended = await first.appendToStream(streamId, events, { expectedRevision: NO_STREAM });
      const before = await first.readAll();
      await first.close();

      const reopened = open(path);
      const after = await reopened.readAll();
      const next = await reopened.appendToStream(streamId, [newEvent('CriterionGraded')], { expectedRevision: 1 });

      expect(after).toEqual(before);
      expect(await reopened.headPosition()).toBe(next.position);
      expect(next.position).toBe(appended.position + 1n);
      expect(next.nextExpectedRevision).toBe(2);
    });
  });

  describe('When events are appended', () => {
    it('should give positions that start at 1 and have no gaps, the head being the last', async () => {
      const store = open(':memory:');
      await store.appendToStream(stream(), [newEvent('A'), newEvent('B')], { expectedRevision: NO_STREAM });
      await expectConflictIgnored(store.appendToStream(stream(), [newEvent('X')], { expectedRevision: 3 }));
      const last = await store.appendToStream(stream(), [newEvent('C')], { expectedRevision: NO_STREAM });

      const all = await store.readAll();

      expect(all.map((e) => e.position)).toEqual([1n, 2n, 3n]);
      expect(last.position).toBe(3n);
      expect(await store.headPosition()).toBe(3n);
    });

    it('should answer a retried append with the original revision and position', async () => {
      const store = open(':memory:');
      const streamId = stream();
      const events = [newEvent('A'), newEvent('B')];
      const original = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });
      await store.appendToStream(stream(), [newEvent('Elsewhere')], { expectedRevision: NO_STREAM });

      const retried = await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

      expect(retried).toEqual(original);
      expect(await store.readAll()).toHaveLength(3);
    });

    it('should refuse a retried batch sent with a different expected revision than the original', async () => {
      const store = open(':memory:');
      const streamId = stream();
      await store.appendToStream(streamId, [newEvent('A')], { expectedRevision: NO_STREAM });
      const events = [newEvent('B')];
      await store.appendToStream(streamId, events, { expectedRevision: 0 });

      await expect(store.appendToStream(streamId, events, { expectedRevision: 1 })).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(streamId)).toHaveLength(2);
    });
  });

  describe('When an event id is already recorded (UNIQUE(event_id))', () => {
    it('should refuse it in another stream and append nothing to either stream', async () => {
      const store = open(':memory:');
      const [streamA, streamB] = [stream(), stream()];
      const shared = newEvent('AuditScheduled');
      await store.appendToStream(streamA, [shared], { expectedRevision: NO_STREAM });

      const error = store.appendToStream(streamB, [newEvent('Fresh'), shared], { expectedRevision: NO_STREAM });

      await expect(error).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await store.readStream(streamA)).toHaveLength(1);
      expect(await store.readStream(streamB)).toEqual([]);
      expect(await store.readAll()).toHaveLength(1);
    });

    it('should refuse a batch that only partly repeats recorded events, appending nothing', async () => {
      const store = open(':memory:');
      const streamId = stream();
      const [a, b] = [newEvent('A'), newEvent('B')];
      await store.appendToStream(streamId, [a, b], { expectedRevision: NO_STREAM });

      await expect(store.appendToStream(streamId, [b, newEvent('C')], { expectedRevision: 0 })).rejects.toBeInstanceOf(
        EventIdConflictError,
      );
      await expect(store.appendToStream(streamId, [b, a], { expectedRevision: NO_STREAM })).rejects.toBeInstanceOf(
        EventIdConflictError,
      );
      expect((await store.readStream(streamId)).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('should refuse a batch that repeats an id within itself, appending nothing', async () => {
      const store = open(':memory:');
      const streamId = stream();
      const event = newEvent('A');

      await expect(store.appendToStream(streamId, [event, event], { expectedRevision: NO_STREAM })).rejects.toBeInstanceOf(
        EventIdConflictError,
      );
      expect(await store.readStream(streamId)).toEqual([]);
    });

    it('should be enforced by the schema itself, and rows can be neither updated nor deleted', async () => {
      const path = temporaryFile();
      const store = open(path);
      const event = newEvent('A');
      await store.appendToStream(stream(), [event], { expectedRevision: NO_STREAM });
      const raw = new Database(path);
      try {
        const insert = (): unknown =>
          raw
            .prepare(
              `INSERT INTO events (event_id, stream_id, revision, type, data, metadata, created)
               VALUES (?, ?, 0, 'A', '{}', '{}', '2026-01-01T00:00:00.000Z')`,
            )
            .run(event.eventId, stream());

        expect(insert).toThrow(/UNIQUE constraint failed: events.event_id/);
        expect(() => raw.prepare("UPDATE events SET type = 'B'").run()).toThrow(/events are immutable/);
        expect(() => raw.prepare('DELETE FROM events').run()).toThrow(/events are immutable/);
      } finally {
        raw.close();
      }
      expect(await store.readAll()).toHaveLength(1);
    });
  });

  describe('When a subscription catches up over more events than one batch', () => {
    it('should deliver them all in order, checkpoint after each batch, and say it caught up once', async () => {
      const store = open(':memory:', { batchSize: 3 });
      const streamId = stream();
      const events = Array.from({ length: 10 }, (_, n) => newEvent(`E${n}`));
      await store.appendToStream(streamId, events, { expectedRevision: NO_STREAM });

      const subscription = collectSubscription(store, {});
      await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');

      expect(subscription.events.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
      expect(subscription.eventsWhenCaughtUp).toBe(10);
      expect(subscription.checkpoints).toEqual([3n, 6n, 9n, 10n]);
      await store.appendToStream(streamId, [newEvent('Live')], { expectedRevision: 9 });
      await eventually(() => subscription.events.length === 11, 'the live event');
      expect(subscription.caughtUp).toBe(1);
      await subscription.unsubscribe();
    });

    it('should say it caught up at once on an empty log, then deliver what comes', async () => {
      const store = open(':memory:');
      const subscription = collectSubscription(store, {});
      await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');

      await store.appendToStream(stream(), [newEvent('First')], { expectedRevision: NO_STREAM });

      await eventually(() => subscription.events.length === 1, 'the first event');
      expect(subscription.eventsWhenCaughtUp).toBe(0);
      await subscription.unsubscribe();
    });
  });

  describe('When the last events do not pass the filter', () => {
    it('should still checkpoint past them, so a restarted subscriber does not read them again', async () => {
      const store = open(':memory:');
      const audit = `caseFileAudit-${randomUUID()}`;
      await store.appendToStream(audit, [newEvent('AuditScheduled')], { expectedRevision: NO_STREAM });
      const other = await store.appendToStream(`remedialAction-${randomUUID()}`, [newEvent('ActionRaised'), newEvent('ActionDone')], {
        expectedRevision: NO_STREAM,
      });

      const subscription = collectSubscription(store, { filter: { streamPrefixes: ['caseFileAudit-'] } });
      await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');

      expect(subscription.events.map((e) => e.type)).toEqual(['AuditScheduled']);
      expect(subscription.checkpoints.at(-1)).toBe(other.position);
      await subscription.unsubscribe();
    });
  });

  describe('When events are appended through the same store as a live subscription', () => {
    it('should deliver them without waiting for the poll (the store wakes its subscriptions after each commit)', async () => {
      const store = open(':memory:', { pollIntervalMs: 60_000 });
      const subscription = collectSubscription(store, {});
      await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');

      await store.appendToStream(stream(), [newEvent('A')], { expectedRevision: NO_STREAM });
      await store.appendToStream(stream(), [newEvent('B')], { expectedRevision: NO_STREAM });

      await eventually(() => subscription.events.length === 2, 'both events');
      await subscription.unsubscribe();
    });
  });

  describe('When a handler unsubscribes from inside onEvent', () => {
    it('should stop after that event without waiting for itself', async () => {
      const store = open(':memory:');
      await store.appendToStream(stream(), [newEvent('A'), newEvent('B'), newEvent('C')], { expectedRevision: NO_STREAM });
      const seen: string[] = [];
      let unsubscribed = false;
      const subscription = store.subscribeToAll(
        {},
        {
          onEvent: async (event) => {
            seen.push(event.type);
            if (event.type === 'B') {
              await subscription.unsubscribe();
              unsubscribed = true;
            }
          },
        },
      );

      await eventually(() => unsubscribed, 'the handler to unsubscribe');
      await subscription.unsubscribe();
      expect(seen).toEqual(['A', 'B']);
    });
  });

  describe('When the store is closed with a subscription running', () => {
    it('should stop the subscription and refuse further calls', async () => {
      const store = new SqliteEventStore(':memory:');
      await store.appendToStream(stream(), [newEvent('A')], { expectedRevision: NO_STREAM });
      const subscription = collectSubscription(store, {});
      await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');

      await store.close();

      await expect(store.readAll()).rejects.toThrow(/closed/);
      await expect(store.appendToStream(stream(), [newEvent('B')], { expectedRevision: NO_STREAM })).rejects.toThrow(/closed/);
      expect(subscription.errors).toEqual([]);
      await subscription.unsubscribe();
    });
  });

  describe('When two stores share one file', () => {
    it("should deliver one store's appends to the other's subscription (it polls the file)", async () => {
      const path = temporaryFile();
      const writer = open(path);
      const reader = open(path, { pollIntervalMs: 10 });
      const subscription = collectSubscription(reader, {});
      await eventually(() => subscription.caughtUp > 0, 'the subscription to catch up');

      const events = [newEvent('A'), newEvent('B')];
      await writer.appendToStream(stream(), events, { expectedRevision: NO_STREAM });

      await eventually(() => subscription.events.length === 2, "the other store's events");
      expect(subscription.events.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
      await subscription.unsubscribe();
    });

    it('should lose nothing when 50 appenders race on one stream through both', async () => {
      const path = temporaryFile();
      const stores = [open(path), open(path)];
      const streamId = stream();
      const events = Array.from({ length: 50 }, (_, n) => newEvent('RaceEntered', { n }));

      const won = await Promise.all(events.map((event, n) => raceAppend(stores[n % 2]!, streamId, event)));

      const recorded = await stores[0]!.readStream(streamId);
      expect([...won].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, r) => r));
      expect(new Set(recorded.map((e) => e.eventId))).toEqual(new Set(events.map((e) => e.eventId)));
      expect(recorded).toHaveLength(50);
    });
  });

  describe('When other processes append to the same file at the same time', () => {
    it("should lose and double nothing, and this process's subscription should see their events", async () => {
      const path = temporaryFile();
      const store = open(path, { pollIntervalMs: 10 });
      const streamId = stream();
      const subscription = collectSubscription(store, { filter: { streamPrefixes: [streamId] } });
      const children = [startRaceAppender(path, streamId, 25), startRaceAppender(path, streamId, 25)];
      await Promise.all(children.map((child) => child.ready));

      children.forEach((child) => child.go());
      const ours = Array.from({ length: 25 }, (_, n) => newEvent('RaceEntered', { n }));
      const ourWins = await Promise.all(ours.map((event) => raceAppend(store, streamId, event)));
      const theirWins = (await Promise.all(children.map((child) => child.result))).flat();

      const recorded = await store.readStream(streamId);
      const allWins = [...ourWins, ...theirWins.map((w) => w.revision)].sort((a, b) => a - b);
      expect(allWins).toEqual(Array.from({ length: 75 }, (_, r) => r));
      expect(recorded.map((e) => e.revision)).toEqual(Array.from({ length: 75 }, (_, r) => r));
      for (const { eventId, revision } of theirWins) expect(recorded[revision]!.eventId).toBe(eventId);
      expect(new Set(recorded.map((e) => e.eventId)).size).toBe(75);
      await eventually(() => subscription.events.length === 75, 'every event through the subscription');
      expect(subscription.events.map((e) => e.eventId)).toEqual(recorded.map((e) => e.eventId));
      await subscription.unsubscribe();
    }, 30_000);
  });
});

async function expectConflictIgnored(append: Promise<unknown>): Promise<void> {
  await expect(append).rejects.toBeInstanceOf(ConcurrencyError);
}

interface RaceAppender {
  readonly ready: Promise<void>;
  go(): void;
  readonly result: Promise<{ eventId: string; revision: number }[]>;
}

function startRaceAppender(path: string, streamId: string, appenders: number): RaceAppender {
  const script = fileURLToPath(new URL('./race-appender.child.ts', import.meta.url));
  const register = new URL('../../../testing/ts-register.mjs', import.meta.url).href;
  const child = spawn(process.execPath, ['--import', register, script, path, streamId, String(appenders)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (stdout.startsWith('ready\n')) markReady();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const result = new Promise<{ eventId: string; revision: number }[]>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      markReady();
      if (code !== 0) return reject(new Error(`race appender exited with ${code}: ${stderr}`));
      resolve(JSON.parse(stdout.slice('ready\n'.length)) as { eventId: string; revision: number }[]);
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), result };
}
