import type { DomainEvent } from '../shared/decider.js';

/**
 * A supervision session between a supervisor (TM or AP) and a member of staff they supervise.
 *
 * A session is its own stream (`supervisionSession-<sessionId>`), not a fact on the supervisee's
 * staff stream, because other records must point at one particular session: the compliance audits
 * that precede it (CFA-4), the management direction reviewed in it (CFA-5), the remedial actions
 * verified in it (CFA-7) and supervision audit findings reviewed at it (SUP-5). It can be planned
 * before it is held, so compliance audits can name the supervision they precede before it happens;
 * and recording sessions never contends with changes to the staff member's record.
 */

export type SupervisionSessionPlanned = DomainEvent<
  'SupervisionSessionPlanned',
  {
    readonly sessionId: string;
    readonly supervisorId: string;
    readonly superviseeId: string;
    /** ISO date. */
    readonly plannedFor: string;
    readonly plannedAt: string;
  }
>;

export type SupervisionSessionRescheduled = DomainEvent<
  'SupervisionSessionRescheduled',
  { readonly sessionId: string; readonly plannedFor: string; readonly previouslyPlannedFor: string; readonly rescheduledAt: string }
>;

export type SupervisionSessionHeld = DomainEvent<
  'SupervisionSessionHeld',
  {
    readonly sessionId: string;
    /** Who actually held it (may differ from the planned supervisor, e.g. cover). */
    readonly supervisorId: string;
    readonly superviseeId: string;
    /** ISO date. */
    readonly heldOn: string;
    readonly recordedAt: string;
  }
>;

export type SupervisionSessionCancelled = DomainEvent<
  'SupervisionSessionCancelled',
  { readonly sessionId: string; readonly reason: string; readonly cancelledAt: string }
>;

export type SupervisionSessionEvent =
  | SupervisionSessionPlanned
  | SupervisionSessionRescheduled
  | SupervisionSessionHeld
  | SupervisionSessionCancelled;

export type SupervisionSessionEventType = SupervisionSessionEvent['type'];

export const SUPERVISION_SESSION_EVENT_TYPES: readonly SupervisionSessionEventType[] = [
  'SupervisionSessionPlanned',
  'SupervisionSessionRescheduled',
  'SupervisionSessionHeld',
  'SupervisionSessionCancelled',
];
