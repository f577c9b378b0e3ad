export * from './themed-audit-day.values.js';
export * from './themed-audit-day.events.js';
export * from './themed-audit-day.commands.js';
export * from './themed-audit-day.stream.js';
export * from './themed-audit-day.errors.js';
export * from './themed-audit-day.agreed-actions.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveThemedAuditDay,
  initialState as initialThemedAuditDayState,
  type ActionPlanAgreedThemedAuditDay,
  type ActionPlanClosedThemedAuditDay,
  type ClosedDayFields,
  type ClosedThemedAuditDay,
  type NotPlannedThemedAuditDay,
  type PlannedThemedAuditDay,
  type TargetedActionPlan,
  type ThemedAuditDay,
  type ThemedAuditDayPlan,
  type ThemedAuditDayStatus,
} from './themed-audit-day.state.js';
export { themedAuditDayDecider, decide as decideThemedAuditDay } from './themed-audit-day.decide.js';
