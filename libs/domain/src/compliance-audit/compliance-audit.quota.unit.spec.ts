import { complianceAuditsOwed } from './compliance-audit.quota.js';

const audit = (complianceAuditId: string, completedOn: string) => ({ complianceAuditId, completedOn });

describe('Compliance audits owed before a supervision (CFA-4)', () => {
  describe('When none has been completed since the previous supervision', () => {
    it('should owe two', () => {
      expect(
        complianceAuditsOwed({ upcomingSupervisionDate: '2025-06-20', previousSupervisionDate: '2025-05-20', completedAudits: [audit('a', '2025-05-20')] }),
      ).toEqual({ required: 2, counted: [], owed: 2, met: false });
    });
  });

  describe('When one was completed in the window and one before it', () => {
    it('should owe one, counting only the audit after the previous supervision', () => {
      expect(
        complianceAuditsOwed({
          upcomingSupervisionDate: '2025-06-20',
          previousSupervisionDate: '2025-05-20',
          completedAudits: [audit('before', '2025-05-02'), audit('in', '2025-06-03')],
        }),
      ).toEqual({ required: 2, counted: ['in'], owed: 1, met: false });
    });
  });

  describe('When two or more were completed by the day of the supervision', () => {
    it('should owe none, counting one completed on the day, in completion order, each once', () => {
      expect(
        complianceAuditsOwed({
          upcomingSupervisionDate: '2025-06-20',
          previousSupervisionDate: '2025-05-20',
          completedAudits: [audit('on-the-day', '2025-06-20'), audit('early', '2025-05-21'), audit('early', '2025-05-21'), audit('after', '2025-06-21')],
        }),
      ).toEqual({ required: 2, counted: ['early', 'on-the-day'], owed: 0, met: true });
    });
  });

  describe('When the supervisee has had no supervision before', () => {
    it('should count every audit completed by the upcoming supervision', () => {
      expect(
        complianceAuditsOwed({ upcomingSupervisionDate: '2025-06-20', previousSupervisionDate: null, completedAudits: [audit('a', '2024-12-01')] }),
      ).toMatchObject({ counted: ['a'], owed: 1 });
    });
  });
});
