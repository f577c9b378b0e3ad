import nodemailer, { type SMTPSentMessageInfo, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import type { MessageRecipient, NotificationTransport, OutgoingMessage, TransportReceipt } from './notification-transport.js';

export interface SmtpTransportOptions {
  /** A connection URL (`smtp://user:pass@host:587`, `smtps://...`); wins over host and port. */
  readonly url?: string;
  readonly host?: string;
  readonly port?: number;
  /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
  readonly secure?: boolean;
  readonly auth?: { readonly user: string; readonly pass: string };
  /** The From address, e.g. `"QA Notifications" <qa-notifications@council.gov.uk>`. */
  readonly from: string;
  /** Give up on an unresponsive server after this long, so a failed attempt is retried rather than hung (default 30 s). */
  readonly timeoutMs?: number;
}

export class SmtpTransportError extends Error {
  override readonly name = 'SmtpTransportError';
  constructor(
    message: string,
    readonly responseCode: number | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * Sends notifications as e-mail through an SMTP server (nodemailer). A new connection per message,
 * so a failed attempt leaves nothing behind for the retry. The Message-ID header is the
 * notification's own (deterministic) id, and an `X-Notification-Id` header carries it too.
 */
export class SmtpTransport implements NotificationTransport {
  readonly channel = 'SMTP';
  private readonly mailer: Transporter<SMTPSentMessageInfo>;

  constructor(private readonly options: SmtpTransportOptions) {
    if (options.url === undefined && options.host === undefined) {
      throw new Error('SmtpTransport needs a url or a host');
    }
    const timeoutMs = options.timeoutMs ?? 30_000;
    const connection: SMTPTransportOptions = {
      ...(options.url !== undefined ? { url: options.url } : { host: options.host, port: options.port ?? 587 }),
      ...(options.secure !== undefined ? { secure: options.secure } : {}),
      ...(options.auth !== undefined ? { auth: { user: options.auth.user, pass: options.auth.pass } } : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    };
    this.mailer = nodemailer.createTransport(connection);
  }

  async send(message: OutgoingMessage): Promise<TransportReceipt> {
    let info: SMTPSentMessageInfo;
    try {
      info = await this.mailer.sendMail({
        from: this.options.from,
        to: message.to.map(mailbox),
        cc: message.cc.map(mailbox),
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
        headers: { 'X-Notification-Id': message.notificationId },
      });
    } catch (error) {
      const code = typeof (error as { responseCode?: unknown }).responseCode === 'number' ? (error as { responseCode: number }).responseCode : null;
      throw new SmtpTransportError(`SMTP send failed${code !== null ? ` (${code})` : ''}: ${(error as Error).message}`, code, { cause: error });
    }
    const accepted = new Set(info.accepted.map((address) => address.toLowerCase()));
    return {
      channel: this.channel,
      messageId: info.messageId || message.messageId,
      acceptedStaffIds: [...message.to, ...message.cc].filter((r) => accepted.has(r.address.toLowerCase())).map((r) => r.staffId),
      response: info.response ?? null,
    };
  }

  async close(): Promise<void> {
    this.mailer.close();
  }
}

function mailbox(recipient: MessageRecipient): { name: string; address: string } | string {
  return recipient.name ? { name: recipient.name, address: recipient.address } : recipient.address;
}
