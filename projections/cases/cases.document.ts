import type { CaseCategory } from '../../libs/domain/src/index.js';
import type { Dated } from '../staff/recorded-event-fields.js';

/** One opening of a case to its closing (null while open). */
export type CaseEpisodeDocument = { readonly openedOn: string; readonly closedOn: string | null };

/**
 * The caseload's document of one case, keyed by its Azeus number: how it is now, its episodes,
 * and the dated history of its category, team and allocated worker (for "as at" questions such as
 * who held the case when it was sampled, CFA-1). `type`, not `interface`, so it is a `Document`.
 */
export type CaseDocument = {
  readonly id: string;
  readonly azeusNumber: string;
  readonly category: CaseCategory;
  readonly teamId: string;
  /** Null while awaiting allocation. */
  readonly allocatedWorkerId: string | null;
  readonly status: 'OPEN' | 'CLOSED';
  /** Opening date of the current (or last) episode. */
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly episodes: readonly CaseEpisodeDocument[];
  readonly history: {
    readonly category: readonly Dated<CaseCategory>[];
    readonly teamId: readonly Dated<string>[];
    readonly allocatedWorkerId: readonly Dated<string | null>[];
  };
  /** Stream revision of the last event applied: the projection's idempotency mark. */
  readonly revision: number;
  readonly lastUpdatedAt: string;
};
