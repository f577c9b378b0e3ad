export * from './case-key.events.js';
export * from './case-key.commands.js';
export * from './case-key.errors.js';
export * from './case-key.stream.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export { evolve as evolveCaseKey, initialState as initialCaseKeyState, type CaseKey } from './case-key.state.js';
export { caseKeyDecider, decide as decideCaseKey, CASE_KEY_SHREDDING_ROLES } from './case-key.decide.js';
