import { DomainError } from '../shared/domain-error.js';

/**
 * Checks of single input values, shared by the staff, team and case deciders and their CSV
 * imports so that a value the import accepts is one the decider accepts. Each aggregate passes
 * its own error codes; fields are named as the command's data names them.
 */

export interface FieldCheckCodes {
  readonly required: string;
  readonly invalidDate: string;
  readonly invalidId: string;
}

/** Ids become part of stream ids (`<category>-<id>`) and read-store keys. */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function fieldChecks(codes: FieldCheckCodes) {
  /** Trimmed text, or null when absent or blank. */
  function optionalText(value: unknown): string | null {
    if (typeof value !== 'string') return null;
    const text = value.trim();
    return text === '' ? null : text;
  }

  function requiredText(value: unknown, field: string, what: string = field): string {
    const text = optionalText(value);
    if (text === null) throw new DomainError(codes.required, `${what} is required`, 'BAD_USER_INPUT', { field });
    return text;
  }

  function id(value: unknown, field: string): string {
    const text = requiredText(value, field);
    if (!ID.test(text)) {
      throw new DomainError(
        codes.invalidId,
        `${field} must be letters, digits, '.', '_' or '-' (at most 100, starting with a letter or digit), not ${JSON.stringify(text)}`,
        'BAD_USER_INPUT',
        { field },
      );
    }
    return text;
  }

  function optionalId(value: unknown, field: string): string | null {
    return optionalText(value) === null ? null : id(value, field);
  }

  /** A calendar date as YYYY-MM-DD (2025-02-30 is refused). */
  function isoDate(value: unknown, field: string): string {
    if (typeof value === 'string' && isCalendarDate(value.trim())) return value.trim();
    throw new DomainError(codes.invalidDate, `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
      field,
    });
  }

  function optionalIsoDate(value: unknown, field: string): string | null {
    return optionalText(value) === null ? null : isoDate(value, field);
  }

  function yesNo(value: unknown, field: string): boolean {
    if (typeof value === 'boolean') return value;
    throw new DomainError(codes.required, `${field} must be true or false`, 'BAD_USER_INPUT', { field });
  }

  return { optionalText, requiredText, id, optionalId, isoDate, optionalIsoDate, yesNo };
}

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The UTC calendar day of a command's `now` (an ISO instant), to compare with dates. */
export function dayOf(instant: string): string {
  if (isCalendarDate(instant)) return instant;
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant.slice(0, 10) : date.toISOString().slice(0, 10);
}
