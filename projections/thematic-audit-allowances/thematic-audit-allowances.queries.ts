import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { THEMATIC_AUDITS_PER_YEAR, thematicAuditAllowanceId } from '../../libs/domain/src/index.js';
import type { ThematicAuditAllowanceDocument, ThematicAuditSlotDocument } from './thematic-audit-allowances.document.js';
import { THEMATIC_AUDIT_ALLOWANCES_COLLECTION } from './thematic-audit-allowances.projection.js';

/** Queries over `thematicAuditAllowances.v1`, written against the ReadStore port. */

/**
 * CFA-3: an auditor's allowance for a year, used and remaining. An auditor with nothing recorded
 * for the year has all four slots free, so the answer is never null.
 */
export async function getThematicAuditAllowance(store: ReadStore, auditorId: string, year: number): Promise<ThematicAuditAllowanceDocument> {
  const document = await store.get<ThematicAuditAllowanceDocument>(THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name, thematicAuditAllowanceId(auditorId, year));
  return (
    document ?? {
      id: thematicAuditAllowanceId(auditorId, year),
      auditorId,
      year,
      yearKey: String(year),
      cap: THEMATIC_AUDITS_PER_YEAR,
      used: 0,
      remaining: THEMATIC_AUDITS_PER_YEAR,
      slots: [],
      released: [],
      scheduledWithoutSlot: [],
      claimsAwaitingSchedule: 'NO',
      auditsWithoutSlot: 'NO',
      position: '-1',
      lastUpdatedAt: '',
    }
  );
}

/** The allowances recorded for a year (auditors who have used none are not listed), by auditor. */
export async function listThematicAuditAllowances(store: ReadStore, year: number): Promise<ThematicAuditAllowanceDocument[]> {
  const documents = await store.find<ThematicAuditAllowanceDocument>(THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name, {
    where: { yearKey: String(year) },
  });
  return documents.sort((a, b) => (a.auditorId < b.auditorId ? -1 : a.auditorId > b.auditorId ? 1 : 0));
}

export type UnscheduledThematicClaim = ThematicAuditSlotDocument & { readonly auditorId: string; readonly year: number };

/**
 * Slots claimed more than `graceMinutes` before `asOf` whose audit has not been scheduled: left
 * behind by a request that failed between claiming and scheduling (CFA-3). For each, read the
 * audit's stream and, if it is still NOT_SCHEDULED, give the slot back with ReleaseThematicAuditSlot.
 * The grace keeps a request still in flight from having its slot taken from under it.
 */
export async function listUnscheduledThematicClaims(
  store: ReadStore,
  options: { readonly asOf?: string; readonly graceMinutes?: number } = {},
): Promise<UnscheduledThematicClaim[]> {
  const asOf = new Date(options.asOf ?? new Date().toISOString()).getTime();
  const cutoff = asOf - (options.graceMinutes ?? 15) * 60_000;
  const documents = await store.find<ThematicAuditAllowanceDocument>(THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name, {
    where: { claimsAwaitingSchedule: 'YES' },
  });
  return documents
    .flatMap((d) => d.slots.filter((slot) => slot.scheduledAt === null).map((slot) => ({ ...slot, auditorId: d.auditorId, year: d.year })))
    .filter((claim) => new Date(claim.claimedAt).getTime() <= cutoff)
    .sort((a, b) => (a.claimedAt < b.claimedAt ? -1 : a.claimedAt > b.claimedAt ? 1 : a.auditId < b.auditId ? -1 : 1));
}

/** Allowances with a thematic audit scheduled without a slot: audits the cap did not see. */
export async function listThematicAuditsWithoutSlot(store: ReadStore): Promise<ThematicAuditAllowanceDocument[]> {
  const documents = await store.find<ThematicAuditAllowanceDocument>(THEMATIC_AUDIT_ALLOWANCES_COLLECTION.name, {
    where: { auditsWithoutSlot: 'YES' },
  });
  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
