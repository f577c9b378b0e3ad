import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import {
  monthlySupervisionAuditDuty,
  type MonthlySupervisionAuditDuty,
  type SupervisionAuditKind,
} from '../../libs/domain/src/supervision-audit/index.js';
import type { SupervisionAuditDocument, SupervisionAuditDocumentStatus } from './supervision-audits.document.js';
import { SUPERVISION_AUDITS_COLLECTION } from './supervision-audits.projection.js';

/**
 * Queries over the `supervisionAudits` read model, written against the ReadStore port. The
 * projection runner defines the collection before anyone reads it.
 */

export interface SupervisionAuditListFilter {
  readonly status?: SupervisionAuditDocumentStatus;
  readonly kind?: SupervisionAuditKind;
}

export async function getSupervisionAudit(store: ReadStore, id: string): Promise<SupervisionAuditDocument | null> {
  return store.get<SupervisionAuditDocument>(SUPERVISION_AUDITS_COLLECTION.name, id);
}

/** SUP-1 / SUP-2: the audits a manager has carried out. */
export function listSupervisionAuditsByAuditor(
  store: ReadStore,
  auditorId: string,
  filter: SupervisionAuditListFilter = {},
): Promise<SupervisionAuditDocument[]> {
  return list(store, { auditorId, ...filter });
}

/** The audits of a supervisor's supervision (the TM or AP audited). */
export function listSupervisionAuditsBySupervisor(
  store: ReadStore,
  supervisorId: string,
  filter: SupervisionAuditListFilter = {},
): Promise<SupervisionAuditDocument[]> {
  return list(store, { supervisorId, ...filter });
}

/** The audits of the supervision a worker received. */
export function listSupervisionAuditsBySupervisee(
  store: ReadStore,
  superviseeId: string,
  filter: SupervisionAuditListFilter = {},
): Promise<SupervisionAuditDocument[]> {
  return list(store, { superviseeId, ...filter });
}

export interface SupervisionAuditSearch extends SupervisionAuditListFilter {
  readonly auditorId?: string;
  readonly supervisorId?: string;
  readonly superviseeId?: string;
}

/** Audits matching every given field (none given: every audit), sorted by audit date, then id. */
export function listSupervisionAudits(store: ReadStore, search: SupervisionAuditSearch = {}): Promise<SupervisionAuditDocument[]> {
  return list(store, {
    auditorId: search.auditorId,
    supervisorId: search.supervisorId,
    superviseeId: search.superviseeId,
    status: search.status,
    kind: search.kind,
  });
}

/**
 * SUP-1 / SUP-2: the month's duty of one auditor (YYYY-MM): one CASE and one PROFESSIONAL
 * supervision audit completed in it.
 */
export async function supervisionAuditMonthlyDutyOf(store: ReadStore, auditorId: string, month: string): Promise<MonthlySupervisionAuditDuty> {
  const audits = await list(store, { auditorId, status: 'COMPLETED' });
  return monthlySupervisionAuditDuty(auditorId, month, audits);
}

/** SUP-3: a child not safe, raised with the Head of Service; open until they acknowledge it. */
export function hasOpenEscalation(audit: SupervisionAuditDocument): boolean {
  return audit.escalation !== null && audit.escalation.acknowledgedAt === null;
}

/** SUP-3: open child safety escalations, oldest first; for one Head of Service when named. */
export async function listOpenSupervisionAuditEscalations(
  store: ReadStore,
  filter: { readonly headOfServiceId?: string } = {},
): Promise<SupervisionAuditDocument[]> {
  const documents = await store.find<SupervisionAuditDocument>(SUPERVISION_AUDITS_COLLECTION.name);
  return documents
    .filter(hasOpenEscalation)
    .filter((audit) => filter.headOfServiceId === undefined || audit.escalation?.headOfServiceId === filter.headOfServiceId)
    .sort((a, b) => compare(a.escalation?.escalatedAt ?? '', b.escalation?.escalatedAt ?? '') || compare(a.id, b.id));
}

/** Equality filters go to the store's indexes; sorted by audit date, then id. */
async function list(store: ReadStore, where: Record<string, string | undefined>): Promise<SupervisionAuditDocument[]> {
  const defined = Object.fromEntries(Object.entries(where).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const documents = await store.find<SupervisionAuditDocument>(SUPERVISION_AUDITS_COLLECTION.name, { where: defined });
  return documents.sort((a, b) => compare(a.auditDate, b.auditDate) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
