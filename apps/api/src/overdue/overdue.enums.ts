import { registerEnumType } from '@nestjs/graphql';
import { LATE_SOURCES } from '../../../../projections/overdue/late-sources.js';
import { LATE_SORTS, type LateSort, type LateState } from '../../../../projections/overdue/overdue.js';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** Every kind of late thing the sources report; the enum follows the list of sources. */
export const LATE_KINDS: readonly string[] = LATE_SOURCES.flatMap((source) => source.kinds);
export const LateKindEnum = enumOf(LATE_KINDS);
registerEnumType(LateKindEnum, {
  name: 'LateKind',
  description: 'What is late: an audit past its due date, an action not notified or past its timescale, an escalation not acknowledged, and each strand\'s own clocks (supervision audit escalations and findings reviews, quarterly summaries, observation learning reports, practice observations, CRS escalations, midway reviews).',
});

export const LATE_STATES: readonly LateState[] = ['OVERDUE', 'DUE_SOON'];
export const LateStateEnum = enumOf(LATE_STATES);
registerEnumType(LateStateEnum, {
  name: 'LateState',
  valuesMap: {
    OVERDUE: { description: 'Past its due instant at asOf and not done.' },
    DUE_SOON: { description: 'Not done, and due within the dueWithinHours asked for.' },
  },
});

export const LateSortEnum = enumOf<LateSort>(LATE_SORTS);
registerEnumType(LateSortEnum, {
  name: 'LateSort',
  valuesMap: {
    MOST_LATE: { description: 'The most overdue first, then what falls due soonest (the default).' },
    OWNER: { description: 'By whose it is, then most late.' },
    MANAGER: { description: 'By who manages them, then most late.' },
    TEAM: { description: 'By team, then most late.' },
    KIND: { description: 'By kind, then most late.' },
  },
});
