import { assertNever, type Actor, type Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import type { GrantInspectorAccess, InspectorAccessCommand, RevokeInspectorAccess } from './inspector-access.commands.js';
import { InspectorAccessErrorCode as Code } from './inspector-access.errors.js';
import type { InspectorAccessEvent } from './inspector-access.events.js';
import { evolve, initialState, type GrantedInspectorAccess, type InspectorAccess } from './inspector-access.state.js';
import {
  INSPECTOR_ACCESS_DURATIONS_MS as DURATIONS,
  INSPECTOR_ACCESS_GRANTOR_ROLES,
  INSPECTOR_ACCESS_LIMITS as LIMITS,
  INSPECTOR_ACCESS_RULES as RULES,
} from './inspector-access.values.js';

export function decide(command: InspectorAccessCommand, state: InspectorAccess): InspectorAccessEvent[] {
  switch (command.type) {
    case 'GrantInspectorAccess':
      return grant(command, state);
    case 'RevokeInspectorAccess':
      return revoke(command, state);
    default:
      return assertNever(command);
  }
}

export const inspectorAccessDecider: Decider<InspectorAccessCommand, InspectorAccess, InspectorAccessEvent> = {
  decide,
  evolve,
  initialState,
};

// ---------------------------------------------------------------------------------------------
// One function per command.

function grant(command: GrantInspectorAccess, state: InspectorAccess): InspectorAccessEvent[] {
  const actor = command.metadata.actor;
  grantorRole(actor, 'grant');
  if (state.status !== 'NOT_GRANTED') {
    throw new DomainError(Code.ALREADY_GRANTED, `Inspector access grant ${state.grantId} is already recorded`, 'CONFLICT', { field: 'grantId' });
  }
  const d = command.data;
  const grantId = required(d.grantId, 'grantId');
  const inspectorId = checkedInspectorId(d.inspectorId);
  const name = required(d.name, 'name');
  const organisation = required(d.organisation, 'organisation');
  const reason = required(d.reason, 'reason');
  const inspectionReference = optionalText(d.inspectionReference);
  external(inspectorId, actor, d.facts);
  const now = command.metadata.now;
  const { from, until } = checkedWindow(d.from, d.until, now);
  return [
    {
      type: 'InspectorAccessGranted',
      data: { grantId, inspectorId, name, organisation, from, until, reason, inspectionReference, grantedBy: actor.staffId, grantedAt: now },
    },
  ];
}

function revoke(command: RevokeInspectorAccess, state: InspectorAccess): InspectorAccessEvent[] {
  const actor = command.metadata.actor;
  grantorRole(actor, 'revoke');
  const granted = live(state);
  const now = command.metadata.now;
  if (Date.parse(now) >= Date.parse(granted.until)) {
    throw new DomainError(
      Code.ALREADY_ENDED,
      `Inspector access grant ${granted.grantId} ended at ${granted.until} by itself; there is nothing to revoke`,
      'CONFLICT',
      { field: 'grantId', rule: RULES.WINDOW },
    );
  }
  const reason = required(command.data.reason, 'reason');
  return [
    {
      type: 'InspectorAccessRevoked',
      data: { grantId: granted.grantId, inspectorId: granted.inspectorId, reason, revokedBy: actor.staffId, revokedAt: now },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Who may grant, and to whom.

/** INSP-1. */
function grantorRole(actor: Actor, action: 'grant' | 'revoke'): void {
  if ((INSPECTOR_ACCESS_GRANTOR_ROLES as readonly string[]).includes(actor.role)) return;
  throw new DomainError(
    Code.GRANTOR_ROLE_NOT_ALLOWED,
    `Only an S&QA manager may ${action} an inspector's access; not a ${actor.role} (${RULES.GRANTOR})`,
    'FORBIDDEN',
    { rule: RULES.GRANTOR },
  );
}

/**
 * INSP-3: an inspector is external. A member of staff in post has the role the registry gives
 * them; a grant would widen what they read to everything, so it is refused, as is one to the
 * grantor themself. A registry entry with the role INSPECTOR is an inspector, and may be granted.
 */
function external(inspectorId: string, actor: Actor, facts: GrantInspectorAccess['data']['facts']): void {
  if (inspectorId === actor.staffId) {
    throw new DomainError(Code.SELF_GRANT, 'inspectorId: an S&QA manager may not grant inspector access to themself', 'FORBIDDEN', {
      field: 'inspectorId',
      rule: RULES.EXTERNAL,
    });
  }
  const staff = facts?.staffInPost ?? null;
  // The registry may list an inspector (role INSPECTOR); their access still follows from a grant.
  if (staff !== null && staff.role !== 'INSPECTOR') {
    throw new DomainError(
      Code.INSPECTOR_IS_STAFF,
      `inspectorId: ${inspectorId} is ${staff.name}, a ${staff.role} in post in the staff registry; inspector access is for external inspectors, and staff read what their role allows (${RULES.EXTERNAL})`,
      'BAD_USER_INPUT',
      { field: 'inspectorId', rule: RULES.EXTERNAL },
    );
  }
}

function live(state: InspectorAccess): GrantedInspectorAccess {
  if (state.status === 'NOT_GRANTED') {
    throw new DomainError(Code.NOT_FOUND, 'No inspector access is granted with this id', 'NOT_FOUND', { field: 'grantId' });
  }
  if (state.status === 'REVOKED') {
    throw new DomainError(Code.ALREADY_REVOKED, `Inspector access grant ${state.grantId} was revoked at ${state.revokedAt}`, 'CONFLICT', {
      field: 'grantId',
    });
  }
  return state;
}

// ---------------------------------------------------------------------------------------------
// The window (INSP-2).

function checkedWindow(fromInput: unknown, untilInput: unknown, now: string): { from: string; until: string } {
  const nowMs = Date.parse(now);
  const from = fromInput == null ? now : instant(fromInput, 'from');
  const until = instant(untilInput, 'until');
  const fromMs = Date.parse(from);
  const untilMs = Date.parse(until);
  if (fromMs < nowMs - DURATIONS.clockSkew) {
    throw new DomainError(
      Code.FROM_IN_PAST,
      `from ${from} is in the past; access begins now or later (leave from out to grant from now) (${RULES.WINDOW})`,
      'BAD_USER_INPUT',
      { field: 'from', rule: RULES.WINDOW },
    );
  }
  if (fromMs - nowMs > DURATIONS.maxLead) {
    throw new DomainError(
      Code.FROM_TOO_FAR_AHEAD,
      `from ${from} is more than ${LIMITS.maxLeadDays} days ahead; grant access nearer the inspection (${RULES.WINDOW})`,
      'BAD_USER_INPUT',
      { field: 'from', rule: RULES.WINDOW },
    );
  }
  if (untilMs <= nowMs) {
    throw new DomainError(Code.UNTIL_IN_PAST, `until ${until} is not in the future; access ends later than now (${RULES.WINDOW})`, 'BAD_USER_INPUT', {
      field: 'until',
      rule: RULES.WINDOW,
    });
  }
  if (untilMs <= fromMs) {
    throw new DomainError(Code.UNTIL_NOT_AFTER_FROM, `until ${until} is not after from ${from} (${RULES.WINDOW})`, 'BAD_USER_INPUT', {
      field: 'until',
      rule: RULES.WINDOW,
    });
  }
  if (untilMs - fromMs > DURATIONS.maxWindow) {
    const days = Math.ceil((untilMs - fromMs) / 86_400_000);
    throw new DomainError(
      Code.WINDOW_TOO_LONG,
      `until: the window from ${from} to ${until} is about ${days} days; inspector access lasts at most ${LIMITS.maxWindowDays} days (${RULES.WINDOW})`,
      'BAD_USER_INPUT',
      { field: 'until', rule: RULES.WINDOW },
    );
  }
  return { from, until };
}

// ISO-8601 date and time with seconds optional, fractions optional, and a zone (Z or ±hh:mm).
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An instant as ISO-8601 with a time zone (2025-02-30 and 24:00 are refused), normalised to UTC. */
function instant(value: unknown, field: string): string {
  const match = typeof value === 'string' ? ISO_INSTANT.exec(value.trim()) : null;
  if (match) {
    const [year, month, day, hour, minute] = [1, 2, 3, 4, 5].map((i) => Number(match[i]));
    const second = Number(match[6] ?? 0);
    const [zoneHours, zoneMinutes] = [Number(match[7] ?? 0), Number(match[8] ?? 0)];
    const date = new Date(Date.UTC(year!, month! - 1, day!));
    const valid =
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month! - 1 &&
      date.getUTCDate() === day &&
      hour! < 24 &&
      minute! < 60 &&
      second < 60 &&
      zoneHours < 24 &&
      zoneMinutes < 60;
    const ms = Date.parse((value as string).trim());
    if (valid && !Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  throw new DomainError(
    Code.INVALID_INSTANT,
    `${field} must be a date and time with its time zone, e.g. 2025-06-02T09:00:00Z; not ${JSON.stringify(value)}`,
    'BAD_USER_INPUT',
    { field },
  );
}

// ---------------------------------------------------------------------------------------------
// Input checks.

/** The token subject exactly: no spaces or control characters, at most 200 characters. */
function checkedInspectorId(value: unknown): string {
  const id = required(value, 'inspectorId');
  if (id !== value || /[\s\p{Cc}]/u.test(id) || id.length > 200) {
    throw new DomainError(
      Code.INSPECTOR_ID_INVALID,
      `inspectorId must be the inspector's token subject exactly (no spaces or control characters, at most 200 characters), not ${JSON.stringify(value)}`,
      'BAD_USER_INPUT',
      { field: 'inspectorId' },
    );
  }
  return id;
}

function required(value: unknown, field: string): string {
  const text = optionalText(value);
  if (text === null) throw new DomainError(Code.FIELD_REQUIRED, `${field} is required`, 'BAD_USER_INPUT', { field });
  return text;
}

/** Trimmed text, or null when absent or blank. */
function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}
