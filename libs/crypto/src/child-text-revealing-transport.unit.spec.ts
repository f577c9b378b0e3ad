import type { NotificationTransport, OutgoingMessage, TransportReceipt } from '../../notifications/src/notification-transport.js';
import { sealChildText } from './child-text-envelope.js';
import { WITHHELD_TEXT_PLACEHOLDER } from './child-text-reader.js';
import { ChildTextRevealingTransport } from './child-text-revealing-transport.js';
import { SqliteCaseKeyStore } from './sqlite-case-key-store.js';

class CapturingTransport implements NotificationTransport {
  readonly channel = 'SMTP';
  readonly sent: OutgoingMessage[] = [];
  async send(message: OutgoingMessage): Promise<TransportReceipt> {
    this.sent.push(message);
    return { channel: this.channel, messageId: message.messageId, acceptedStaffIds: [], response: null };
  }
  async close(): Promise<void> {}
}

const message = (text: string): OutgoingMessage => ({
  notificationId: 'n-1',
  messageId: '<n-1@example.org>',
  to: [{ staffId: 'tm-001', address: 'tm-001@example.org', name: null }],
  cc: [],
  subject: 'Immediate action: case AZ-1 graded Inadequate',
  text,
});

describe('E-mails carrying child text (issue 6 item 5)', () => {
  let keys: SqliteCaseKeyStore;
  beforeEach(() => {
    keys = new SqliteCaseKeyStore(':memory:');
  });
  afterEach(() => keys.close());

  describe('Given an escalation whose reason the outbox holds sealed', () => {
    it('should send the reason as written, and the same message otherwise', async () => {
      const inner = new CapturingTransport();
      const reason = sealChildText('J was not seen alone for eight weeks', 'AZ-1', await keys.keyForWriting('AZ-1'));
      await new ChildTextRevealingTransport(inner, keys).send(message(`Case AZ-1 has been graded Inadequate.\n\nReason: ${reason}\n`));
      expect(inner.sent).toEqual([message('Case AZ-1 has been graded Inadequate.\n\nReason: J was not seen alone for eight weeks\n')]);
    });

    it('should send a placeholder once the case key is shredded', async () => {
      const inner = new CapturingTransport();
      const reason = sealChildText('J was not seen alone', 'AZ-1', await keys.keyForWriting('AZ-1'));
      await keys.shred('AZ-1', { staffId: 'sqam-001', at: '2031-01-01T00:00:00.000Z' });
      await new ChildTextRevealingTransport(inner, keys).send(message(`Reason: ${reason}`));
      expect(inner.sent[0]!.text).toBe(`Reason: ${WITHHELD_TEXT_PLACEHOLDER.SHREDDED}`);
    });
  });
});
