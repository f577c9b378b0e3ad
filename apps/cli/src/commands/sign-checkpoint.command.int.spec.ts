import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { parseCheckpointLines } from '../../../../libs/integrity/src/checkpoint-record.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, recordAudits, tamperWithEvent, tempDirectory } from '../testing/cli-test-support.js';
import { PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './generate-signing-key.command.js';

describe('sign-checkpoint', () => {
  const temp = tempDirectory();
  const keys = join(temp.dir, 'keys');
  const checkpoints = join(temp.dir, 'exported', 'checkpoints.jsonl');
  const env = { SQLITE_PATH: temp.sqlitePath, LOG_SIGNING_KEY_FILE: join(keys, SIGNING_KEY_FILE), LOG_CHECKPOINTS_FILE: checkpoints };
  let streams: string[];

  beforeAll(async () => {
    const store = new SqliteEventStore(temp.sqlitePath);
    streams = await recordAudits(store, 2, 2);
    await store.close();
    expect(await runCli(['generate-signing-key', '--out', keys], captureContext({}).context)).toBe(EXIT_OK);
  });
  afterAll(() => temp.remove());

  describe('When the key and the file come from LOG_SIGNING_KEY_FILE and LOG_CHECKPOINTS_FILE', () => {
    it('should sign the 8 events, print the checkpoint and add a line with their leaf hashes to the file', async () => {
      const run = captureContext(env);
      expect(await runCli(['sign-checkpoint'], run.context)).toBe(EXIT_OK);
      expect(run.stdout()).toMatch(/^Signed checkpoint: tree size 8, last position 8, root [0-9a-f]{64}\nkey [0-9a-f]{64}; 8 events hashed \(full\); recorded at position 9 and in /);
      const [line] = parseCheckpointLines(readFileSync(checkpoints, 'utf8'), 'checkpoints.jsonl');
      expect(line).toMatchObject({ treeSize: 8, lastPosition: '8', firstLeaf: 0 });
      expect(line!.leaves).toHaveLength(8);
    });

    it('should continue from the last checkpoint next time, hashing only the checkpoint event since', async () => {
      const run = captureContext(env);
      expect(await runCli(['sign-checkpoint'], run.context)).toBe(EXIT_OK);
      expect(run.stdout()).toContain('Signed checkpoint: tree size 9, last position 9');
      expect(run.stdout()).toContain('1 events hashed (incremental); recorded at position 10');
      expect(readFileSync(checkpoints, 'utf8').trim().split('\n')).toHaveLength(2);
    });
  });

  describe('When an event signed before was altered in the file', () => {
    beforeAll(() => tamperWithEvent(temp.sqlitePath, streams[0]!, 3));

    it('should refuse with --full, naming verify-log, and sign nothing', async () => {
      const run = captureContext(env);
      expect(await runCli(['sign-checkpoint', '--full'], run.context)).toBe(EXIT_FAILURE);
      expect(run.stderr()).toContain("sign-checkpoint: The log no longer gives the last checkpoint's root (tree size 9");
      expect(readFileSync(checkpoints, 'utf8').trim().split('\n')).toHaveLength(2);
    });

    it('should sign incrementally over the history as it was signed, so verify-log still finds the change', async () => {
      expect(await runCli(['sign-checkpoint'], captureContext(env).context)).toBe(EXIT_OK);
      const verify = captureContext({ SQLITE_PATH: temp.sqlitePath });
      const args = ['verify-log', '--public-key', join(keys, PUBLIC_KEY_FILE), '--checkpoints', checkpoints];
      expect(await runCli(args, verify.context)).toBe(EXIT_FAILURE);
      expect(verify.stdout()).toContain('first at position 4: the event there');
    });
  });

  describe('When the frontier of the last recorded checkpoint was rewritten', () => {
    it('should refuse to continue from it', async () => {
      const db = new Database(temp.sqlitePath);
      db.exec('DROP TRIGGER IF EXISTS events_are_never_updated');
      db.prepare(
        `UPDATE events SET data = json_set(data, '$.frontier[0]', '${'0'.repeat(64)}') WHERE stream_id = 'logCheckpoint' AND revision = (SELECT max(revision) FROM events WHERE stream_id = 'logCheckpoint')`,
      ).run();
      db.close();
      const run = captureContext(env);
      expect(await runCli(['sign-checkpoint'], run.context)).toBe(EXIT_FAILURE);
      expect(run.stderr()).toBe(
        `Signing the log in SQLite at ${temp.sqlitePath}\n` +
          'sign-checkpoint: The last recorded checkpoint (logCheckpoint revision 2) has a frontier that does not give its root: it was altered\n',
      );
    });
  });

  describe('When no key is given', () => {
    it('should exit 2 naming --key and LOG_SIGNING_KEY_FILE', async () => {
      const run = captureContext({ SQLITE_PATH: temp.sqlitePath, LOG_CHECKPOINTS_FILE: checkpoints });
      expect(await runCli(['sign-checkpoint'], run.context)).toBe(EXIT_USAGE);
      expect(run.stderr()).toContain('--key <file> is required (or set LOG_SIGNING_KEY_FILE)');
    });

    it('should exit 2 without a checkpoints file either', async () => {
      const run = captureContext({ SQLITE_PATH: temp.sqlitePath });
      expect(await runCli(['sign-checkpoint', '--key', env.LOG_SIGNING_KEY_FILE], run.context)).toBe(EXIT_USAGE);
      expect(run.stderr()).toContain('--checkpoints <file> is required (or set LOG_CHECKPOINTS_FILE)');
    });

    it('should exit 1 for a key file that is the public key', async () => {
      const run = captureContext({ ...env, LOG_SIGNING_KEY_FILE: join(keys, PUBLIC_KEY_FILE) });
      expect(await runCli(['sign-checkpoint'], run.context)).toBe(EXIT_FAILURE);
      expect(run.stderr()).toContain('Not a private key in PEM');
    });
  });
});
