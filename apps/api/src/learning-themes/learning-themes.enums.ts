import { registerEnumType } from '@nestjs/graphql';
import {
  GRADE_GROUPINGS,
  GRADES_COUNTED,
  LEARNING_THEME_SOURCE_KINDS,
  type GradeGrouping,
  type GradeTrend,
  type GradesCounted,
  type LearningThemeSourceKind,
} from '../../../../projections/learning-themes/index.js';

/** GraphQL enums generated from the read model's lists, so the schema cannot drift from them. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const GradeGroupingEnum = enumOf<GradeGrouping>(GRADE_GROUPINGS);
registerEnumType(GradeGroupingEnum, {
  name: 'GradeGrouping',
  description: 'REP-2: what grades are grouped by. SERVICE_AREA is the service area of the audit\'s team on the day it was submitted.',
});

export const GradesCountedEnum = enumOf<GradesCounted>(GRADES_COUNTED);
registerEnumType(GradesCountedEnum, {
  name: 'GradesCounted',
  description: "CRITERIA: every graded criterion of every audit; OVERALL: each audit's overall grade.",
});

export const GRADE_TRENDS: readonly GradeTrend[] = ['IMPROVING', 'STEADY', 'WORSENING', 'NEW', 'NONE'];
export const GradeTrendEnum = enumOf<GradeTrend>(GRADE_TRENDS);
registerEnumType(GradeTrendEnum, {
  name: 'GradeTrend',
  description:
    'Against the period before: IMPROVING, a smaller share Requires Improvement or Inadequate; WORSENING, a larger one; NEW, nothing graded before; NONE, nothing graded now.',
});

export const LearningThemeSourceKindEnum = enumOf<LearningThemeSourceKind>(LEARNING_THEME_SOURCE_KINDS);
registerEnumType(LearningThemeSourceKindEnum, {
  name: 'LearningThemeSourceKind',
  description:
    'REP-2: the records learning themes are drawn from: case file audits (tagged, or a thematic audit\'s theme), themed audit days, Heads of Service\'s supervision learning summaries (SUP-6) and observation learning reports (OBS-6), and learning inputs by kind.',
});
