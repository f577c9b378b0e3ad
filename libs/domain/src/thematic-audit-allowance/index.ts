export * from './thematic-audit-allowance.values.js';
export * from './thematic-audit-allowance.events.js';
export * from './thematic-audit-allowance.commands.js';
export * from './thematic-audit-allowance.errors.js';
export * from './thematic-audit-allowance.stream.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveThematicAuditAllowance,
  initialState as initialThematicAuditAllowanceState,
  type ClaimedThematicAuditAllowance,
  type ThematicAuditAllowance,
  type ThematicAuditSlot,
  type UnusedThematicAuditAllowance,
} from './thematic-audit-allowance.state.js';
export { thematicAuditAllowanceDecider, decide as decideThematicAuditAllowance } from './thematic-audit-allowance.decide.js';
