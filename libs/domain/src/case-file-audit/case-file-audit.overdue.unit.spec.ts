import { DomainError } from '../shared/domain-error.js';
import { events, readyToSubmit } from '../testing/case-file-audit.fixtures.js';
import type { CaseFileAuditEvent } from './case-file-audit.events.js';
import { calendarDate, isOverdue } from './case-file-audit.overdue.js';
import { evolve, initialState } from './case-file-audit.state.js';

const fold = (history: readonly CaseFileAuditEvent[]) => history.reduce(evolve, initialState());

describe('Overdue audits (CFA-6)', () => {
  describe('When the audit is scheduled and due on 2025-06-30', () => {
    const scheduled = fold([events.scheduled()]);

    it('should not be overdue on its due date', () => {
      expect(isOverdue(scheduled, '2025-06-30T23:59:59.999Z')).toBe(false);
    });

    it('should be overdue the day after (CFA-6)', () => {
      expect(isOverdue(scheduled, '2025-07-01T00:00:00.000Z')).toBe(true);
      expect(isOverdue(scheduled, new Date('2025-07-02T10:00:00Z'))).toBe(true);
      expect(isOverdue(scheduled, '2025-07-01')).toBe(true);
    });
  });

  describe('When the audit is in progress past its due date', () => {
    it('should be overdue (CFA-6)', () => {
      expect(isOverdue(fold([events.scheduled(), events.started()]), '2025-07-05T12:00:00Z')).toBe(true);
    });
  });

  describe('When the audit was submitted', () => {
    it('should never be overdue', () => {
      expect(isOverdue(fold([...readyToSubmit(), events.submitted()]), '2026-01-01T00:00:00Z')).toBe(false);
    });
  });

  describe('When the audit does not exist', () => {
    it('should not be overdue', () => {
      expect(isOverdue(initialState(), '2030-01-01')).toBe(false);
    });
  });

  describe('When given a read model document', () => {
    it('should judge it by its status and due date', () => {
      expect(isOverdue({ status: 'IN_PROGRESS', dueDate: '2025-01-31' }, '2025-02-01')).toBe(true);
      expect(isOverdue({ status: 'SUBMITTED', dueDate: '2025-01-31' }, '2025-02-01')).toBe(false);
    });
  });

  describe('When asOf is not a date', () => {
    it('should refuse it naming asOf', () => {
      expect(() => calendarDate('soon')).toThrow(DomainError);
      try {
        calendarDate('soon');
      } catch (error) {
        expect((error as DomainError).field).toBe('asOf');
      }
    });
  });
});
