import type { DipSampleDocument } from '../../../../projections/dip-samples/dip-samples.document.js';
import type { DipSampleSummary as DipSampleSummaryView } from '../../../../projections/dip-samples/dip-samples.queries.js';
import type { DipSample, DipSampleSummary } from './models/dip-sample.model.js';

/** Copies read-model documents into the GraphQL output types field by field (a whitelist). */
export function toDipSample(document: DipSampleDocument): DipSample {
  return {
    id: document.id,
    auditId: document.auditId,
    azeusNumber: document.azeusNumber,
    auditType: document.auditType,
    sampledAuditorId: document.sampledAuditorId,
    teamId: document.teamId,
    auditSubmittedAt: document.auditSubmittedAt,
    auditOverallGrade: document.auditOverallGrade,
    sampledBy: document.sampledBy,
    status: document.status,
    quality:
      document.quality === null
        ? null
        : { judgement: document.quality.judgement, findings: document.quality.findings, judgedAt: document.quality.judgedAt },
    followThrough:
      document.followThrough === null
        ? null
        : {
            followedThrough: document.followThrough.followedThrough,
            notes: document.followThrough.notes,
            judgedAt: document.followThrough.judgedAt,
          },
    followUpActions: document.followUpActions.map((a) => ({ actionId: a.actionId, description: a.description, raisedAt: a.raisedAt })),
    startedAt: document.startedAt,
    completedAt: document.completedAt,
    revision: document.revision,
    lastUpdatedAt: document.lastUpdatedAt,
  };
}

export function toDipSampleSummary(summary: DipSampleSummaryView): DipSampleSummary {
  return {
    auditorId: summary.auditorId,
    sampled: summary.sampled,
    completed: summary.completed,
    meetsStandard: summary.meetsStandard,
    belowStandard: summary.belowStandard,
    followThrough: {
      yes: summary.followThrough.YES,
      partly: summary.followThrough.PARTLY,
      no: summary.followThrough.NO,
      noActionsRaised: summary.followThrough.NO_ACTIONS_RAISED,
    },
  };
}
