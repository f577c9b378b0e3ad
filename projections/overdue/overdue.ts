import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError } from '../../libs/domain/src/index.js';
import { getStaffMember, staffMemberAsAt } from '../staff/staff.queries.js';
import { valueAsAt } from '../staff/recorded-event-fields.js';
import { getTeam } from '../teams/teams.queries.js';

/**
 * One view of everything late or about to be (issue 5, item 2): audits past their due date (CFA-6),
 * remedial-action notifications past 48 hours and actions past their timescale (CFA-7), immediate
 * escalations not acknowledged (CFA-13), and each strand's own clocks. Computed against an `asOf`
 * instant from the read models, never stored, so the view as at a past date is that date's view.
 *
 * Each strand contributes a `LateSource`: what of its records is due or overdue at `asOf`. The view
 * adds who manages whoever owns each item (their line manager as at that day, unless the item
 * names its manager) and the service area of its team (as at that day), then filters and sorts.
 */

export type LateState = 'OVERDUE' | 'DUE_SOON';

/** What a strand says of one of its records that is late, or due within the horizon. */
export type LateEntry = {
  /** What it is, e.g. `CASE_FILE_AUDIT`, `ACTION_TIMESCALE`. */
  readonly kind: string;
  /** The record's id (the audit, the action, the escalation). */
  readonly id: string;
  readonly title: string;
  /** The rule whose clock it is (e.g. `CFA-6`). */
  readonly rule: string;
  /** The instant from which it is late (a due date D is late from the start of D + 1, UTC). */
  readonly dueAt: string;
  /** Whose it is to do. */
  readonly ownerId: string | null;
  /** Who manages them, when the record names them (an action's manager); otherwise the owner's line manager. */
  readonly managerId?: string | null;
  readonly teamId: string | null;
  readonly azeusNumber: string | null;
};

export type LateItem = LateEntry & {
  readonly state: LateState;
  /** OVERDUE: how late at `asOf` (ms); DUE_SOON: 0. */
  readonly lateByMs: number;
  /** DUE_SOON: time left at `asOf` (ms); OVERDUE: 0. */
  readonly remainingMs: number;
  readonly managerId: string | null;
  readonly serviceAreaId: string | null;
};

export interface LateSource {
  readonly kinds: readonly string[];
  /** Every record not done at `asOf` whose due instant is at or before `horizon`. */
  collect(store: ReadStore, asOf: Date, horizon: Date): Promise<readonly LateEntry[]>;
}

/** MOST_LATE: the most overdue first, then what falls due soonest; the others group by a field, then MOST_LATE. */
export const LATE_SORTS = ['MOST_LATE', 'OWNER', 'MANAGER', 'TEAM', 'KIND'] as const;
export type LateSort = (typeof LATE_SORTS)[number];

export interface LateFilter {
  readonly kinds?: readonly string[];
  readonly state?: LateState;
  readonly ownerId?: string;
  readonly managerId?: string;
  readonly teamId?: string;
  readonly serviceAreaId?: string;
  readonly azeusNumber?: string;
  /** The reader's scope (issue 6 item 2): only items whose owner or manager, team or service area is one of these. */
  readonly within?: { readonly staffIds: readonly string[]; readonly teamIds: readonly string[]; readonly serviceAreaIds: readonly string[] };
}

export interface LateQuery {
  /** Default now. */
  readonly asOf?: Date;
  /** Also list what falls due within this many hours of `asOf` (DUE_SOON); default 0: only what is overdue. */
  readonly dueWithinHours?: number;
  readonly filter?: LateFilter;
  /** Default MOST_LATE. */
  readonly sort?: LateSort;
}

export const LateErrorCode = {
  HORIZON_INVALID: 'OVERDUE.HORIZON_INVALID',
  SORT_UNKNOWN: 'OVERDUE.SORT_UNKNOWN',
} as const;

