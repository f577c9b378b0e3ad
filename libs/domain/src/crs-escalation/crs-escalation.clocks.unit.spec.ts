import { addWorkingDays, crsEscalationClock, crsStageClock, crsStageDueOn, isCrsEscalationOverdue, workingDaysBetween } from './crs-escalation.clocks.js';
import { CrsEscalationErrorCode as Code } from './crs-escalation.errors.js';
import { evolve, initialState, closedAtOf, type CrsEscalation } from './crs-escalation.state.js';
import type { CrsEscalationEvent } from './crs-escalation.events.js';
import { CRS_ESCALATION_RESPONSE_WORKING_DAYS } from './crs-escalation.values.js';
import { DIRECTOR_ID, ESCALATED_AT, HOS_ID, RAISED_AT, TM_ID, events } from './crs-escalation.fixtures.js';

const fold = (history: readonly CrsEscalationEvent[]): CrsEscalation => history.reduce(evolve, initialState());
const clocked = (history: readonly CrsEscalationEvent[]) => {
  const state = fold(history);
  if (state.status === 'NOT_RAISED') throw new Error('not raised');
  return { raisedAt: state.raisedAt, stages: state.stages, closedAt: closedAtOf(state) };
};

describe('CRS escalation stage clocks (CRS-1)', () => {
  describe('When counting working days', () => {
    it('should skip weekends and the non-working days given', () => {
      expect(addWorkingDays('2025-06-12', 5)).toBe('2025-06-19'); // Thu + 5 = next Thu
      expect(addWorkingDays('2025-06-13', 1)).toBe('2025-06-16'); // Fri + 1 = Mon
      expect(addWorkingDays('2025-06-12', 5, ['2025-06-16'])).toBe('2025-06-20');
      expect(workingDaysBetween('2025-06-19', '2025-06-23')).toBe(2); // Fri, Mon
      expect(workingDaysBetween('2025-06-19', '2025-06-19')).toBe(0);
    });
  });

  describe('When a stage begins', () => {
    it('should be due after the working days of its stage, by default 5, 5, 5 and 10 (CRS-1)', () => {
      expect(CRS_ESCALATION_RESPONSE_WORKING_DAYS).toEqual({ INFORMAL: 5, FORMAL_STAGE_1: 5, FORMAL_STAGE_2: 5, FORMAL_STAGE_3: 10 });
      expect(crsStageDueOn('INFORMAL', RAISED_AT)).toBe('2025-06-19');
      expect(crsStageDueOn('FORMAL_STAGE_3', RAISED_AT)).toBe('2025-06-26');
    });

    it('should take the working days per stage as a parameter (CRS-1)', () => {
      const council = { INFORMAL: 2, FORMAL_STAGE_1: 3, FORMAL_STAGE_2: 4, FORMAL_STAGE_3: 20 };
      expect(crsStageDueOn('INFORMAL', RAISED_AT, council)).toBe('2025-06-16');
      expect(crsStageDueOn('FORMAL_STAGE_3', RAISED_AT, council)).toBe('2025-07-10');
    });

    it('should refuse a table missing a stage, naming the field', () => {
      expect(() => crsStageDueOn('FORMAL_STAGE_2', RAISED_AT, { INFORMAL: 5 } as never)).toThrow(
        expect.objectContaining({ code: Code.RESPONSE_DAYS_INVALID, field: 'responseDays.FORMAL_STAGE_2' }),
      );
    });
  });

  describe('When the informal stage is read at different instants', () => {
    const open = clocked([events.raised()]);

    it('should run until the end of its due day, then be overdue by working and calendar days (CRS-1)', () => {
      expect(crsEscalationClock(open, '2025-06-19T23:59:59Z')).toMatchObject({ state: 'RUNNING', dueOn: '2025-06-19', workingDaysLate: 0 });
      expect(crsEscalationClock(open, '2025-06-20T00:00:00Z')).toMatchObject({ state: 'OVERDUE', workingDaysLate: 1, daysLate: 1 });
      expect(crsEscalationClock(open, '2025-06-23T09:00:00Z')).toMatchObject({ state: 'OVERDUE', workingDaysLate: 2, daysLate: 4 });
      expect(isCrsEscalationOverdue(open, '2025-06-23T09:00:00Z')).toBe(true);
      expect(isCrsEscalationOverdue(open, '2025-06-19T09:00:00Z')).toBe(false);
    });

    it('should not be open before it was raised', () => {
      expect(crsEscalationClock(open, '2025-06-12T13:59:59Z')).toBeNull();
    });

    it('should be overdue later with a shorter table passed in (CRS-1)', () => {
      expect(isCrsEscalationOverdue(open, '2025-06-17T09:00:00Z', { ...CRS_ESCALATION_RESPONSE_WORKING_DAYS, INFORMAL: 2 })).toBe(true);
    });
  });

  describe('When the recipient responds', () => {
    it('should meet the clock on or before the due day, and breach it after (CRS-1)', () => {
      const inTime = clocked([events.raised(), events.responded('INFORMAL', TM_ID, '2025-06-19T17:00:00.000Z')]);
      expect(crsEscalationClock(inTime, '2025-06-30T00:00:00Z')).toMatchObject({ state: 'MET', respondedAt: '2025-06-19T17:00:00.000Z' });
      const late = clocked([events.raised(), events.responded('INFORMAL', TM_ID, '2025-06-24T09:00:00.000Z')]);
      expect(crsEscalationClock(late, '2025-06-30T00:00:00Z')).toMatchObject({ state: 'BREACHED', workingDaysLate: 3, daysLate: 5 });
      // As at a day before the response, it was overdue.
      expect(crsEscalationClock(late, '2025-06-23T09:00:00Z')).toMatchObject({ state: 'OVERDUE', respondedAt: null });
    });
  });

  describe('When the chair takes it to the next stage', () => {
    const history = [events.raised(), events.escalated('INFORMAL', 'FORMAL_STAGE_1', TM_ID), events.escalated('FORMAL_STAGE_1', 'FORMAL_STAGE_2', HOS_ID, '2025-06-30T09:00:00.000Z')];

    it("should run the new stage's clock from the escalation (CRS-1)", () => {
      const escalation = clocked(history);
      expect(crsEscalationClock(escalation, '2025-06-20T09:00:00Z')).toMatchObject({ stage: 'FORMAL_STAGE_1', recipientId: TM_ID, dueOn: '2025-06-25' });
      expect(crsEscalationClock(escalation, '2025-07-01T09:00:00Z')).toMatchObject({ stage: 'FORMAL_STAGE_2', recipientId: HOS_ID, dueOn: '2025-07-07', state: 'RUNNING' });
    });

    it('should show a stage left unanswered as ended, late as it stood then (CRS-1)', () => {
      const escalation = clocked(history);
      expect(crsStageClock(escalation.stages[0]!, '2025-07-01T09:00:00Z')).toMatchObject({ state: 'ENDED_UNANSWERED', workingDaysLate: 0 });
      expect(crsStageClock(escalation.stages[1]!, '2025-07-01T09:00:00Z')).toMatchObject({ state: 'ENDED_UNANSWERED', dueOn: '2025-06-25', workingDaysLate: 3 });
    });

    it('should give stage 3 its own longer clock (CRS-1)', () => {
      const escalation = clocked([events.raised({ stage: 'FORMAL_STAGE_2', recipientId: HOS_ID, serious: true }), events.escalated('FORMAL_STAGE_2', 'FORMAL_STAGE_3', DIRECTOR_ID)]);
      expect(crsEscalationClock(escalation, ESCALATED_AT)).toMatchObject({ stage: 'FORMAL_STAGE_3', dueOn: '2025-07-02', responseWorkingDays: 10 });
    });
  });

  describe('When the escalation is closed', () => {
    it('should have no running clock after it closed, but the one it had before (CRS-1)', () => {
      const withdrawn = clocked([events.raised(), events.withdrawn('INFORMAL', '2025-06-25T09:00:00.000Z')]);
      expect(crsEscalationClock(withdrawn, '2025-06-26T09:00:00Z')).toBeNull();
      expect(isCrsEscalationOverdue(withdrawn, '2025-06-26T09:00:00Z')).toBe(false);
      expect(isCrsEscalationOverdue(withdrawn, '2025-06-24T09:00:00Z')).toBe(true);
      expect(crsStageClock(withdrawn.stages[0]!, '2025-06-26T09:00:00Z')).toMatchObject({ state: 'ENDED_UNANSWERED', workingDaysLate: 4 });
    });
  });

  describe('When asOf is not an instant', () => {
    it('should refuse it naming asOf', () => {
      expect(() => crsEscalationClock(clocked([events.raised()]), 'yesterday')).toThrow(expect.objectContaining({ code: Code.INVALID_INSTANT, field: 'asOf' }));
    });
  });
});
