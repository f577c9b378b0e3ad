import type { CaseAsAt, CaseDocument } from '../../../../projections/cases/index.js';
import type { Case } from './models/case.model.js';

/** The case as recorded now (`asAt` null), or as it stood on a date (`asAt` from caseAsAt). */
export function toCase(doc: CaseDocument, asAt: CaseAsAt | null): Case {
  const now = asAt === null;
  return {
    azeusNumber: doc.azeusNumber,
    category: now ? doc.category : asAt.category,
    teamId: now ? doc.teamId : asAt.teamId,
    allocatedWorkerId: now ? doc.allocatedWorkerId : asAt.allocatedWorkerId,
    status: doc.status,
    openedOn: doc.openedOn,
    closedOn: doc.closedOn,
    asAt: now ? null : asAt.asAt,
    open: now ? doc.status === 'OPEN' : asAt.open,
    episodes: doc.episodes.map((e) => ({ openedOn: e.openedOn, closedOn: e.closedOn })),
    history: {
      category: doc.history.category.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
      teamId: doc.history.teamId.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
      allocatedWorkerId: doc.history.allocatedWorkerId.map((h) => ({ value: h.value, effectiveFrom: h.effectiveFrom })),
    },
    revision: doc.revision,
    lastUpdatedAt: doc.lastUpdatedAt,
  };
}
