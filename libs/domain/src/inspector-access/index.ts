export * from './inspector-access.values.js';
export * from './inspector-access.events.js';
export * from './inspector-access.commands.js';
export * from './inspector-access.stream.js';
export * from './inspector-access.errors.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveInspectorAccess,
  initialState as initialInspectorAccessState,
  type GrantedInspectorAccess,
  type InspectorAccess,
  type InspectorAccessStatus,
  type NotGrantedInspectorAccess,
  type RevokedInspectorAccess,
} from './inspector-access.state.js';
export { inspectorAccessDecider, decide as decideInspectorAccess } from './inspector-access.decide.js';
