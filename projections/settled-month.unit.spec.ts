import { MemoryReadStore } from '../libs/read-store/src/memory/memory-read-store.js';
import { NO_CLOCK, UNSETTLED, findUnsettledAt, monthsUnsettledAt, settledMonthOf } from './settled-month.js';

describe('Settled-month indexes for the overdue view', () => {
  describe('Given a settling instant', () => {
    it('should index it by its UTC month, and a missing or unreadable one as OPEN', () => {
      expect(settledMonthOf('2025-07-31T23:30:00.000-02:00')).toBe('2025-08');
      expect(settledMonthOf('2025-07-01T00:00:00.000Z')).toBe('2025-07');
      expect(settledMonthOf(null)).toBe(UNSETTLED);
      expect(settledMonthOf('not a time')).toBe(UNSETTLED);
    });
  });

  describe('Given asOf in March 2024 and now in May 2024', () => {
    it('should read OPEN and every month from March 2024 to twelve months past May 2024', () => {
      const months = monthsUnsettledAt(new Date('2024-03-15T10:00:00Z'), new Date('2024-05-02T00:00:00Z'));
      expect(months[0]).toBe('OPEN');
      expect(months[1]).toBe('2024-03');
      expect(months[months.length - 1]).toBe('2025-05');
      expect(months).toHaveLength(1 + 15);
    });
  });

  describe('Given records open, settled before asOf\'s month, settled in it and after, and without a clock', () => {
    it('should return the open ones and those settled in asOf\'s month or later, by id', async () => {
      const store = new MemoryReadStore();
      const collection = 'things.v1';
      await store.defineCollection({ name: collection, indexes: ['settledMonth'] });
      const docs = [
        { id: 'e-later', settledMonth: '2024-06' },
        { id: 'a-open', settledMonth: UNSETTLED },
        { id: 'b-before', settledMonth: '2024-02' },
        { id: 'c-same', settledMonth: '2024-03' },
        { id: 'd-none', settledMonth: NO_CLOCK },
      ];
      await store.commit('fixtures', null, 1n, docs.map((document) => ({ collection, id: document.id, document })));
      const found = await findUnsettledAt<{ id: string; settledMonth: string }>(store, collection, 'settledMonth', new Date('2024-03-15T10:00:00Z'));
      expect(found.map((d) => d.id)).toEqual(['a-open', 'c-same', 'e-later']);
    });
  });
});
