import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { inspectorAccessStateAt, type InspectorAccessState } from '../../libs/domain/src/index.js';
import type { InspectorAccessGrantDocument } from './inspector-access-grants.document.js';
import { INSPECTOR_ACCESS_GRANTS_COLLECTION } from './inspector-access-grants.projection.js';

/**
 * Queries over `inspectorAccessGrants.v1` (issue 6 item 3), written against the ReadStore port:
 * the grants S&QA review, and the one grant, if any, that lets an inspector read at an instant
 * (what the actor resolution asks on each of the inspector's requests).
 */

export interface InspectorAccessGrantFilter {
  readonly inspectorId?: string;
  /** Where the grant stands at `at`. */
  readonly state?: InspectorAccessState;
}

export async function getInspectorAccessGrant(store: ReadStore, grantId: string): Promise<InspectorAccessGrantDocument | null> {
  return store.get<InspectorAccessGrantDocument>(INSPECTOR_ACCESS_GRANTS_COLLECTION.name, grantId);
}

/** Where a grant's document stands at `at`. */
export function grantStateAt(document: InspectorAccessGrantDocument, at: string | Date): InspectorAccessState {
  return inspectorAccessStateAt({ from: document.from, until: document.until, revokedAt: document.revocation?.revokedAt ?? null }, at);
}

/** Grants matching every given filter, the latest window first. */
export async function listInspectorAccessGrants(
  store: ReadStore,
  filter: InspectorAccessGrantFilter,
  at: string | Date,
): Promise<InspectorAccessGrantDocument[]> {
  const where: Record<string, string> = {};
  if (filter.inspectorId !== undefined) where['inspectorId'] = filter.inspectorId;
  const documents = await store.find<InspectorAccessGrantDocument>(INSPECTOR_ACCESS_GRANTS_COLLECTION.name, { where });
  return documents.filter((d) => filter.state === undefined || grantStateAt(d, at) === filter.state).sort(latestFirst);
}

/**
 * The grant that lets `inspectorId` read at `at`: its window holds `at` and it was not revoked by
 * then. Of several, the one that lasts longest. Null when there is none.
 */
export async function activeInspectorAccessGrant(
  store: ReadStore,
  inspectorId: string,
  at: string | Date,
): Promise<InspectorAccessGrantDocument | null> {
  const grants = await store.find<InspectorAccessGrantDocument>(INSPECTOR_ACCESS_GRANTS_COLLECTION.name, { where: { inspectorId } });
  const active = grants
    .filter((d) => d.inspectorId === inspectorId && grantStateAt(d, at) === 'ACTIVE')
    .sort((a, b) => Date.parse(b.until) - Date.parse(a.until) || a.grantId.localeCompare(b.grantId));
  return active[0] ?? null;
}

function latestFirst(a: InspectorAccessGrantDocument, b: InspectorAccessGrantDocument): number {
  return Date.parse(b.from) - Date.parse(a.from) || Date.parse(b.grantedAt) - Date.parse(a.grantedAt) || a.grantId.localeCompare(b.grantId);
}
