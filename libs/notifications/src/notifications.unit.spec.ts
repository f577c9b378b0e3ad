import { ACTION_ID, AUDITOR_ID, CP_CHAIR_ID, MANAGER_ID, OWNER_ID, RAISED_AT, actionEvents } from '../../domain/src/remedial-action/remedial-action.fixtures.js';
import { remedialActionStreamId } from '../../domain/src/index.js';
import { LogTransport } from './log-transport.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from './notification-dispatcher.js';
import { messageIdFor, notificationIdFor, recordingCommandIdFor } from './notification-ids.js';
import { composeMessage } from './notification-message.js';
import { evolveOutboxNotification } from './notification-outbox.projection.js';
import type { OutgoingMessage } from './notification-transport.js';
import { NotificationsConfigError, loadNotificationsConfig } from './notifications-config.js';
import { DomainRecipientDirectory, StaticRecipientDirectory } from './recipient-directory.js';

const rawRaised = {
  eventId: 'raised-event-id',
  type: 'RemedialActionRaised',
  data: actionEvents.raised().data,
  metadata: { now: RAISED_AT, correlationId: 'c-1', actor: { staffId: AUDITOR_ID, role: 'ADVANCED_PRACTITIONER' } },
  streamId: remedialActionStreamId(ACTION_ID),
  revision: 0,
  position: 7n,
  created: new Date(RAISED_AT),
};
/** The notification the outbox owes for the fixture action. */
const pending = evolveOutboxNotification(null, rawRaised)!;

const recipients = {
  to: [
    { staffId: OWNER_ID, address: 'hannah.lewis@council.example', name: 'Hannah Lewis' },
    { staffId: MANAGER_ID, address: 'daniel.okafor@council.example', name: null },
  ],
  cc: [{ staffId: CP_CHAIR_ID, address: 'cp.chair@council.example', name: null }],
};

describe('Notification ids', () => {
  it('should derive the same ids from the same event, and different ones from another', () => {
    expect(notificationIdFor('e-1')).toBe(notificationIdFor('e-1'));
    expect(notificationIdFor('e-1')).not.toBe(notificationIdFor('e-2'));
    expect(notificationIdFor('e-1')).toMatch(/^[0-9a-f-]{36}$/);
    expect(recordingCommandIdFor('n-1')).not.toBe(notificationIdFor('n-1'));
    expect(messageIdFor('n-1', 'council.example')).toBe('<n-1@council.example>');
  });
});

describe('Notification message (CFA-7)', () => {
  it('should tell the worker and manager the action, its timescale and the 48-hour rule', () => {
    const message = composeMessage(pending, recipients, '<m@council.example>');
    expect(message).toMatchObject({ notificationId: pending.id, messageId: '<m@council.example>', to: recipients.to, cc: recipients.cc });
    expect(message.subject).toBe('Remedial action for case AZ-104233, to be done by 2025-07-15');
    expect(message.text).toContain(`Action: ${actionEvents.raised().data.description}`);
    expect(message.text).toContain(`Owner: Hannah Lewis (${OWNER_ID})`);
    expect(message.text).toContain(`Manager: ${MANAGER_ID}`);
    expect(message.text).toContain(`Copied to: CP chair ${CP_CHAIR_ID}`);
    expect(message.text).toContain('by 2025-06-14T14:00:00.000Z');
    expect(message.text).toContain(`Reference: ${pending.id}`);
    expect(composeMessage(pending, recipients, '<m@council.example>')).toEqual(message);
  });
});

describe('Notification message of an action agreed about practice, not a case (item 7)', () => {
  it('should name the strand it came from and no case', () => {
    const data = { ...actionEvents.raised().data, azeusNumber: null, source: { kind: 'SUPERVISION_AUDIT', id: 'sup-7', submittedAt: RAISED_AT } };
    const practice = evolveOutboxNotification(null, { ...rawRaised, data })!;
    const message = composeMessage(practice, recipients, '<m@council.example>');
    expect(message.subject).toBe('Action, to be done by 2025-07-15');
    expect(message.text).toContain('An action has been raised from supervision audit sup-7.');
    expect(message.text).not.toContain('case');
  });
});

