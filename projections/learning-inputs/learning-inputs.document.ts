import type { ComplaintOutcome, LearningInputKind, LearningInputSourceType, Role } from '../../libs/domain/src/index.js';

/**
 * The read model of one learning input (section 2; REP-2): what it says now, the themes it
 * touches with their matching keys, and how it came to say it. Plain JSON; `type`, not
 * `interface`, so it is a ReadStore `Document`.
 */

export type LearningInputChangeDocument = {
  readonly change: 'RECORDED' | 'CORRECTED' | 'COMPLAINT_RESPONSE_RECORDED' | 'WITHDRAWN';
  readonly by: string | null;
  readonly at: string;
  /** Why it was corrected or withdrawn. */
  readonly reason: string | null;
  /** The stream revision of the change; the whole earlier version is in the stream's history (REP-3). */
  readonly revision: number;
};

export type LearningInputDocument = {
  readonly id: string;
  readonly learningInputId: string;
  readonly kind: LearningInputKind;
  /** WITHDRAWN inputs are kept, and left out of lists and theme counts unless asked for. */
  readonly status: 'RECORDED' | 'WITHDRAWN';
  readonly receivedOn: string;
  /** YYYY-MM of receivedOn: indexed, for a period's inputs. */
  readonly receivedMonth: string;
  readonly source: { readonly description: string; readonly type: LearningInputSourceType | null };
  readonly teams: readonly { readonly teamId: string; readonly serviceAreaId: string }[];
  readonly teamIds: readonly string[];
  /** The service areas named directly. */
  readonly serviceAreaIds: readonly string[];
  /** Those named and those of the teams: what a service area's query matches. */
  readonly serviceAreasTouched: readonly string[];
  /** As entered (trimmed). */
  readonly themes: readonly string[];
  /** learningThemeKey of each theme, in the same order: what a theme's query and counts match (REP-2). */
  readonly themeKeys: readonly string[];
  readonly summary: string;
  readonly complaint: { readonly outcome: ComplaintOutcome | null; readonly responseDate: string | null } | null;
  readonly staffSurvey: { readonly year: number; readonly findings: readonly { readonly theme: string; readonly text: string }[] } | null;
  readonly recordedBy: string;
  readonly recordedByRole: Role | null;
  readonly recordedAt: string;
  readonly withdrawal: { readonly reason: string; readonly withdrawnBy: string | null; readonly withdrawnAt: string } | null;
  readonly history: readonly LearningInputChangeDocument[];
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
