import type { NotificationTransport, OutgoingMessage, TransportReceipt } from './notification-transport.js';

export type LogLineWriter = (line: string) => void;

/**
 * The default transport: one JSON log line per notification, on stdout unless told otherwise. It
 * "delivers" to everyone (the log accepts all), so the sending is recorded with channel `LOG`; a
 * deployment that must reach people by e-mail configures SMTP instead.
 */
export class LogTransport implements NotificationTransport {
  readonly channel = 'LOG';

  constructor(
    private readonly write: LogLineWriter = (line) => process.stdout.write(`${line}\n`),
    private readonly now: () => Date = () => new Date(),
  ) {}

  async send(message: OutgoingMessage): Promise<TransportReceipt> {
    this.write(
      JSON.stringify({
        level: 'info',
        time: this.now().toISOString(),
        msg: 'notification',
        channel: this.channel,
        notificationId: message.notificationId,
        messageId: message.messageId,
        to: message.to.map((r) => ({ staffId: r.staffId, address: r.address })),
        cc: message.cc.map((r) => ({ staffId: r.staffId, address: r.address })),
        subject: message.subject,
        text: message.text,
      }),
    );
    return {
      channel: this.channel,
      messageId: message.messageId,
      acceptedStaffIds: [...message.to, ...message.cc].map((r) => r.staffId),
      response: null,
    };
  }

  async close(): Promise<void> {}
}
