import type { ReadStore } from '../../libs/read-store/src/read-store.port.js';
import type { ServiceAreaDocument, TeamDocument } from './teams.document.js';
import { SERVICE_AREAS_COLLECTION, TEAMS_COLLECTION } from './teams.projection.js';

/** Queries over `teams.v1` and `serviceAreas.v1`, written against the ReadStore port. */

export async function getTeam(store: ReadStore, teamId: string): Promise<TeamDocument | null> {
  return store.get<TeamDocument>(TEAMS_COLLECTION.name, teamId);
}

export interface TeamListFilter {
  readonly serviceAreaId?: string;
  /** Include closed teams (default: open teams only). */
  readonly includeClosed?: boolean;
}

/** Teams matching the filter, sorted by name (then id). */
export async function listTeams(store: ReadStore, filter: TeamListFilter = {}): Promise<TeamDocument[]> {
  const where: Record<string, string> = {};
  if (filter.serviceAreaId !== undefined) where['serviceAreaId'] = filter.serviceAreaId;
  if (filter.includeClosed !== true) where['status'] = 'ACTIVE';
  return (await store.find<TeamDocument>(TEAMS_COLLECTION.name, { where })).sort(byName);
}

export async function getServiceArea(store: ReadStore, serviceAreaId: string): Promise<ServiceAreaDocument | null> {
  return store.get<ServiceAreaDocument>(SERVICE_AREAS_COLLECTION.name, serviceAreaId);
}

export async function listServiceAreas(store: ReadStore, options: { includeClosed?: boolean } = {}): Promise<ServiceAreaDocument[]> {
  const where: Record<string, string> = options.includeClosed === true ? {} : { status: 'ACTIVE' };
  return (await store.find<ServiceAreaDocument>(SERVICE_AREAS_COLLECTION.name, { where })).sort(byName);
}

export type ServiceAreaWithTeams = ServiceAreaDocument & { readonly teams: readonly TeamDocument[] };

/** The open service areas, each with its open teams: the shape of the service for a directory page. */
export async function listServiceAreasWithTeams(store: ReadStore): Promise<ServiceAreaWithTeams[]> {
  const [areas, teams] = await Promise.all([listServiceAreas(store), listTeams(store)]);
  return areas.map((area) => ({ ...area, teams: teams.filter((team) => team.serviceAreaId === area.serviceAreaId) }));
}

function byName(a: { name: string; id: string }, b: { name: string; id: string }): number {
  return a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
