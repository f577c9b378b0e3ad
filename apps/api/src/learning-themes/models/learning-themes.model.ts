import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { GradeGrouping, GradeTrend, GradesCounted, LearningThemeSourceKind, ThemeTrend } from '../../../../../projections/learning-themes/index.js';
import { ThemeTrendEnum } from '../../learning-inputs/learning-input.enums.js';
import { GradeGroupingEnum, GradeTrendEnum, GradesCountedEnum, LearningThemeSourceKindEnum } from '../learning-themes.enums.js';

/**
 * REP-2 reports as clients read them. Output types are whitelists: a field reaches a client only
 * if it is declared here and copied by learning-themes.mapper.ts.
 */

@ObjectType({ description: 'A calendar month, quarter, half-year or year; days inclusive.' })
export class ReportingPeriod {
  @Field({ description: '2026-03, 2026-Q1, 2026-H1 or 2026.' }) id: string;
  @Field({ description: 'MONTH, QUARTER, HALF_YEAR or YEAR.' }) kind: string;
  @Field() start: string;
  @Field() end: string;
}

@ObjectType()
export class GradeCounts {
  @Field(() => Int) outstanding: number;
  @Field(() => Int) good: number;
  @Field(() => Int) requiresImprovement: number;
  @Field(() => Int) inadequate: number;
  @Field(() => Int) total: number;
  @Field(() => Int) requiresImprovementOrInadequate: number;
  @Field(() => Float, { nullable: true, description: 'requiresImprovementOrInadequate / total, 0 to 1; null when nothing was graded.' })
  shareRequiresImprovementOrInadequate: number | null;
}

@ObjectType()
export class GradeGroup {
  @Field(() => String, { nullable: true, description: 'Criterion number, team id, service area id or audit type; null: no team / service area.' })
  key: string | null;
  @Field() label: string;
  @Field(() => GradeCounts) counts: GradeCounts;
  @Field(() => GradeCounts, { description: 'The same in the period before.' }) previous: GradeCounts;
  @Field(() => Float, { nullable: true, description: 'Change in the share Requires Improvement or Inadequate; null unless both periods have grades.' })
  shareChange: number | null;
  @Field(() => GradeTrendEnum) trend: GradeTrend;
}

@ObjectType({ description: 'REP-2: grades of the audits submitted in the period, grouped, against the period before.' })
export class GradeDistribution {
  @Field(() => ReportingPeriod) period: ReportingPeriod;
  @Field(() => ReportingPeriod) previousPeriod: ReportingPeriod;
  @Field(() => GradeGroupingEnum) groupBy: GradeGrouping;
  @Field(() => GradesCountedEnum) grades: GradesCounted;
  @Field() useModerated: boolean;
  @Field() asOf: string;
  @Field(() => Int) audits: number;
  @Field(() => Int) previousAudits: number;
  @Field(() => GradeGroup, { description: 'Every group together.' }) all: GradeGroup;
  @Field(() => [GradeGroup]) groups: GradeGroup[];
}

@ObjectType({ description: 'REP-2: a criterion often graded Requires Improvement or Inadequate.' })
export class WeakCriterion extends GradeGroup {
  @Field(() => Int) criterion: number;
}

@ObjectType({ description: 'CFA-9: grades moderation kept, raised (to a better grade) and lowered.' })
export class MovementCounts {
  @Field(() => Int) kept: number;
  @Field(() => Int) raised: number;
  @Field(() => Int) lowered: number;
}

@ObjectType()
export class CriterionMovements extends MovementCounts {
  @Field(() => Int) criterion: number;
  @Field() title: string;
}

@ObjectType({ description: 'CFA-9: how moderation moved the grades of the audits moderated in the period.' })
export class ModerationMovements {
  @Field(() => ReportingPeriod) period: ReportingPeriod;
  @Field(() => ReportingPeriod) previousPeriod: ReportingPeriod;
  @Field() asOf: string;
  @Field(() => Int) audits: number;
  @Field(() => Int, { description: 'Audits moderated with no grade changed.' }) agreedAudits: number;
  @Field(() => [CriterionMovements]) criteria: CriterionMovements[];
  @Field(() => MovementCounts) overall: MovementCounts;
  @Field(() => MovementCounts, { description: 'Criterion and overall grades together.' }) total: MovementCounts;
  @Field(() => MovementCounts) previousTotal: MovementCounts;
}

@ObjectType()
export class SourceKindCount {
  @Field(() => LearningThemeSourceKindEnum) sourceKind: LearningThemeSourceKind;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Remedial actions raised from the records of the period tagged with the theme, and how many are verified (done, CFA-7), as at asOf.' })
export class ThemeActions {
  @Field(() => Int) raised: number;
  @Field(() => Int) verified: number;
}

@ObjectType()
export class ThemeSourceRef {
  @Field(() => LearningThemeSourceKindEnum) sourceKind: LearningThemeSourceKind;
  @Field(() => ID) sourceId: string;
  @Field() date: string;
}

@ObjectType({ description: 'REP-2: one learning theme in the period, from every kind of record.' })
export class LearningThemeOverview {
  @Field({ description: 'The key the theme is matched by (case and spacing ignored).' }) key: string;
  @Field({ description: 'As first written.' }) theme: string;
  @Field(() => Int) count: number;
  @Field(() => Int) previousCount: number;
  @Field(() => Int) change: number;
  @Field(() => ThemeTrendEnum) trend: ThemeTrend;
  @Field(() => [SourceKindCount]) byKind: SourceKindCount[];
  @Field(() => [SourceKindCount]) previousByKind: SourceKindCount[];
  @Field(() => ThemeActions) actions: ThemeActions;
  @Field(() => [ThemeSourceRef]) sources: ThemeSourceRef[];
}

@ObjectType({ description: 'REP-2: the learning themes of the period, against the period before.' })
export class LearningThemesReport {
  @Field(() => ReportingPeriod) period: ReportingPeriod;
  @Field(() => ReportingPeriod) previousPeriod: ReportingPeriod;
  @Field() asOf: string;
  @Field(() => Int, { description: 'Records of the period carrying at least one theme.' }) sources: number;
  @Field(() => Int) previousSources: number;
  @Field(() => [LearningThemeOverview]) themes: LearningThemeOverview[];
}

@ObjectType({ description: 'REP-2: a record that carries learning themes.' })
export class LearningThemeSource {
  @Field(() => LearningThemeSourceKindEnum) sourceKind: LearningThemeSourceKind;
  @Field(() => ID) sourceId: string;
  @Field({ description: 'Counted: submitted, held, and not withdrawn.' }) counted: boolean;
  @Field(() => String, { nullable: true }) date: string | null;
  @Field(() => [ID]) teamIds: string[];
  @Field(() => [ID]) serviceAreaIds: string[];
  @Field(() => String, { nullable: true, description: "A thematic audit's or themed audit day's theme." }) focusTheme: string | null;
  @Field(() => [String], { description: 'Themes tagged on or entered in the record.' }) taggedThemes: string[];
  @Field(() => [String], { description: 'Focus theme then tagged themes, one per theme, as written.' }) themes: string[];
}
