import type { Grade, ModerationScope } from '../../libs/domain/src/index.js';

/**
 * The moderation statistics read model (CFA-9): one document per moderated case file audit, with
 * what the statistics are counted by (auditor, team, month of moderation) and how its grades moved.
 * Counts are made at query time over these documents, so any period or filter can be asked for.
 */

/** One grade the moderator changed: from the auditor's grade to the moderated one. */
export type GradeMovementDocument = {
  readonly scope: ModerationScope;
  /** The criterion (1..16); null for the overall grade. */
  readonly criterion: number | null;
  readonly fromGrade: Grade;
  readonly toGrade: Grade;
};

export type ModeratedAuditDocument = {
  /** The audit id. */
  readonly id: string;
  readonly auditorId: string;
  /** The audit's team as scheduled; null when none was given. */
  readonly teamId: string | null;
  readonly moderatorId: string;
  readonly moderatedAt: string;
  /** YYYY-MM, the UTC month of `moderatedAt`: the period the statistics are filtered by. */
  readonly month: string;
  /** The moderator agreed with every grade. */
  readonly agreed: boolean;
  readonly movements: readonly GradeMovementDocument[];
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
};
