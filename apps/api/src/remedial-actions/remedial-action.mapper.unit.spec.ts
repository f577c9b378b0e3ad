import { isoDuration } from './remedial-action.mapper.js';

describe('A clock duration as clients read it', () => {
  describe('When nothing is late or left', () => {
    it('should be PT0S', () => {
      expect(isoDuration(0)).toBe('PT0S');
    });
  });

  describe('When a 48-hour notification was sent 19 hours late (CFA-7)', () => {
    it('should be PT19H', () => {
      expect(isoDuration(19 * 3_600_000)).toBe('PT19H');
    });
  });

  describe('When it spans days, hours, minutes and seconds', () => {
    it('should name each part that is not zero', () => {
      expect(isoDuration(((2 * 24 + 3) * 60 + 5) * 60_000 + 7_250)).toBe('P2DT3H5M7.25S');
      expect(isoDuration(3 * 86_400_000)).toBe('P3D');
    });
  });
});
