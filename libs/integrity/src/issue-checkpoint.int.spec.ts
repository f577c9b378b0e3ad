import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NO_STREAM, type EventStore, type NewEvent } from '../../event-store/src/event-store.port.js';
import { chainEvents, verifyChain } from '../../event-store/src/hash-chain.js';
import { EsdbEventStore } from '../../event-store/src/esdb/esdb-event-store.js';
import { startEsdbTestServer } from '../../event-store/src/testing/esdb-test-server.js';
import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { generateSigningKeyPair, loadPrivateKey, loadPublicKey, verifyCheckpointSignature } from './checkpoint.js';
import { LOG_CHECKPOINT_SIGNED, LOG_CHECKPOINT_STREAM, readCheckpointEvent } from './checkpoint-record.js';
import { CheckpointRefusedError, issueCheckpoint } from './issue-checkpoint.js';
import { logLeafHash } from './log-leaf.js';
import { merkleRoot } from './merkle.js';
import { verifyLog } from './verify-log.js';

const pair = generateSigningKeyPair();
const privateKey = loadPrivateKey(pair.privateKeyPem);
const publicKey = loadPublicKey(pair.publicKeyPem);
const now = new Date('2026-11-26T10:00:00.000Z');

async function record(store: EventStore, streamId: string, count: number): Promise<void> {
  const existing = await store.readStream(streamId);
  const events: NewEvent[] = Array.from({ length: count }, (_, n) => ({ eventId: randomUUID(), type: 'ThingNoted', data: { n }, metadata: {} }));
  const last = existing[existing.length - 1];
  await store.appendToStream(streamId, chainEvents(streamId, (last?.metadata['hash'] as string | undefined) ?? null, events), {
    expectedRevision: last === undefined ? NO_STREAM : last.revision,
  });
}

async function fullRoot(store: EventStore, upTo: number): Promise<string> {
  return merkleRoot((await store.readAll({ maxCount: upTo })).map(logLeafHash)).toString('hex');
}

