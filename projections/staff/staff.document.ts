import type { Role } from '../../libs/domain/src/index.js';
import type { Dated } from './recorded-event-fields.js';

/**
 * The staff directory's document of one member of staff: who they are now, and the dated history
 * of their role, team, line manager and flags, so any date's answer can be read (REP-3).
 * `type`, not `interface`, so it is a ReadStore `Document`.
 */
export type StaffMemberDocument = {
  readonly id: string;
  readonly staffId: string;
  readonly name: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly lineManagerId: string | null;
  readonly startDate: string;
  /** The last day in post, once recorded (it may still be ahead). */
  readonly leavingDate: string | null;
  /** LEFT once the leaving is recorded; whether someone is in post on a date is `isInPost`. */
  readonly status: 'ACTIVE' | 'LEFT';
  /** Newly qualified, in the Academy (OBS-3). */
  readonly inAsye: boolean;
  /** Identified as needing support to improve performance (OBS-2). */
  readonly needsPerformanceSupport: boolean;
  readonly history: {
    readonly role: readonly Dated<Role>[];
    readonly teamId: readonly Dated<string | null>[];
    readonly lineManagerId: readonly Dated<string | null>[];
    readonly inAsye: readonly Dated<boolean>[];
    readonly needsPerformanceSupport: readonly Dated<boolean>[];
  };
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly registeredAt: string;
  readonly lastUpdatedAt: string;
};
