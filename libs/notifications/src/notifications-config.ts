import { LogTransport } from './log-transport.js';
import type { NotificationTransport } from './notification-transport.js';
import { DomainRecipientDirectory, type RecipientDirectory } from './recipient-directory.js';
import { SmtpTransport, type SmtpTransportOptions } from './smtp-transport.js';

/**
 * Notification settings from environment variables, checked once at start. Pure: takes the
 * environment and returns the settings or throws one error naming every bad variable.
 *
 *   NOTIFICATION_TRANSPORT   log (default) | smtp; smtp is chosen when SMTP_URL or SMTP_HOST is set
 *   SMTP_URL                 smtp://user:pass@host:port or smtps://... (or SMTP_HOST and SMTP_PORT)
 *   SMTP_HOST, SMTP_PORT     host, and port (default 587)
 *   SMTP_SECURE              true for TLS from the start (port 465)
 *   SMTP_USER, SMTP_PASS     credentials, both or neither
 *   SMTP_FROM                the From address (required for smtp)
 *   NOTIFICATION_EMAIL_DOMAIN   staff are reached at <staffId>@<domain>; also the Message-ID domain
 */
export type NotificationsConfig = {
  readonly transport: { readonly kind: 'log' } | ({ readonly kind: 'smtp' } & SmtpTransportOptions);
  readonly emailDomain: string;
};

export const DEFAULT_NOTIFICATION_EMAIL_DOMAIN = 'qa-learning.invalid';

export class NotificationsConfigError extends Error {
  override readonly name = 'NotificationsConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid notification configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export function loadNotificationsConfig(env: Readonly<Record<string, string | undefined>>): NotificationsConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };

  const emailDomain = value('NOTIFICATION_EMAIL_DOMAIN') ?? DEFAULT_NOTIFICATION_EMAIL_DOMAIN;
  if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(emailDomain)) problems.push(`NOTIFICATION_EMAIL_DOMAIN "${emailDomain}" is not a mail domain`);

  const url = value('SMTP_URL');
  const host = value('SMTP_HOST');
  const requested = value('NOTIFICATION_TRANSPORT')?.toLowerCase();
  const kind = requested ?? (url !== undefined || host !== undefined ? 'smtp' : 'log');
  if (kind !== 'log' && kind !== 'smtp') problems.push(`NOTIFICATION_TRANSPORT must be log or smtp, not "${requested}"`);

  if (kind !== 'smtp') {
    if (problems.length > 0) throw new NotificationsConfigError(problems);
    return { transport: { kind: 'log' }, emailDomain };
  }

  if (url !== undefined && !/^smtps?:\/\//.test(url)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  if (url === undefined && host === undefined) problems.push('SMTP needs SMTP_URL or SMTP_HOST');
  const portText = value('SMTP_PORT');
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) problems.push(`SMTP_PORT must be a port number, not "${portText}"`);
  const secureText = value('SMTP_SECURE')?.toLowerCase();
  if (secureText !== undefined && secureText !== 'true' && secureText !== 'false') problems.push('SMTP_SECURE must be true or false');
  const user = value('SMTP_USER');
  const pass = value('SMTP_PASS');
  if ((user === undefined) !== (pass === undefined)) problems.push('SMTP_USER and SMTP_PASS go together');
  const from = value('SMTP_FROM');
  if (from === undefined) problems.push('SMTP_FROM is required to send e-mail');
  if (problems.length > 0) throw new NotificationsConfigError(problems);

  return {
    transport: {
      kind: 'smtp',
      from: from!,
      ...(url !== undefined ? { url } : { host: host!, port: port ?? 587 }),
      ...(secureText !== undefined ? { secure: secureText === 'true' } : {}),
      ...(user !== undefined && pass !== undefined ? { auth: { user, pass } } : {}),
    },
    emailDomain,
  };
}

/** The transport the settings name. */
export function createTransport(config: NotificationsConfig, log?: (line: string) => void): NotificationTransport {
  return config.transport.kind === 'smtp' ? new SmtpTransport(config.transport) : new LogTransport(log);
}

/** Staff reached at `<staffId>@<emailDomain>`. */
export function createDirectory(config: NotificationsConfig): RecipientDirectory {
  return new DomainRecipientDirectory(config.emailDomain);
}
