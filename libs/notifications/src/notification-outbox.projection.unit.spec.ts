import type { RecordedEvent } from '../../event-store/src/event-store.port.js';
import {
  ACTION_ID,
  AUDITOR_ID,
  AUDIT_ID,
  CP_CHAIR_ID,
  ESCALATION_ID,
  MANAGER_ID,
  OWNER_ID,
  RAISED_AT,
  actionEvents,
  escalationEvents,
} from '../../domain/src/remedial-action/remedial-action.fixtures.js';
import { immediateEscalationStreamId, remedialActionStreamId } from '../../domain/src/index.js';
import type { OutboxNotification } from './notification.js';
import { notificationIdFor } from './notification-ids.js';
import { evolveOutboxNotification as evolve, notificationOutboxProjection as outbox } from './notification-outbox.projection.js';

let position = 1n;
function recorded(event: { type: string; data: unknown }, streamId: string, revision: number, eventId = `event-${position}`): RecordedEvent {
  const p = position++;
  return {
    eventId,
    type: event.type,
    data: event.data as Record<string, unknown>,
    metadata: {
      actor: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' },
      now: RAISED_AT,
      commandId: `command-${p}`,
      correlationId: 'correlation-1',
      causationId: `command-${p}`,
    },
    streamId,
    revision,
    position: p,
    created: new Date(RAISED_AT),
  };
}

const actionStream = remedialActionStreamId(ACTION_ID);
const raised = () => recorded(actionEvents.raised(), actionStream, 0, 'raised-event-id');
const notificationId = notificationIdFor('raised-event-id');
const sent = () => recorded(actionEvents.notificationSent('2025-06-12T15:00:05.000Z', [OWNER_ID, MANAGER_ID, CP_CHAIR_ID], notificationId), actionStream, 1);

const fold = (events: readonly RecordedEvent[]) => {
  const docs = new Map<string, OutboxNotification | null>();
  for (const event of events) {
    for (const id of outbox.documentIds(event)) docs.set(id, evolve(docs.get(id) ?? null, event));
  }
  return docs;
};

describe('notificationOutbox projection', () => {
  it('should be notificationOutbox v1 over notificationOutbox.v1, indexed by status, kind and subject', () => {
    expect(outbox.name).toBe('notificationOutbox');
    expect(outbox.collection).toEqual({ name: 'notificationOutbox.v1', indexes: ['status', 'kind', 'subjectId'] });
  });

  describe('When a remedial action is raised (CFA-7)', () => {
    it('should owe the owner and manager a notification, copied to the CP chair, keyed by the event id', () => {
      const event = raised();
      expect(outbox.documentIds(event)).toEqual([notificationId]);
      expect(evolve(null, event)).toEqual({
        id: notificationId,
        kind: 'REMEDIAL_ACTION_RAISED',
        status: 'PENDING',
        streamId: actionStream,
        subjectId: ACTION_ID,
        to: [OWNER_ID, MANAGER_ID],
        cc: [CP_CHAIR_ID],
        actor: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' },
        correlationId: 'correlation-1',
        sourceEventId: 'raised-event-id',
        sourcePosition: event.position.toString(),
        createdAt: RAISED_AT,
        content: {
          kind: 'REMEDIAL_ACTION_RAISED',
          actionId: ACTION_ID,
          source: actionEvents.raised().data.source,
          azeusNumber: 'AZ-104233',
          description: actionEvents.raised().data.description,
          timescale: '2025-07-15',
          ownerId: OWNER_ID,
          managerId: MANAGER_ID,
          copyTo: [{ staffId: CP_CHAIR_ID, role: 'CP_CHAIR' }],
        },
        sentAt: null,
        channel: null,
        messageId: null,
        recipients: null,
      });
    });
  });

  describe('When its sending is recorded', () => {
    it('should mark it SENT with what was recorded', () => {
      expect(fold([raised(), sent()]).get(notificationId)).toMatchObject({
        status: 'SENT',
        sentAt: '2025-06-12T15:00:05.000Z',
        channel: 'SMTP',
        messageId: `<${notificationId}@qa.example.gov.uk>`,
        recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID],
      });
    });

    it('should ignore a sending recorded for a notification it never owed', () => {
      const manual = recorded(actionEvents.notificationSent('2025-06-12T16:00:00.000Z', [OWNER_ID], 'typed-in-by-hand'), actionStream, 2);
      expect(outbox.documentIds(manual)).toEqual(['typed-in-by-hand']);
      expect(evolve(null, manual)).toBeNull();
    });
  });

  describe('When every event is delivered twice', () => {
    it('should end as if each had been delivered once', () => {
      const events = [raised(), sent()];
      const twice = new Map<string, OutboxNotification | null>();
      for (const event of events) {
        for (const id of outbox.documentIds(event)) twice.set(id, evolve(evolve(twice.get(id) ?? null, event), event));
      }
      expect(twice).toEqual(fold(events));
      const doc = fold(events).get(notificationId)!;
      for (const event of events) expect(evolve(doc, event)).toBe(doc);
    });
  });

  describe('When an immediate escalation is raised (CFA-13)', () => {
    it('should owe the manager and the social worker a notification, recorded in the auditor\'s name', () => {
      const event = recorded(escalationEvents.raised(), immediateEscalationStreamId(ESCALATION_ID), 0, 'escalation-event-id');
      expect(evolve(null, event)).toMatchObject({
        id: notificationIdFor('escalation-event-id'),
        kind: 'IMMEDIATE_ESCALATION_RAISED',
        status: 'PENDING',
        streamId: immediateEscalationStreamId(ESCALATION_ID),
        subjectId: ESCALATION_ID,
        to: [MANAGER_ID, OWNER_ID],
        cc: [],
        actor: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' },
        content: { kind: 'IMMEDIATE_ESCALATION_RAISED', auditId: AUDIT_ID, criterion: 2, scope: 'CRITERION' },
      });
    });
  });

  describe('When recorded data cannot be read', () => {
    it('should owe nothing rather than throw', () => {
      expect(evolve(null, recorded({ type: 'RemedialActionRaised', data: {} }, actionStream, 0))).toBeNull();
      expect(evolve(null, recorded({ type: 'ImmediateEscalationRaised', data: { scope: 3 } }, 'immediateEscalation-x', 0))).toBeNull();
    });
  });
});
