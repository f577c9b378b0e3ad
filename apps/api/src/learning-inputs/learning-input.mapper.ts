import type { LearningInputDocument, LearningThemePeriod } from '../../../../projections/learning-inputs/index.js';
import type { LearningInput, LearningThemePeriodCounts } from './models/learning-input.model.js';

/** Copies read-model documents into the GraphQL output types field by field. */
export function toLearningInput(d: LearningInputDocument): LearningInput {
  return {
    id: d.id,
    kind: d.kind,
    status: d.status,
    receivedOn: d.receivedOn,
    source: { description: d.source.description, type: d.source.type },
    teams: d.teams.map((t) => ({ teamId: t.teamId, serviceAreaId: t.serviceAreaId })),
    serviceAreaIds: [...d.serviceAreaIds],
    serviceAreasTouched: [...d.serviceAreasTouched],
    themes: [...d.themes],
    themeKeys: [...d.themeKeys],
    summary: d.summary,
    complaint: d.complaint === null ? null : { outcome: d.complaint.outcome, responseDate: d.complaint.responseDate },
    staffSurvey:
      d.staffSurvey === null ? null : { year: d.staffSurvey.year, findings: d.staffSurvey.findings.map((f) => ({ theme: f.theme, text: f.text })) },
    recordedBy: d.recordedBy,
    recordedByRole: d.recordedByRole,
    recordedAt: d.recordedAt,
    withdrawal: d.withdrawal === null ? null : { reason: d.withdrawal.reason, withdrawnBy: d.withdrawal.withdrawnBy, withdrawnAt: d.withdrawal.withdrawnAt },
    history: d.history.map((h) => ({ change: h.change, by: h.by, at: h.at, reason: h.reason, revision: h.revision })),
    revision: d.revision,
    lastUpdatedAt: d.lastUpdatedAt,
  };
}

export function toLearningThemePeriodCounts(p: LearningThemePeriod): LearningThemePeriodCounts {
  return {
    period: p.key,
    start: p.start,
    end: p.end,
    previousPeriod: p.previous.key,
    inputCount: p.inputCount,
    themes: p.themes.map((t) => ({
      key: t.key,
      theme: t.theme,
      count: t.count,
      previousCount: t.previousCount,
      change: t.change,
      trend: t.trend,
      byKind: t.byKind.map((k) => ({ kind: k.kind, count: k.count })),
      learningInputIds: [...t.learningInputIds],
    })),
  };
}
