import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { isIndependentAuditOverdue } from '../../libs/domain/src/index.js';
import type { IndependentAuditCommissionDocument } from './independent-audits.document.js';
import { INDEPENDENT_AUDITS_COLLECTION } from './independent-audits.projection.js';

/** Queries over `independentAudits.v1`, written against the ReadStore port. */

export type IndependentAuditCommissionView = IndependentAuditCommissionDocument & { readonly overdue: boolean };

export interface IndependentAuditListFilter {
  readonly status?: IndependentAuditCommissionDocument['status'];
  /** The S&QA officer who accepted it. */
  readonly auditorId?: string;
  readonly commissionedBy?: string;
  readonly azeusNumber?: string;
  readonly teamId?: string;
  /** Only those overdue as of this date or instant (CFA-6). */
  readonly overdueOnly?: boolean;
  /** An instant or date for `overdue`; default now. */
  readonly asOf?: string;
}

export async function getIndependentAudit(store: ReadStore, commissionId: string, options: { asOf?: string } = {}): Promise<IndependentAuditCommissionView | null> {
  const document = await store.get<IndependentAuditCommissionDocument>(INDEPENDENT_AUDITS_COLLECTION.name, commissionId);
  return document === null ? null : view(document, options.asOf ?? new Date().toISOString());
}

/** The commission a case file audit carries out, if any (CFA-10). */
export async function findIndependentAuditByAudit(store: ReadStore, auditId: string): Promise<IndependentAuditCommissionDocument | null> {
  const [found] = await store.find<IndependentAuditCommissionDocument>(INDEPENDENT_AUDITS_COLLECTION.name, { where: { auditId } });
  return found ?? null;
}

/** Commissions matching every given filter, by due date (then id). */
export async function listIndependentAudits(store: ReadStore, filter: IndependentAuditListFilter = {}): Promise<IndependentAuditCommissionView[]> {
  const asOf = filter.asOf ?? new Date().toISOString();
  const where: Record<string, string> = {};
  for (const field of ['status', 'auditorId', 'commissionedBy', 'azeusNumber', 'teamId'] as const) {
    const value = filter[field];
    if (value !== undefined) where[field] = value;
  }
  const documents = await store.find<IndependentAuditCommissionDocument>(INDEPENDENT_AUDITS_COLLECTION.name, { where });
  return documents
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((document) => view(document, asOf))
    .filter((commission) => filter.overdueOnly !== true || commission.overdue);
}

function view(document: IndependentAuditCommissionDocument, asOf: string): IndependentAuditCommissionView {
  return { ...document, overdue: isIndependentAuditOverdue(document, asOf) };
}
