import type { NotificationTransport, OutgoingMessage, TransportReceipt } from '../../notifications/src/notification-transport.js';
import type { CaseKeyStore } from './case-key-store.port.js';
import { ChildTextReader, type ChildTextReaderOptions } from './child-text-reader.js';

/**
 * Issue 6 item 5: an e-mail is composed from the outbox, which holds what the log holds, so an
 * escalation's reason or a chair's concern arrives sealed. This transport opens them just before
 * the message leaves, for the people it is addressed to; a shredded one reads as a placeholder.
 * The outbox, the dispatcher's retries and the recorded sending never hold the plaintext.
 */
export class ChildTextRevealingTransport implements NotificationTransport {
  readonly channel: string;

  constructor(
    private readonly inner: NotificationTransport,
    private readonly keys: CaseKeyStore,
    private readonly options: ChildTextReaderOptions = {},
  ) {
    this.channel = inner.channel;
  }

  async send(message: OutgoingMessage): Promise<TransportReceipt> {
    const reader = new ChildTextReader(this.keys, this.options);
    return this.inner.send({ ...message, subject: await reader.revealText(message.subject), text: await reader.revealText(message.text) });
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
