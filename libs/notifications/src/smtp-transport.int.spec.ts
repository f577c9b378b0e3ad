import { SqliteEventStore } from '../../event-store/src/sqlite/sqlite-event-store.js';
import { MemoryReadStore } from '../../read-store/src/memory/memory-read-store.js';
import { remedialActionStreamId } from '../../domain/src/index.js';
import { ACTION_ID, CP_CHAIR_ID, MANAGER_ID, OWNER_ID } from '../../domain/src/remedial-action/remedial-action.fixtures.js';
import { NotificationDispatcher } from './notification-dispatcher.js';
import type { OutgoingMessage } from './notification-transport.js';
import { SmtpTransport, SmtpTransportError } from './smtp-transport.js';
import { SmtpTestServer, header } from './testing/smtp-test-server.js';
import { TestClock, directory, projectOutbox, raiseAction } from './testing/notification-test-support.js';

const message: OutgoingMessage = {
  notificationId: '4a7d1c0e-9b2f-5e3d-8c1a-0f2e3d4c5b6a',
  messageId: '<4a7d1c0e-9b2f-5e3d-8c1a-0f2e3d4c5b6a@council.example>',
  to: [
    { staffId: OWNER_ID, address: 'hannah.lewis@council.example', name: 'Hannah Lewis' },
    { staffId: MANAGER_ID, address: 'daniel.okafor@council.example', name: null },
  ],
  cc: [{ staffId: CP_CHAIR_ID, address: 'cp.chair@council.example', name: null }],
  subject: 'Remedial action for case AZ-104233, to be done by 2025-07-15',
  text: 'Action: Update the CP plan',
};

// The SMTP path against a real SMTP server: smtp-server running in a child process on 127.0.0.1.
describe('SMTP transport against a real SMTP server process', () => {
  let server: SmtpTestServer | null = null;
  let transport: SmtpTransport | null = null;

  afterEach(async () => {
    await transport?.close();
    await server?.stop();
    server = null;
    transport = null;
  });

  describe('When the server accepts the message', () => {
    it('should deliver one e-mail to every recipient with the notification\'s own Message-ID', async () => {
      server = await SmtpTestServer.start();
      transport = new SmtpTransport({ url: server.url, from: '"QA Notifications" <qa@council.example>' });

      const receipt = await transport.send(message);

      expect(receipt).toMatchObject({ channel: 'SMTP', messageId: message.messageId, acceptedStaffIds: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID] });
      expect(receipt.response).toMatch(/^250/);
      const [mail] = await server.waitForMessages(1);
      expect(mail).toMatchObject({
        mailFrom: 'qa@council.example',
        rcptTo: ['hannah.lewis@council.example', 'daniel.okafor@council.example', 'cp.chair@council.example'],
        messageId: message.messageId,
        subject: message.subject,
      });
      expect(header(mail!.raw, 'X-Notification-Id')).toBe('4a7d1c0e-9b2f-5e3d-8c1a-0f2e3d4c5b6a');
      expect(header(mail!.raw, 'To')).toBe('Hannah Lewis <hannah.lewis@council.example>, daniel.okafor@council.example');
      expect(header(mail!.raw, 'Cc')).toBe('cp.chair@council.example');
      expect(mail!.raw).toContain('Action: Update the CP plan');
    });
  });

  describe('When the server answers 451 (try again later)', () => {
    it('should fail the attempt with the SMTP code', async () => {
      server = await SmtpTestServer.start({ rejectFirst: 1 });
      transport = new SmtpTransport({ host: '127.0.0.1', port: server.port, from: 'qa@council.example' });
      const failure = await transport.send(message).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SmtpTransportError);
      expect(failure).toMatchObject({ responseCode: 451 });
      expect(server.messages).toEqual([]);
    });
  });

  describe('When nothing listens', () => {
    it('should fail the attempt rather than hang', async () => {
      server = await SmtpTestServer.start();
      const port = server.port;
      await server.stop();
      transport = new SmtpTransport({ host: '127.0.0.1', port, from: 'qa@council.example', timeoutMs: 2_000 });
      await expect(transport.send(message)).rejects.toBeInstanceOf(SmtpTransportError);
    });
  });

  describe('When the dispatcher sends a remedial action through a server that refuses the first two attempts (CFA-7)', () => {
    it('should retry, deliver it once, and record the sending once', async () => {
      server = await SmtpTestServer.start({ rejectFirst: 2 });
      transport = new SmtpTransport({ url: server.url, from: 'qa@council.example' });
      const events = new SqliteEventStore(':memory:');
      const reads = new MemoryReadStore();
      const clock = new TestClock('2025-06-12T15:00:10.000Z');
      try {
        await raiseAction(events);
        await projectOutbox(events, reads);
        const dispatcher = new NotificationDispatcher({
          eventStore: events,
          readStore: reads,
          transport,
          directory,
          messageIdDomain: 'council.example',
          now: clock.now,
          retry: { initialDelayMs: 30_000, maxDelayMs: 300_000 },
          log: () => {},
        });

        expect(await dispatcher.dispatchPending()).toMatchObject({ failed: 1, sent: 0 });
        clock.advance(30_000);
        expect(await dispatcher.dispatchPending()).toMatchObject({ failed: 1, sent: 0 });
        const [{ delivery }] = await dispatcher.pending();
        expect(delivery).toMatchObject({ state: 'RETRY_WAIT', attempts: 2, lastError: expect.stringContaining('451') });
        clock.advance(60_000);
        expect(await dispatcher.dispatchPending()).toEqual({ sent: 1, recorded: 1, failed: 0, waiting: 0 });
        clock.advance(600_000);
        expect(await dispatcher.dispatchPending()).toEqual({ sent: 0, recorded: 0, failed: 0, waiting: 0 });

        expect(server.rejections).toBe(2);
        const [mail] = await server.waitForMessages(1);
        expect(server.messages).toHaveLength(1);
        const sent = (await events.readStream(remedialActionStreamId(ACTION_ID))).filter((e) => e.type === 'RemedialActionNotificationSent');
        expect(sent).toHaveLength(1);
        expect(sent[0]!.data).toMatchObject({
          channel: 'SMTP',
          recipients: [OWNER_ID, MANAGER_ID, CP_CHAIR_ID],
          messageId: mail!.messageId,
          sentAt: '2025-06-12T15:01:40.000Z',
        });
      } finally {
        await events.close();
        await reads.close();
      }
    });
  });
});
