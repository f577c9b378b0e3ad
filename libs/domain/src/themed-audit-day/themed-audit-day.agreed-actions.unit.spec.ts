import { AGREED_ACTION_SOURCES } from '../agreed-action-sources.js';
import { themedAuditDayAgreedActions } from './themed-audit-day.agreed-actions.js';
import { AGREED_AT, DAY_ID, caseAction, events, serviceAction } from './themed-audit-day.fixtures.js';

describe('Themed audit day agreed actions (TAD-1, issue 4 item 7)', () => {
  it('should read only the targeted action plan, as THEMED_AUDIT_DAY actions', () => {
    expect(themedAuditDayAgreedActions.sourceKind).toBe('THEMED_AUDIT_DAY');
    expect(themedAuditDayAgreedActions.eventTypes).toEqual(['ThemedAuditDayActionPlanAgreed']);
  });

  it('should be one of the service\'s agreed-action sources', () => {
    expect(AGREED_ACTION_SOURCES).toContain(themedAuditDayAgreedActions);
  });

  describe('When a targeted action plan is agreed', () => {
    it('should give one action per plan action, about its case or the service, from the day, clocked from the agreement (TAD-1)', () => {
      expect(themedAuditDayAgreedActions.agreedActions(events.agreed())).toEqual([
        {
          sourceKind: 'THEMED_AUDIT_DAY',
          sourceId: DAY_ID,
          agreedAt: AGREED_AT,
          actionId: caseAction.actionId,
          description: caseAction.description,
          ownerId: caseAction.ownerId,
          managerId: caseAction.managerId,
          timescale: caseAction.timescale,
          azeusNumber: 'AZ-100001',
          teamId: 'team-north',
        },
        {
          sourceKind: 'THEMED_AUDIT_DAY',
          sourceId: DAY_ID,
          agreedAt: AGREED_AT,
          actionId: serviceAction.actionId,
          description: serviceAction.description,
          ownerId: serviceAction.ownerId,
          managerId: serviceAction.managerId,
          timescale: serviceAction.timescale,
          azeusNumber: null,
          teamId: null,
        },
      ]);
    });
  });

  describe('When the event is another of the day\'s, or cannot be read', () => {
    it('should give no actions and never throw', () => {
      expect(themedAuditDayAgreedActions.agreedActions(events.closed())).toEqual([]);
      expect(themedAuditDayAgreedActions.agreedActions({ type: 'ThemedAuditDayActionPlanAgreed', data: {} })).toEqual([]);
      expect(
        themedAuditDayAgreedActions.agreedActions({
          type: 'ThemedAuditDayActionPlanAgreed',
          data: { dayId: DAY_ID, agreedAt: AGREED_AT, actions: [null, { actionId: 'x', ownerId: 'o' }, serviceAction] },
        }).map((a) => a.actionId),
      ).toEqual([serviceAction.actionId]);
    });
  });
});
