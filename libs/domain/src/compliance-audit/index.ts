export * from './compliance-audit.values.js';
export * from './compliance-audit.events.js';
export * from './compliance-audit.commands.js';
export * from './compliance-audit.errors.js';
export * from './compliance-audit.stream.js';
export * from './compliance-audit.quota.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveComplianceAudit,
  initialState as initialComplianceAuditState,
  openActionIds as openComplianceActionIds,
  type ComplianceAudit,
  type ComplianceAuditStatus,
  type CompletedComplianceAudit,
  type InProgressComplianceAudit,
  type NotStartedComplianceAudit,
} from './compliance-audit.state.js';
export { complianceAuditDecider, decide as decideComplianceAudit } from './compliance-audit.decide.js';
