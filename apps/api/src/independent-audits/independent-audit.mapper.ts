import type { IndependentAuditCommissionView } from '../../../../projections/independent-audits/independent-audits.queries.js';
import type { IndependentAudit } from './models/independent-audit.model.js';

/** Copies the read model's view into the GraphQL output type field by field (a whitelist). */
export function toIndependentAudit(view: IndependentAuditCommissionView): IndependentAudit {
  return {
    id: view.id,
    azeusNumber: view.azeusNumber,
    learningToTest: view.learningToTest,
    dueDate: view.dueDate,
    overdue: view.overdue,
    teamId: view.teamId,
    status: view.status,
    commissionedBy: view.commissionedBy,
    commissionedAt: view.commissionedAt,
    auditorId: view.auditorId,
    acceptedAt: view.acceptedAt,
    auditId: view.auditId,
    linkedAt: view.linkedAt,
    learningEvidenced: view.learningEvidenced,
    findings: view.findings,
    reportedBy: view.reportedBy,
    reportedAt: view.reportedAt,
    withdrawnReason: view.withdrawnReason,
    withdrawnAt: view.withdrawnAt,
    revision: view.revision,
    lastUpdatedAt: view.lastUpdatedAt,
  };
}
