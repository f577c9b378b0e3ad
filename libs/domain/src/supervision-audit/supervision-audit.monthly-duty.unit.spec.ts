import { DomainError } from '../shared/domain-error.js';
import { monthlySupervisionAuditDuty, type SupervisionAuditForDuty } from './supervision-audit.monthly-duty.js';

const audit = (kind: 'CASE' | 'PROFESSIONAL', completedAt: string | null, auditorId = 'hos-1'): SupervisionAuditForDuty => ({
  auditorId,
  kind,
  completedAt,
});

describe('Monthly supervision audit duty (SUP-1, SUP-2)', () => {
  describe('When the auditor completed nothing in the month', () => {
    it('should require one CASE and one PROFESSIONAL audit, both remaining', () => {
      expect(monthlySupervisionAuditDuty('hos-1', '2025-06', [])).toEqual({
        auditorId: 'hos-1',
        month: '2025-06',
        required: ['CASE', 'PROFESSIONAL'],
        done: [],
        remaining: ['CASE', 'PROFESSIONAL'],
        met: false,
      });
    });
  });

  describe('When the auditor completed two CASE audits in the month', () => {
    it('should still leave the PROFESSIONAL audit remaining', () => {
      const duty = monthlySupervisionAuditDuty('hos-1', '2025-06', [
        audit('CASE', '2025-06-03T10:00:00.000Z'),
        audit('CASE', '2025-06-20T10:00:00.000Z'),
      ]);
      expect(duty).toMatchObject({ done: ['CASE'], remaining: ['PROFESSIONAL'], met: false });
    });
  });

  describe('When audits fall in other months, are not completed or belong to another auditor', () => {
    it('should not count them', () => {
      const duty = monthlySupervisionAuditDuty('hos-1', '2025-06', [
        audit('CASE', '2025-05-31T23:59:59.000Z'),
        audit('PROFESSIONAL', null),
        audit('PROFESSIONAL', '2025-06-10T10:00:00.000Z', 'hos-2'),
        audit('CASE', '2025-07-01T00:00:00.000Z'),
      ]);
      expect(duty).toMatchObject({ done: [], remaining: ['CASE', 'PROFESSIONAL'], met: false });
    });
  });

  describe('When one of each kind is completed in the month', () => {
    it('should be met', () => {
      const duty = monthlySupervisionAuditDuty('tm-1', '2025-06', [
        audit('PROFESSIONAL', '2025-06-30T23:00:00.000Z', 'tm-1'),
        audit('CASE', '2025-06-01', 'tm-1'),
      ]);
      expect(duty).toMatchObject({ done: ['CASE', 'PROFESSIONAL'], remaining: [], met: true });
    });
  });

  describe('When the month is not YYYY-MM', () => {
    it('should refuse it', () => {
      expect(() => monthlySupervisionAuditDuty('hos-1', '2025-13', [])).toThrow(DomainError);
      expect(() => monthlySupervisionAuditDuty('hos-1', 'June', [])).toThrow('month must be YYYY-MM');
    });
  });
});
