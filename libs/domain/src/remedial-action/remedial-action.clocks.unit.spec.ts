import { DomainError } from '../shared/domain-error.js';
import {
  deadlineClock,
  escalationClock,
  notificationClock,
  timescaleClock,
  type NotifiableAction,
} from './remedial-action.clocks.js';
import { CP_CHAIR_ID, MANAGER_ID, OWNER_ID, SUBMITTED_AT } from './remedial-action.fixtures.js';
import { IMMEDIATE_ESCALATION_THRESHOLD_MS, REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS } from './remedial-action.values.js';

const HOUR = 60 * 60 * 1000;
const DUE_BY = '2025-06-14T14:00:00.000Z'; // SUBMITTED_AT + 48 hours

const at = (ms: number) => new Date(Date.parse(SUBMITTED_AT) + ms).toISOString();

const action = (notifications: NotifiableAction['notifications'] = []): NotifiableAction => ({
  ownerId: OWNER_ID,
  managerId: MANAGER_ID,
  source: { submittedAt: SUBMITTED_AT },
  notifications,
});

describe('Notification clock (CFA-7: notified within 48 hours of the audit)', () => {
  it('should run 48 hours from the audit submission', () => {
    expect(REMEDIAL_ACTION_NOTIFICATION_WINDOW_MS).toBe(48 * HOUR);
    expect(notificationClock(action(), SUBMITTED_AT)).toEqual({
      startedAt: SUBMITTED_AT,
      dueBy: DUE_BY,
      state: 'RUNNING',
      doneAt: null,
      lateByMs: 0,
      remainingMs: 48 * HOUR,
    });
  });

  describe('When the worker and manager have not been sent it', () => {
    it('should be RUNNING until exactly 48 hours, with the time left', () => {
      expect(notificationClock(action(), at(47 * HOUR))).toMatchObject({ state: 'RUNNING', remainingMs: HOUR });
      expect(notificationClock(action(), DUE_BY)).toMatchObject({ state: 'RUNNING', remainingMs: 0, lateByMs: 0 });
    });

    it('should be OVERDUE one millisecond after 48 hours, and say by how much', () => {
      expect(notificationClock(action(), at(48 * HOUR + 1))).toMatchObject({ state: 'OVERDUE', lateByMs: 1, remainingMs: 0 });
      expect(notificationClock(action(), at(50 * HOUR))).toMatchObject({ state: 'OVERDUE', lateByMs: 2 * HOUR });
    });
  });

  describe('When both were sent it', () => {
    it('should be MET when sent within 48 hours', () => {
      const sent = action([{ recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID], sentAt: at(2 * HOUR) }]);
      expect(notificationClock(sent, at(100 * HOUR))).toMatchObject({ state: 'MET', doneAt: at(2 * HOUR), lateByMs: 0 });
    });

    it('should be MET when sent at exactly 48 hours', () => {
      const sent = action([{ recipients: [OWNER_ID, MANAGER_ID], sentAt: DUE_BY }]);
      expect(notificationClock(sent, at(100 * HOUR))).toMatchObject({ state: 'MET', doneAt: DUE_BY });
    });

    it('should be BREACHED when sent after 48 hours, and say how late', () => {
      const sent = action([{ recipients: [OWNER_ID, MANAGER_ID], sentAt: at(48 * HOUR + 1) }]);
      expect(notificationClock(sent, at(100 * HOUR))).toMatchObject({ state: 'BREACHED', doneAt: at(48 * HOUR + 1), lateByMs: 1 });
    });

    it('should count the later of two separate sendings', () => {
      const sent = action([
        { recipients: [OWNER_ID], sentAt: at(HOUR) },
        { recipients: [MANAGER_ID], sentAt: at(49 * HOUR) },
      ]);
      expect(notificationClock(sent, at(100 * HOUR))).toMatchObject({ state: 'BREACHED', doneAt: at(49 * HOUR), lateByMs: HOUR });
    });

    it('should count the first sending to each when sent again', () => {
      const sent = action([
        { recipients: [OWNER_ID, MANAGER_ID], sentAt: at(3 * HOUR) },
        { recipients: [OWNER_ID, MANAGER_ID], sentAt: at(60 * HOUR) },
      ]);
      expect(notificationClock(sent, at(100 * HOUR))).toMatchObject({ state: 'MET', doneAt: at(3 * HOUR) });
    });

    it('should read as RUNNING as at a time before the sending', () => {
      const sent = action([{ recipients: [OWNER_ID, MANAGER_ID], sentAt: at(10 * HOUR) }]);
      expect(notificationClock(sent, at(5 * HOUR))).toMatchObject({ state: 'RUNNING', doneAt: null });
    });
  });

  describe('When only the worker was sent it', () => {
    it('should not count as notified (the manager must be told too)', () => {
      const sent = action([{ recipients: [OWNER_ID, CP_CHAIR_ID], sentAt: at(HOUR) }]);
      expect(notificationClock(sent, at(49 * HOUR))).toMatchObject({ state: 'OVERDUE', doneAt: null, lateByMs: HOUR });
    });
  });

  it('should take another window when given one', () => {
    expect(notificationClock(action(), at(25 * HOUR), 24 * HOUR)).toMatchObject({ state: 'OVERDUE', lateByMs: HOUR });
  });

  it('should accept asOf as a Date', () => {
    expect(notificationClock(action(), new Date(DUE_BY))).toMatchObject({ state: 'RUNNING' });
  });

  it.each(['2025-06-14', 'tomorrow', ''])('should refuse asOf %p', (asOf) => {
    expect(() => notificationClock(action(), asOf)).toThrow(DomainError);
    try {
      notificationClock(action(), asOf);
    } catch (error) {
      expect(error).toMatchObject({ code: 'REMEDIAL_ACTION.INVALID_INSTANT', field: 'asOf' });
    }
  });
});

