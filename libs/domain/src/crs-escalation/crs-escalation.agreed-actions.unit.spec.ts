import { crsEscalationAgreedActions } from './crs-escalation.agreed-actions.js';
import { AGREED_ACTION, AZEUS_NUMBER, ESCALATION_ID, RESOLVED_AT, SW_ID, TEAM_ID, TM_ID, events } from './crs-escalation.fixtures.js';
import { AGREED_ACTION_SOURCES } from '../agreed-action-sources.js';

const asRecorded = (event: { type: string; data: unknown }) => ({ type: event.type, data: event.data as Record<string, unknown> });

describe('CRS escalation agreed actions (CRS-1, issue 4 item 7)', () => {
  it('should read CrsEscalationResolved as source kind CRS_ESCALATION, and be registered', () => {
    expect(crsEscalationAgreedActions.sourceKind).toBe('CRS_ESCALATION');
    expect(crsEscalationAgreedActions.eventTypes).toEqual(['CrsEscalationResolved']);
    expect(AGREED_ACTION_SOURCES).toContain(crsEscalationAgreedActions);
  });

  describe('When an escalation is resolved with agreed actions', () => {
    it('should give each action with its owner, manager, timescale, case and team, agreed at the resolution (CRS-1)', () => {
      const second = { ...AGREED_ACTION, actionId: 'act-2', description: 'Review the care plan', ownerId: TM_ID, managerId: 'hos-1', timescale: '2025-07-04' };
      expect(crsEscalationAgreedActions.agreedActions(asRecorded(events.resolved('FORMAL_STAGE_1', [AGREED_ACTION, second])))).toEqual([
        {
          sourceKind: 'CRS_ESCALATION',
          sourceId: ESCALATION_ID,
          agreedAt: RESOLVED_AT,
          actionId: 'act-1',
          description: AGREED_ACTION.description,
          ownerId: SW_ID,
          managerId: TM_ID,
          timescale: '2025-06-27',
          azeusNumber: AZEUS_NUMBER,
          teamId: TEAM_ID,
        },
        expect.objectContaining({ actionId: 'act-2', ownerId: TM_ID, managerId: 'hos-1', timescale: '2025-07-04' }),
      ]);
    });
  });

  describe('When the resolution agreed none, or the event is another', () => {
    it('should give no actions', () => {
      expect(crsEscalationAgreedActions.agreedActions(asRecorded(events.resolved('INFORMAL', [])))).toEqual([]);
      expect(crsEscalationAgreedActions.agreedActions(asRecorded(events.raised()))).toEqual([]);
      expect(crsEscalationAgreedActions.agreedActions(asRecorded(events.withdrawn()))).toEqual([]);
    });
  });

  describe('When a recorded action is malformed', () => {
    it('should skip it and keep the others, without throwing', () => {
      const resolved = events.resolved('INFORMAL', [AGREED_ACTION]);
      const data = { ...(resolved.data as Record<string, unknown>), agreedActions: [AGREED_ACTION, { actionId: 'x' }, null, { ...AGREED_ACTION, actionId: 'same', managerId: SW_ID }] };
      expect(crsEscalationAgreedActions.agreedActions({ type: resolved.type, data }).map((a) => a.actionId)).toEqual(['act-1']);
      expect(crsEscalationAgreedActions.agreedActions({ type: 'CrsEscalationResolved', data: {} })).toEqual([]);
    });
  });
});
