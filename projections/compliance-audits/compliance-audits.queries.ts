import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { complianceAuditsOwed, isComplianceAuditOverdue, type ComplianceQuota } from '../../libs/domain/src/index.js';
import type { ComplianceAuditDocument } from './compliance-audits.document.js';
import { COMPLIANCE_AUDITS_COLLECTION } from './compliance-audits.projection.js';

/**
 * Queries over `complianceAudits.v2`, written against the ReadStore port. Overdue (CFA-6) is
 * computed against `asOf` (default now), never stored.
 */

/** A compliance audit as the queries answer it: the document and whether it is overdue as of the query. */
export type ComplianceAuditView = ComplianceAuditDocument & { readonly overdue: boolean };

export interface ComplianceAuditListOptions {
  readonly status?: ComplianceAuditDocument['status'];
  /** An instant or date; default now. */
  readonly asOf?: string;
}

export async function getComplianceAudit(store: ReadStore, id: string, options: { asOf?: string } = {}): Promise<ComplianceAuditView | null> {
  const document = await store.get<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name, id);
  return document === null ? null : view(document, asOfOf(options));
}

/** A supervisee's compliance audits, by the supervision they precede (CFA-4). */
export function listComplianceAuditsBySupervisee(store: ReadStore, superviseeId: string, options: ComplianceAuditListOptions = {}) {
  return list(store, { superviseeId }, options);
}

/** The compliance audits a TM or AP has done or is doing. */
export function listComplianceAuditsByAuditor(store: ReadStore, auditorId: string, options: ComplianceAuditListOptions = {}) {
  return list(store, { auditorId }, options);
}

/** The compliance audits of a case, by its Azeus number. */
export function listComplianceAuditsByCase(store: ReadStore, azeusNumber: string, options: ComplianceAuditListOptions = {}) {
  return list(store, { azeusNumber }, options);
}

export type SuperviseeComplianceQuota = ComplianceQuota & {
  readonly superviseeId: string;
  readonly upcomingSupervisionDate: string;
  readonly previousSupervisionDate: string | null;
  /** The supervisee's audits still in progress for the upcoming supervision: what may yet close the gap. */
  readonly inProgress: readonly string[];
};

/**
 * CFA-4: how many compliance audits are still owed for a supervisee before their upcoming
 * supervision, given the date of their previous one (from the supervision sessions read model).
 */
export async function complianceQuotaForSupervisee(
  store: ReadStore,
  superviseeId: string,
  supervisions: { readonly upcomingSupervisionDate: string; readonly previousSupervisionDate: string | null },
): Promise<SuperviseeComplianceQuota> {
  const audits = await store.find<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name, { where: { superviseeId } });
  const quota = complianceAuditsOwed({
    ...supervisions,
    completedAudits: audits.flatMap((a) => (a.status === 'COMPLETED' && a.completedOn !== null ? [{ complianceAuditId: a.id, completedOn: a.completedOn }] : [])),
  });
  const inProgress = audits
    .filter((a) => a.status === 'IN_PROGRESS' && a.supervisionDate === supervisions.upcomingSupervisionDate)
    .map((a) => a.id)
    .sort();
  return { ...quota, superviseeId, ...supervisions, inProgress };
}

async function list(store: ReadStore, where: Record<string, string>, options: ComplianceAuditListOptions): Promise<ComplianceAuditView[]> {
  const asOf = asOfOf(options);
  const documents = await store.find<ComplianceAuditDocument>(COMPLIANCE_AUDITS_COLLECTION.name, {
    where: options.status === undefined ? where : { ...where, status: options.status },
  });
  return documents.sort(bySupervisionThenStart).map((document) => view(document, asOf));
}

function view(document: ComplianceAuditDocument, asOf: string): ComplianceAuditView {
  return { ...document, overdue: isComplianceAuditOverdue(document, asOf) };
}

function asOfOf(options: { asOf?: string }): string {
  return options.asOf ?? new Date().toISOString();
}

function bySupervisionThenStart(a: ComplianceAuditDocument, b: ComplianceAuditDocument): number {
  return compare(a.supervisionDate, b.supervisionDate) || compare(a.startedAt, b.startedAt) || compare(a.id, b.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
