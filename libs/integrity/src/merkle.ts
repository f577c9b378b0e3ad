import { createHash } from 'node:crypto';

/**
 * A Merkle tree as RFC 6962 (Certificate Transparency) defines it, over SHA-256:
 *   leaf hash  = SHA-256(0x00 || leaf bytes)
 *   node hash  = SHA-256(0x01 || left || right)
 *   MTH([])    = SHA-256('')
 *   MTH(D[n])  = node(MTH(D[0:k]), MTH(D[k:n])), k the largest power of two below n.
 * The prefixes separate the two domains: no leaf can be presented as an inner node, nor the
 * other way round (the second-preimage attack on unprefixed trees).
 */
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export const EMPTY_TREE_ROOT: Buffer = createHash('sha256').digest();

export function leafHash(leaf: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(leaf).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/**
 * The compact range of a growing tree: the roots of its perfect subtrees, largest (leftmost)
 * first, one per bit set in its size. Appending a leaf merges equal-sized subtrees, so a tree of
 * n leaves costs O(n) hashes in all and holds O(log n) of them; the root folds them from the
 * right, which is the RFC 6962 split. Kept with each checkpoint, it lets the next checkpoint hash
 * only the events recorded since.
 */
export class MerkleFrontier {
  private readonly subtrees: Buffer[];
  private count: number;

  private constructor(size: number, subtrees: Buffer[]) {
    this.count = size;
    this.subtrees = subtrees;
  }

  static empty(): MerkleFrontier {
    return new MerkleFrontier(0, []);
  }

  /** Restores a frontier from `hashes` (hex, as `toHex` gives them); throws if they cannot be one of `size` leaves. */
  static fromHex(size: number, hashes: readonly string[]): MerkleFrontier {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`A tree size must be a whole number from 0, not ${size}`);
    if (hashes.length !== bitCount(size)) {
      throw new RangeError(`A tree of ${size} leaves has ${bitCount(size)} subtree hashes in its frontier, not ${hashes.length}`);
    }
    if (hashes.some((hash) => !/^[0-9a-f]{64}$/.test(hash))) throw new RangeError('A frontier hash must be 64 lowercase hex digits');
    return new MerkleFrontier(size, hashes.map((hash) => Buffer.from(hash, 'hex')));
  }

  get size(): number {
    return this.count;
  }

  append(leaf: Buffer): void {
    this.subtrees.push(leaf);
    // Each trailing 1 bit of the old size is a subtree of the new leaf's size to merge with.
    for (let carry = this.count; carry % 2 === 1; carry = Math.floor(carry / 2)) {
      const right = this.subtrees.pop()!;
      const left = this.subtrees.pop()!;
      this.subtrees.push(nodeHash(left, right));
    }
    this.count += 1;
  }

  root(): Buffer {
    if (this.subtrees.length === 0) return EMPTY_TREE_ROOT;
    let root = this.subtrees[this.subtrees.length - 1]!;
    for (let index = this.subtrees.length - 2; index >= 0; index--) root = nodeHash(this.subtrees[index]!, root);
    return root;
  }

  toHex(): string[] {
    return this.subtrees.map((hash) => hash.toString('hex'));
  }

  clone(): MerkleFrontier {
    return new MerkleFrontier(this.count, [...this.subtrees]);
  }
}

/** The root of a tree over these leaf hashes (already `leafHash`ed). */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  const frontier = MerkleFrontier.empty();
  for (const leaf of leaves) frontier.append(leaf);
  return frontier.root();
}

function bitCount(size: number): number {
  let bits = 0;
  for (let rest = size; rest > 0; rest = Math.floor(rest / 2)) bits += rest % 2;
  return bits;
}
