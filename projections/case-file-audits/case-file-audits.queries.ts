import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, calendarDate, isOverdue } from '../../libs/domain/src/index.js';
import type { CaseFileAuditDocument, CaseFileAuditDocumentStatus } from './case-file-audits.document.js';
import { CASE_FILE_AUDITS_COLLECTION } from './case-file-audits.projection.js';

/**
 * Queries over the `caseFileAudits` read model, written against the ReadStore port. The projection
 * runner defines the collection before anyone reads it.
 */

export async function getCaseFileAudit(store: ReadStore, id: string): Promise<CaseFileAuditDocument | null> {
  return store.get<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name, id);
}

export interface CaseFileAuditListFilter {
  readonly auditorId?: string;
  readonly teamId?: string;
  readonly status?: CaseFileAuditDocumentStatus;
  /** Due strictly before this date (YYYY-MM-DD). */
  readonly dueBefore?: string;
  /** Due strictly after this date (YYYY-MM-DD). */
  readonly dueAfter?: string;
  /** Only audits overdue at this instant or date (CFA-6): due date passed and not submitted. */
  readonly overdueAsOf?: string | Date;
  /** Only submitted audits no senior manager has moderated yet (CFA-9). */
  readonly awaitingModeration?: boolean;
}

/**
 * CFA-8: submitted with no record of how the worker took part. Submission does not wait for it
 * (the audit is done with the worker "where possible"), so the gap is shown rather than refused.
 */
export function hasWorkerInvolvementGap(audit: CaseFileAuditDocument): boolean {
  return audit.status === 'SUBMITTED' && audit.workerInvolvement === undefined;
}

/** CFA-9: submitted and not yet moderated. */
export function isAwaitingModeration(audit: CaseFileAuditDocument): boolean {
  return audit.status === 'SUBMITTED' && audit.moderation === undefined;
}

/** Audits matching every given filter, sorted by due date (then id). */
export async function listCaseFileAudits(
  store: ReadStore,
  filter: CaseFileAuditListFilter = {},
): Promise<CaseFileAuditDocument[]> {
  const dueBefore = filter.dueBefore === undefined ? undefined : isoDate(filter.dueBefore, 'dueBefore');
  const dueAfter = filter.dueAfter === undefined ? undefined : isoDate(filter.dueAfter, 'dueAfter');
  const overdueAsOf = filter.overdueAsOf === undefined ? undefined : asOfDate(filter.overdueAsOf);

  // Equality filters go to the store's indexes; date filters are applied here.
  const where: Record<string, string> = {};
  if (filter.auditorId !== undefined) where['auditorId'] = filter.auditorId;
  if (filter.teamId !== undefined) where['teamId'] = filter.teamId;
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<CaseFileAuditDocument>(CASE_FILE_AUDITS_COLLECTION.name, { where });

  return documents
    .filter((audit) => dueBefore === undefined || audit.dueDate < dueBefore)
    .filter((audit) => dueAfter === undefined || audit.dueDate > dueAfter)
    .filter((audit) => overdueAsOf === undefined || isOverdue(audit, overdueAsOf))
    .filter((audit) => filter.awaitingModeration !== true || isAwaitingModeration(audit))
    .sort((a, b) => compare(a.dueDate, b.dueDate) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function asOfDate(value: string | Date): string {
  try {
    return calendarDate(value);
  } catch {
    throw new DomainError('CASE_FILE_AUDIT.INVALID_DATE', `overdueAsOf must be a date or an instant, not ${String(value)}`, 'BAD_USER_INPUT', {
      field: 'overdueAsOf',
    });
  }
}

function isoDate(value: string, field: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return value;
  throw new DomainError('CASE_FILE_AUDIT.INVALID_DATE', `${field} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`, 'BAD_USER_INPUT', {
    field,
  });
}
