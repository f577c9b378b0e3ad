import type { InspectorAccessFacts } from '../../../../libs/domain/src/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { getStaffMember, staffMemberAsAt } from '../../../../projections/staff/index.js';

/**
 * The fact a grant's decision needs from the staff registry (INSP-3): whether the inspector id is
 * a member of staff in post today, and as what.
 */
export async function inspectorAccessFacts(store: ReadStore, inspectorId: string, now: string): Promise<InspectorAccessFacts> {
  const document = await getStaffMember(store, inspectorId);
  const asAt = document === null ? null : staffMemberAsAt(document, now.slice(0, 10));
  return { staffInPost: asAt !== null && asAt.inPost ? { staffId: asAt.staffId, name: asAt.name, role: asAt.role } : null };
}
