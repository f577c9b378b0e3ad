import { DomainError } from '../shared/domain-error.js';
import {
  CONCERN_ESCALATION_ROUTES,
  CRS_MEETING_TYPES,
  CRS_PLAN_KINDS,
  CRS_RATINGS,
  type ConcernsRaised,
  type CrsMeetingType,
  type CrsPlanKind,
  type RatedJudgement,
} from './conference-and-review.values.js';

/** The codes an input check of a CRS strand refuses with; each strand passes its own. */
export type CrsInputCodes = {
  readonly FIELD_REQUIRED: string;
  readonly INVALID_DATE: string;
  readonly DATE_IN_FUTURE: string;
  readonly VALUE_UNKNOWN: string;
  readonly CONCERNS_INCOMPLETE: string;
};

/** Raw input of a judged quality, as it arrives from the edge. */
export type RatedJudgementInput = { readonly rating: string; readonly comments?: string | null };

/** Raw input of "any concerns". */
export type ConcernsInput = {
  readonly raised: boolean;
  readonly details?: string | null;
  /** One of CONCERN_ESCALATION_ROUTES; required when concerns are raised. */
  readonly escalationRoute?: string | null;
  readonly escalationId?: string | null;
};

/**
 * Input checks shared by the CRS deciders: every refusal names the field and, where one applies,
 * the rule. Pure: `now` comes from the command.
 */
export function crsInputChecks(codes: CrsInputCodes, rule: string) {
  function optionalText(value: unknown): string | null {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }

  function required(value: unknown, field: string): string {
    const text = optionalText(value);
    if (text === null) throw new DomainError(codes.FIELD_REQUIRED, `${field} is required (${rule})`, 'BAD_USER_INPUT', { field, rule });
    return text;
  }

  function isoDate(value: unknown, field: string): string {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const parsed = new Date(`${value}T00:00:00.000Z`);
      if (!Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value) return value;
    }
    throw new DomainError(codes.INVALID_DATE, `${field} must be a date as YYYY-MM-DD (${rule})`, 'BAD_USER_INPUT', { field, rule });
  }

  function pastDate(value: unknown, field: string, now: string): string {
    const date = isoDate(value, field);
    if (date > now.slice(0, 10)) {
      throw new DomainError(codes.DATE_IN_FUTURE, `${field} cannot be in the future (${rule})`, 'BAD_USER_INPUT', { field, rule });
    }
    return date;
  }

  function oneOf<T extends string>(value: unknown, values: readonly T[], field: string): T {
    const found = values.find((v) => v === value);
    if (found === undefined) {
      throw new DomainError(
        codes.VALUE_UNKNOWN,
        `${field} must be one of ${values.join(', ')}, not ${JSON.stringify(value)} (${rule})`,
        'BAD_USER_INPUT',
        { field, rule },
      );
    }
    return found;
  }

  function meetingType(value: unknown, field = 'meetingType'): CrsMeetingType {
    return oneOf(value, CRS_MEETING_TYPES, field);
  }

  function planKind(value: unknown, field = 'planKind'): CrsPlanKind {
    return oneOf(value, CRS_PLAN_KINDS, field);
  }

  /** A rating on the four grades with the comments that justify it. */
  function rated(value: RatedJudgementInput | null | undefined, field: string): RatedJudgement {
    if (typeof value !== 'object' || value === null) {
      throw new DomainError(codes.FIELD_REQUIRED, `${field} is required: a rating and comments (${rule})`, 'BAD_USER_INPUT', { field, rule });
    }
    return { rating: oneOf(value.rating, CRS_RATINGS, `${field}.rating`), comments: required(value.comments, `${field}.comments`) };
  }

  /** Concerns raised are described and escalated, informally or formally (appendix D, CRS-1). */
  function concerns(value: ConcernsInput | null | undefined, field = 'concerns'): ConcernsRaised {
    if (typeof value !== 'object' || value === null || typeof value.raised !== 'boolean') {
      throw new DomainError(codes.FIELD_REQUIRED, `${field}.raised is required: say whether concerns are raised (${rule})`, 'BAD_USER_INPUT', {
        field: `${field}.raised`,
        rule,
      });
    }
    if (!value.raised) {
      const stray = (['details', 'escalationRoute', 'escalationId'] as const).find((key) => optionalText(value[key]) !== null);
      if (stray !== undefined) {
        throw new DomainError(codes.CONCERNS_INCOMPLETE, `${field}.${stray} is given only where concerns are raised (${rule})`, 'BAD_USER_INPUT', {
          field: `${field}.${stray}`,
          rule,
        });
      }
      return { raised: false };
    }
    const details = optionalText(value.details);
    if (details === null) {
      throw new DomainError(codes.CONCERNS_INCOMPLETE, `${field}.details is required where concerns are raised (${rule})`, 'BAD_USER_INPUT', {
        field: `${field}.details`,
        rule,
      });
    }
    if (value.escalationRoute === null || value.escalationRoute === undefined) {
      throw new DomainError(
        codes.CONCERNS_INCOMPLETE,
        `${field}.escalationRoute is required where concerns are raised: the chair follows the case escalation process, informally or formally (CRS-1)`,
        'BAD_USER_INPUT',
        { field: `${field}.escalationRoute`, rule: 'CRS-1' },
      );
    }
    return {
      raised: true,
      details,
      escalationRoute: oneOf(value.escalationRoute, CONCERN_ESCALATION_ROUTES, `${field}.escalationRoute`),
      escalationId: optionalText(value.escalationId),
    };
  }

  return { optionalText, required, isoDate, pastDate, oneOf, meetingType, planKind, rated, concerns };
}
