import { DomainError } from '../../../../libs/domain/src/shared/domain-error.js';
import type { Actor, Role } from '../../../../libs/domain/src/shared/decider.js';

/**
 * Issue 6 item 2, record level: which records of a kind an actor may see, worked out from the
 * staff registry as it stands on the day of the request. Pure: the registry comes in, the
 * answers go out; `record-scope.ts` reads the registry and the caseload for a request.
 *
 * - Child-level records (audits of a case, case data and histories, actions, escalations, CRS
 *   records): a social worker, IRO and CP chair see their own (cases allocated to them, actions
 *   assigned to them, records they made or are named on); an advanced practitioner and a team
 *   manager their team's; a Head of Service their service area's; the rest of the leadership,
 *   S&QA, the CRS team manager and an inspector everything.
 * - Staff data (supervision audits, practice observations, Heads of Service's summaries and
 *   reports): the person it is about, everyone above them in the line management chain, S&QA, an
 *   inspector, and whoever recorded it or is named on it.
 */

export const ACCESS_OUT_OF_SCOPE = 'ACCESS.OUT_OF_SCOPE';

/** How far an actor's sight of child-level records and of aggregates reaches. */
export type Reach = 'ALL' | 'SERVICE_AREA' | 'TEAM' | 'OWN';

export const REACH_BY_ROLE: Readonly<Record<Role, Reach>> = {
  SOCIAL_WORKER: 'OWN',
  IRO: 'OWN',
  CP_CHAIR: 'OWN',
  ADVANCED_PRACTITIONER: 'TEAM',
  TEAM_MANAGER: 'TEAM',
  HEAD_OF_SERVICE: 'SERVICE_AREA',
  CHIEF_OFFICER: 'ALL',
  DIRECTOR: 'ALL',
  SQA_OFFICER: 'ALL',
  SQA_MANAGER: 'ALL',
  CRS_TEAM_MANAGER: 'ALL',
  INSPECTOR: 'ALL',
  DMT_MEMBER: 'ALL',
  SLT_MEMBER: 'ALL',
};

/** Who sees every member of staff's staff data, whatever the line management chain. */
export const STAFF_DATA_ALL_ROLES: readonly Role[] = ['SQA_OFFICER', 'SQA_MANAGER', 'INSPECTOR'];

/** A member of staff as the registry has them on the day of the request. */
export interface RegistryMember {
  readonly staffId: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly lineManagerId: string | null;
}

export interface RegistryTeam {
  readonly teamId: string;
  /** The team's service area on the day of the request. */
  readonly serviceAreaId: string | null;
}

/** The staff registry on one day: the members in post and the teams. */
export interface StaffRegistry {
  readonly members: readonly RegistryMember[];
  readonly teams: readonly RegistryTeam[];
}

export interface Scope {
  readonly actor: Actor;
  readonly reach: Reach;
  /** Staff whose cases and actions the actor sees (null: everyone's). Always holds the actor. */
  readonly staffIds: ReadonlySet<string> | null;
  /** Teams whose records the actor sees (null: every team's). */
  readonly teamIds: ReadonlySet<string> | null;
  /** Service areas whose records the actor sees (null: every one). */
  readonly serviceAreaIds: ReadonlySet<string> | null;
  /** People whose staff data the actor sees (null: everyone's): the actor and those they line-manage, directly or down the chain. */
  readonly staffDataSubjects: ReadonlySet<string> | null;
}

/** The actor's scope from the registry of the day. Someone the registry does not hold (an inspector) is scoped by role alone. */
export function scopeOf(actor: Actor, registry: StaffRegistry): Scope {
  const reach = REACH_BY_ROLE[actor.role];
  const self = registry.members.find((m) => m.staffId === actor.staffId) ?? null;
  const reports = lineReportsOf(actor.staffId, registry.members);
  const staffDataSubjects = STAFF_DATA_ALL_ROLES.includes(actor.role) ? null : new Set([actor.staffId, ...reports]);
  if (reach === 'ALL') return { actor, reach, staffIds: null, teamIds: null, serviceAreaIds: null, staffDataSubjects };

  const teamIds = new Set<string>();
  const serviceAreaIds = new Set<string>();
  const areaOf = (teamId: string | null) => registry.teams.find((t) => t.teamId === teamId)?.serviceAreaId ?? null;
  if (reach === 'TEAM' && self?.teamId != null) teamIds.add(self.teamId);
  if (reach === 'SERVICE_AREA') {
    // A Head of Service leads the service areas of their own team and of the teams of those they line-manage.
    const direct = registry.members.filter((m) => m.lineManagerId === actor.staffId);
    for (const teamId of [self?.teamId ?? null, ...direct.map((m) => m.teamId)]) {
      const area = areaOf(teamId);
      if (area !== null) serviceAreaIds.add(area);
    }
    for (const team of registry.teams) if (team.serviceAreaId !== null && serviceAreaIds.has(team.serviceAreaId)) teamIds.add(team.teamId);
  }
  const staffIds = new Set([actor.staffId, ...(reach === 'OWN' ? [] : reports)]);
  for (const member of registry.members) if (member.teamId !== null && teamIds.has(member.teamId)) staffIds.add(member.staffId);
  return { actor, reach, staffIds, teamIds, serviceAreaIds, staffDataSubjects };
}

