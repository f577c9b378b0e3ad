export * from './read-log.values.js';
export * from './read-log.events.js';
export * from './read-log.commands.js';
export * from './read-log.stream.js';
export * from './read-log.errors.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export { evolve as evolveReadLog, initialState as initialReadLogState, type ReadLogDay } from './read-log.state.js';
export { readLogDecider, decide as decideReadLog } from './read-log.decide.js';
