import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { REMEDIAL_ACTION_EVENT_TYPES } from '../../libs/domain/src/index.js';
import {
  ACTION_ID,
  AUDITOR_ID,
  AUDIT_ID,
  AZEUS_NUMBER,
  CP_CHAIR_ID,
  DESCRIPTION,
  MANAGER_ID,
  OWNER_ID,
  RAISED_AT,
  SUBMITTED_AT,
  TEAM_ID,
  TIMESCALE,
  actionEvents as events,
} from '../../libs/domain/src/remedial-action/remedial-action.fixtures.js';
import type { RemedialActionDocument } from './remedial-actions.document.js';
import { evolveRemedialActionDocument as evolve, remedialActionsProjection } from './remedial-actions.projection.js';
import { actionStream, recorded } from './remedial-actions.test-support.js';

const fold = (history: readonly RecordedEvent[], from: RemedialActionDocument | null = null) =>
  history.reduce<RemedialActionDocument | null>((doc, event) => evolve(doc, event), from);

const SENT_AT = '2025-06-12T15:00:05.000Z';

/** Every event type once, in an order the decider could have recorded them. */
const everyEventType = () =>
  actionStream([
    events.raised(),
    events.notificationSent(SENT_AT),
    events.acknowledged(),
    events.completed(),
    events.reopened(),
    events.acknowledged('2025-07-04T09:00:00.000Z'),
    events.completed('2025-07-10T09:00:00.000Z', 'Outcomes dated; plan re-shared'),
    events.verified('2025-07-11', '2025-07-11T15:00:00.000Z'),
  ]);

describe('remedialActions projection', () => {
  it('should be remedialActions v3 over remedialActions.v3 indexed by owner, manager, team, case, status, source and the month it settled', () => {
    expect(remedialActionsProjection.name).toBe('remedialActions');
    expect(remedialActionsProjection.version).toBe(3);
    expect(remedialActionsProjection.collection).toEqual({
      name: 'remedialActions.v3',
      indexes: ['ownerId', 'managerId', 'teamId', 'azeusNumber', 'status', 'sourceId', 'settledMonth'],
    });
    expect([...remedialActionsProjection.handles].sort()).toEqual([...REMEDIAL_ACTION_EVENT_TYPES].sort());
    expect(new Set(everyEventType().map((e) => e.type))).toEqual(new Set(REMEDIAL_ACTION_EVENT_TYPES));
  });

  describe('When an event of a remedial action stream arrives', () => {
    it('should touch the document of that action, and nothing for another stream', () => {
      const [raised] = actionStream([events.raised()]);
      expect(remedialActionsProjection.documentIds(raised!)).toEqual([ACTION_ID]);
      expect(remedialActionsProjection.documentIds({ ...raised!, streamId: `caseFileAudit-${AUDIT_ID}` })).toEqual([]);
    });
  });

  describe('When the action is raised (CFA-7)', () => {
    it('should hold the action against the case, its owner, manager, copy-to and timescale', () => {
      expect(fold(actionStream([events.raised()]))).toEqual({
        id: ACTION_ID,
        source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID, submittedAt: SUBMITTED_AT },
        sourceId: AUDIT_ID,
        recommendationId: 'rec-1',
        azeusNumber: AZEUS_NUMBER,
        teamId: TEAM_ID,
        ownerId: OWNER_ID,
        managerId: MANAGER_ID,
        copyTo: [{ staffId: CP_CHAIR_ID, role: 'CP_CHAIR' }],
        description: DESCRIPTION,
        timescale: TIMESCALE,
        status: 'RAISED',
        revision: 0,
        raisedBy: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' },
        raisedAt: RAISED_AT,
        notifications: [],
        acknowledgedAt: null,
        completedAt: null,
        evidence: null,
        verifiedBy: null,
        verifiedAt: null,
        supervisionDate: null,
        supervisionSessionId: null,
        reopenings: [],
        lastUpdatedAt: RAISED_AT,
      });
    });
  });

  describe('When it is followed from raised to verified through a reopening', () => {
    it('should hold each step, the notification and the rejected completion', () => {
      expect(fold(everyEventType())).toMatchObject({
        status: 'VERIFIED',
        revision: 7,
        timescale: '2025-07-20',
        notifications: [{ notificationId: 'notification-1', recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID], channel: 'SMTP', sentAt: SENT_AT }],
        acknowledgedAt: '2025-07-04T09:00:00.000Z',
        completedAt: '2025-07-10T09:00:00.000Z',
        evidence: 'Outcomes dated; plan re-shared',
        verifiedBy: MANAGER_ID,
        verifiedAt: '2025-07-11T15:00:00.000Z',
        supervisionDate: '2025-07-11',
        supervisionSessionId: 'session-7',
        reopenings: [
          {
            reason: 'Outcomes still have no dates',
            previousTimescale: TIMESCALE,
            timescale: '2025-07-20',
            evidence: 'CP plan updated and shared with the core group on 1 July',
            completedAt: '2025-07-01T10:00:00.000Z',
            reopenedBy: MANAGER_ID,
          },
        ],
      });
    });

    it('should be open again, unacknowledged and not completed, right after the reopening', () => {
      const history = everyEventType().slice(0, 5);
      expect(fold(history)).toMatchObject({ status: 'REOPENED', acknowledgedAt: null, completedAt: null, evidence: null });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should end as if each had been delivered once', () => {
      const history = everyEventType();
      const once = fold(history);
      const twice = history.reduce<RemedialActionDocument | null>((doc, event) => evolve(evolve(doc, event), event), null);
      expect(twice).toEqual(once);
    });

    it('should return the very same document for an event at or below its revision', () => {
      const history = everyEventType();
      const doc = fold(history)!;
      for (const event of history) expect(evolve(doc, event)).toBe(doc);
    });
  });

  describe('When the same notification is recorded in two events', () => {
    it('should keep it once', () => {
      const history = actionStream([events.raised(), events.notificationSent(SENT_AT), events.notificationSent(SENT_AT)]);
      expect(fold(history)!.notifications).toHaveLength(1);
      expect(fold(history)!.revision).toBe(2);
    });
  });

  describe('When events arrive for an action never raised', () => {
    it('should make no document', () => {
      expect(evolve(null, recorded(events.acknowledged(), 1))).toBeNull();
    });
  });

  describe('When recorded data is malformed or of a newer type', () => {
    it('should not throw, and default what it cannot read', () => {
      const bad = recorded({ type: 'RemedialActionRaised', data: { source: 'nonsense', copyTo: [{ staffId: 3 }] } }, 0, {
        now: '2025-06-12T15:00:00.000Z',
      });
      const doc = fold([bad])!;
      expect(doc).toMatchObject({ id: ACTION_ID, sourceId: '', copyTo: [], timescale: '', status: 'RAISED' });
      expect(evolve(doc, recorded({ type: 'RemedialActionNotificationSent', data: { recipients: 'x' } }, 1))).toMatchObject({
        revision: 1,
        notifications: [],
      });
      expect(evolve(doc, recorded({ type: 'RemedialActionRenamed', data: {} }, 1))).toBe(doc);
    });
  });
});

