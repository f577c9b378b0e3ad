import { createHash } from 'node:crypto';
import { EMPTY_TREE_ROOT, leafHash, merkleRoot, MerkleFrontier, nodeHash } from './merkle.js';

// An independent, naive RFC 6962 section 2.1 implementation: recursion on the largest power of
// two below n, prefixes written out byte by byte.
const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();
function naiveRoot(data: readonly Buffer[]): Buffer {
  if (data.length === 0) return sha256();
  if (data.length === 1) return sha256(Buffer.from([0]), data[0]!);
  let k = 1;
  while (k * 2 < data.length) k *= 2;
  return sha256(Buffer.from([1]), naiveRoot(data.slice(0, k)), naiveRoot(data.slice(k)));
}

const dataOf = (count: number): Buffer[] => Array.from({ length: count }, (_, i) => Buffer.from(`event ${i}`, 'utf8'));

// The eight inputs and tree heads of the RFC 6962 reference tests (certificate-transparency).
const RFC6962_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
  Buffer.from(hex, 'hex'),
);
const RFC6962_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

describe('Merkle tree over the log (RFC 6962)', () => {
  describe('When the tree is empty', () => {
    it('should have the hash of the empty string as its root', () => {
      expect(merkleRoot([]).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
      expect(EMPTY_TREE_ROOT.equals(naiveRoot([]))).toBe(true);
    });
  });

  describe('When the leaves are the RFC 6962 reference inputs', () => {
    it.each(RFC6962_ROOTS.map((root, index) => [index + 1, root] as const))('should give the reference root of the first %i', (size, root) => {
      expect(merkleRoot(RFC6962_INPUTS.slice(0, size).map(leafHash)).toString('hex')).toBe(root);
    });
  });

  describe('When a tree of any size from 0 to 70 is built', () => {
    it('should give the root of the naive recursive definition', () => {
      for (let size = 0; size <= 70; size++) {
        const data = dataOf(size);
        expect([size, merkleRoot(data.map(leafHash)).toString('hex')]).toEqual([size, naiveRoot(data).toString('hex')]);
      }
    });
  });

  describe('When leaves are appended to a frontier restored from an earlier checkpoint', () => {
    it('should give the same root as hashing every leaf again (incremental equals full)', () => {
      const data = dataOf(61);
      for (const signedAt of [1, 2, 5, 8, 13, 32, 60]) {
        const earlier = MerkleFrontier.empty();
        data.slice(0, signedAt).forEach((d) => earlier.append(leafHash(d)));
        const restored = MerkleFrontier.fromHex(earlier.size, earlier.toHex());
        data.slice(signedAt).forEach((d) => restored.append(leafHash(d)));
        expect(restored.size).toBe(61);
        expect(restored.root().toString('hex')).toBe(naiveRoot(data).toString('hex'));
      }
    });

    it('should keep one subtree hash per bit of the size', () => {
      const frontier = MerkleFrontier.empty();
      dataOf(13).forEach((d) => frontier.append(leafHash(d)));
      expect(frontier.toHex()).toHaveLength(3);
      expect(() => MerkleFrontier.fromHex(13, frontier.toHex().slice(1))).toThrow('has 3 subtree hashes');
    });
  });

  describe('When leaves and inner nodes could be confused (domain separation)', () => {
    it('should not hash a leaf as the plain SHA-256 of its bytes', () => {
      const data = Buffer.from('event 0');
      expect(leafHash(data).equals(createHash('sha256').update(data).digest())).toBe(false);
    });

    it('should not let a leaf holding two child hashes pass for the node over them', () => {
      const [left, right] = dataOf(2).map(leafHash) as [Buffer, Buffer];
      const twoLeafRoot = merkleRoot([left, right]);
      expect(twoLeafRoot.equals(nodeHash(left, right))).toBe(true);
      expect(merkleRoot([leafHash(Buffer.concat([left, right]))]).equals(twoLeafRoot)).toBe(false);
      expect(nodeHash(left, right).equals(createHash('sha256').update(Buffer.concat([Buffer.from([0]), left, right])).digest())).toBe(false);
    });
  });

  describe('When one leaf of the log changes, goes or moves', () => {
    const data = dataOf(9);
    const root = merkleRoot(data.map(leafHash)).toString('hex');

    it('should change the root', () => {
      const altered = data.map((d, i) => (i === 4 ? Buffer.from('event 4, rewritten') : d));
      const removed = data.filter((_, i) => i !== 8);
      const swapped = [data[1]!, data[0]!, ...data.slice(2)];
      for (const changed of [altered, removed, swapped]) expect(merkleRoot(changed.map(leafHash)).toString('hex')).not.toBe(root);
    });
  });
});
