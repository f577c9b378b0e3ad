import { DomainError } from '../shared/domain-error.js';
import { DEFAULT_ASYE_OBSERVATION_MONTHS, isObservationOverdue, nextObservationDue } from './practice-observation.due.js';

const worker = { lastObservedOn: '2025-03-15', needsPerformanceSupport: false, asye: false } as const;

describe('When a worker was last observed (OBS-1)', () => {
  it('should be due 12 months after the last observation (OBS-1)', () => {
    expect(nextObservationDue(worker)).toBe('2026-03-15');
  });

  it('should not be overdue on the due date itself (OBS-1)', () => {
    expect(isObservationOverdue(worker, '2026-03-15')).toBe(false);
    expect(isObservationOverdue(worker, '2026-03-15T23:59:59.000Z')).toBe(false);
  });

  it('should be overdue the day after the due date (OBS-1)', () => {
    expect(isObservationOverdue(worker, '2026-03-16')).toBe(true);
    expect(isObservationOverdue(worker, new Date('2026-03-16T00:00:00.000Z'))).toBe(true);
  });

  it('should clamp to the end of a shorter month', () => {
    expect(nextObservationDue({ ...worker, lastObservedOn: '2024-02-29' })).toBe('2025-02-28');
  });
});

describe('When a worker needs support to improve performance (OBS-2)', () => {
  const supported = { ...worker, needsPerformanceSupport: true };

  it('should be due 6 months after the last observation (OBS-2)', () => {
    expect(nextObservationDue(supported)).toBe('2025-09-15');
  });

  it('should be overdue after 6 months though not yet 12 (OBS-2)', () => {
    expect(isObservationOverdue(supported, '2025-09-16')).toBe(true);
    expect(isObservationOverdue(worker, '2025-09-16')).toBe(false);
  });
});

describe('When a worker has never been observed', () => {
  it('should have no due date and be overdue at once (OBS-1)', () => {
    const never = { ...worker, lastObservedOn: null };
    expect(nextObservationDue(never)).toBeNull();
    expect(isObservationOverdue(never, '2025-01-01')).toBe(true);
  });
});

describe('When a worker is newly qualified, in the ASYE year (OBS-3)', () => {
  const asye = { lastObservedOn: null, needsPerformanceSupport: false, asye: true, asyeSchedule: { startedOn: '2025-01-06' } };

  it('should default to observations at 3, 6 and 12 months (OBS-3)', () => {
    expect(DEFAULT_ASYE_OBSERVATION_MONTHS).toEqual([3, 6, 12]);
    expect(nextObservationDue(asye)).toBe('2025-04-06');
  });

  it('should move to the next scheduled date once the first is met (OBS-3)', () => {
    expect(nextObservationDue({ ...asye, lastObservedOn: '2025-04-01' })).toBe('2025-07-06');
    expect(nextObservationDue({ ...asye, lastObservedOn: '2025-04-06' })).toBe('2025-07-06');
  });

  it('should be overdue when a scheduled date passes unmet (OBS-3)', () => {
    const metFirst = { ...asye, lastObservedOn: '2025-03-20' };
    expect(isObservationOverdue(metFirst, '2025-07-06')).toBe(false);
    expect(isObservationOverdue(metFirst, '2025-07-07')).toBe(true);
  });

  it('should not count an observation before the ASYE year (OBS-3)', () => {
    expect(nextObservationDue({ ...asye, lastObservedOn: '2024-12-01' })).toBe('2025-04-06');
  });

  it('should follow a configured schedule passed in (OBS-3)', () => {
    const monthly = { ...asye, asyeSchedule: { startedOn: '2025-01-06', offsetsInMonths: [2, 1, 4] } };
    expect(nextObservationDue(monthly)).toBe('2025-02-06');
    expect(nextObservationDue({ ...monthly, lastObservedOn: '2025-02-10' })).toBe('2025-05-06');
  });

  it('should take the sooner of the schedule and the 6-month cadence for a worker needing support (OBS-2, OBS-3)', () => {
    const sparse = { ...asye, needsPerformanceSupport: true, asyeSchedule: { startedOn: '2025-01-06', offsetsInMonths: [1, 12] } };
    expect(nextObservationDue({ ...sparse, lastObservedOn: '2025-02-01' })).toBe('2025-08-01');
  });

  it('should fall back to 12 months once the schedule is done (OBS-1, OBS-3)', () => {
    expect(nextObservationDue({ ...asye, lastObservedOn: '2026-01-10' })).toBe('2027-01-10');
  });

  it('should refuse an ASYE worker without a schedule (OBS-3)', () => {
    expect(() => nextObservationDue({ ...asye, asyeSchedule: null })).toThrow(
      expect.objectContaining({ code: 'PRACTICE_OBSERVATION.SCHEDULE_INVALID', rule: 'OBS-3' }),
    );
  });

  it('should refuse offsets that are not whole months (OBS-3)', () => {
    expect(() => nextObservationDue({ ...asye, asyeSchedule: { startedOn: '2025-01-06', offsetsInMonths: [1.5] } })).toThrow(DomainError);
  });
});

describe('When the dates are not dates', () => {
  it('should refuse them naming the field', () => {
    expect(() => nextObservationDue({ ...worker, lastObservedOn: '15/03/2025' })).toThrow(
      expect.objectContaining({ code: 'PRACTICE_OBSERVATION.INVALID_DATE', field: 'lastObservedOn' }),
    );
    expect(() => isObservationOverdue(worker, 'yesterday')).toThrow(expect.objectContaining({ field: 'asOf' }));
  });
});
