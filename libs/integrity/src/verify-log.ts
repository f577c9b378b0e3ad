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
  /**
   * The recorded frontier (subtree roots), when known: not signed, but checked against the
   * signed root before use, it narrows where a failing log first differs.
   */
  readonly frontier?: readonly string[];
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
    else if (same.checkpoint.rootHash === sourced.checkpoint.rootHash && same.checkpoint.lastPosition === sourced.checkpoint.lastPosition) {
      if (same.frontier === undefined && sourced.frontier !== undefined) bySize.set(sourced.checkpoint.treeSize, { ...same, frontier: sourced.frontier });
    } else if (same.checkpoint.rootHash !== sourced.checkpoint.rootHash || same.checkpoint.lastPosition !== sourced.checkpoint.lastPosition) {
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

  // Where each recorded frontier's subtrees start and end: the positions there bound a difference.
  const subtrees = new Map<number, readonly Subtree[]>();
  const boundaries = new Set<number>();
  for (const { checkpoint, frontier } of ordered) {
    if (frontier === undefined || !frontierGivesRoot(checkpoint, frontier)) continue;
    const ranges = subtreesOf(checkpoint.treeSize);
    subtrees.set(checkpoint.treeSize, ranges);
    for (const { start, size } of ranges) boundaries.add(start - 1).add(start + size - 1);
  }
  const positionAt = new Map<number, bigint>();

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
      if (boundaries.has(frontier.size)) positionAt.set(frontier.size, event.position);
      frontier.append(Buffer.from(leaf, 'hex'));
      previousEvent = event;
      while (next < ordered.length && ordered[next]!.checkpoint.treeSize === frontier.size) {
        const target = ordered[next]!;
        if (frontier.root().toString('hex') !== target.checkpoint.rootHash || event.position.toString() !== target.checkpoint.lastPosition) {
          const where = locate(firstDifference, target, narrow(target, lastMatched, frontier, subtrees.get(target.checkpoint.treeSize), positionAt), event);
          return fail(`${describeCheckpoint(target)}: ${where.text}`, where.position, frontier.size, next);
        }
        if (firstDifference !== null && firstDifference.index < target.checkpoint.treeSize) {
          // The signed root holds, so the file's leaf list is what is wrong: it must not point anywhere.
          notes.push(
            `The exported leaf hashes differ from the log at position ${firstDifference.expected.position} although the signed root there holds: the checkpoints file's leaf list was altered`,
          );
          firstDifference = null;
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
        ? locate(firstDifference, target, narrow(target, lastMatched, null, undefined, positionAt), previousEvent)
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

interface Subtree {
  readonly start: number;
  readonly size: number;
}

/** The perfect subtrees of a tree of `size` leaves, largest (leftmost) first. */
function subtreesOf(size: number): Subtree[] {
  const ranges: Subtree[] = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) {
      ranges.push({ start, size: bit });
      start += bit;
    }
  }
  return ranges;
}

function frontierGivesRoot(checkpoint: SignedCheckpoint, hashes: readonly string[]): boolean {
  try {
    return MerkleFrontier.fromHex(checkpoint.treeSize, hashes).root().toString('hex') === checkpoint.rootHash;
  } catch {
    return false;
  }
}

/** What the log is known to match up to, and where the first difference must lie by. */
interface Bound {
  /** The log's first `matching` events are the signed ones. */
  readonly matching: number;
  readonly afterPosition: string | null;
  readonly because: string;
  /** The difference is among the first `within` events. */
  readonly within: number;
  readonly uptoPosition: string | null;
}

function narrow(
  target: SourcedCheckpoint,
  lastMatched: SourcedCheckpoint | null,
  recomputed: MerkleFrontier | null,
  ranges: readonly Subtree[] | undefined,
  positionAt: ReadonlyMap<number, bigint>,
): Bound {
  let bound: Bound = {
    matching: lastMatched?.checkpoint.treeSize ?? 0,
    afterPosition: lastMatched?.checkpoint.lastPosition ?? null,
    because: lastMatched === null ? '' : `the checkpoint at ${lastMatched.from}`,
    within: target.checkpoint.treeSize,
    uptoPosition: positionAt.get(target.checkpoint.treeSize - 1)?.toString() ?? null,
  };
  if (recomputed !== null && ranges !== undefined && target.frontier !== undefined) {
    const mine = recomputed.toHex();
    const first = ranges.findIndex((_, index) => mine[index] !== target.frontier![index]);
    const range = ranges[first];
    if (range !== undefined) {
      const end = range.start + range.size;
      bound = {
        matching: Math.max(bound.matching, range.start),
        afterPosition: range.start > bound.matching ? (positionAt.get(range.start - 1)?.toString() ?? null) : bound.afterPosition,
        because: range.start > bound.matching ? `the recorded subtree roots of the checkpoint at ${target.from}` : bound.because,
        within: end,
        uptoPosition: positionAt.get(end - 1)?.toString() ?? bound.uptoPosition,
      };
    }
  }
  return bound;
}

function locate(
  difference: { readonly index: number; readonly expected: ExpectedLeaf; readonly found: RecordedEvent } | null,
  target: SourcedCheckpoint,
  bound: Bound,
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
  // Without the exported leaf hashes, the signed roots bound where the difference lies.
  const from =
    bound.matching === 0 || bound.afterPosition === null
      ? 'from the first event'
      : `after position ${bound.afterPosition} (the log's first ${bound.matching} events match ${bound.because})`;
  const upto =
    bound.within === target.checkpoint.treeSize
      ? `the ${ordinal(bound.within)} event (now position ${lastRead?.position ?? 'none'}, signed as position ${target.checkpoint.lastPosition})`
      : `the ${ordinal(bound.within)} event (now position ${bound.uptoPosition ?? 'none'})`;
  return { position: null, text: `somewhere ${from} up to ${upto}; give --checkpoints <file> to name the position` };
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
