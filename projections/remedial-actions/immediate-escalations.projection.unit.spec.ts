import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { IMMEDIATE_ESCALATION_EVENT_TYPES } from '../../libs/domain/src/index.js';
import {
  AUDITOR_ID,
  AUDIT_ID,
  ESCALATED_AT,
  ESCALATION_ID,
  MANAGER_ID,
  OWNER_ID,
  escalationEvents as events,
} from '../../libs/domain/src/remedial-action/remedial-action.fixtures.js';
import type { ImmediateEscalationDocument } from './remedial-actions.document.js';
import {
  evolveImmediateEscalationDocument as evolve,
  immediateEscalationsProjection,
} from './immediate-escalations.projection.js';
import { escalationStream } from './remedial-actions.test-support.js';

const fold = (history: readonly RecordedEvent[]) =>
  history.reduce<ImmediateEscalationDocument | null>((doc, event) => evolve(doc, event), null);

const history = () =>
  escalationStream([events.raised(), events.notificationSent('2025-06-12T13:40:05.000Z'), events.acknowledged()]);

describe('immediateEscalations projection (CFA-13)', () => {
  it('should be immediateEscalations v1 indexed by manager, social worker, case, audit and status', () => {
    expect(immediateEscalationsProjection.name).toBe('immediateEscalations');
    expect(immediateEscalationsProjection.collection).toEqual({
      name: 'immediateEscalations.v1',
      indexes: ['managerId', 'socialWorkerId', 'azeusNumber', 'auditId', 'status'],
    });
    expect([...immediateEscalationsProjection.handles].sort()).toEqual([...IMMEDIATE_ESCALATION_EVENT_TYPES].sort());
    expect(immediateEscalationsProjection.documentIds(history()[0]!)).toEqual([ESCALATION_ID]);
  });

  describe('When an escalation is raised, sent and acknowledged', () => {
    it('should hold who was told, when, and what the manager will do', () => {
      expect(fold(history())).toEqual({
        id: ESCALATION_ID,
        source: { kind: 'CASE_FILE_AUDIT', id: AUDIT_ID },
        auditId: AUDIT_ID,
        azeusNumber: 'AZ-104233',
        scope: 'CRITERION',
        criterion: 2,
        reason: 'Risk not reassessed after the new referral',
        managerId: MANAGER_ID,
        managerName: 'Daniel Okafor',
        socialWorkerId: OWNER_ID,
        socialWorkerName: 'Hannah Lewis',
        escalatedBy: AUDITOR_ID,
        escalatedAt: ESCALATED_AT,
        status: 'ACKNOWLEDGED',
        revision: 2,
        notifications: [
          {
            notificationId: 'notification-e1',
            recipients: [MANAGER_ID, OWNER_ID],
            channel: 'SMTP',
            sentAt: '2025-06-12T13:40:05.000Z',
            messageId: '<notification-e1@qa.example.gov.uk>',
          },
        ],
        acknowledgedBy: MANAGER_ID,
        acknowledgedAt: '2025-06-12T17:00:00.000Z',
        response: 'Strategy discussion booked for tomorrow morning',
        lastUpdatedAt: '2025-06-12T17:00:00.000Z',
      });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should end as if each had been delivered once', () => {
      const events = history();
      expect(events.reduce<ImmediateEscalationDocument | null>((doc, e) => evolve(evolve(doc, e), e), null)).toEqual(fold(events));
      const doc = fold(events)!;
      for (const event of events) expect(evolve(doc, event)).toBe(doc);
    });
  });

  describe('When an acknowledgement arrives for an escalation never raised', () => {
    it('should make no document', () => {
      expect(evolve(null, history()[2]!)).toBeNull();
    });
  });
});