/** Everyone whose line management chain (line manager, their manager, …) includes `managerId`. */
export function lineReportsOf(managerId: string, members: readonly RegistryMember[]): string[] {
  const byManager = new Map<string, string[]>();
  for (const m of members) {
    if (m.lineManagerId === null) continue;
    byManager.set(m.lineManagerId, [...(byManager.get(m.lineManagerId) ?? []), m.staffId]);
  }
  const found = new Set<string>();
  const queue = [...(byManager.get(managerId) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (next === managerId || found.has(next)) continue;
    found.add(next);
    queue.push(...(byManager.get(next) ?? []));
  }
  return [...found].sort();
}

type Ids = readonly (string | null | undefined)[];

/**
 * What a child-level record says about whose it is. `workerIds`: the staff whose work it is (the
 * case's allocated worker now and when the record was made, the action's owner, the social worker
 * or supervisee named); `teamIds`: the teams it belongs to (its own, the case's now and then);
 * `partyIds`: who made it or is named on it (auditor, raiser, chair, recipient, manager).
 */
export interface ChildRecordParties {
  readonly workerIds: Ids;
  readonly teamIds: Ids;
  readonly partyIds: Ids;
}

export function seesChildRecord(scope: Scope, record: ChildRecordParties): boolean {
  if (scope.staffIds === null) return true;
  if (record.partyIds.includes(scope.actor.staffId)) return true;
  if (record.workerIds.some((id) => id != null && scope.staffIds!.has(id))) return true;
  return record.teamIds.some((id) => id != null && scope.teamIds!.has(id));
}

/**
 * What a staff-data record says about whom it concerns. `subjectIds`: the people it is about;
 * `partyIds`: who recorded it or is named on it to act; `audienceRoles`: roles the framework
 * sends it to (DMT reviews a Head of Service's submitted summary, SUP-6).
 */
export interface StaffRecordParties {
  readonly subjectIds: Ids;
  readonly partyIds: Ids;
  readonly audienceRoles?: readonly Role[];
}

export function seesStaffRecord(scope: Scope, record: StaffRecordParties): boolean {
  if (scope.staffDataSubjects === null) return true;
  if (record.partyIds.includes(scope.actor.staffId)) return true;
  if (record.audienceRoles?.includes(scope.actor.role)) return true;
  return record.subjectIds.some((id) => id != null && scope.staffDataSubjects!.has(id));
}

/** Whether the actor sees a member of staff's work (their work list, their lines in an aggregate): theirs, their team's, …, everyone's. */
export function seesWorkOf(scope: Scope, staffId: string): boolean {
  return scope.staffIds === null || scope.staffIds.has(staffId);
}

/** What an aggregate's lines are limited to: null, nothing forced; otherwise a line is kept when its person, team or service area is here. */
export interface AggregateLimit {
  readonly staffIds: readonly string[];
  readonly teamIds: readonly string[];
  readonly serviceAreaIds: readonly string[];
}

export function aggregateLimitOf(scope: Scope): AggregateLimit | null {
  if (scope.staffIds === null) return null;
  return {
    staffIds: [...scope.staffIds].sort(),
    teamIds: [...scope.teamIds!].sort(),
    serviceAreaIds: [...scope.serviceAreaIds!].sort(),
  };
}

/** An aggregate query's `within` option: nothing when nothing is forced. */
export function withinOf(limit: AggregateLimit | null): { readonly within?: AggregateLimit } {
  return limit === null ? {} : { within: limit };
}

/** The refusal of one record, or of a filter, outside the actor's scope. */
export function outOfScope(what: string, scope: Scope, field?: string): DomainError {
  const reach = {
    ALL: 'everything',
    SERVICE_AREA: "your service area's records",
    TEAM: "your team's records",
    OWN: 'your own records and those you are named on',
  }[scope.reach];
  return new DomainError(
    ACCESS_OUT_OF_SCOPE,
    `${what} is outside what you may see as ${scope.actor.role} (${reach}; staff data: your own and that of those you line-manage)`,
    'FORBIDDEN',
    field === undefined ? {} : { field },
  );
}
