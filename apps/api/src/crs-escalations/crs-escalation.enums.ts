import { registerEnumType } from '@nestjs/graphql';
import {
  CRS_ESCALATION_RESOLUTIONS,
  CRS_ESCALATION_ROUTES,
  CRS_ESCALATION_STAGE_LABELS,
  CRS_ESCALATION_STAGES,
  CRS_STAGE_CLOCK_STATES,
  type CrsEscalationResolution,
  type CrsEscalationRoute,
  type CrsEscalationStage,
  type CrsStageClockState,
} from '../../../../libs/domain/src/index.js';
import type { CrsEscalationDocumentStatus } from '../../../../projections/crs-escalations/index.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift from the rules. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const CrsEscalationStageEnum = enumOf<CrsEscalationStage>(CRS_ESCALATION_STAGES);
registerEnumType(CrsEscalationStageEnum, {
  name: 'CrsEscalationStage',
  description: "CRS-1: the stages of the case escalation process (the service's reading of it; appendix D names the process, not its stages).",
  valuesMap: Object.fromEntries(CRS_ESCALATION_STAGES.map((stage) => [stage, { description: CRS_ESCALATION_STAGE_LABELS[stage] }])),
});

export const CRS_ESCALATION_STATUSES: readonly CrsEscalationDocumentStatus[] = ['OPEN', 'RESOLVED', 'WITHDRAWN'];
export const CrsEscalationStatusEnum = enumOf(CRS_ESCALATION_STATUSES);
registerEnumType(CrsEscalationStatusEnum, {
  name: 'CrsEscalationStatus',
  valuesMap: {
    OPEN: { description: 'With the current stage\'s recipient, or waiting for the chair to accept the response or take it further.' },
    RESOLVED: { description: 'The chair accepted the response (CRS-1).' },
    WITHDRAWN: { description: 'The chair withdrew it.' },
  },
});

export const CrsEscalationRouteEnum = enumOf<CrsEscalationRoute>(CRS_ESCALATION_ROUTES);
registerEnumType(CrsEscalationRouteEnum, {
  name: 'CrsEscalationRoute',
  description: 'CRS-1: a concern is escalated informally (to the TM) or formally (formal stage 1 with the TM); a serious issue or a management decision is always formal, with the Manager.',
});

export const CrsEscalationResolutionEnum = enumOf<CrsEscalationResolution>(CRS_ESCALATION_RESOLUTIONS);
registerEnumType(CrsEscalationResolutionEnum, { name: 'CrsEscalationResolution', description: 'CRS-1: resolved at the informal stage or at a formal one.' });

export const CrsStageClockStateEnum = enumOf<CrsStageClockState>(CRS_STAGE_CLOCK_STATES);
registerEnumType(CrsStageClockStateEnum, {
  name: 'CrsStageClockState',
  description: "A stage's response clock at the query's asOf, computed when asked, never stored (CRS-1).",
  valuesMap: {
    RUNNING: { description: 'No response yet; the due day has not passed.' },
    MET: { description: 'Responded on or before the due day.' },
    BREACHED: { description: 'Responded after the due day.' },
    OVERDUE: { description: 'No response, and the due day has passed.' },
    ENDED_UNANSWERED: { description: 'The stage ended with no response: the chair took it further or withdrew it.' },
  },
});

export const CrsEscalationNotifiedAsEnum = enumOf<'RECIPIENT' | 'TEAM_MANAGER'>(['RECIPIENT', 'TEAM_MANAGER']);
registerEnumType(CrsEscalationNotifiedAsEnum, {
  name: 'CrsEscalationNotifiedAs',
  valuesMap: {
    RECIPIENT: { description: "The stage's recipient, who responds." },
    TEAM_MANAGER: { description: "The child's Team Manager, told as well when the stage is with someone else (CRS-1)." },
  },
});
