import { createHash } from 'node:crypto';

/**
 * The random numbers of the annual sample (CFA-1), written out here so that a draw can be re-run
 * from its recorded seed and give the same cases for as long as the record is kept: no
 * Math.random, and no library whose algorithm could change under us.
 *
 * A generator is keyed by a list of parts (the algorithm version, what it is for, the seed, ...):
 * SHA-256 of the UTF-8 bytes of `JSON.stringify(parts)` (non-ASCII characters as themselves, no
 * spaces) gives 32 bytes; the first 16, read as four big-endian unsigned 32-bit words, are the
 * state of xoshiro128** 1.1 (Blackman and Vigna, https://prng.di.unimi.it/xoshiro128starstar.c).
 * Keying each use by its own parts keeps one use from shifting another: the shuffle of one
 * stratum does not depend on which other strata the frame holds.
 */

export interface SeededRandom {
  /** The next output of the generator, an unsigned 32-bit integer. */
  nextUint32(): number;
  /**
   * A whole number from 0 to bound - 1, each equally likely: outputs at or above the largest
   * multiple of `bound` below 2^32 are drawn again, so no number is favoured (no modulo bias).
   */
  uniformInt(bound: number): number;
}

export type SeedPart = string | number;

const TWO_POW_32 = 0x1_0000_0000;

export function seededRandom(parts: readonly SeedPart[]): SeededRandom {
  return randomFromState(stateFromParts(parts));
}

/** The generator's starting state for the given parts (four unsigned 32-bit words). */
export function stateFromParts(parts: readonly SeedPart[]): [number, number, number, number] {
  const digest = createHash('sha256').update(JSON.stringify(parts), 'utf8').digest();
  const state: [number, number, number, number] = [
    digest.readUInt32BE(0),
    digest.readUInt32BE(4),
    digest.readUInt32BE(8),
    digest.readUInt32BE(12),
  ];
  // xoshiro's one forbidden state; SHA-256 will not give it in practice, but the rule must be total.
  if (state.every((word) => word === 0)) state[0] = 1;
  return state;
}

/** xoshiro128** from a given state; exported so the published test vector can be checked. */
export function randomFromState(initial: readonly [number, number, number, number]): SeededRandom {
  let [s0, s1, s2, s3] = initial;
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    uniformInt(bound: number): number {
      if (!Number.isInteger(bound) || bound < 1 || bound > TWO_POW_32) {
        throw new RangeError(`uniformInt needs a whole bound from 1 to 2^32, not ${bound}`);
      }
      const limit = TWO_POW_32 - (TWO_POW_32 % bound);
      for (;;) {
        const value = nextUint32();
        if (value < limit) return value % bound;
      }
    },
  };
}

/**
 * A Fisher–Yates shuffle of a copy of `items`: for i from the last index down to 1, swap item i
 * with item `uniformInt(i + 1)`.
 */
export function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.uniformInt(i + 1);
    const held = result[i]!;
    result[i] = result[j]!;
    result[j] = held;
  }
  return result;
}

/** The first output of the generator keyed by `parts`: a random but reproducible tie-break key. */
export function tieBreakKey(parts: readonly SeedPart[]): number {
  return seededRandom(parts).nextUint32();
}

/** SHA-256 of a text's UTF-8 bytes, as lower-case hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
