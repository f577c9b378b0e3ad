export * from './service-area.events.js';
export * from './service-area.commands.js';
export * from './service-area.errors.js';
export * from './service-area.stream.js';
export * from './team.events.js';
export * from './team.commands.js';
export * from './team.errors.js';
export * from './team.stream.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveServiceArea,
  initialState as initialServiceAreaState,
  type ActiveServiceArea,
  type ClosedServiceArea,
  type ServiceArea,
  type UnregisteredServiceArea,
} from './service-area.state.js';
export { serviceAreaDecider, decide as decideServiceArea } from './service-area.decide.js';
export {
  evolve as evolveTeam,
  initialState as initialTeamState,
  type ActiveTeam,
  type ClosedTeam,
  type Team,
  type UnregisteredTeam,
} from './team.state.js';
export { teamDecider, decide as decideTeam } from './team.decide.js';
