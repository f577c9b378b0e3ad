import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { INSPECTOR_ACCESS_EVENT_TYPES } from '../../libs/domain/src/inspector-access/index.js';
import {
  DURING,
  FROM,
  GRANT_ID,
  INSPECTOR_ID,
  NOW,
  SQA_MANAGER_ID,
  UNTIL,
  events,
} from '../../libs/domain/src/inspector-access/inspector-access.fixtures.js';
import type { InspectorAccessGrantDocument } from './inspector-access-grants.document.js';
import { evolveInspectorAccessGrantDocument as evolve, inspectorAccessGrantsProjection } from './inspector-access-grants.projection.js';
import { recorded, stream } from './inspector-access-grants.test-support.js';

const fold = (history: readonly RecordedEvent[], from: InspectorAccessGrantDocument | null = null) =>
  history.reduce<InspectorAccessGrantDocument | null>((doc, event) => evolve(doc, event), from);

const wholeLife = () => stream([events.granted(), events.revoked()]);

describe('inspectorAccessGrants projection (issue 6 item 3)', () => {
  it('should be inspectorAccessGrants v1 over inspectorAccessGrants.v1 indexed by inspector, status and grantor', () => {
    expect(inspectorAccessGrantsProjection.name).toBe('inspectorAccessGrants');
    expect(inspectorAccessGrantsProjection.version).toBe(1);
    expect(inspectorAccessGrantsProjection.collection).toEqual({ name: 'inspectorAccessGrants.v1', indexes: ['inspectorId', 'status', 'grantedBy'] });
    expect(new Set(wholeLife().map((e) => e.type))).toEqual(new Set(INSPECTOR_ACCESS_EVENT_TYPES));
  });

  describe('When an event of a grant stream arrives', () => {
    it('should touch the document of that grant, and nothing for another stream', () => {
      const event = recorded(events.revoked(), 1);
      expect(inspectorAccessGrantsProjection.documentIds(event)).toEqual([GRANT_ID]);
      expect(inspectorAccessGrantsProjection.documentIds({ ...event, streamId: 'caseFileAudit-1' })).toEqual([]);
    });
  });

  describe('When access is granted', () => {
    it('should hold whom it is for, the window, the reason and who granted it', () => {
      expect(fold(stream([events.granted()]))).toEqual({
        id: GRANT_ID,
        grantId: GRANT_ID,
        inspectorId: INSPECTOR_ID,
        name: 'Alex Inspector',
        organisation: 'Ofsted',
        from: FROM,
        until: UNTIL,
        reason: 'ILACS inspection of children’s services',
        inspectionReference: '10012345',
        grantedBy: SQA_MANAGER_ID,
        grantedAt: NOW,
        status: 'GRANTED',
        revocation: null,
        revision: 0,
        lastUpdatedAt: NOW,
      });
    });
  });

  describe('When access is revoked', () => {
    it('should hold the revocation and keep the grant', () => {
      expect(fold(wholeLife())).toMatchObject({
        status: 'REVOKED',
        from: FROM,
        until: UNTIL,
        revocation: { reason: 'The inspection ended early', revokedBy: SQA_MANAGER_ID, revokedAt: DURING },
        revision: 1,
      });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same document as delivering each once', () => {
      const once = fold(wholeLife());
      expect(fold(wholeLife().flatMap((event) => [event, event]))).toEqual(once);
    });

    it('should return the same document for an event at or below its revision', () => {
      const history = wholeLife();
      const doc = fold(history);
      expect(evolve(doc, history[0]!)).toBe(doc);
      expect(evolve(doc, history[1]!)).toBe(doc);
    });
  });

  describe('When an event arrives before the grant, is malformed, or of an unknown type', () => {
    it('should ignore it without throwing', () => {
      expect(evolve(null, recorded(events.revoked(), 0))).toBeNull();
      const doc = fold(stream([events.granted()]));
      expect(evolve(doc, recorded({ type: 'SomethingElse', data: {} }, 1))).toBe(doc);
    });

    it('should leave out a grant whose window or inspector cannot be read, so it lets no one in', () => {
      expect(fold(stream([events.granted({ until: 'next week' })]))).toBeNull();
      expect(fold(stream([{ type: 'InspectorAccessGranted', data: { ...events.granted().data, inspectorId: 42 } }]))).toBeNull();
      expect(evolve(null, recorded({ type: 'InspectorAccessGranted', data: null }, 0))).toBeNull();
    });

    it('should take a revocation whose time cannot be read as made when it was recorded', () => {
      const revoked = recorded({ type: 'InspectorAccessRevoked', data: { grantId: GRANT_ID, reason: 'x' } }, 1, { now: DURING });
      expect(fold([recorded(events.granted(), 0), revoked])).toMatchObject({ status: 'REVOKED', revocation: { revokedAt: DURING, revokedBy: null } });
    });
  });
});
