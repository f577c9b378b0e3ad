import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { SupervisionSessionDocument } from './supervision-sessions.document.js';
import { SUPERVISION_SESSIONS_COLLECTION } from './supervision-sessions.projection.js';

export async function getSupervisionSession(store: ReadStore, sessionId: string): Promise<SupervisionSessionDocument | null> {
  return store.get<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name, sessionId);
}

export interface SupervisionSessionFilter {
  readonly supervisorId?: string;
  readonly superviseeId?: string;
  readonly status?: SupervisionSessionDocument['status'];
  /** On or after this date (YYYY-MM-DD). */
  readonly from?: string;
  /** On or before this date (YYYY-MM-DD). */
  readonly to?: string;
}

/** Sessions matching every given filter, in date order (then id). */
export async function listSupervisionSessions(
  store: ReadStore,
  filter: SupervisionSessionFilter = {},
): Promise<SupervisionSessionDocument[]> {
  const where: Record<string, string> = {};
  if (filter.supervisorId !== undefined) where['supervisorId'] = filter.supervisorId;
  if (filter.superviseeId !== undefined) where['superviseeId'] = filter.superviseeId;
  if (filter.status !== undefined) where['status'] = filter.status;
  const documents = await store.find<SupervisionSessionDocument>(SUPERVISION_SESSIONS_COLLECTION.name, { where });
  return documents
    .filter((s) => filter.from === undefined || s.date >= filter.from)
    .filter((s) => filter.to === undefined || s.date <= filter.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The supervisee's next supervision on or after a date: the one compliance audits done before it
 * precede (CFA-4). A planned session, or one already held on that date.
 */
export async function nextSupervision(store: ReadStore, superviseeId: string, onOrAfter: string): Promise<SupervisionSessionDocument | null> {
  const sessions = await listSupervisionSessions(store, { superviseeId, from: onOrAfter });
  return sessions.find((s) => s.status !== 'CANCELLED') ?? null;
}