/** Everything late at `asOf` (and, with a horizon, about to be), from every source, filtered and sorted. */
export async function listLate(store: ReadStore, sources: readonly LateSource[], query: LateQuery = {}): Promise<LateItem[]> {
  const asOf = query.asOf ?? new Date();
  const hours = query.dueWithinHours ?? 0;
  if (!Number.isFinite(hours) || hours < 0 || hours > 24 * 366) {
    throw new DomainError(LateErrorCode.HORIZON_INVALID, `dueWithinHours must be between 0 and ${24 * 366}, not ${hours}`, 'BAD_USER_INPUT', {
      field: 'dueWithinHours',
    });
  }
  const sort = query.sort ?? 'MOST_LATE';
  if (!LATE_SORTS.includes(sort)) {
    throw new DomainError(LateErrorCode.SORT_UNKNOWN, `sort must be one of ${LATE_SORTS.join(', ')}, not ${String(sort)}`, 'BAD_USER_INPUT', { field: 'sort' });
  }
  const horizon = new Date(asOf.getTime() + hours * 3_600_000);
  const filter = query.filter ?? {};
  const wanted = filter.kinds === undefined ? sources : sources.filter((s) => s.kinds.some((k) => filter.kinds!.includes(k)));
  const entries = (await Promise.all(wanted.map((source) => source.collect(store, asOf, horizon)))).flat();
  const day = asOf.toISOString().slice(0, 10);
  const context = new LateContext(store, day);
  // Managers and service areas looked up for every item at once (pipelined on Redis); the sort below orders them.
  const items = (
    await Promise.all(
      entries.map(async (entry): Promise<LateItem | null> => {
        if (filter.kinds !== undefined && !filter.kinds.includes(entry.kind)) return null;
        const due = Date.parse(entry.dueAt);
        if (due > horizon.getTime()) return null;
        const overdue = due < asOf.getTime();
        const [managerId, serviceAreaId] = await Promise.all([
          entry.managerId !== undefined ? entry.managerId : context.lineManagerOf(entry.ownerId),
          context.serviceAreaOf(entry.teamId),
        ]);
        return {
          ...entry,
          state: overdue ? 'OVERDUE' : 'DUE_SOON',
          lateByMs: overdue ? asOf.getTime() - due : 0,
          remainingMs: overdue ? 0 : due - asOf.getTime(),
          managerId,
          serviceAreaId,
        };
      }),
    )
  ).filter((item): item is LateItem => item !== null);
  return items
    .filter((i) => filter.state === undefined || i.state === filter.state)
    .filter((i) => filter.ownerId === undefined || i.ownerId === filter.ownerId)
    .filter((i) => filter.managerId === undefined || i.managerId === filter.managerId)
    .filter((i) => filter.teamId === undefined || i.teamId === filter.teamId)
    .filter((i) => filter.serviceAreaId === undefined || i.serviceAreaId === filter.serviceAreaId)
    .filter((i) => filter.azeusNumber === undefined || i.azeusNumber === filter.azeusNumber)
    .filter((i) => filter.within === undefined || withinScope(filter.within, i))
    .sort(comparator(sort));
}

function withinScope(within: NonNullable<LateFilter['within']>, item: LateItem): boolean {
  return (
    (item.ownerId !== null && within.staffIds.includes(item.ownerId)) ||
    (item.managerId !== null && within.staffIds.includes(item.managerId)) ||
    (item.teamId !== null && within.teamIds.includes(item.teamId)) ||
    (item.serviceAreaId !== null && within.serviceAreaIds.includes(item.serviceAreaId))
  );
}

/** A due date (YYYY-MM-DD) is met by the end of that day: late from the start of the next (UTC). */
export function lateFromEndOf(date: string): string {
  const next = new Date(`${date}T00:00:00.000Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function comparator(sort: LateSort): (a: LateItem, b: LateItem) => number {
  const mostLate = (a: LateItem, b: LateItem) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || compare(a.kind, b.kind) || compare(a.id, b.id);
  const by = (field: (i: LateItem) => string | null) => (a: LateItem, b: LateItem) => compare(field(a) ?? '', field(b) ?? '') || mostLate(a, b);
  switch (sort) {
    case 'MOST_LATE':
      return mostLate;
    case 'OWNER':
      return by((i) => i.ownerId);
    case 'MANAGER':
      return by((i) => i.managerId);
    case 'TEAM':
      return by((i) => i.teamId);
    case 'KIND':
      return by((i) => i.kind);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Line managers and service areas as they stood on the day, each looked up once per query. */
class LateContext {
  private readonly managers = new Map<string, Promise<string | null>>();
  private readonly areas = new Map<string, Promise<string | null>>();

  constructor(
    private readonly store: ReadStore,
    private readonly day: string,
  ) {}

  lineManagerOf(staffId: string | null): Promise<string | null> {
    if (staffId === null) return Promise.resolve(null);
    if (!this.managers.has(staffId)) {
      this.managers.set(
        staffId,
        getStaffMember(this.store, staffId).then((doc) => (doc === null ? null : (staffMemberAsAt(doc, this.day)?.lineManagerId ?? null))),
      );
    }
    return this.managers.get(staffId)!;
  }

  serviceAreaOf(teamId: string | null): Promise<string | null> {
    if (teamId === null) return Promise.resolve(null);
    if (!this.areas.has(teamId)) {
      this.areas.set(
        teamId,
        getTeam(this.store, teamId).then((team) => (team === null ? null : (valueAsAt(team.serviceAreaHistory, this.day) ?? team.serviceAreaId))),
      );
    }
    return this.areas.get(teamId)!;
  }
}
