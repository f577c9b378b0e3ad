import { createPublicKey, randomUUID, type KeyObject } from 'node:crypto';
import { ConcurrencyError, NO_STREAM, type EventStore } from '../../event-store/src/event-store.port.js';
import { chainEvents, lastHashOf } from '../../event-store/src/hash-chain.js';
import { signCheckpoint, verifyCheckpointSignature, keyIdOf, type SignedCheckpoint } from './checkpoint.js';
import {
  checkpointEvent,
  CheckpointFormatError,
  LOG_CHECKPOINT_STREAM,
  readCheckpointEvent,
  type CheckpointLine,
  type LogCheckpointSignedData,
} from './checkpoint-record.js';
import { logLeafHash } from './log-leaf.js';
import { MerkleFrontier } from './merkle.js';

export type CheckpointLog = Pick<EventStore, 'readAll' | 'readStream' | 'appendToStream'>;

export interface IssueCheckpointOptions {
  readonly privateKey: KeyObject;
  readonly now: Date;
  /** Hash the whole log again and check it still gives the last checkpoint's root (default: continue from its frontier). */
  readonly full?: boolean;
  /** Events per `$all` page. */
  readonly pageSize?: number;
  /** The checkpoint event's id (default: a random UUID). */
  readonly eventId?: string;
}

export interface IssuedCheckpoint {
  readonly checkpoint: LogCheckpointSignedData;
  /** The line to export: the checkpoint and the leaf hashes it added. */
  readonly line: CheckpointLine;
  readonly previous: SignedCheckpoint | null;
  readonly mode: 'incremental' | 'full';
  /** Events hashed this time: those since the previous checkpoint, or the whole log when full. */
  readonly hashed: number;
  /** Where the checkpoint event was recorded (a leaf of the next checkpoint's tree). */
  readonly position: bigint;
  /** Things the operator should know (a key change), for stderr. */
  readonly notes: readonly string[];
}

/** The checkpoint was not signed, for a reason the operator can act on. */
export class CheckpointRefusedError extends Error {
  override readonly name = 'CheckpointRefusedError';
}

/**
 * Signs the whole log as it stands and records the checkpoint as the next event of the
 * checkpoint stream (appended with the revision read, chained like every stream).
 *
 * Incremental by default: the last recorded checkpoint carries its frontier, which is checked
 * against its signed root and continued with the events after its last position, so only the
 * new events are hashed. Continuing from the frontier, never from the log's current prefix,
 * means a log altered before the last checkpoint cannot be signed over: the new root still
 * commits to the history as it was signed. With `full`, or when the last checkpoint was signed
 * by another key (whose signature this key cannot check), the whole log is hashed and must give
 * the last checkpoint's root at its size, or nothing is signed.
 */
