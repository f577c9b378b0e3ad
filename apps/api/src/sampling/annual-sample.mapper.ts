import type { AnnualSampleAllocationRow as AllocationRowDocument, AnnualSampleDocument } from '../../../../projections/annual-sample/index.js';
import type { AnnualSampleVerdict } from './recorded-annual-sample.js';
import type { AnnualSample, AnnualSampleAllocationRow, AnnualSampleVerification } from './models/annual-sample.model.js';

/** Read-model documents to GraphQL output types, field by field. */
export function toAnnualSample(doc: AnnualSampleDocument): AnnualSample {
  return {
    year: doc.year,
    status: doc.status,
    revision: doc.revision,
    algorithm: doc.algorithm,
    seed: doc.seed,
    fraction: doc.fraction,
    drawDate: doc.drawDate,
    drawnAt: doc.drawnAt,
    drawnBy: doc.drawnBy ? { staffId: doc.drawnBy.staffId, role: doc.drawnBy.role } : null,
    frameSize: doc.frameSize,
    frameFingerprint: doc.frameFingerprint,
    targetSize: doc.targetSize,
    eligibleCount: doc.eligibleCount,
    frameTooSmall: doc.frameTooSmall,
    recentlyAuditedIncluded: doc.recentlyAuditedIncluded,
    note: doc.note,
    strata: doc.strata.map((s) => ({
      teamId: s.teamId,
      category: s.category,
      stratum: s.stratum,
      frameCases: s.frameCases,
      eligibleCases: s.eligibleCases,
      drawn: s.drawn,
    })),
    allocationAlgorithm: doc.allocationAlgorithm,
    allocatedAt: doc.allocatedAt,
    allocatedBy: doc.allocatedBy ? { staffId: doc.allocatedBy.staffId, role: doc.allocatedBy.role } : null,
    cases: doc.cases.map((c) => ({
      azeusNumber: c.azeusNumber,
      teamId: c.teamId,
      category: c.category,
      stratum: c.stratum,
      lastAuditedOn: c.lastAuditedOn,
      recentlyAudited: c.recentlyAudited,
      auditorId: c.auditorId,
      auditorTeamId: c.auditorTeamId,
      dueDate: c.dueDate,
      allocatedWorkerId: c.allocatedWorkerId,
      reallocations: c.reallocations.map((r) => ({
        fromAuditorId: r.fromAuditorId,
        toAuditorId: r.toAuditorId,
        reason: r.reason,
        reallocatedAt: r.reallocatedAt,
      })),
    })),
  };
}

export function toAllocationRow(row: AllocationRowDocument): AnnualSampleAllocationRow {
  return {
    year: row.year,
    azeusNumber: row.azeusNumber,
    teamId: row.teamId,
    category: row.category,
    stratum: row.stratum,
    recentlyAudited: row.recentlyAudited,
    auditorId: row.auditorId,
    auditorTeamId: row.auditorTeamId,
    dueDate: row.dueDate,
    allocatedWorkerId: row.allocatedWorkerId,
  };
}

export function toVerification(verdict: AnnualSampleVerdict): AnnualSampleVerification {
  return {
    year: verdict.year,
    valid: verdict.valid,
    drawValid: verdict.drawValid,
    allocationValid: verdict.allocationValid,
    problems: [...verdict.problems],
  };
}
