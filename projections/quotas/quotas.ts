import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import { DomainError, type Role } from '../../libs/domain/src/index.js';
import { listStaffAsAt, type StaffMemberAsAt } from '../staff/staff.queries.js';
import { valueAsAt } from '../staff/recorded-event-fields.js';
import { getTeam } from '../teams/teams.queries.js';
import { monthsFromTo, parsePeriod, periodsOf, type Period, type PeriodKind } from './periods.js';

/**
 * Quotas (issue 5, item 1): for every person and period, each quota rule that applies to their
 * role: required, done, remaining, due date and met / due / at risk / missed; and the caps (CFA-3):
 * used and remaining. Computed from the read models against `asOf`: only what was done by then
 * counts, so a past period reads as it stood, and the people are those who held the role then.
 */

export type QuotaStatus = 'MET' | 'DUE' | 'AT_RISK' | 'MISSED' | 'WITHIN_CAP' | 'AT_CAP';

/** A duty not met this close to its due date is at risk. */
export const AT_RISK_DAYS = 7;

/** What a rule counts for one person and one of its periods. */
export type QuotaCount = {
  /** Duties: how many are required (0: nothing owed this period). Caps: 0. */
  readonly required: number;
  readonly done: number;
  /** Caps only: the most allowed (CFA-3: four). */
  readonly limit?: number;
  /** The last day it may be done (YYYY-MM-DD); default the period's end. */
  readonly dueDate?: string;
  /** The records counted (audit ids, observation ids, ...). */
  readonly evidence: readonly string[];
};

export interface QuotaRule {
  /** The DOMAIN.md rule, e.g. CFA-2. */
  readonly rule: string;
  readonly description: string;
  /** The period the rule counts in (CFA-2: a month; MTG-1: a half-year for a HoS). */
  periodKind(person: StaffMemberAsAt): PeriodKind;
  appliesTo(person: StaffMemberAsAt): boolean;
  /** What was done for the period, counting only what was done by `asOfDay`. */
  count(context: QuotaContext, person: StaffMemberAsAt, period: Period, asOfDay: string): Promise<QuotaCount>;
}

export type QuotaLine = {
  readonly staffId: string;
  readonly name: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly serviceAreaId: string | null;
  readonly rule: string;
  readonly description: string;
  readonly period: string;
  readonly periodStart: string;
  readonly dueDate: string;
  readonly required: number;
  readonly done: number;
  /** Duties: still to do (0 when met). Caps: still allowed. */
  readonly remaining: number;
  readonly limit: number | null;
  readonly status: QuotaStatus;
  readonly evidence: readonly string[];
};

export type QuotaRollup = {
  /** `SERVICE`, or the team or service area id. */
  readonly key: string;
  readonly lines: number;
  readonly met: number;
  readonly due: number;
  readonly atRisk: number;
  readonly missed: number;
  readonly required: number;
  readonly done: number;
  readonly remaining: number;
  /** Met duties over duties with something required; null when none. */
  readonly metRate: number | null;
};

export type QuotaReport = {
  readonly period: string;
  readonly asOf: string;
  readonly lines: readonly QuotaLine[];
  readonly byTeam: readonly QuotaRollup[];
  readonly byServiceArea: readonly QuotaRollup[];
  readonly service: QuotaRollup;
};

export interface QuotaFilter {
  readonly staffId?: string;
  readonly teamId?: string;
  readonly serviceAreaId?: string;
  readonly rules?: readonly string[];
  readonly statuses?: readonly QuotaStatus[];
  /** The reader's scope (issue 6 item 2): only lines whose person, team or service area is one of these. */
  readonly within?: { readonly staffIds: readonly string[]; readonly teamIds: readonly string[]; readonly serviceAreaIds: readonly string[] };
}

/**
 * Documents read once per report. Rules ask for one person's documents through an indexed field
 * (`where`) or one document by id (`get`), never a whole collection per person: a report reads
 * what its people did, not five years of the council's records (issue 5, item 7).
 */
