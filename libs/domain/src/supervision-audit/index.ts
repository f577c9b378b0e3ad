export * from './supervision-audit.values.js';
export * from './supervision-audit.events.js';
export * from './supervision-audit.commands.js';
export * from './supervision-audit.stream.js';
export * from './supervision-audit.errors.js';
export * from './supervision-audit.monthly-duty.js';
export * from './supervision-audit.agreed-actions.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveSupervisionAudit,
  initialState as initialSupervisionAuditState,
  type ChildSafetyEscalation,
  type CompletedSupervisionAudit,
  type FindingsReview,
  type InProgressSupervisionAudit,
  type NotStartedSupervisionAudit,
  type SupervisionAudit,
  type SupervisionAuditAnswer,
  type SupervisionAuditStatus,
} from './supervision-audit.state.js';
export { supervisionAuditDecider, decide as decideSupervisionAudit } from './supervision-audit.decide.js';
