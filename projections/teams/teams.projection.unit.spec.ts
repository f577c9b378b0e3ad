import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import { SERVICE_AREA_EVENT_TYPES, TEAM_EVENT_TYPES, type ServiceAreaEvent, type TeamEvent } from '../../libs/domain/src/index.js';
import { fold, recorded, stream } from '../staff/people.test-support.js';
import type { ServiceAreaDocument, TeamDocument } from './teams.document.js';
import {
  SERVICE_AREAS_COLLECTION,
  TEAMS_COLLECTION,
  evolveServiceAreaDocument,
  evolveTeamDocument,
  serviceAreasProjection,
  teamsProjection,
} from './teams.projection.js';
import { getServiceArea, getTeam, listServiceAreasWithTeams, listTeams } from './teams.queries.js';

const NOW = '2025-06-12T14:00:00.000Z';
const teamRegistered = (teamId: string, name: string, serviceAreaId: string): TeamEvent => ({
  type: 'TeamRegistered',
  data: { teamId, name, serviceAreaId, registeredAt: NOW },
});
const areaRegistered = (serviceAreaId: string, name: string): ServiceAreaEvent => ({
  type: 'ServiceAreaRegistered',
  data: { serviceAreaId, name, registeredAt: NOW },
});
const northHistory: TeamEvent[] = [
  teamRegistered('north', 'North Assessment', 'assessment'),
  { type: 'TeamRenamed', data: { teamId: 'north', name: 'North Front Door', previousName: 'North Assessment', renamedAt: NOW } },
  { type: 'TeamMovedToServiceArea', data: { teamId: 'north', serviceAreaId: 'front-door', previousServiceAreaId: 'assessment', effectiveFrom: '2025-07-01', movedAt: NOW } },
  { type: 'TeamClosed', data: { teamId: 'north', closedOn: '2025-12-31', closedAt: NOW } },
];

describe('teams and serviceAreas projections', () => {
  it('should be teams v1 and serviceAreas v1, each handling its events', () => {
    expect(teamsProjection).toMatchObject({ name: 'teams', version: 1, collection: { name: 'teams.v1', indexes: ['serviceAreaId', 'status'] } });
    expect(serviceAreasProjection).toMatchObject({ name: 'serviceAreas', version: 1, collection: { name: 'serviceAreas.v1' } });
    expect([...teamsProjection.handles].sort()).toEqual([...TEAM_EVENT_TYPES].sort());
    expect([...serviceAreasProjection.handles].sort()).toEqual([...SERVICE_AREA_EVENT_TYPES].sort());
    expect(teamsProjection.documentIds(recorded('team-north', northHistory[0]!, 0))).toEqual(['north']);
    expect(teamsProjection.documentIds(recorded('serviceArea-north', northHistory[0]!, 0))).toEqual([]);
    expect(serviceAreasProjection.documentIds(recorded('serviceArea-cin', areaRegistered('cin', 'CIN'), 0))).toEqual(['cin']);
  });

  describe('When a team is registered, renamed, moved and closed', () => {
    it('should hold its name, service area with history, and closing', () => {
      expect(fold(evolveTeamDocument, stream('team-north', northHistory))).toEqual({
        id: 'north',
        teamId: 'north',
        name: 'North Front Door',
        serviceAreaId: 'front-door',
        status: 'CLOSED',
        closedOn: '2025-12-31',
        serviceAreaHistory: [
          { value: 'assessment', effectiveFrom: '2025-06-12' },
          { value: 'front-door', effectiveFrom: '2025-07-01' },
        ],
        revision: 3,
        registeredAt: NOW,
        lastUpdatedAt: NOW,
      } satisfies TeamDocument);
    });
  });

  describe('When events are delivered twice', () => {
    it('should apply each once, for teams and for service areas', () => {
      const teamEvents = stream('team-north', northHistory);
      const team = fold(evolveTeamDocument, teamEvents);
      expect(teamEvents.reduce<TeamDocument | null>((d, e) => evolveTeamDocument(evolveTeamDocument(d, e), e), null)).toEqual(team);

      const areaEvents = stream('serviceArea-cin', [
        areaRegistered('cin', 'Children in Need'),
        { type: 'ServiceAreaRenamed', data: { serviceAreaId: 'cin', name: 'Children in Need and Protection', previousName: 'Children in Need', renamedAt: NOW } },
        { type: 'ServiceAreaClosed', data: { serviceAreaId: 'cin', closedOn: '2025-12-31', closedAt: NOW } },
      ]);
      const area = fold(evolveServiceAreaDocument, areaEvents);
      expect(areaEvents.reduce<ServiceAreaDocument | null>((d, e) => evolveServiceAreaDocument(evolveServiceAreaDocument(d, e), e), null)).toEqual(area);
      expect(area).toMatchObject({ name: 'Children in Need and Protection', status: 'CLOSED', closedOn: '2025-12-31', revision: 2 });
    });
  });

  describe('When a recorded event cannot be read', () => {
    it('should not throw', () => {
      const team = fold(evolveTeamDocument, stream('team-north', northHistory.slice(0, 1)))!;
      expect(evolveTeamDocument(team, recorded('team-north', { type: 'TeamMovedToServiceArea', data: 'garbage' }, 1))).toMatchObject({ serviceAreaId: 'assessment', revision: 1 });
      expect(evolveTeamDocument(null, recorded('team-north', { type: 'TeamRegistered', data: {} }, 0))).toBeNull();
      expect(evolveServiceAreaDocument(null, recorded('serviceArea-x', { type: 'ServiceAreaRenamed', data: {} }, 1))).toBeNull();
    });
  });

  describe('When teams and service areas are queried', () => {
    it('should list open teams by service area, and service areas with their teams', async () => {
      const store = new MemoryReadStore();
      await store.defineCollection(TEAMS_COLLECTION);
      await store.defineCollection(SERVICE_AREAS_COLLECTION);
      const teams: Record<string, TeamEvent[]> = {
        north: northHistory,
        south: [teamRegistered('south', 'South CIN', 'cin')],
        east: [teamRegistered('east', 'East CIN', 'cin')],
      };
      await store.commit(
        'teams.v1',
        null,
        1n,
        Object.entries(teams).map(([id, h]) => ({ collection: TEAMS_COLLECTION.name, id, document: fold(evolveTeamDocument, stream(`team-${id}`, h)) })),
      );
      await store.commit('serviceAreas.v1', null, 1n, [
        { collection: SERVICE_AREAS_COLLECTION.name, id: 'cin', document: fold(evolveServiceAreaDocument, stream('serviceArea-cin', [areaRegistered('cin', 'Children in Need')])) },
        { collection: SERVICE_AREAS_COLLECTION.name, id: 'front-door', document: fold(evolveServiceAreaDocument, stream('serviceArea-front-door', [areaRegistered('front-door', 'Front Door')])) },
      ]);

      expect((await listTeams(store, { serviceAreaId: 'cin' })).map((t) => t.id)).toEqual(['east', 'south']);
      expect((await listTeams(store)).map((t) => t.id)).toEqual(['east', 'south']);
      expect((await listTeams(store, { includeClosed: true })).map((t) => t.id)).toEqual(['east', 'north', 'south']);
      expect((await listServiceAreasWithTeams(store)).map((a) => [a.id, a.teams.map((t) => t.id)])).toEqual([
        ['cin', ['east', 'south']],
        ['front-door', []],
      ]);
      expect(await getTeam(store, 'south')).toMatchObject({ name: 'South CIN' });
      expect(await getServiceArea(store, 'nowhere')).toBeNull();
    });
  });
});
