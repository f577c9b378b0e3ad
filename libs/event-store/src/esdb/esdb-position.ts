import type { Position } from '@eventstore/db-client';

const LOW_64_BITS = (1n << 64n) - 1n;

/**
 * EventStoreDB orders $all by (commit, prepare); both are unsigned 64-bit log offsets. Packing them
 * as `commit << 64 | prepare` gives the port one bigint per event that sorts the same way and
 * unpacks back exactly.
 */
export function packPosition(position: Position): bigint {
  return (position.commit << 64n) | position.prepare;
}

export function unpackPosition(packed: bigint): Position {
  if (packed < 0n) throw new RangeError(`A global position is never negative, got ${packed}`);
  return { commit: packed >> 64n, prepare: packed & LOW_64_BITS };
}
