import { registerEnumType } from '@nestjs/graphql';
import {
  CLOCK_STATES,
  COPY_TO_ROLES,
  REMEDIAL_ACTION_SOURCE_KINDS,
  type ClockState,
  type CopyToRole,
  type RemedialActionSourceKind,
} from '../../../../libs/domain/src/index.js';
import type {
  ImmediateEscalationDocumentStatus,
  RemedialActionDocumentStatus,
} from '../../../../projections/remedial-actions/remedial-actions.document.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from the rules. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const REMEDIAL_ACTION_STATUSES: readonly RemedialActionDocumentStatus[] = [
  'RAISED',
  'ACKNOWLEDGED',
  'COMPLETED',
  'VERIFIED',
  'REOPENED',
];
export const RemedialActionStatusEnum = enumOf(REMEDIAL_ACTION_STATUSES);
registerEnumType(RemedialActionStatusEnum, {
  name: 'RemedialActionStatus',
  description: "A remedial action's life (CFA-5, CFA-7).",
  valuesMap: {
    RAISED: { description: 'Raised from the audit; the owner has not yet acknowledged it.' },
    ACKNOWLEDGED: { description: 'The owner has taken it on.' },
    COMPLETED: { description: 'The owner says it is done, with evidence; the manager reviews it in supervision.' },
    VERIFIED: { description: 'The manager agreed in supervision that it is done (CFA-5).' },
    REOPENED: { description: 'The manager found it not done; open again with a new timescale, to be acknowledged again.' },
  },
});

export const RemedialActionSourceKindEnum = enumOf<RemedialActionSourceKind>(REMEDIAL_ACTION_SOURCE_KINDS);
registerEnumType(RemedialActionSourceKindEnum, {
  name: 'RemedialActionSourceKind',
  description: 'What the action was raised from.',
});

export const CopyToRoleEnum = enumOf<CopyToRole>(COPY_TO_ROLES);
registerEnumType(CopyToRoleEnum, {
  name: 'CopyToRole',
  description: 'CFA-7: remedial actions are copied to the IRO / CP chair where required.',
});

export const ClockStateEnum = enumOf<ClockState>(CLOCK_STATES);
registerEnumType(ClockStateEnum, {
  name: 'ClockState',
  description: "A deadline's state at the query's asOf instant, computed when asked, never stored.",
  valuesMap: {
    RUNNING: { description: 'Not yet done, and the deadline has not passed.' },
    MET: { description: 'Done at or before the deadline.' },
    BREACHED: { description: 'Done, but after the deadline.' },
    OVERDUE: { description: 'Not done, and the deadline has passed.' },
  },
});

export const IMMEDIATE_ESCALATION_STATUSES: readonly ImmediateEscalationDocumentStatus[] = ['RAISED', 'ACKNOWLEDGED'];
export const ImmediateEscalationStatusEnum = enumOf(IMMEDIATE_ESCALATION_STATUSES);
registerEnumType(ImmediateEscalationStatusEnum, {
  name: 'ImmediateEscalationStatus',
  description: 'CFA-13: raised when an audit grades a case Inadequate; acknowledged by the manager it went to.',
});
