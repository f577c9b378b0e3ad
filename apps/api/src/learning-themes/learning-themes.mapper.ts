import type {
  GradeDistribution as GradeDistributionView,
  GradeGroup as GradeGroupView,
  LearningThemesReport as LearningThemesView,
  ModerationMovements as ModerationMovementsView,
  ThemedSourceDocument,
  WeakCriterion as WeakCriterionView,
} from '../../../../projections/learning-themes/index.js';
import type {
  GradeDistribution,
  GradeGroup,
  LearningThemeSource,
  LearningThemesReport,
  ModerationMovements,
  ReportingPeriod,
  WeakCriterion,
} from './models/learning-themes.model.js';

/** Read-model views to GraphQL output types, field by field: nothing else reaches a client. */

const period = (p: { id: string; kind: string; start: string; end: string }): ReportingPeriod => ({ id: p.id, kind: p.kind, start: p.start, end: p.end });

const counts = (c: GradeGroupView['counts']) => ({ ...c });

export function toGradeGroup(g: GradeGroupView): GradeGroup {
  return { key: g.key, label: g.label, counts: counts(g.counts), previous: counts(g.previous), shareChange: g.shareChange, trend: g.trend };
}

export function toGradeDistribution(d: GradeDistributionView): GradeDistribution {
  return {
    period: period(d.period),
    previousPeriod: period(d.previousPeriod),
    groupBy: d.groupBy,
    grades: d.grades,
    useModerated: d.useModerated,
    asOf: d.asOf,
    audits: d.audits,
    previousAudits: d.previousAudits,
    all: toGradeGroup(d.all),
    groups: d.groups.map(toGradeGroup),
  };
}

export function toWeakCriterion(w: WeakCriterionView): WeakCriterion {
  return { ...toGradeGroup(w), criterion: w.criterion };
}

export function toModerationMovements(m: ModerationMovementsView): ModerationMovements {
  return {
    period: period(m.period),
    previousPeriod: period(m.previousPeriod),
    asOf: m.asOf,
    audits: m.audits,
    agreedAudits: m.agreedAudits,
    criteria: m.criteria.map((c) => ({ criterion: c.criterion, title: c.title, kept: c.kept, raised: c.raised, lowered: c.lowered })),
    overall: { ...m.overall },
    total: { ...m.total },
    previousTotal: { ...m.previousTotal },
  };
}

export function toLearningThemesReport(r: LearningThemesView): LearningThemesReport {
  return {
    period: period(r.period),
    previousPeriod: period(r.previousPeriod),
    asOf: r.asOf,
    sources: r.sources,
    previousSources: r.previousSources,
    themes: r.themes.map((t) => ({
      key: t.key,
      theme: t.theme,
      count: t.count,
      previousCount: t.previousCount,
      change: t.change,
      trend: t.trend,
      byKind: t.byKind.map((k) => ({ ...k })),
      previousByKind: t.previousByKind.map((k) => ({ ...k })),
      actions: { raised: t.actions.raised, verified: t.actions.verified },
      sources: t.sources.map((s) => ({ ...s })),
    })),
  };
}

export function toLearningThemeSource(s: ThemedSourceDocument): LearningThemeSource {
  return {
    sourceKind: s.sourceKind,
    sourceId: s.sourceId,
    counted: s.counted,
    date: s.date,
    teamIds: [...s.teamIds],
    serviceAreaIds: [...s.serviceAreaIds],
    focusTheme: s.focusTheme,
    taggedThemes: [...s.taggedThemes],
    themes: [...s.themes],
  };
}
