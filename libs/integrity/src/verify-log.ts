import type { KeyObject } from 'node:crypto';
import type { EventStore, RecordedEvent } from '../../event-store/src/event-store.port.js';
import { verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint.js';
import type { CheckpointLeaves } from './checkpoint-record.js';
import { logLeafHash } from './log-leaf.js';
import { MerkleFrontier } from './merkle.js';

export interface SourcedCheckpoint {
  readonly checkpoint: SignedCheckpoint;
  /** Where it was read, for messages: "checkpoints.jsonl line 3", "logCheckpoint revision 2". */
  readonly from: string;
}

export interface VerifyLogInput {
  readonly checkpoints: readonly SourcedCheckpoint[];
  readonly publicKey: KeyObject;
  /**
   * Leaf hashes by position from the exported file. Only used to say exactly where the log
   * differs once a signed root has failed: they are not trusted to pass anything.
   */
  readonly leaves?: readonly CheckpointLeaves[];
  readonly pageSize?: number;
}

export type LogVerdict =
  | {
      readonly valid: true;
      readonly checkpoints: number;
      readonly events: number;
      /** The latest checkpoint's tree size and last position. */
      readonly covered: number;
      readonly coveredToPosition: string;
      readonly notes: readonly string[];
    }
  | {
      readonly valid: false;
      readonly checkpoints: number;
      readonly events: number;
      /** The first position where the log differs from what was signed, when it can be named. */
      readonly position: string | null;
      readonly reason: string;
      readonly notes: readonly string[];
    };

interface ExpectedLeaf {
  readonly position: string;
  readonly hash: string;
}

/**
 * Verifies the log offline against signed checkpoints:
 * 1. every checkpoint's signature, by the given public key;
 * 2. that they are consistent with each other: one root per tree size, positions growing with
 *    the size (two checkpoints of the same log are consistent when both roots are the roots of
 *    the log's prefixes of their sizes, which step 3 checks);
 * 3. the log read in global-position order: its first treeSize events give each checkpoint's
 *    root and end at its last position. The first checkpoint that fails is reported, with the
 *    first position where the log differs from the exported leaf hashes when they are given.
 */
export async function verifyLog(log: Pick<EventStore, 'readAll'>, input: VerifyLogInput): Promise<LogVerdict> {
  const notes: string[] = [];
  const pageSize = input.pageSize ?? 1000;
  const fail = (reason: string, position: string | null, events = 0, checkpoints = 0): LogVerdict => ({
    valid: false,
    checkpoints,
    events,
    position,
    reason,
    notes,
  });

  if (input.checkpoints.length === 0) return fail('No signed checkpoint to verify against', null);

  // 1. Signatures.
  for (const { checkpoint, from } of input.checkpoints) {
    const verdict = verifyCheckpointSignature(checkpoint, input.publicKey);
    if (!verdict.valid) return fail(`The checkpoint at ${from} (tree size ${checkpoint.treeSize}) is not authentic: ${verdict.reason}`, null);
  }

  // 2. One root per size, positions growing with the size.
  const bySize = new Map<number, SourcedCheckpoint>();
  for (const sourced of input.checkpoints) {
    const same = bySize.get(sourced.checkpoint.treeSize);
    if (same === undefined) bySize.set(sourced.checkpoint.treeSize, sourced);
    else if (same.checkpoint.rootHash !== sourced.checkpoint.rootHash || same.checkpoint.lastPosition !== sourced.checkpoint.lastPosition) {
      return fail(
        `Two signed checkpoints of tree size ${sourced.checkpoint.treeSize} disagree (${same.from} and ${sourced.from}): ` +
          'two different histories were signed',
        null,
      );
    }
  }
  const ordered = [...bySize.values()].sort((a, b) => a.checkpoint.treeSize - b.checkpoint.treeSize);
  for (let index = 1; index < ordered.length; index++) {
    const [earlier, later] = [ordered[index - 1]!, ordered[index]!];
    if (BigInt(later.checkpoint.lastPosition) <= BigInt(earlier.checkpoint.lastPosition)) {
      return fail(
        `The checkpoint at ${later.from} (tree size ${later.checkpoint.treeSize}) ends at position ${later.checkpoint.lastPosition}, ` +
          `not after the smaller tree of ${earlier.from} (position ${earlier.checkpoint.lastPosition}): they cannot be of one log`,
        null,
      );
    }
  }

  const expected = new Map<number, ExpectedLeaf>();
  for (const batch of input.leaves ?? []) {
    batch.leaves.forEach(([position, hash], offset) => expected.set(batch.firstLeaf + offset, { position, hash }));
  }

  // 3. The log against each root, in one pass.
  const frontier = MerkleFrontier.empty();
  let next = 0;
  let firstDifference: { readonly index: number; readonly expected: ExpectedLeaf; readonly found: RecordedEvent } | null = null;
  let lastMatched: SourcedCheckpoint | null = null;
  let previousEvent: RecordedEvent | null = null;
  let after: bigint | undefined;
  for (;;) {
    const page = await log.readAll({ ...(after !== undefined ? { after } : {}), maxCount: pageSize });
    for (const event of page) {
      if (previousEvent !== null && event.position <= previousEvent.position) {
        return fail(`The log is out of order: position ${event.position} is read after ${previousEvent.position}`, event.position.toString(), frontier.size);
      }
      const leaf = logLeafHash(event).toString('hex');
      const hint = expected.get(frontier.size);
      if (firstDifference === null && hint !== undefined && (hint.position !== event.position.toString() || hint.hash !== leaf)) {
        firstDifference = { index: frontier.size, expected: hint, found: event };
      }
      frontier.append(Buffer.from(leaf, 'hex'));
      previousEvent = event;
      while (next < ordered.length && ordered[next]!.checkpoint.treeSize === frontier.size) {
        const target = ordered[next]!;
        if (frontier.root().toString('hex') !== target.checkpoint.rootHash || event.position.toString() !== target.checkpoint.lastPosition) {
          const where = locate(firstDifference, target, lastMatched, event);
          return fail(`${describeCheckpoint(target)}: ${where.text}`, where.position, frontier.size, next);
        }
        lastMatched = target;
        next += 1;
      }
    }
    if (page.length < pageSize) break;
    after = page[page.length - 1]!.position;
  }

  if (next < ordered.length) {
    const target = ordered[next]!;
    const missing = expected.get(frontier.size);
    const where =
      firstDifference !== null
        ? locate(firstDifference, target, lastMatched, previousEvent)
        : missing !== undefined
          ? {
              position: missing.position,
              text: `the event at position ${missing.position} is missing: the log ends ${previousEvent === null ? 'before any event' : `at position ${previousEvent.position}`} (removed)`,
            }
          : {
              position: null,
              text: `the log holds ${frontier.size} events, ${target.checkpoint.treeSize - frontier.size} fewer than were signed: events after position ${previousEvent?.position ?? 'none'} were removed`,
            };
    return fail(`${describeCheckpoint(target)}: ${where.text}`, where.position, frontier.size, next);
  }

  if (firstDifference !== null) {
    notes.push(
      `The exported leaf hashes differ from the log at position ${firstDifference.expected.position} although every signed root matches: the checkpoints file's leaf list was altered`,
    );
  }
  const latest = ordered[ordered.length - 1]!.checkpoint;
  return {
    valid: true,
    checkpoints: ordered.length,
    events: frontier.size,
    covered: latest.treeSize,
    coveredToPosition: latest.lastPosition,
    notes,
  };
}

function describeCheckpoint({ checkpoint, from }: SourcedCheckpoint): string {
  return `The log differs from the checkpoint of ${checkpoint.treeSize} events signed ${checkpoint.issuedAt} (${from})`;
}

function locate(
  difference: { readonly index: number; readonly expected: ExpectedLeaf; readonly found: RecordedEvent } | null,
  target: SourcedCheckpoint,
  lastMatched: SourcedCheckpoint | null,
  lastRead: RecordedEvent | null,
): { readonly position: string | null; readonly text: string } {
  if (difference !== null && difference.index < target.checkpoint.treeSize) {
    const { expected, found } = difference;
    const foundPosition = found.position;
    const wanted = BigInt(expected.position);
    const at = `${found.streamId} revision ${found.revision}`;
    if (foundPosition === wanted) {
      return { position: expected.position, text: `first at position ${expected.position}: the event there (${at}) was altered or put in another's place` };
    }
    if (foundPosition > wanted) {
      return {
        position: expected.position,
        text: `first at position ${expected.position}: the event signed there is missing (removed); the log goes on with position ${foundPosition} (${at})`,
      };
    }
    return {
      position: foundPosition.toString(),
      text: `first at position ${foundPosition}: an event that was not signed there (${at}) stands before position ${expected.position} (inserted or moved)`,
    };
  }
  // Without the exported leaf hashes, the roots bound where the difference lies.
  const from = lastMatched === null ? 'from the first event' : `after position ${lastMatched.checkpoint.lastPosition} (which the checkpoint at ${lastMatched.from} vouches for)`;
  return {
    position: null,
    text:
      `somewhere ${from} up to the ${target.checkpoint.treeSize}th event (now position ${lastRead?.position ?? 'none'}, signed as position ${target.checkpoint.lastPosition}); ` +
      'give --checkpoints <file> to name the position',
  };
}