describe('Issuing checkpoints on a real SQLite log', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'qa-integrity-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('When the log is signed for the first time', () => {
    it('should sign the root of every event and record it as the first LogCheckpointSigned of its stream', async () => {
      await record(store, 'thing-1', 5);
      const issued = await issueCheckpoint(store, { privateKey, now, pageSize: 2 });
      expect(issued).toMatchObject({ mode: 'full', hashed: 5, previous: null, position: 6n });
      expect(issued.checkpoint).toMatchObject({ treeSize: 5, lastPosition: '5', rootHash: await fullRoot(store, 5), issuedAt: now.toISOString() });
      expect(verifyCheckpointSignature(issued.checkpoint, publicKey)).toEqual({ valid: true });
      const recorded = await store.readStream(LOG_CHECKPOINT_STREAM);
      expect(recorded.map((e) => e.type)).toEqual([LOG_CHECKPOINT_SIGNED]);
      expect(readCheckpointEvent(recorded[0]!)).toEqual(issued.checkpoint);
      expect(issued.line).toMatchObject({ firstLeaf: 0, rootHash: issued.checkpoint.rootHash });
      expect(issued.line.leaves.map(([position]) => position)).toEqual(['1', '2', '3', '4', '5']);
    });

    it('should refuse an empty log', async () => {
      await expect(issueCheckpoint(store, { privateKey, now })).rejects.toThrow(new CheckpointRefusedError('The log is empty: there is nothing to sign'));
    });
  });

  describe('When more events follow a checkpoint', () => {
    it('should hash only the new ones (the checkpoint event among them) and give the root of a full recompute', async () => {
      await record(store, 'thing-1', 7);
      const first = await issueCheckpoint(store, { privateKey, now, pageSize: 3 });
      await record(store, 'thing-2', 6);
      await record(store, 'thing-1', 2);
      const second = await issueCheckpoint(store, { privateKey, now, pageSize: 3 });
      expect(second).toMatchObject({ mode: 'incremental', hashed: 9 });
      expect(second.checkpoint.treeSize).toBe(16);
      expect(second.checkpoint.rootHash).toBe(await fullRoot(store, 16));
      expect(second.line.firstLeaf).toBe(7);
      expect(second.line.leaves[0]).toEqual([String(first.position), logLeafHash((await store.readAll({ after: 7n, maxCount: 1 }))[0]!).toString('hex')]);

      const full = await issueCheckpoint(store, { privateKey, now, full: true });
      expect(full).toMatchObject({ mode: 'full', hashed: 17 });
      expect(full.checkpoint.rootHash).toBe(await fullRoot(store, 17));
    });

    it('should keep the checkpoint stream\'s own hash chain intact', async () => {
      await record(store, 'thing-1', 2);
      await issueCheckpoint(store, { privateKey, now });
      await issueCheckpoint(store, { privateKey, now });
      expect(verifyChain(LOG_CHECKPOINT_STREAM, await store.readStream(LOG_CHECKPOINT_STREAM))).toMatchObject({ valid: true, events: 2 });
    });
  });

  describe('When the last checkpoint was signed by another key', () => {
    it('should hash the whole log, check it against that root, sign, and say so', async () => {
      await record(store, 'thing-1', 3);
      await issueCheckpoint(store, { privateKey: loadPrivateKey(generateSigningKeyPair().privateKeyPem), now });
      const issued = await issueCheckpoint(store, { privateKey, now });
      expect(issued.mode).toBe('full');
      expect(issued.notes[0]).toContain('the whole log was hashed and matched its root, but its signature was not checked');
    });
  });

  describe('When signing twice at once', () => {
    it('should record one checkpoint and refuse the other (expected revision)', async () => {
      await record(store, 'thing-1', 3);
      const results = await Promise.allSettled([issueCheckpoint(store, { privateKey, now }), issueCheckpoint(store, { privateKey, now })]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toEqual(
        new CheckpointRefusedError('Another checkpoint was recorded while this one was being made: sign again'),
      );
      expect(await store.readStream(LOG_CHECKPOINT_STREAM)).toHaveLength(1);
    });
  });

  describe('When checkpoints of one log are verified together', () => {
    it('should find every root and report the latest covered position', async () => {
      await record(store, 'thing-1', 4);
      const first = await issueCheckpoint(store, { privateKey, now });
      await record(store, 'thing-2', 4);
      const second = await issueCheckpoint(store, { privateKey, now });
      const verdict = await verifyLog(store, {
        checkpoints: [
          { checkpoint: second.checkpoint, from: 'second' },
          { checkpoint: first.checkpoint, from: 'first' },
        ],
        publicKey,
        pageSize: 3,
      });
      expect(verdict).toEqual({ valid: true, checkpoints: 2, events: 10, covered: 9, coveredToPosition: '9', notes: [] });
    });

    it('should refuse two signed checkpoints of one size with different roots (a fork)', async () => {
      await record(store, 'thing-1', 4);
      const real = await issueCheckpoint(store, { privateKey, now });
      const { signCheckpoint } = await import('./checkpoint.js');
      const forked = signCheckpoint({ ...real.checkpoint, rootHash: 'ab'.repeat(32) }, privateKey);
      const verdict = await verifyLog(store, { checkpoints: [{ checkpoint: real.checkpoint, from: 'a' }, { checkpoint: forked, from: 'b' }], publicKey });
      expect(verdict).toMatchObject({ valid: false, reason: 'Two signed checkpoints of tree size 4 disagree (a and b): two different histories were signed' });
    });

    it('should refuse a larger tree that ends before a smaller one', async () => {
      await record(store, 'thing-1', 4);
      const { signCheckpoint } = await import('./checkpoint.js');
      const small = signCheckpoint({ treeSize: 2, lastPosition: '3', rootHash: 'ab'.repeat(32), issuedAt: now.toISOString() }, privateKey);
      const large = signCheckpoint({ treeSize: 3, lastPosition: '2', rootHash: 'cd'.repeat(32), issuedAt: now.toISOString() }, privateKey);
      const verdict = await verifyLog(store, { checkpoints: [{ checkpoint: small, from: 'a' }, { checkpoint: large, from: 'b' }], publicKey });
      expect(verdict).toMatchObject({ valid: false, reason: expect.stringContaining('they cannot be of one log') });
    });
  });
});

describe('Issuing and verifying checkpoints on EventStoreDB (in-repo gRPC test server)', () => {
  let server: Awaited<ReturnType<typeof startEsdbTestServer>>;
  let store: EsdbEventStore;
  beforeAll(async () => {
    server = await startEsdbTestServer();
    store = new EsdbEventStore(server.connectionString);
  });
  afterAll(async () => {
    await store.close();
    await server.stop();
  });

  describe('When the log is signed twice and verified', () => {
    it('should keep positions past 2^53 exact and verify both checkpoints', async () => {
      await record(store, 'thing-1', 3);
      const first = await issueCheckpoint(store, { privateKey, now });
      await record(store, 'thing-2', 2);
      const second = await issueCheckpoint(store, { privateKey, now });
      expect(second.mode).toBe('incremental');
      expect(BigInt(first.checkpoint.lastPosition)).toBeGreaterThan(2n ** 53n);
      expect(BigInt(second.checkpoint.lastPosition)).toBeGreaterThan(BigInt(first.checkpoint.lastPosition));
      expect(second.checkpoint.rootHash).toBe(await fullRoot(store, second.checkpoint.treeSize));
      const verdict = await verifyLog(store, {
        checkpoints: [first, second].map(({ checkpoint }, index) => ({ checkpoint, from: `#${index + 1}` })),
        leaves: [first.line, second.line],
        publicKey,
      });
      expect(verdict).toMatchObject({ valid: true, checkpoints: 2, events: 7, covered: 6 });
    });
  });
});