describe('Escalation clock (CFA-13: immediate escalation of an Inadequate grade)', () => {
  const ESCALATED_AT = '2025-06-12T13:40:00.000Z';
  const after = (ms: number) => new Date(Date.parse(ESCALATED_AT) + ms).toISOString();

  it('should default to the service threshold of 24 hours', () => {
    expect(IMMEDIATE_ESCALATION_THRESHOLD_MS).toBe(24 * HOUR);
    expect(escalationClock(ESCALATED_AT, null, ESCALATED_AT)).toMatchObject({ dueBy: after(24 * HOUR), state: 'RUNNING' });
  });

  it('should be RUNNING before the threshold and OVERDUE past it when not acknowledged', () => {
    expect(escalationClock(ESCALATED_AT, null, after(24 * HOUR))).toMatchObject({ state: 'RUNNING', remainingMs: 0 });
    expect(escalationClock(ESCALATED_AT, null, after(24 * HOUR + 1))).toMatchObject({ state: 'OVERDUE', lateByMs: 1 });
  });

  it('should be MET when acknowledged within (or exactly at) the threshold', () => {
    expect(escalationClock(ESCALATED_AT, after(3 * HOUR), after(48 * HOUR))).toMatchObject({ state: 'MET', doneAt: after(3 * HOUR) });
    expect(escalationClock(ESCALATED_AT, after(24 * HOUR), after(48 * HOUR))).toMatchObject({ state: 'MET' });
  });

  it('should be BREACHED when acknowledged after the threshold', () => {
    expect(escalationClock(ESCALATED_AT, after(30 * HOUR), after(48 * HOUR))).toMatchObject({ state: 'BREACHED', lateByMs: 6 * HOUR });
  });

  it('should take a threshold the council sets', () => {
    expect(escalationClock(ESCALATED_AT, after(3 * HOUR), after(48 * HOUR), 2 * HOUR)).toMatchObject({
      state: 'BREACHED',
      dueBy: after(2 * HOUR),
      lateByMs: HOUR,
    });
  });

  it('should refuse a negative threshold', () => {
    expect(() => escalationClock(ESCALATED_AT, null, ESCALATED_AT, -1)).toThrow(expect.objectContaining({ code: 'REMEDIAL_ACTION.CLOCK_WINDOW_INVALID' }));
  });
});

describe('Timescale clock (CFA-7: an action past its timescale is overdue)', () => {
  it('should run through the whole timescale day', () => {
    expect(timescaleClock({ timescale: '2025-07-15' }, '2025-07-15T23:59:59.999Z')).toEqual({
      timescale: '2025-07-15',
      state: 'RUNNING',
      completedOn: null,
      daysLate: 0,
    });
  });

  it('should be OVERDUE from the next day, counting the days', () => {
    expect(timescaleClock({ timescale: '2025-07-15' }, '2025-07-16T00:00:00.000Z')).toMatchObject({ state: 'OVERDUE', daysLate: 1 });
    expect(timescaleClock({ timescale: '2025-07-15', completedAt: null }, '2025-07-25T09:00:00Z')).toMatchObject({
      state: 'OVERDUE',
      daysLate: 10,
    });
  });

  it('should be MET when completed on or before the timescale day', () => {
    expect(timescaleClock({ timescale: '2025-07-15', completedAt: '2025-07-15T17:00:00Z' }, '2025-08-01T00:00:00Z')).toMatchObject({
      state: 'MET',
      completedOn: '2025-07-15',
      daysLate: 0,
    });
  });

  it('should be BREACHED when completed after it', () => {
    expect(timescaleClock({ timescale: '2025-07-15', completedAt: '2025-07-18T09:00:00Z' }, '2025-08-01T00:00:00Z')).toMatchObject({
      state: 'BREACHED',
      daysLate: 3,
    });
  });

  it('should read as not completed as at a time before the completion', () => {
    expect(timescaleClock({ timescale: '2025-07-15', completedAt: '2025-07-18T09:00:00Z' }, '2025-07-17T09:00:00Z')).toMatchObject({
      state: 'OVERDUE',
      completedOn: null,
      daysLate: 2,
    });
  });
});

describe('Deadline clock', () => {
  it('should refuse a start that is not an instant', () => {
    expect(() => deadlineClock('2025-06-12', HOUR, null, SUBMITTED_AT)).toThrow(expect.objectContaining({ field: 'startedAt' }));
  });
});
