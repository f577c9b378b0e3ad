import type { Actor, LearningInputFacts } from '../../../../libs/domain/src/index.js';
import type { ReadStore } from '../../../../libs/read-store/src/read-store.port.js';
import { getStaffMember, listStaff } from '../../../../projections/staff/index.js';
import { getServiceArea, getTeam } from '../../../../projections/teams/index.js';

/**
 * The facts a learning input's decision needs from the teams and staff read models: the service
 * area of each named team (null when none is registered), which named service areas exist, and,
 * for a Head of Service, their service: the service areas of their own team and of the teams of
 * those they line-manage (their team managers), as recorded now.
 */
export async function learningInputFacts(
  store: ReadStore,
  actor: Actor,
  teamIds: readonly string[] | null | undefined,
  serviceAreaIds: readonly string[] | null | undefined,
): Promise<LearningInputFacts> {
  const teams = await Promise.all(
    distinct(teamIds).map(async (teamId) => ({ teamId, serviceAreaId: (await getTeam(store, teamId))?.serviceAreaId ?? null })),
  );
  const areas = await Promise.all(distinct(serviceAreaIds).map((id) => getServiceArea(store, id)));
  return {
    teams,
    registeredServiceAreaIds: areas.flatMap((area) => (area === null ? [] : [area.serviceAreaId])),
    actorServiceAreaIds: actor.role === 'HEAD_OF_SERVICE' ? await ownService(store, actor.staffId) : [],
  };
}

async function ownService(store: ReadStore, staffId: string): Promise<string[]> {
  const [member, reports] = await Promise.all([getStaffMember(store, staffId), listStaff(store, { lineManagerId: staffId })]);
  const teamIds = distinct([member?.teamId, ...reports.map((r) => r.teamId)].filter((id): id is string => typeof id === 'string'));
  const teams = await Promise.all(teamIds.map((teamId) => getTeam(store, teamId)));
  return [...new Set(teams.flatMap((team) => (team === null ? [] : [team.serviceAreaId])))].sort();
}

/** Ids as the decider reads them: trimmed, each once. */
function distinct(ids: readonly string[] | null | undefined): string[] {
  return [...new Set((ids ?? []).map((id) => id.trim()).filter((id) => id !== ''))];
}
