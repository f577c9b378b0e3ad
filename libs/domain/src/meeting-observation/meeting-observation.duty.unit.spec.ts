import { meetingObservationDuty, meetingObservationPeriod, type MeetingObservationForDuty } from './meeting-observation.duty.js';
import { MeetingObservationErrorCode as Code } from './meeting-observation.errors.js';

const HOS = 'hos-001';
const observation = (observationId: string, meetingDate: string, completed = true, observerId = HOS): MeetingObservationForDuty => ({
  observationId,
  observerId,
  meetingDate,
  completed,
});

describe('MTG-1 duty: key meetings observed in a year', () => {
  describe('When a Head of Service has observed one meeting in March and one in September', () => {
    const observations = [observation('mo-2', '2025-09-03'), observation('mo-1', '2025-03-14'), observation('other', '2025-04-01', true, 'hos-002')];

    it('should owe two in the year and have met it (MTG-1)', () => {
      expect(meetingObservationDuty(HOS, 'HEAD_OF_SERVICE', '2025', observations)).toEqual({
        observerId: HOS,
        role: 'HEAD_OF_SERVICE',
        period: '2025',
        from: '2025-01-01',
        to: '2025-12-31',
        required: 2,
        done: 2,
        remaining: 0,
        met: true,
        doneObservationIds: ['mo-1', 'mo-2'],
        inProgressObservationIds: [],
      });
    });

    it('should owe one by the end of June, counted from January (MTG-1)', () => {
      expect(meetingObservationDuty(HOS, 'HEAD_OF_SERVICE', '2025-H1', observations)).toMatchObject({
        from: '2025-01-01',
        to: '2025-06-30',
        required: 1,
        done: 1,
        remaining: 0,
        met: true,
        doneObservationIds: ['mo-1'],
      });
    });
  });

  describe('When a Head of Service has one completed observation and one still in progress', () => {
    it('should count only the completed record as done and show the other in progress (MTG-1, MTG-3)', () => {
      const duty = meetingObservationDuty(HOS, 'HEAD_OF_SERVICE', '2025-H2', [observation('mo-1', '2025-02-01'), observation('mo-2', '2025-11-20', false)]);
      expect(duty).toMatchObject({ required: 2, done: 1, remaining: 1, met: false, inProgressObservationIds: ['mo-2'] });
    });

    it('should not count a meeting of another year (MTG-1)', () => {
      expect(meetingObservationDuty(HOS, 'HEAD_OF_SERVICE', '2025', [observation('mo-0', '2024-12-31')])).toMatchObject({ done: 0, remaining: 2 });
    });
  });

  describe('When the chief officer or the director is asked about', () => {
    it('should owe one a year, and none by the end of June (MTG-1)', () => {
      expect(meetingObservationDuty('dir-001', 'DIRECTOR', '2025', [])).toMatchObject({ required: 1, done: 0, remaining: 1, met: false });
      expect(meetingObservationDuty('co-001', 'CHIEF_OFFICER', '2025-H1', [])).toMatchObject({ required: 0, remaining: 0, met: true });
      expect(meetingObservationDuty('co-001', 'CHIEF_OFFICER', '2025-H2', [observation('mo-9', '2025-05-05', true, 'co-001')])).toMatchObject({
        required: 1,
        done: 1,
        met: true,
      });
    });
  });

  describe('When the period is not a year or a half-year', () => {
    it('should refuse it naming the field (MTG-1)', () => {
      for (const period of ['2025-Q1', '25', '2025-H3', '']) {
        expect(() => meetingObservationPeriod(period)).toThrow(expect.objectContaining({ code: Code.PERIOD_INVALID, field: 'period', rule: 'MTG-1' }));
      }
      expect(meetingObservationPeriod('2026-H2')).toEqual({ year: 2026, half: 2 });
    });
  });
});
