import { childRecordOfStream } from '../../../../libs/domain/src/index.js';
import { subjectsOf } from '../../../../projections/history-index/index.js';
import { idAndCase, listOf, type ReturnedChildRecord, type ReturnedRecord } from './records-child-reads.decorator.js';

/**
 * What each query returning child-level records returned, as @RecordsChildReads records it: the
 * GraphQL models' own fields, after the resolver (and its access rules) produced them.
 */

interface HistoryLike {
  readonly kind: string;
  readonly subjectId: string;
  readonly entries: readonly { readonly streamId: string; readonly data: string }[];
}

/**
 * A history (REP-3) read: for a case, the case's history itself; for a case, a person or a
 * record, every child-level record whose events it showed, with the case its events name (for a
 * case's history, that case). Staff data and registry streams in a history are not child-level.
 */
export function recordsOfHistory(history: HistoryLike | null | undefined): ReturnedChildRecord[] {
  if (history == null || history.entries.length === 0) return [];
  const ofCase = history.kind === 'CASE' ? history.subjectId : null;
  const records = new Map<string, ReturnedChildRecord>();
  if (ofCase !== null) records.set(`CASE_HISTORY/${ofCase}`, { kind: 'CASE_HISTORY', id: ofCase, caseId: ofCase });
  for (const entry of history.entries) {
    const record = childRecordOfStream(entry.streamId);
    if (record === null) continue;
    const key = `${record.kind}/${record.id}`;
    const known = records.get(key);
    if (known !== undefined && known.caseId != null) continue;
    const caseId = ofCase ?? (record.kind === 'CASE' ? record.id : caseNamedIn(entry.data));
    records.set(key, { ...record, caseId: caseId ?? known?.caseId ?? null });
  }
  return [...records.values()];
}

/** The first case an event's data names (canonical JSON text), or null. */
function caseNamedIn(data: string): string | null {
  try {
    const [first] = subjectsOf({ data: JSON.parse(data) as Record<string, unknown>, metadata: {} }).cases.keys();
    return first ?? null;
  } catch {
    return null;
  }
}

/** The themed audit days returned: each case audited on them (TAD-1). */
export function themedAuditsOf(result: unknown): ReturnedRecord[] {
  return listOf(result).flatMap((day) =>
    listOf(day['audits']).flatMap((audit) =>
      typeof audit['auditId'] === 'string' ? [{ id: audit['auditId'], caseId: typeof audit['azeusNumber'] === 'string' ? audit['azeusNumber'] : null }] : [],
    ),
  );
}

/** A result whose records are known by `<idField>` and `azeusNumber`. */
export function byField(idField: string): (result: unknown) => ReturnedRecord[] {
  return (result) => idAndCase(listOf(result).map((record) => ({ ...record, id: record[idField] })));
}

/** The cases of an annual sample (CFA-1): its `cases`, or the allocation's rows. */
export function sampledCasesOf(result: unknown): ReturnedRecord[] {
  const rows = Array.isArray(result) ? listOf(result) : listOf(listOf(result)[0]?.['cases']);
  return rows.flatMap((row) => (typeof row['azeusNumber'] === 'string' ? [{ id: row['azeusNumber'], caseId: row['azeusNumber'] }] : []));
}
