import { join } from 'node:path';
import { ChildTextEncryptingEventStore } from '../../../../libs/crypto/src/child-text-encrypting-event-store.js';
import { looksLikeChildTextEnvelope } from '../../../../libs/crypto/src/child-text-envelope.js';
import { ChildTextReader } from '../../../../libs/crypto/src/child-text-reader.js';
import { SqliteCaseKeyStore } from '../../../../libs/crypto/src/sqlite-case-key-store.js';
import { SqliteEventStore } from '../../../../libs/event-store/src/sqlite/sqlite-event-store.js';
import { PUBLIC_KEY_FILE, SIGNING_KEY_FILE } from './generate-signing-key.command.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from '../cli-context.js';
import { runCli } from '../cli.js';
import { captureContext, recordAudits, tempDirectory } from '../testing/cli-test-support.js';

/** The evaluations of one audit stream, read from the event file and opened with the key file as it is now. */
async function evaluations(sqlitePath: string, keysPath: string, streamId: string): Promise<unknown[]> {
  const events = new SqliteEventStore(sqlitePath);
  const keys = new SqliteCaseKeyStore(keysPath);
  try {
    const recorded = await events.readStream(streamId);
    const stored = recorded.filter((e) => e.type === 'CaseFileAuditCriterionGraded').map((e) => e.data['evaluation']);
    expect(stored.every(looksLikeChildTextEnvelope)).toBe(true);
    return await new ChildTextReader(keys).reveal(stored);
  } finally {
    await events.close();
    await keys.close();
  }
}

describe('shred-case-key (issue 6 item 5)', () => {
  const temp = tempDirectory();
  const keysPath = join(temp.dir, 'case-keys.sqlite');
  const env = { SQLITE_PATH: temp.sqlitePath };
  let streams: string[];

  beforeAll(async () => {
    // Two audits (cases AZ-100001 and AZ-100002) recorded as the service records them: child text sealed.
    const store = new ChildTextEncryptingEventStore(new SqliteEventStore(temp.sqlitePath), new SqliteCaseKeyStore(keysPath), { closeKeyStore: true });
    streams = await recordAudits(store, 2, 3);
    await store.close();
    expect(await runCli(['generate-signing-key', '--out', join(temp.dir, 'keys')], captureContext({}).context)).toBe(EXIT_OK);
    const signing = captureContext(env);
    expect(await runCli(['sign-checkpoint', '--key', join(temp.dir, 'keys', SIGNING_KEY_FILE), '--checkpoints', join(temp.dir, 'c.jsonl')], signing.context)).toBe(
      EXIT_OK,
    );
  });
  afterAll(() => temp.remove());

  describe('Given a log whose audits of AZ-100001 carry child text', () => {
    it('should read the evaluations as written before anything is shredded', async () => {
      expect(await evaluations(temp.sqlitePath, keysPath, streams[0]!)).toEqual([
        'Evidence seen for criterion 1',
        'Evidence seen for criterion 2',
        'Evidence seen for criterion 3',
      ]);
    });

    describe('When someone other than the S&QA manager asks, or the case or the reason is missing or malformed', () => {
      it('should refuse and shred nothing', async () => {
        const asOfficer = captureContext(env);
        expect(await runCli(['shred-case-key', '--case', 'AZ-100001', '--reason', 'Retention ended', '--actor', 'sqao-001', '--role', 'SQA_OFFICER'], asOfficer.context)).toBe(
          EXIT_FAILURE,
        );
        expect(asOfficer.stderr()).toContain('CASE_KEY.NOT_PERMITTED');
        const malformed = captureContext(env);
        expect(await runCli(['shred-case-key', '--case', 'AZ 1/2', '--reason', 'Retention ended', '--actor', 'sqam-001'], malformed.context)).toBe(EXIT_FAILURE);
        expect(malformed.stderr()).toContain('CASE_KEY.INVALID_ID');
        expect(await runCli(['shred-case-key', '--case', 'AZ-100001', '--reason', ' ', '--actor', 'sqam-001'], captureContext(env).context)).toBe(EXIT_USAGE);
        expect(await runCli(['shred-case-key', '--case', 'AZ-100001', '--actor', 'sqam-001'], captureContext(env).context)).toBe(EXIT_USAGE);
        expect(await evaluations(temp.sqlitePath, keysPath, streams[0]!)).toContain('Evidence seen for criterion 1');
      });
    });

    describe('When CASE_KEYS_PATH names no file', () => {
      it('should refuse rather than shred in a new empty file', async () => {
        const run = captureContext({ ...env, CASE_KEYS_PATH: join(temp.dir, 'typo.sqlite') });
        expect(await runCli(['shred-case-key', '--case', 'AZ-100001', '--reason', 'Retention ended', '--actor', 'sqam-001'], run.context)).toBe(EXIT_FAILURE);
        expect(run.stderr()).toContain('No case key file at');
      });
    });

    describe('When the S&QA manager shreds the key of AZ-100001', () => {
      let run: ReturnType<typeof captureContext>;
      beforeAll(async () => {
        run = captureContext(env);
        expect(
          await runCli(['shred-case-key', '--case', 'AZ-100001', '--reason', 'Retention ended: closed 2019-03-31', '--actor', 'sqam-001'], run.context),
        ).toBe(EXIT_OK);
      });

      it('should say what it recorded and shredded', () => {
        expect(run.stdout()).toContain('Recorded CaseKeyShredded in caseKey-AZ-100001');
        expect(run.stdout()).toContain(`Shredded the key of case AZ-100001 in ${keysPath}`);
        expect(run.stdout()).toContain('OK: the child text of case AZ-100001 is unreadable from now on');
      });

      it("should leave that case's evaluations unreadable and the other case's as written", async () => {
        expect(await evaluations(temp.sqlitePath, keysPath, streams[0]!)).toEqual([null, null, null]);
        expect(await evaluations(temp.sqlitePath, keysPath, streams[1]!)).toContain('Evidence seen for criterion 2');
      });

      it('should leave every hash chain and the signed checkpoint verifying', async () => {
        const verify = captureContext(env);
        expect(await runCli(['verify'], verify.context)).toBe(EXIT_OK);
        expect(verify.stdout()).toContain('OK: every hash chain is intact');
        const verifyLog = captureContext(env);
        const args = ['verify-log', '--public-key', join(temp.dir, 'keys', PUBLIC_KEY_FILE), '--checkpoints', join(temp.dir, 'c.jsonl')];
        expect(await runCli(args, verifyLog.context)).toBe(EXIT_OK);
      });

      it('should record nothing more when run again', async () => {
        const again = captureContext(env);
        expect(await runCli(['shred-case-key', '--case', 'AZ-100001', '--reason', 'Again', '--actor', 'sqam-001'], again.context)).toBe(EXIT_OK);
        expect(again.stdout()).toContain('was recorded before; nothing more recorded');
        expect(again.stdout()).toContain('was shredded at');
        const events = new SqliteEventStore(temp.sqlitePath);
        try {
          expect(await events.readStream('caseKey-AZ-100001')).toHaveLength(1);
        } finally {
          await events.close();
        }
      });
    });
  });
});
