import type { Role } from '../../../../libs/domain/src/index.js';
import { toRemedialAction } from '../remedial-actions/remedial-action.mapper.js';
import type { WorkList } from './models/work-list.model.js';
import type { WorkListEntry } from './work-list.js';

/** Copies the work list's entries into the GraphQL output types field by field (a whitelist). */
export function toWorkList(staffId: string, role: Role | null, asOf: Date, entries: readonly WorkListEntry[]): WorkList {
  return {
    staffId,
    role,
    asOf: asOf.toISOString(),
    total: entries.length,
    overdue: entries.filter((e) => e.overdue).length,
    inProgress: entries.filter((e) => e.inProgress).length,
    items: entries.map((e) => ({
      kind: e.kind,
      id: e.id,
      title: e.title,
      status: e.status,
      azeusNumber: e.azeusNumber,
      due: e.due,
      overdue: e.overdue,
      inProgress: e.inProgress,
      remedialAction: e.remedialAction === null ? null : toRemedialAction(e.remedialAction),
    })),
  };
}
