import { AGREED_ACTION_SOURCES } from '../agreed-action-sources.js';
import { midwayReviewAgreedActions } from './midway-review.agreed-actions.js';
import { AZEUS_NUMBER, NOW, REVIEW_ID, SOCIAL_WORKER_ID, TEAM_ID, TEAM_MANAGER_ID, action, events } from './midway-review.fixtures.js';

const asRecorded = (event: ReturnType<typeof events.held>) => ({ type: event.type, data: event.data as unknown as Record<string, unknown> });

describe('Midway review agreed actions (CRS-3, CFA-7)', () => {
  describe('When a midway review agreed an action', () => {
    it('should give it as a MIDWAY_REVIEW action with owner, manager, timescale and the case (CRS-3, CFA-7)', () => {
      expect(midwayReviewAgreedActions.agreedActions(asRecorded(events.held()))).toEqual([
        {
          sourceKind: 'MIDWAY_REVIEW',
          sourceId: REVIEW_ID,
          agreedAt: NOW,
          actionId: action.actionId,
          description: action.description,
          ownerId: SOCIAL_WORKER_ID,
          managerId: TEAM_MANAGER_ID,
          timescale: '2025-08-07',
          azeusNumber: AZEUS_NUMBER,
          teamId: TEAM_ID,
        },
      ]);
    });
  });

  describe('When a midway review agreed nothing', () => {
    it('should give no actions (CRS-3)', () => {
      expect(midwayReviewAgreedActions.agreedActions(asRecorded(events.held({ agreedActions: [] })))).toEqual([]);
    });
  });

  describe('When the event is of another type or malformed', () => {
    it('should give no actions and not throw', () => {
      expect(midwayReviewAgreedActions.agreedActions({ type: 'CrsMonitoringFormSubmitted', data: {} })).toEqual([]);
      expect(midwayReviewAgreedActions.agreedActions({ type: 'MidwayReviewHeld', data: { reviewId: REVIEW_ID, recordedAt: NOW, agreedActions: [null, { actionId: 'x' }] } })).toEqual([]);
    });
  });

  it('should look only at MidwayReviewHeld and be registered with the service (CFA-7)', () => {
    expect(midwayReviewAgreedActions.sourceKind).toBe('MIDWAY_REVIEW');
    expect(midwayReviewAgreedActions.eventTypes).toEqual(['MidwayReviewHeld']);
    expect(AGREED_ACTION_SOURCES).toContain(midwayReviewAgreedActions);
  });
});
