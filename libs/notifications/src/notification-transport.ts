/**
 * How a notification leaves the service. Pluggable: the LogTransport (the default, for development
 * and for councils that send mail from elsewhere) writes a structured log line; the SmtpTransport
 * hands an e-mail to an SMTP server. The dispatcher treats any rejection of `send` as a failed
 * attempt to retry later, and a resolved `send` as "this channel has accepted it".
 */

export type MessageRecipient = {
  readonly staffId: string;
  /** Where the channel delivers it (an e-mail address for SMTP). */
  readonly address: string;
  readonly name: string | null;
};

export interface OutgoingMessage {
  readonly notificationId: string;
  /** RFC 5322 Message-ID, the same on every attempt (see `messageIdFor`). */
  readonly messageId: string;
  readonly to: readonly MessageRecipient[];
  readonly cc: readonly MessageRecipient[];
  readonly subject: string;
  readonly text: string;
}

export interface TransportReceipt {
  /** `LOG`, `SMTP`, ...: recorded on the event. */
  readonly channel: string;
  readonly messageId: string;
  /** The staff the channel accepted the message for (an SMTP server may refuse some addresses). */
  readonly acceptedStaffIds: readonly string[];
  /** The channel's own answer (e.g. the SMTP server's final response), for the log. */
  readonly response: string | null;
}

export interface NotificationTransport {
  readonly channel: string;
  send(message: OutgoingMessage): Promise<TransportReceipt>;
  close(): Promise<void>;
}
