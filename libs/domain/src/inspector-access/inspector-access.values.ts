import type { Role } from '../shared/decider.js';

/**
 * The words of inspectors' access (issue 6, item 3). Inspectors (Ofsted) are not in the council's
 * staff registry: an S&QA manager grants one read-only access for a time window, which ends by
 * itself and can be revoked earlier. The rules, named in errors and tests:
 *
 * INSP-1  Only an S&QA manager grants and revokes an inspector's access.
 * INSP-2  The window is bounded: it begins now or later (at most INSPECTOR_ACCESS_LIMITS.maxLeadDays
 *         ahead), ends after it begins, and lasts at most INSPECTOR_ACCESS_LIMITS.maxWindowDays.
 * INSP-3  An inspector is external: access is not granted to a member of staff in post (their
 *         role comes from the registry), unless the registry lists them as an inspector, nor to
 *         the S&QA manager granting it.
 * INSP-4  An inspector reads and never changes anything: enforced by the permission table, which
 *         gives the INSPECTOR role no mutation.
 */

export const INSPECTOR_ACCESS_RULES = {
  GRANTOR: 'INSP-1',
  WINDOW: 'INSP-2',
  EXTERNAL: 'INSP-3',
  READ_ONLY: 'INSP-4',
} as const;

/** INSP-1: who grants and revokes. */
export const INSPECTOR_ACCESS_GRANTOR_ROLES = ['SQA_MANAGER'] as const satisfies readonly Role[];

/** INSP-2: the bounds of a window; about the length of an inspection and its preparation. */
export const INSPECTOR_ACCESS_LIMITS = {
  /** The longest window, in days (until - from). */
  maxWindowDays: 90,
  /** How far ahead a window may begin, in days from the grant. */
  maxLeadDays: 90,
  /** A `from` this much before now is still "now" (the client's clock may lag the server's). */
  clockSkewMinutes: 5,
} as const;

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export const INSPECTOR_ACCESS_DURATIONS_MS = {
  maxWindow: INSPECTOR_ACCESS_LIMITS.maxWindowDays * DAY_MS,
  maxLead: INSPECTOR_ACCESS_LIMITS.maxLeadDays * DAY_MS,
  clockSkew: INSPECTOR_ACCESS_LIMITS.clockSkewMinutes * MINUTE_MS,
} as const;

/**
 * Where a grant stands at an instant: SCHEDULED before its window, ACTIVE within it (from
 * inclusive, until exclusive), EXPIRED after it, REVOKED from its revocation on.
 */
export const INSPECTOR_ACCESS_STATES = ['SCHEDULED', 'ACTIVE', 'EXPIRED', 'REVOKED'] as const;
export type InspectorAccessState = (typeof INSPECTOR_ACCESS_STATES)[number];

/** What a grant says about its window and revocation, as any of its readers hold it. */
export type InspectorAccessWindow = {
  /** ISO instants: from inclusive, until exclusive. */
  readonly from: string;
  readonly until: string;
  /** When it was revoked, or null. */
  readonly revokedAt: string | null;
};

/** Where the grant stands at `at` (an ISO instant or a Date). */
export function inspectorAccessStateAt(grant: InspectorAccessWindow, at: string | Date): InspectorAccessState {
  const t = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (grant.revokedAt !== null && Date.parse(grant.revokedAt) <= t) return 'REVOKED';
  if (t < Date.parse(grant.from)) return 'SCHEDULED';
  if (t >= Date.parse(grant.until)) return 'EXPIRED';
  return 'ACTIVE';
}
