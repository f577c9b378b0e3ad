import { packPosition, unpackPosition } from './esdb-position.js';

const MAX_U64 = (1n << 64n) - 1n;

describe('When an EventStoreDB position is packed into one bigint', () => {
  const positions = [
    { commit: 0n, prepare: 0n },
    { commit: 1n, prepare: 0n },
    { commit: 0n, prepare: 1n },
    { commit: 123_456n, prepare: 123_456n },
    { commit: 4_294_967_296n, prepare: 4_294_967_295n },
    { commit: MAX_U64, prepare: MAX_U64 },
    { commit: MAX_U64, prepare: 0n },
  ];

  it('should unpack to the same commit and prepare positions', () => {
    for (const position of positions) expect(unpackPosition(packPosition(position))).toEqual(position);
  });

  it('should order packed positions as EventStoreDB orders (commit, then prepare)', () => {
    const sortedByEsdb = [...positions].sort((a, b) =>
      a.commit !== b.commit ? (a.commit < b.commit ? -1 : 1) : a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0,
    );
    const sortedPacked = positions.map(packPosition).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

    expect(sortedPacked).toEqual(sortedByEsdb.map(packPosition));
  });

  it('should keep a single-node position (commit equal to prepare) as commit << 64 | prepare', () => {
    expect(packPosition({ commit: 5n, prepare: 5n })).toBe((5n << 64n) + 5n);
  });

  it('should refuse to unpack a negative position', () => {
    expect(() => unpackPosition(-1n)).toThrow(RangeError);
  });
});
