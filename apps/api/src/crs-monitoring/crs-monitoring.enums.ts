import { registerEnumType } from '@nestjs/graphql';
import {
  CONCERN_ESCALATION_ROUTES,
  CRS_MEETING_TYPES,
  CRS_MEETING_TYPE_LABELS,
  CRS_MONTHLY_REQUIREMENTS,
  CRS_PLAN_KINDS,
  CRS_QUALITY_CHECK_KINDS,
  MEETING_OBSERVATION_CRITERIA,
  MINUTES_AUDIT_CRITERIA,
  MONITORING_FORM_SECTIONS,
  PLAN_AUDIT_CRITERIA,
  PLAN_PROGRESSIONS,
  type ConcernEscalationRoute,
  type CrsMeetingType,
  type CrsMonthlyRequirement,
  type CrsPlanKind,
  type CrsQualityCheckKind,
  type MonitoringFormSection,
  type PlanProgression,
} from '../../../../libs/domain/src/index.js';
import { CRS_CHECK_SECTIONS, type CrsCheckSection } from '../../../../projections/crs-monitoring/index.js';

/** GraphQL enums generated from the domain's lists, so the schema cannot drift. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const CrsMeetingTypeEnum = enumOf<CrsMeetingType>(CRS_MEETING_TYPES);
registerEnumType(CrsMeetingTypeEnum, {
  name: 'CrsMeetingType',
  description: 'The meetings an independent chair chairs: a CP conference (initial or review) and a looked after child review.',
  valuesMap: Object.fromEntries(CRS_MEETING_TYPES.map((t) => [t, { description: CRS_MEETING_TYPE_LABELS[t] }])),
});

export const CrsPlanKindEnum = enumOf<CrsPlanKind>(CRS_PLAN_KINDS);
registerEnumType(CrsPlanKindEnum, { name: 'CrsPlanKind', description: "A child protection plan (CP) or a looked after child's plan (LAC)." });

export const ConcernEscalationRouteEnum = enumOf<ConcernEscalationRoute>(CONCERN_ESCALATION_ROUTES);
registerEnumType(ConcernEscalationRouteEnum, {
  name: 'CrsConcernEscalationRoute',
  description: 'Appendix D: where concerns are raised the independent chair escalates them, informally or formally (CRS-1).',
});

export const PlanProgressionEnum = enumOf<PlanProgression>(PLAN_PROGRESSIONS);
registerEnumType(PlanProgressionEnum, { name: 'MidwayPlanProgression', description: 'CRS-3: how far the plan has progressed since the last conference or review.' });

export const CrsQualityCheckKindEnum = enumOf<CrsQualityCheckKind>(CRS_QUALITY_CHECK_KINDS);
registerEnumType(CrsQualityCheckKindEnum, { name: 'CrsQualityCheckKind', description: "CRS-2: the CRS team manager's three kinds of check." });

export const CrsMonthlyRequirementEnum = enumOf<CrsMonthlyRequirement>(CRS_MONTHLY_REQUIREMENTS.map((r) => r.requirement));
registerEnumType(CrsMonthlyRequirementEnum, { name: 'CrsMonthlyRequirement', description: 'CRS-2: the six things the CRS team manager does at least once a month.' });

export const CrsCheckSectionEnum = enumOf<CrsCheckSection>(CRS_CHECK_SECTIONS);
registerEnumType(CrsCheckSectionEnum, { name: 'CrsCheckSection', description: 'CRS-2: the observation itself, the audit of minutes, the audit of a plan.' });

export const MonitoringFormSectionEnum = enumOf<MonitoringFormSection>(MONITORING_FORM_SECTIONS.map((s) => s.key));
registerEnumType(MonitoringFormSectionEnum, {
  name: 'CrsMonitoringFormSection',
  valuesMap: Object.fromEntries(MONITORING_FORM_SECTIONS.map((s) => [s.key, { description: s.title }])),
});

const CRITERIA = [...MEETING_OBSERVATION_CRITERIA, ...MINUTES_AUDIT_CRITERIA, ...PLAN_AUDIT_CRITERIA];
export const CrsCheckCriterionEnum = enumOf<string>(CRITERIA.map((c) => c.key));
registerEnumType(CrsCheckCriterionEnum, {
  name: 'CrsCheckCriterion',
  description: 'CRS-2: what the CRS team manager judges, in the words of appendix D.',
  valuesMap: Object.fromEntries(CRITERIA.map((c) => [c.key, { description: c.text }])),
});