export class QuotaContext {
  private readonly reads = new Map<string, Promise<unknown>>();

  constructor(readonly store: ReadStore) {}

  /** The documents whose indexed fields equal the values given, read once per report. */
  where<T>(collection: string, where: Readonly<Record<string, string>>): Promise<T[]> {
    const key = Object.keys(where)
      .sort()
      .map((field) => `${field}=${where[field]}`)
      .join('\u0000');
    return this.once(`where\u0000${collection}\u0000${key}`, () => this.store.find(collection, { where })) as Promise<T[]>;
  }

  /** One document by id, or null, read once per report. */
  get<T>(collection: string, id: string): Promise<T | null> {
    return this.once(`get\u0000${collection}\u0000${id}`, () => this.store.get(collection, id)) as Promise<T | null>;
  }

  /** A whole collection, read once per report: for rules whose people are few. */
  all<T>(collection: string): Promise<T[]> {
    return this.once(`all\u0000${collection}`, () => this.store.find(collection)) as Promise<T[]>;
  }

  private once(key: string, read: () => Promise<unknown>): Promise<unknown> {
    if (!this.reads.has(key)) this.reads.set(key, read());
    return this.reads.get(key)!;
  }
}

export async function quotaReport(
  store: ReadStore,
  rules: readonly QuotaRule[],
  options: { period: string; asOf?: Date; filter?: QuotaFilter },
): Promise<QuotaReport> {
  const period = parsePeriod(options.period);
  const asOf = options.asOf ?? new Date();
  const asOfDay = asOf.toISOString().slice(0, 10);
  const filter = options.filter ?? {};
  const context = new QuotaContext(store);
  const wanted = filter.rules === undefined ? rules : rules.filter((r) => filter.rules!.includes(r.rule));
  const unknown = (filter.rules ?? []).filter((id) => !rules.some((r) => r.rule === id));
  if (unknown.length > 0) {
    throw new DomainError('QUOTA.RULE_UNKNOWN', `rules: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a quota rule (${rules.map((r) => r.rule).join(', ')})`, 'BAD_USER_INPUT', { field: 'rules' });
  }
  const areas = new Map<string, Promise<string | null>>();
  const areaOf = (teamId: string | null, day: string) => {
    if (teamId === null) return Promise.resolve(null);
    const key = `${teamId}@${day}`;
    if (!areas.has(key)) {
      areas.set(key, getTeam(store, teamId).then((t) => (t === null ? null : (valueAsAt(t.serviceAreaHistory, day) ?? t.serviceAreaId))));
    }
    return areas.get(key)!;
  };
  const staffOn = new Map<string, Promise<StaffMemberAsAt[]>>();
  const peopleOn = (day: string) => {
    if (!staffOn.has(day)) staffOn.set(day, listStaffAsAt(store, day));
    return staffOn.get(day)!;
  };

  const lines: QuotaLine[] = [];
  for (const rule of wanted) {
    // The rule's periods overlapping the one asked for; the people are those in post on each period's first day.
    // The kinds of period come from whoever held a role the rule applies to on the first day of any
    // month of it: a quarter in which the only team manager started on its second day still lists
    // their months.
    const kinds = new Set<PeriodKind>();
    const monthStarts = monthsFromTo(period.start.slice(0, 7), period.end.slice(0, 7)).map((month) => `${month}-01`);
    for (const people of await Promise.all(monthStarts.map(peopleOn))) {
      for (const person of people) if (rule.appliesTo(person)) kinds.add(rule.periodKind(person));
    }
    for (const kind of [...kinds].sort()) {
      for (const own of periodsOf(kind, period)) {
        // Everyone's count at once: on Redis their reads go out pipelined rather than one round trip
        // after another. The lines are sorted below, so the report does not depend on which ends first.
        const counted = await Promise.all(
          (await peopleOn(own.start)).map(async (person): Promise<QuotaLine | null> => {
            if (!rule.appliesTo(person) || rule.periodKind(person) !== kind) return null;
            if (filter.staffId !== undefined && person.staffId !== filter.staffId) return null;
            if (filter.teamId !== undefined && person.teamId !== filter.teamId) return null;
            const serviceAreaId = await areaOf(person.teamId, own.start);
            if (filter.serviceAreaId !== undefined && serviceAreaId !== filter.serviceAreaId) return null;
            if (filter.within !== undefined && !withinScope(filter.within, person.staffId, person.teamId, serviceAreaId)) return null;
            return line(rule, person, serviceAreaId, own, await rule.count(context, person, own, asOfDay), asOfDay);
          }),
        );
        for (const l of counted) if (l !== null) lines.push(l);
      }
    }
  }
  const kept = lines
    .filter((l) => filter.statuses === undefined || filter.statuses.includes(l.status))
    .sort((a, b) => compare(a.periodStart, b.periodStart) || compare(a.rule, b.rule) || compare(a.name, b.name) || compare(a.staffId, b.staffId));
  return {
    period: period.id,
    asOf: asOf.toISOString(),
    lines: kept,
    byTeam: rollups(kept, (l) => l.teamId),
    byServiceArea: rollups(kept, (l) => l.serviceAreaId),
    service: rollup('SERVICE', kept),
  };
}

