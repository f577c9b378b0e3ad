import { DomainError } from '../shared/domain-error.js';
import { MIDWAY_REVIEW_TOLERANCE_DAYS, isMidwayReviewOverdue, midwayReviewDue } from './midway-review.due.js';

describe('Midway review due date (CRS-3)', () => {
  describe('When the conferences are 91 days apart', () => {
    it('should fall due at the midpoint, rounded down, and be on time for the tolerance after (CRS-3)', () => {
      expect(MIDWAY_REVIEW_TOLERANCE_DAYS).toBe(7);
      expect(midwayReviewDue('2025-06-10', '2025-09-09')).toEqual({ dueOn: '2025-07-25', overdueAfter: '2025-08-01' });
    });
  });

  describe('When the meetings cross a month end and a leap day', () => {
    it('should count calendar days (CRS-3)', () => {
      expect(midwayReviewDue('2024-02-01', '2024-03-02').dueOn).toBe('2024-02-16');
      expect(midwayReviewDue('2025-12-20', '2026-01-03').dueOn).toBe('2025-12-27');
    });
  });

  describe('When no review is held', () => {
    const meetings = { previousMeetingDate: '2025-06-10', nextMeetingDate: '2025-09-09', heldOn: null };
    it('should not be overdue up to and including the last day of the tolerance (CRS-3)', () => {
      expect(isMidwayReviewOverdue(meetings, '2025-07-25')).toBe(false);
      expect(isMidwayReviewOverdue(meetings, '2025-08-01T23:59:59.000Z')).toBe(false);
    });
    it('should be overdue the day after (CRS-3)', () => {
      expect(isMidwayReviewOverdue(meetings, '2025-08-02')).toBe(true);
      expect(isMidwayReviewOverdue(meetings, new Date('2025-08-02T00:00:00.000Z'))).toBe(true);
    });
  });

  describe('When the review is held', () => {
    it('should never be overdue (CRS-3)', () => {
      expect(isMidwayReviewOverdue({ previousMeetingDate: '2025-06-10', nextMeetingDate: '2025-09-09', heldOn: '2025-08-20' }, '2025-12-01')).toBe(false);
    });
  });

  describe('When the dates are wrong', () => {
    it('should refuse them, naming the field (CRS-3)', () => {
      expect(() => midwayReviewDue('2025-09-09', '2025-06-10')).toThrow(DomainError);
      expect(() => midwayReviewDue('2025-02-30', '2025-06-10')).toThrow('previousMeetingDate must be a date as YYYY-MM-DD');
      expect(() => isMidwayReviewOverdue({ previousMeetingDate: '2025-06-10', nextMeetingDate: '2025-09-09', heldOn: null }, 'soon')).toThrow(
        'asOf must be a date or an instant',
      );
    });
  });
});
