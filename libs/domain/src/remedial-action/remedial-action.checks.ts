import { DomainError } from '../shared/domain-error.js';

/**
 * Input checks shared by the remedial action and immediate escalation deciders. Each takes the
 * error code to throw, so a refusal names its own aggregate, the field at fault and the rule.
 */

export type Codes = { readonly required: string; readonly invalidDate?: string; readonly invalidInstant: string };

/** Trimmed text, or null when absent or blank. */
export function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

export function requiredText(value: unknown, field: string, code: string, what: string, rule?: string): string {
  const text = optionalText(value);
  if (text === null) throw new DomainError(code, `${what} is required`, 'BAD_USER_INPUT', { field, ...(rule ? { rule } : {}) });
  return text;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, code: string, what: string, rule?: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DomainError(code, `Unknown ${what} ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`, 'BAD_USER_INPUT', {
    field,
    ...(rule ? { rule } : {}),
  });
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isoDate(value: unknown, field: string, code: string, rule?: string): string {
  if (isIsoDate(value)) return value;
  throw new DomainError(code, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
    ...(rule ? { rule } : {}),
  });
}

/** Milliseconds since the epoch of an ISO-8601 instant with its offset, or null when it is not one. */
export function instantMs(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value) || !isIsoDate(value.slice(0, 10))) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** An instant, normalised to UTC ISO form so that instants compare as strings and as times alike. */
export function isoInstant(value: unknown, field: string, code: string, rule?: string): string {
  const ms = instantMs(value);
  if (ms !== null) return new Date(ms).toISOString();
  throw new DomainError(
    code,
    `${field} must be an ISO-8601 instant with its offset (e.g. 2025-06-12T14:00:00Z), not ${JSON.stringify(value)}`,
    'BAD_USER_INPUT',
    { field, ...(rule ? { rule } : {}) },
  );
}

/** The UTC calendar day of an instant. */
export function dayOfInstant(instant: string): string {
  return new Date(Date.parse(instant)).toISOString().slice(0, 10);
}

/** Distinct trimmed ids, in the order first given. */
export function distinctIds(values: unknown, field: string, code: string, what: string, rule?: string): string[] {
  if (!Array.isArray(values)) return [];
  const ids: string[] = [];
  for (const value of values) {
    const id = requiredText(value, field, code, what, rule);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The error codes of one aggregate that records notification sendings. */
export interface SendingErrorCodes {
  readonly FIELD_REQUIRED: string;
  readonly RECIPIENTS_REQUIRED: string;
  readonly INVALID_INSTANT: string;
  readonly SENT_IN_THE_FUTURE: string;
}

export interface CheckedSending {
  readonly notificationId: string;
  readonly recipients: string[];
  readonly channel: string;
  readonly sentAt: string;
  readonly messageId: string | null;
}

/**
 * The facts of a notification's sending, checked the same way for remedial actions (CFA-7) and
 * immediate escalations (CFA-13). Null when this notification is already recorded: the outbox may
 * record a sending again after a crash, and the same notification is the same fact.
 */
export function checkedSending(
  data: { notificationId?: unknown; recipients?: unknown; channel?: unknown; sentAt?: unknown; messageId?: unknown },
  now: string,
  recorded: ReadonlyArray<{ readonly notificationId: string }>,
  codes: SendingErrorCodes,
  rule: string,
): CheckedSending | null {
  const notificationId = requiredText(data.notificationId, 'notificationId', codes.FIELD_REQUIRED, 'notificationId');
  if (recorded.some((n) => n.notificationId === notificationId)) return null;
  const recipients = distinctIds(data.recipients, 'recipients', codes.RECIPIENTS_REQUIRED, 'A recipient', rule);
  if (recipients.length === 0) {
    throw new DomainError(codes.RECIPIENTS_REQUIRED, 'A notification goes to at least one person', 'BAD_USER_INPUT', {
      field: 'recipients',
      rule,
    });
  }
  const sentAt = isoInstant(data.sentAt, 'sentAt', codes.INVALID_INSTANT, rule);
  if (Date.parse(sentAt) > (instantMs(now) ?? Date.parse(now))) {
    throw new DomainError(codes.SENT_IN_THE_FUTURE, `sentAt (${sentAt}) is after now (${now})`, 'BAD_USER_INPUT', {
      field: 'sentAt',
      rule,
    });
  }
  return {
    notificationId,
    recipients,
    channel: requiredText(data.channel, 'channel', codes.FIELD_REQUIRED, 'channel'),
    sentAt,
    messageId: optionalText(data.messageId),
  };
}
