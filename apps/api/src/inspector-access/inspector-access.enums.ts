import { registerEnumType } from '@nestjs/graphql';
import { INSPECTOR_ACCESS_STATES, type InspectorAccessState } from '../../../../libs/domain/src/index.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const InspectorAccessStateEnum = enumOf<InspectorAccessState>(INSPECTOR_ACCESS_STATES);
registerEnumType(InspectorAccessStateEnum, {
  name: 'InspectorAccessState',
  description: 'Where a grant stands at an instant: SCHEDULED (before from), ACTIVE (from inclusive, until exclusive), EXPIRED, REVOKED.',
});
