import { supervisionAuditAgreedActions } from './supervision-audit.agreed-actions.js';
import { HOS_ID, REVIEWED_AT, SUPERVISION_AUDIT_ID, SW_ID, TEAM_ID, TM_ID, events } from './supervision-audit.fixtures.js';

const reviewed = () => events.findingsReviewed() as { type: string; data: Record<string, unknown> };

describe('Supervision audit agreed actions (SUP-5, issue 4 item 7)', () => {
  it('should read SupervisionAuditFindingsReviewed as SUPERVISION_AUDIT actions', () => {
    expect(supervisionAuditAgreedActions.sourceKind).toBe('SUPERVISION_AUDIT');
    expect(supervisionAuditAgreedActions.eventTypes).toEqual(['SupervisionAuditFindingsReviewed']);
  });

  describe('When the findings are reviewed with an agreed action', () => {
    it('should give one action with its owner, manager, timescale, case and team, clocked from the review (SUP-5)', () => {
      expect(supervisionAuditAgreedActions.agreedActions(reviewed())).toEqual([
        {
          sourceKind: 'SUPERVISION_AUDIT',
          sourceId: SUPERVISION_AUDIT_ID,
          agreedAt: REVIEWED_AT,
          actionId: 'act-1',
          description: 'Record the rationale for decisions in supervision notes',
          ownerId: TM_ID,
          managerId: HOS_ID,
          timescale: '2025-07-20',
          azeusNumber: 'AZ-104233',
          teamId: TEAM_ID,
        },
      ]);
    });
  });

  describe('When an action was recorded without its manager', () => {
    const withoutManager = (ownerId: string): { type: string; data: Record<string, unknown> } => {
      const event = reviewed();
      const [action] = event.data['agreedActions'] as Record<string, unknown>[];
      const { managerId: _dropped, azeusNumber: _case, teamId: _team, ...older } = action!;
      return { ...event, data: { ...event.data, agreedActions: [{ ...older, ownerId }] } };
    };

    it('should make the supervisor the manager of an action the supervisee owns (SUP-5)', () => {
      expect(supervisionAuditAgreedActions.agreedActions(withoutManager(SW_ID))).toEqual([
        expect.objectContaining({ ownerId: SW_ID, managerId: TM_ID, azeusNumber: null, teamId: null }),
      ]);
    });

    it('should make the auditor the manager of an action the supervisor owns (SUP-5)', () => {
      expect(supervisionAuditAgreedActions.agreedActions(withoutManager(TM_ID))).toEqual([
        expect.objectContaining({ ownerId: TM_ID, managerId: HOS_ID }),
      ]);
    });

    it('should skip it where the event names nobody to manage it', () => {
      const event = withoutManager(SW_ID);
      const { supervisorId: _s, auditorId: _a, ...data } = event.data;
      expect(supervisionAuditAgreedActions.agreedActions({ ...event, data })).toEqual([]);
    });
  });

  describe('When the event is not a findings review, or agrees nothing', () => {
    it('should give no actions', () => {
      expect(supervisionAuditAgreedActions.agreedActions(events.completed() as { type: string; data: Record<string, unknown> })).toEqual([]);
      const event = reviewed();
      expect(supervisionAuditAgreedActions.agreedActions({ ...event, data: { ...event.data, agreedActions: [] } })).toEqual([]);
      expect(supervisionAuditAgreedActions.agreedActions({ ...event, data: { ...event.data, agreedActions: 'none' } })).toEqual([]);
    });
  });
});