function withinScope(within: NonNullable<QuotaFilter['within']>, staffId: string, teamId: string | null, serviceAreaId: string | null): boolean {
  return (
    within.staffIds.includes(staffId) ||
    (teamId !== null && within.teamIds.includes(teamId)) ||
    (serviceAreaId !== null && within.serviceAreaIds.includes(serviceAreaId))
  );
}

function line(rule: QuotaRule, person: StaffMemberAsAt, serviceAreaId: string | null, period: Period, counted: QuotaCount, asOfDay: string): QuotaLine {
  const dueDate = counted.dueDate ?? period.end;
  const isCap = counted.limit !== undefined;
  const remaining = isCap ? Math.max(0, counted.limit! - counted.done) : Math.max(0, counted.required - counted.done);
  return {
    staffId: person.staffId,
    name: person.name,
    role: person.role,
    teamId: person.teamId,
    serviceAreaId,
    rule: rule.rule,
    description: rule.description,
    period: period.id,
    periodStart: period.start,
    dueDate,
    required: counted.required,
    done: counted.done,
    remaining,
    limit: counted.limit ?? null,
    status: isCap ? (remaining === 0 ? 'AT_CAP' : 'WITHIN_CAP') : dutyStatus(counted.required, counted.done, dueDate, asOfDay),
    evidence: counted.evidence,
  };
}

export function dutyStatus(required: number, done: number, dueDate: string, asOfDay: string): QuotaStatus {
  if (done >= required) return 'MET';
  if (asOfDay > dueDate) return 'MISSED';
  return daysBetween(asOfDay, dueDate) < AT_RISK_DAYS ? 'AT_RISK' : 'DUE';
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function rollups(lines: readonly QuotaLine[], keyOf: (line: QuotaLine) => string | null): QuotaRollup[] {
  const groups = new Map<string, QuotaLine[]>();
  for (const l of lines) {
    const key = keyOf(l);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  return [...groups].sort(([a], [b]) => compare(a, b)).map(([key, group]) => rollup(key, group));
}

function rollup(key: string, lines: readonly QuotaLine[]): QuotaRollup {
  const duties = lines.filter((l) => l.limit === null && l.required > 0);
  const count = (status: QuotaStatus) => duties.filter((l) => l.status === status).length;
  return {
    key,
    lines: lines.length,
    met: count('MET'),
    due: count('DUE'),
    atRisk: count('AT_RISK'),
    missed: count('MISSED'),
    required: duties.reduce((n, l) => n + l.required, 0),
    done: duties.reduce((n, l) => n + Math.min(l.done, l.required), 0),
    remaining: duties.reduce((n, l) => n + l.remaining, 0),
    metRate: duties.length === 0 ? null : count('MET') / duties.length,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
