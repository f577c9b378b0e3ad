import { chainEvents } from '../../../../libs/event-store/src/hash-chain.js';
import { EsdbEventStore } from '../../../../libs/event-store/src/esdb/esdb-event-store.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { startEsdbTestServer } from '../../../../libs/event-store/src/testing/esdb-test-server.js';
import { EXIT_FAILURE, EXIT_OK } from '../cli-context.js';
import { runCli } from '../cli.js';
import { verifyAllStreams, verifyStreamHistory } from '../history/verify-history.js';
import { captureContext, recordAudits, tamperWithEvent, tempDirectory } from '../testing/cli-test-support.js';

describe('When the SQLite event log is intact', () => {
  const temp = tempDirectory();
  let streams: string[];

  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    streams = await recordAudits(store, 3, 4);
    await store.close();
  });
  afterAll(() => temp.remove());

  it('should find every stream and event of the log', async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    try {
      // A page smaller than the log, so the listing really pages through $all.
      await expect(verifyAllStreams(store, { pageSize: 5 })).resolves.toEqual({ streams: 3, events: 18, broken: [] });
    } finally {
      await store.close();
    }
  });

  it('should say OK with the counts and exit 0', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['verify'], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toBe('streams: 3, events: 18, broken: 0\nOK: every hash chain is intact\n');
  });

  it('should verify one stream given by --stream', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['verify', '--stream', streams[1]!], run.context)).toBe(EXIT_OK);
    expect(run.stdout()).toContain('streams: 1, events: 6, broken: 0');
  });

  it('should exit 1 for a stream with no events, naming it', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['verify', '--stream', 'caseFileAudit-nobody'], run.context)).toBe(EXIT_FAILURE);
    expect(run.stderr()).toContain('Stream caseFileAudit-nobody has no events');
  });
});

describe('When an event was altered in the SQLite file', () => {
  const temp = tempDirectory();
  let streams: string[];

  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    streams = await recordAudits(store, 3, 4);
    await store.close();
    tamperWithEvent(temp.sqlitePath, streams[1]!, 3);
  });
  afterAll(() => temp.remove());

  it('should name the stream, the revision and the reason, and exit 1', async () => {
    const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['verify'], run.context)).toBe(EXIT_FAILURE);
    expect(run.stdout()).toBe(
      `BROKEN ${streams[1]} at revision 3: hash does not match the event content\n` +
        'streams: 3, events: 18, broken: 1\n' +
        'FAILED: 1 stream with a broken hash chain\n',
    );
  });

  it('should find the same break with --stream, and leave the other streams valid', async () => {
    const broken = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['verify', '--stream', streams[1]!], broken.context)).toBe(EXIT_FAILURE);
    expect(broken.stdout()).toContain(`BROKEN ${streams[1]} at revision 3`);

    const intact = captureContext({ SQLITE_PATH: temp.sqlitePath });
    expect(await runCli(['verify', '--stream', streams[0]!], intact.context)).toBe(EXIT_OK);
  });
});

describe('When SQLITE_PATH names no file', () => {
  it('should exit 1 without creating one', async () => {
    const temp = tempDirectory();
    try {
      const run = captureContext({ SQLITE_PATH: `${temp.dir}/missing.sqlite` });
      expect(await runCli(['verify'], run.context)).toBe(EXIT_FAILURE);
      expect(run.stderr()).toContain('No event store file at');
      const { existsSync } = await import('node:fs');
      expect(existsSync(`${temp.dir}/missing.sqlite`)).toBe(false);
    } finally {
      temp.remove();
    }
  });
});

describe('When the log is on EventStoreDB (in-repo gRPC test server) and a stream holds a forged event', () => {
  let server: Awaited<ReturnType<typeof startEsdbTestServer>>;
  let streams: string[];

  beforeAll(async () => {
    server = await startEsdbTestServer();
    const store = new EsdbEventStore(server.connectionString);
    try {
      streams = await recordAudits(store, 2, 2);
      // Appended behind the command handler's back: chained from genesis, not from the stream's head.
      const [forged] = chainEvents(streams[0]!, null, [
        { eventId: 'f0000000-0000-4000-8000-000000000001', type: 'CaseFileAuditStarted', data: { auditId: 'x' }, metadata: {} },
      ]);
      await store.appendToStream(streams[0]!, [forged!], { expectedRevision: 3 });
    } finally {
      await store.close();
    }
  });
  afterAll(() => server.stop());

  it('should report the forged revision through EVENTSTORE_CONNECTION_STRING and exit 1', async () => {
    const run = captureContext({ EVENTSTORE_CONNECTION_STRING: server.connectionString });
    expect(await runCli(['verify'], run.context)).toBe(EXIT_FAILURE);
    expect(run.stdout()).toBe(
      `BROKEN ${streams[0]} at revision 4: prevHash does not match the previous event\n` +
        'streams: 2, events: 9, broken: 1\n' +
        'FAILED: 1 stream with a broken hash chain\n',
    );
  });

  it('should verify the untouched stream as intact', async () => {
    const store = new EsdbEventStore(server.connectionString);
    try {
      await expect(verifyStreamHistory(store, streams[1]!)).resolves.toMatchObject({ valid: true, events: 4 });
    } finally {
      await store.close();
    }
  });
});
