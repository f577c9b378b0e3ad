export * from './case.values.js';
export * from './case.events.js';
export * from './case.commands.js';
export * from './case.errors.js';
export * from './case.stream.js';
export * from './case-import.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveCase,
  initialState as initialCaseState,
  type Case,
  type CaseDetails,
  type CaseEffectiveAttribute,
  type ClosedCase,
  type OpenCaseState,
  type UnopenedCase,
} from './case.state.js';
export { caseDecider, decide as decideCase } from './case.decide.js';