describe('Given an action applied through the projection (its evolve with the index fields)', () => {
  const through = (history: readonly RecordedEvent[]) =>
    history.reduce<RemedialActionDocument | null>((doc, event) => remedialActionsProjection.evolve(doc, event), null);

  describe('When it has been raised but not yet sent', () => {
    it('should be unsettled (OPEN): its 48-hour notification clock may run (CFA-7)', () => {
      expect(through(actionStream([events.raised()]))!.settledMonth).toBe('OPEN');
    });
  });

  describe('When it has been sent to its owner and manager but not completed', () => {
    it('should stay OPEN: its timescale clock still runs (CFA-7)', () => {
      expect(through(actionStream([events.raised(), events.notificationSent(SENT_AT)]))!.settledMonth).toBe('OPEN');
    });
  });

  describe('When it has been completed, reopened, completed again and verified', () => {
    it('should be settled in the month it was sent: the overdue view never lists a verified action against its timescale', () => {
      expect(through(everyEventType())!.settledMonth).toBe('2025-06');
    });
  });

  describe('When it has been sent in June and completed in July, not yet verified', () => {
    it('should be settled in July, the later of the two', () => {
      const doc = through(actionStream([events.raised(), events.notificationSent(SENT_AT), events.acknowledged(), events.completed('2025-07-10T09:00:00.000Z', 'Done')]))!;
      expect(doc.settledMonth).toBe('2025-07');
    });
  });

  describe('When it was completed at a time recorded with an offset, in July there and in August in UTC', () => {
    it('should be settled in August: the overdue view compares UTC months (CFA-7)', () => {
      const doc = through(actionStream([events.raised(), events.notificationSent(SENT_AT), events.acknowledged(), events.completed('2025-07-31T23:30:00.000-02:00', 'Done')]))!;
      expect(doc.settledMonth).toBe('2025-08');
    });
  });

  describe('When it has been reopened after completion', () => {
    it('should be OPEN again: a reopened action can be late once more', () => {
      expect(through(actionStream([events.raised(), events.notificationSent(SENT_AT), events.acknowledged(), events.completed(), events.reopened()]))!.settledMonth).toBe('OPEN');
    });
  });
});
