import { composeMessage, evolveOutboxNotification, notificationOutboxProjection, type OutboxNotification } from '../../libs/notifications/src/index.js';
import { notificationIdFor } from '../../libs/notifications/src/notification-ids.js';
import { DIRECTOR_ID, HOS_ID, IRO_ID, TM_ID, events } from '../../libs/domain/src/crs-escalation/crs-escalation.fixtures.js';
import { recorded } from './crs-escalations.test-support.js';

// CRS-1: "notify the relevant Team Manager immediately": the escalation owes a notification through
// the outbox when raised and at each further stage, and its recorded sending marks it sent.
describe('CRS escalation notifications in the outbox (CRS-1)', () => {
  describe('When an IRO raises an escalation informally', () => {
    it('should owe the Team Manager a notification, recorded in the chair\'s name on the escalation\'s stream', () => {
      const raised = recorded(events.raised(), 0);
      expect(notificationOutboxProjection.handles).toEqual(expect.arrayContaining(['CrsEscalationRaised', 'CrsEscalationEscalated', 'CrsEscalationNotificationSent']));
      expect(notificationOutboxProjection.documentIds(raised)).toEqual([notificationIdFor(raised.eventId)]);
      expect(evolveOutboxNotification(null, raised)).toMatchObject({
        kind: 'CRS_ESCALATION',
        status: 'PENDING',
        streamId: 'crsEscalation-esc-1',
        subjectId: 'esc-1',
        to: [TM_ID],
        cc: [],
        actor: { staffId: IRO_ID, role: 'IRO' },
        content: { stage: 'INFORMAL', recipientId: TM_ID, teamManagerId: null, azeusNumber: 'AZ-104233', chairId: IRO_ID },
      });
    });
  });

  describe('When a serious issue goes to the Manager, and later to the director', () => {
    it('should owe the Manager and the TM, then the director and the TM (CRS-1)', () => {
      const serious = events.raised({
        serious: true,
        stage: 'FORMAL_STAGE_2',
        recipientId: HOS_ID,
        notified: [
          { staffId: HOS_ID, as: 'RECIPIENT' },
          { staffId: TM_ID, as: 'TEAM_MANAGER' },
        ],
      });
      expect(evolveOutboxNotification(null, recorded(serious, 0))?.to).toEqual([HOS_ID, TM_ID]);
      const escalated = evolveOutboxNotification(null, recorded(events.escalated('FORMAL_STAGE_2', 'FORMAL_STAGE_3', DIRECTOR_ID), 1));
      expect(escalated).toMatchObject({ to: [DIRECTOR_ID, TM_ID], content: { stage: 'FORMAL_STAGE_3', detail: 'No response in time' } });
      const message = composeMessage(escalated!, { to: [{ staffId: DIRECTOR_ID, address: 'd@x', name: 'Dee Rector' }], cc: [] }, '<m@x>');
      expect(message.subject).toBe('Escalation about case AZ-104233: Formal stage 3, with a chief officer or the director');
      expect(message.text).toContain('For action by: Dee Rector (dir-1)');
      expect(message.text).toContain('CRS-1');
    });
  });

  describe('When its sending is recorded, twice', () => {
    it('should be SENT once', () => {
      const raised = recorded(events.raised(), 0);
      const pending = evolveOutboxNotification(null, raised) as OutboxNotification;
      const sent = recorded({ type: 'CrsEscalationNotificationSent', data: { escalationId: 'esc-1', notificationId: pending.id, recipients: [TM_ID], channel: 'LOG', sentAt: '2025-06-12T14:00:05.000Z', messageId: 'm-1' } }, 1);
      expect(notificationOutboxProjection.documentIds(sent)).toEqual([pending.id]);
      const once = evolveOutboxNotification(pending, sent);
      expect(once).toMatchObject({ status: 'SENT', recipients: [TM_ID], channel: 'LOG' });
      expect(evolveOutboxNotification(once, sent)).toBe(once);
      expect(evolveOutboxNotification(pending, raised)).toBe(pending);
    });
  });
});
