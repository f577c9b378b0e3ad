import { randomFromState, seededRandom, sha256Hex, shuffled, stateFromParts } from './seeded-random.js';

describe('Seeded random numbers of the annual sample (CFA-1)', () => {
  describe('When xoshiro128** starts from the state 1, 2, 3, 4', () => {
    it('should give the outputs of the reference implementation', () => {
      const random = randomFromState([1, 2, 3, 4]);
      const outputs = Array.from({ length: 8 }, () => random.nextUint32());
      expect(outputs).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849]);
    });
  });

  describe('When a generator is keyed by parts', () => {
    it('should take its state from the first 16 bytes of SHA-256 of the parts as JSON', () => {
      expect(sha256Hex('["annual-sample/v1","test"]')).toBe('22f3338c6f5964f9703d98d15a57c856ecf8946a9ef8675a3fa35606e055c210');
      expect(stateFromParts(['annual-sample/v1', 'test'])).toEqual([0x22f3338c, 0x6f5964f9, 0x703d98d1, 0x5a57c856]);
    });

    it('should give the same numbers for the same parts, as computed by a separate implementation', () => {
      const numbers = (random = seededRandom(['annual-sample/v1', 'test'])) => Array.from({ length: 5 }, () => random.nextUint32());
      expect(numbers()).toEqual([1533010758, 3619678945, 2505944394, 752302528, 879928689]);
      expect(numbers()).toEqual(numbers());
    });

    it('should give other numbers for other parts', () => {
      expect(seededRandom(['annual-sample/v1', 'test', 'x']).nextUint32()).not.toBe(1533010758);
      expect(seededRandom(['annual-sample/v1', 'Test']).nextUint32()).not.toBe(1533010758);
    });
  });

  describe('When a whole number below a bound is drawn', () => {
    it('should draw again rather than favour small numbers (no modulo bias)', () => {
      // Outputs 1533010758, 3619678945, 2505944394, 752302528; with a bound of 2^31 + 1 only
      // outputs below 2^31 + 1 are taken, so the second draw skips two outputs.
      const random = seededRandom(['annual-sample/v1', 'test']);
      expect(random.uniformInt(2 ** 31 + 1)).toBe(1533010758);
      expect(random.uniformInt(2 ** 31 + 1)).toBe(752302528);
    });

    it('should stay within the bound', () => {
      const random = seededRandom(['bounds']);
      for (const bound of [1, 2, 3, 7, 140, 1400]) {
        for (let i = 0; i < 200; i++) {
          const value = random.uniformInt(bound);
          expect(Number.isInteger(value) && value >= 0 && value < bound).toBe(true);
        }
      }
    });

    it('should refuse a bound that is not a whole number from 1 to 2^32', () => {
      const random = seededRandom(['bounds']);
      expect(() => random.uniformInt(0)).toThrow(RangeError);
      expect(() => random.uniformInt(2.5)).toThrow(RangeError);
    });
  });

  describe('When a list is shuffled', () => {
    it('should give the Fisher–Yates order of a separate implementation', () => {
      expect(shuffled(['a', 'b', 'c', 'd', 'e', 'f', 'g'], seededRandom(['annual-sample/v1', 'test']))).toEqual([
        'f', 'c', 'd', 'a', 'e', 'b', 'g',
      ]);
    });

    it('should keep every item and leave the list given untouched', () => {
      const items = Array.from({ length: 50 }, (_, i) => i);
      const result = shuffled(items, seededRandom(['keep']));
      expect([...result].sort((a, b) => a - b)).toEqual(items);
      expect(result).not.toEqual(items);
      expect(items).toEqual(Array.from({ length: 50 }, (_, i) => i));
    });
  });
});