export async function issueCheckpoint(log: CheckpointLog, options: IssueCheckpointOptions): Promise<IssuedCheckpoint> {
  const pageSize = options.pageSize ?? 1000;
  const notes: string[] = [];
  const keyId = keyIdOf(options.privateKey);

  // 1. The last checkpoint, checked.
  const [last] = await log.readStream(LOG_CHECKPOINT_STREAM, { direction: 'backwards', maxCount: 1 });
  let previous: LogCheckpointSignedData | null = null;
  let previousFrontier: MerkleFrontier | null = null;
  if (last !== undefined) {
    try {
      previous = readCheckpointEvent(last);
      previousFrontier = MerkleFrontier.fromHex(previous.treeSize, previous.frontier);
    } catch (error) {
      if (error instanceof CheckpointFormatError || error instanceof RangeError) {
        throw new CheckpointRefusedError(`The last recorded checkpoint (${LOG_CHECKPOINT_STREAM} revision ${last.revision}) is malformed: ${error.message}`);
      }
      throw error;
    }
    if (previousFrontier.root().toString('hex') !== previous.rootHash) {
      throw new CheckpointRefusedError(
        `The last recorded checkpoint (${LOG_CHECKPOINT_STREAM} revision ${last.revision}) has a frontier that does not give its root: it was altered`,
      );
    }
  }
  let mode: 'incremental' | 'full' = options.full === true || previous === null ? 'full' : 'incremental';
  if (previous !== null && previous.keyId === keyId) {
    const verdict = verifyCheckpointSignature(previous, createPublicKey(options.privateKey));
    if (!verdict.valid) {
      throw new CheckpointRefusedError(`The last recorded checkpoint (${LOG_CHECKPOINT_STREAM} revision ${last!.revision}): ${verdict.reason}`);
    }
  } else if (previous !== null) {
    notes.push(
      `The last checkpoint was signed by key ${previous.keyId}, not this one: the whole log was hashed and matched its root, ` +
        'but its signature was not checked (verify-log with that public key checks it)',
    );
    mode = 'full';
  }

  // 2. Hash the events it does not cover yet (or all of them).
  const frontier = mode === 'incremental' ? previousFrontier!.clone() : MerkleFrontier.empty();
  const coveredBefore = previous?.treeSize ?? 0;
  const leaves: [string, string][] = [];
  let after: bigint | undefined = mode === 'incremental' ? BigInt(previous!.lastPosition) : undefined;
  let hashed = 0;
  for (;;) {
    const page = await log.readAll({ ...(after !== undefined ? { after } : {}), maxCount: pageSize });
    for (const event of page) {
      const leaf = logLeafHash(event);
      frontier.append(leaf);
      hashed += 1;
      if (frontier.size > coveredBefore) leaves.push([event.position.toString(10), leaf.toString('hex')]);
      if (mode === 'full' && previous !== null && frontier.size === previous.treeSize) {
        if (frontier.root().toString('hex') !== previous.rootHash || event.position.toString(10) !== previous.lastPosition) {
          throw new CheckpointRefusedError(
            `The log no longer gives the last checkpoint's root (tree size ${previous.treeSize}, signed ${previous.issuedAt}): ` +
              'it was altered; run verify-log to find where. Nothing was signed',
          );
        }
      }
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.position;
  }
  if (frontier.size === 0) throw new CheckpointRefusedError('The log is empty: there is nothing to sign');
  if (previous !== null && frontier.size < previous.treeSize) {
    throw new CheckpointRefusedError(
      `The log holds ${frontier.size} events but the last checkpoint covered ${previous.treeSize}: events were removed; run verify-log. Nothing was signed`,
    );
  }
  if (previous !== null && frontier.size === previous.treeSize) {
    throw new CheckpointRefusedError('No event was recorded after the last checkpoint (not even the checkpoint itself): nothing to sign');
  }

  // 3. Sign and record.
  const lastPosition = leaves[leaves.length - 1]![0];
  const signed = signCheckpoint(
    { treeSize: frontier.size, lastPosition, rootHash: frontier.root().toString('hex'), issuedAt: options.now.toISOString() },
    options.privateKey,
  );
  const checkpoint: LogCheckpointSignedData = { ...signed, frontier: frontier.toHex() };
  const [event] = chainEvents(LOG_CHECKPOINT_STREAM, last === undefined ? null : lastHashOf([last]), [
    checkpointEvent(options.eventId ?? randomUUID(), checkpoint),
  ]);
  let position: bigint;
  try {
    ({ position } = await log.appendToStream(LOG_CHECKPOINT_STREAM, [event!], {
      expectedRevision: last === undefined ? NO_STREAM : last.revision,
    }));
  } catch (error) {
    if (error instanceof ConcurrencyError) {
      throw new CheckpointRefusedError('Another checkpoint was recorded while this one was being made: sign again');
    }
    throw error;
  }
  return {
    checkpoint,
    line: { ...signed, firstLeaf: coveredBefore, leaves },
    previous,
    mode,
    hashed,
    position,
    notes,
  };
}
