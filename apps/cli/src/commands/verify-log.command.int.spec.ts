import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { NO_STREAM } from '../../../../libs/event-store/src/event-store.port.js';
import { chainEvents } from '../../../../libs/event-store/src/hash-chain.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { EXIT_FAILURE, EXIT_OK } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, recordAudits, tamperWithEvent, tempDirectory } from '../testing/cli-test-support.js';
import { PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './generate-signing-key.command.js';

// Three audits of six events each: positions 1-6, 7-12 and 13-18; the first checkpoint is
// recorded at position 19.
interface SignedLog {
  readonly temp: ReturnType<typeof tempDirectory>;
  readonly streams: string[];
  readonly publicKey: string;
  readonly privateKey: string;
  readonly checkpoints: string;
}

async function signedLog(): Promise<SignedLog> {
  const temp = tempDirectory();
  const store = new SqliteEventStore(temp.sqlitePath);
  const streams = await recordAudits(store, 3, 4);
  await store.close();
  const keys = captureContext({});
  expect(await runCli(['generate-signing-key', '--out', join(temp.dir, 'keys')], keys.context)).toBe(EXIT_OK);
  const log = {
    temp,
    streams,
    privateKey: join(temp.dir, 'keys', SIGNING_KEY_FILE),
    publicKey: join(temp.dir, 'keys', PUBLIC_KEY_FILE),
    checkpoints: join(temp.dir, 'checkpoints.jsonl'),
  };
  await sign(log);
  return log;
}

async function sign(log: SignedLog): Promise<void> {
  const run = captureContext({ SQLITE_PATH: log.temp.sqlitePath });
  expect(await runCli(['sign-checkpoint', '--key', log.privateKey, '--checkpoints', log.checkpoints], run.context)).toBe(EXIT_OK);
}

async function verifyLog(log: SignedLog, withFile = true): Promise<{ code: number | string; stdout: string; stderr: string }> {
  const run = captureContext({ SQLITE_PATH: log.temp.sqlitePath });
  const args = ['verify-log', '--public-key', log.publicKey, ...(withFile ? ['--checkpoints', log.checkpoints] : [])];
  const code = await runCli(args, run.context);
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** The per-stream hash chains' verdict, for comparison. */
async function verifyChains(log: SignedLog): Promise<number | string> {
  return runCli(['verify'], captureContext({ SQLITE_PATH: log.temp.sqlitePath }).context);
}

/** Someone with the file: drops the immutability trigger and runs their own SQL. */
function tamper(sqlitePath: string, sql: string, ...params: unknown[]): number {
  const db = new Database(sqlitePath);
  try {
    db.exec('DROP TRIGGER IF EXISTS events_are_never_deleted; DROP TRIGGER IF EXISTS events_are_never_updated');
    return db.prepare(sql).run(...params).changes;
  } finally {
    db.close();
  }
}

describe('verify-log', () => {
  describe('When the log is untouched since it was signed', () => {
    let log: SignedLog;
    beforeAll(async () => (log = await signedLog()));
    afterAll(() => log.temp.remove());

    it('should verify the signature and the root and exit 0', async () => {
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toBe(
        'checkpoints: 1 (1 from the file, 1 from the log), events: 19, covered: 18 (to position 18), not yet covered: 1\n' +
          'OK: every signature holds and the log matches every signed checkpoint\n',
      );
    });

    it('should verify from the checkpoints recorded in the log alone', async () => {
      const result = await verifyLog(log, false);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toContain('checkpoints: 1 (0 from the file, 1 from the log), events: 19');
    });

    it('should verify a later checkpoint, which covers the earlier checkpoint event, as consistent with the first', async () => {
      const store = new SqliteEventStore(log.temp.sqlitePath);
      const streamId = 'caseFileAudit-a0000000-0000-4000-8000-000000000099';
      const later = chainEvents(streamId, null, [1, 2, 3, 4].map((n) => ({ eventId: randomUUID(), type: `Noted${n}`, data: { n }, metadata: {} })));
      await store.appendToStream(streamId, later, { expectedRevision: NO_STREAM });
      await store.close();
      await sign(log);
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toContain('checkpoints: 2 (2 from the file, 2 from the log), events: 24, covered: 23 (to position 23)');
    });
  });

  describe('When an event was altered in the SQLite file', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      tamperWithEvent(log.temp.sqlitePath, log.streams[1]!, 3);
    });
    afterAll(() => log.temp.remove());

    it('should exit 1 naming the position of the altered event', async () => {
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toMatch(
        new RegExp(
          '^FAILED: The log differs from the checkpoint of 18 events signed \\S+ \\(checkpoints\\.jsonl line 1\\): ' +
            `first at position 10: the event there \\(${log.streams[1]} revision 3\\) was altered or put in another's place\\n$`,
        ),
      );
    });
  });

  describe('When the last event of a stream was deleted', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      expect(tamper(log.temp.sqlitePath, 'DELETE FROM events WHERE stream_id = ? AND revision = 5', log.streams[1]!)).toBe(1);
    });
    afterAll(() => log.temp.remove());

    it('should pass the per-stream hash chains, which cannot see it', async () => {
      expect(await verifyChains(log)).toBe(EXIT_OK);
    });

    it('should exit 1 naming the position of the removed event', async () => {
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toContain(
        `first at position 12: the event signed there is missing (removed); the log goes on with position 13 (${log.streams[2]} revision 0)`,
      );
    });

    it('should still find it from the checkpoints in the log alone, bounding it by the first 16-event subtree', async () => {
      const result = await verifyLog(log, false);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toContain('FAILED: The log differs from the checkpoint of 18 events signed');
      expect(result.stdout).toContain('(logCheckpoint revision 0): somewhere from the first event up to the 16th event (now position 17); give --checkpoints <file> to name the position');
    });
  });

  describe('When the last event of the newest stream was deleted and only the log\'s checkpoints are at hand', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      expect(tamper(log.temp.sqlitePath, 'DELETE FROM events WHERE stream_id = ? AND revision = 5', log.streams[2]!)).toBe(1);
    });
    afterAll(() => log.temp.remove());

    it('should bound it by the recorded subtree roots: after position 16, among the 18 events signed', async () => {
      const result = await verifyLog(log, false);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toContain(
        '(logCheckpoint revision 0): somewhere after position 16 (the log\'s first 16 events match the recorded subtree roots of the ' +
          'checkpoint at logCheckpoint revision 0) up to the 18th event (now position 19, signed as position 18)',
      );
    });

    it('should name position 18 with the exported file', async () => {
      const result = await verifyLog(log);
      expect(result.stdout).toContain('first at position 18: the event signed there is missing (removed); the log goes on with position 19 (logCheckpoint revision 0)');
    });
  });

  describe('When a whole stream was deleted', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      expect(tamper(log.temp.sqlitePath, 'DELETE FROM events WHERE stream_id = ?', log.streams[0]!)).toBe(6);
    });
    afterAll(() => log.temp.remove());

    it('should pass the per-stream hash chains, and exit 1 from verify-log naming the stream\'s first position', async () => {
      expect(await verifyChains(log)).toBe(EXIT_OK);
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toContain(`first at position 1: the event signed there is missing (removed); the log goes on with position 7 (${log.streams[1]} revision 0)`);
    });
  });

  describe('When the newest stream and the checkpoint stream were deleted together (the log cut short)', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      expect(tamper(log.temp.sqlitePath, `DELETE FROM events WHERE stream_id IN (?, 'logCheckpoint')`, log.streams[2]!)).toBe(7);
    });
    afterAll(() => log.temp.remove());

    it('should exit 1 from the exported file, naming the first missing position', async () => {
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toContain('(checkpoints.jsonl line 1): the event at position 13 is missing: the log ends at position 12 (removed)');
    });

    it('should exit 1 without the file, finding no checkpoint', async () => {
      const result = await verifyLog(log, false);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toBe('FAILED: no signed checkpoint in the logCheckpoint stream (give --checkpoints <file>)\n');
    });
  });

  describe('When two events of different streams swapped places in the global log', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      tamper(log.temp.sqlitePath, 'UPDATE events SET position = -6 WHERE position = 6');
      tamper(log.temp.sqlitePath, 'UPDATE events SET position = 6 WHERE position = 7');
      tamper(log.temp.sqlitePath, 'UPDATE events SET position = 7 WHERE position = -6');
    });
    afterAll(() => log.temp.remove());

    it('should pass the per-stream hash chains, and exit 1 from verify-log at the first moved position', async () => {
      expect(await verifyChains(log)).toBe(EXIT_OK);
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_FAILURE);
      expect(result.stdout).toContain(`first at position 6: the event there (${log.streams[1]} revision 0) was altered or put in another's place`);
    });
  });

  describe('When the checkpoints file was edited or the wrong key is given', () => {
    let log: SignedLog;
    beforeAll(async () => (log = await signedLog()));
    afterAll(() => log.temp.remove());

    it('should exit 1 when a root in the file was rewritten, naming the line', async () => {
      const line = JSON.parse(readFileSync(log.checkpoints, 'utf8')) as { rootHash: string };
      const forged = join(log.temp.dir, 'forged.jsonl');
      writeFileSync(forged, `${JSON.stringify({ ...line, rootHash: line.rootHash.replace(/^./, (c) => (c === '0' ? '1' : '0')) })}\n`);
      const run = captureContext({ SQLITE_PATH: log.temp.sqlitePath });
      expect(await runCli(['verify-log', '--public-key', log.publicKey, '--checkpoints', forged], run.context)).toBe(EXIT_FAILURE);
      expect(run.stdout()).toBe(
        'FAILED: The checkpoint at forged.jsonl line 1 (tree size 18) is not authentic: the signature does not verify with the given public key\n',
      );
    });

    it('should exit 1 with another public key', async () => {
      const other = captureContext({});
      await runCli(['generate-signing-key', '--out', join(log.temp.dir, 'other')], other.context);
      const run = captureContext({ SQLITE_PATH: log.temp.sqlitePath });
      expect(await runCli(['verify-log', '--public-key', join(log.temp.dir, 'other', PUBLIC_KEY_FILE)], run.context)).toBe(EXIT_FAILURE);
      expect(run.stdout()).toContain('(tree size 18) is not authentic: signed by key');
    });

    it('should refuse a private key given as the public key', async () => {
      const run = captureContext({ SQLITE_PATH: log.temp.sqlitePath });
      expect(await runCli(['verify-log', '--public-key', log.privateKey], run.context)).toBe(EXIT_FAILURE);
      expect(run.stderr()).toContain('found a private key: give the .pub.pem file');
    });

    it('should ask for --public-key (exit 2)', async () => {
      const run = captureContext({ SQLITE_PATH: log.temp.sqlitePath });
      expect(await runCli(['verify-log'], run.context)).toBe(2);
      expect(run.stderr()).toContain('--public-key <file> is required');
    });
  });
});

describe('verify-log with an altered leaf list in the file', () => {
  describe('When a leaf hash in the file was changed but the log and every signature are intact', () => {
    let log: SignedLog;
    beforeAll(async () => {
      log = await signedLog();
      const line = JSON.parse(readFileSync(log.checkpoints, 'utf8')) as { leaves: [string, string][] };
      line.leaves[2] = [line.leaves[2]![0], '00'.repeat(32)];
      writeFileSync(log.checkpoints, `${JSON.stringify(line)}\n`);
    });
    afterAll(() => log.temp.remove());

    it('should exit 0, noting that the file\'s leaf list was altered at position 3', async () => {
      const result = await verifyLog(log);
      expect(result.code).toBe(EXIT_OK);
      expect(result.stdout).toContain(
        "note: The exported leaf hashes differ from the log at position 3 although the signed root there holds: the checkpoints file's leaf list was altered\n",
      );
    });
  });
});
