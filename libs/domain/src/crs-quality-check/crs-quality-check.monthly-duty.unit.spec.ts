import { DomainError } from '../shared/domain-error.js';
import { crsTeamManagerMonthlyDuty, type CrsQualityCheckForDuty } from './crs-quality-check.monthly-duty.js';

const TM = 'staff-crstm-0001';
const done = (kind: CrsQualityCheckForDuty['kind'], planKind: 'CP' | 'LAC', checkedOn: string, crsTeamManagerId = TM): CrsQualityCheckForDuty => ({
  crsTeamManagerId,
  kind,
  planKind,
  checkedOn,
});

const ALL = ['OBSERVE_CP_CONFERENCE', 'OBSERVE_LAC_REVIEW', 'AUDIT_CP_CONFERENCE_MINUTES', 'AUDIT_LAC_REVIEW_MINUTES', 'AUDIT_CP_PLAN', 'AUDIT_LAC_PLAN'];

describe('CRS team manager monthly duty (CRS-2)', () => {
  describe('When nothing is done in the month', () => {
    it('should require all six, all missing (CRS-2)', () => {
      const duty = crsTeamManagerMonthlyDuty(TM, '2025-06', []);
      expect(duty.requirements.map((r) => [r.requirement, r.required, r.done, r.met])).toEqual(ALL.map((r) => [r, 1, 0, false]));
      expect(duty).toMatchObject({ crsTeamManagerId: TM, month: '2025-06', met: [], missing: ALL, allMet: false });
    });
  });

  describe('When only a CP conference is observed (its minutes and plan audited within it)', () => {
    it('should meet the CP observation only: the separate audits are duties of their own (CRS-2)', () => {
      const duty = crsTeamManagerMonthlyDuty(TM, '2025-06', [done('MEETING_OBSERVATION', 'CP', '2025-06-10')]);
      expect(duty.met).toEqual(['OBSERVE_CP_CONFERENCE']);
      expect(duty.missing).toHaveLength(5);
    });
  });

  describe('When all six are done in the month, one twice', () => {
    it('should be met, counting each (CRS-2)', () => {
      const duty = crsTeamManagerMonthlyDuty(TM, '2025-06', [
        done('MEETING_OBSERVATION', 'CP', '2025-06-01'),
        done('MEETING_OBSERVATION', 'LAC', '2025-06-30'),
        done('MINUTES_AUDIT', 'CP', '2025-06-03'),
        done('MINUTES_AUDIT', 'LAC', '2025-06-04'),
        done('PLAN_AUDIT', 'CP', '2025-06-05'),
        done('PLAN_AUDIT', 'LAC', '2025-06-06'),
        done('PLAN_AUDIT', 'LAC', '2025-06-07'),
      ]);
      expect(duty).toMatchObject({ met: ALL, missing: [], allMet: true });
      expect(duty.requirements.find((r) => r.requirement === 'AUDIT_LAC_PLAN')?.done).toBe(2);
    });
  });

  describe('When checks fall in other months or are another CRS team manager\'s', () => {
    it('should not count them (CRS-2)', () => {
      const duty = crsTeamManagerMonthlyDuty(TM, '2025-06', [
        done('MEETING_OBSERVATION', 'CP', '2025-05-31'),
        done('MEETING_OBSERVATION', 'LAC', '2025-07-01'),
        done('PLAN_AUDIT', 'CP', '2025-06-15', 'staff-crstm-0002'),
      ]);
      expect(duty.met).toEqual([]);
    });
  });

  describe('When the month is not YYYY-MM', () => {
    it('should refuse it, naming the field (CRS-2)', () => {
      expect(() => crsTeamManagerMonthlyDuty(TM, '2025-13', [])).toThrow(DomainError);
      expect(() => crsTeamManagerMonthlyDuty(TM, 'June', [])).toThrow('month must be YYYY-MM');
    });
  });
});