describe('Log transport', () => {
  describe('When it sends a notification', () => {
    it('should write one structured line and accept it for everyone', async () => {
      const lines: string[] = [];
      const transport = new LogTransport((line) => lines.push(line), () => new Date('2025-06-12T15:00:05.000Z'));
      const message: OutgoingMessage = composeMessage(pending, recipients, '<m@council.example>');
      const receipt = await transport.send(message);
      expect(receipt).toEqual({ channel: 'LOG', messageId: '<m@council.example>', acceptedStaffIds: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID], response: null });
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!)).toMatchObject({
        level: 'info',
        time: '2025-06-12T15:00:05.000Z',
        msg: 'notification',
        channel: 'LOG',
        notificationId: pending.id,
        messageId: '<m@council.example>',
        to: [
          { staffId: OWNER_ID, address: 'hannah.lewis@council.example' },
          { staffId: MANAGER_ID, address: 'daniel.okafor@council.example' },
        ],
        subject: message.subject,
      });
    });
  });
});

describe('Retry backoff', () => {
  it('should double from the first wait up to the cap, and never shrink', () => {
    const policy = { initialDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5, 50].map((n) => retryDelayMs(n, policy))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    expect(retryDelayMs(1)).toBe(DEFAULT_RETRY_POLICY.initialDelayMs);
  });
});

describe('Recipient directories', () => {
  it('should find staff in a fixed list, and nobody else', async () => {
    const directory = new StaticRecipientDirectory({ a: 'a@x.example', b: { address: 'b@x.example', name: 'B' } });
    expect(await directory.addressOf('a')).toEqual({ address: 'a@x.example', name: null });
    expect(await directory.addressOf('b')).toEqual({ address: 'b@x.example', name: 'B' });
    expect(await directory.addressOf('c')).toBeNull();
  });

  it('should make <staffId>@<domain>, refusing ids that are no mailbox name', async () => {
    const directory = new DomainRecipientDirectory('council.example');
    expect(await directory.addressOf('staff-sw-0311')).toEqual({ address: 'staff-sw-0311@council.example', name: null });
    expect(await directory.addressOf('two words')).toBeNull();
  });
});

describe('Notification configuration', () => {
  describe('When nothing is set', () => {
    it('should log notifications', () => {
      expect(loadNotificationsConfig({})).toEqual({ transport: { kind: 'log' }, emailDomain: 'qa-learning.invalid' });
    });
  });

  describe('When SMTP is configured', () => {
    it('should read a URL and the From address', () => {
      expect(loadNotificationsConfig({ SMTP_URL: 'smtp://mail.council.example:2525', SMTP_FROM: 'qa@council.example', NOTIFICATION_EMAIL_DOMAIN: 'council.example' })).toEqual({
        transport: { kind: 'smtp', url: 'smtp://mail.council.example:2525', from: 'qa@council.example' },
        emailDomain: 'council.example',
      });
    });

    it('should read host, port, TLS and credentials', () => {
      expect(
        loadNotificationsConfig({ SMTP_HOST: 'mail.council.example', SMTP_PORT: '465', SMTP_SECURE: 'true', SMTP_USER: 'u', SMTP_PASS: 'p', SMTP_FROM: 'qa@council.example' })
          .transport,
      ).toEqual({ kind: 'smtp', host: 'mail.council.example', port: 465, secure: true, auth: { user: 'u', pass: 'p' }, from: 'qa@council.example' });
    });

    it('should name every bad variable at once', () => {
      let error: unknown;
      try {
        loadNotificationsConfig({ NOTIFICATION_TRANSPORT: 'smtp', SMTP_PORT: 'x', SMTP_USER: 'u', SMTP_SECURE: 'maybe' });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(NotificationsConfigError);
      expect((error as NotificationsConfigError).problems).toEqual([
        'SMTP needs SMTP_URL or SMTP_HOST',
        'SMTP_PORT must be a port number, not "x"',
        'SMTP_SECURE must be true or false',
        'SMTP_USER and SMTP_PASS go together',
        'SMTP_FROM is required to send e-mail',
      ]);
    });

    it('should refuse an unknown transport', () => {
      expect(() => loadNotificationsConfig({ NOTIFICATION_TRANSPORT: 'pigeon' })).toThrow(/must be log or smtp/);
    });
  });
});
