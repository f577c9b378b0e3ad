export * from './independent-audit-commission.values.js';
export * from './independent-audit-commission.events.js';
export * from './independent-audit-commission.commands.js';
export * from './independent-audit-commission.errors.js';
export * from './independent-audit-commission.stream.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveIndependentAuditCommission,
  initialState as initialIndependentAuditCommissionState,
  isIndependentAuditOverdue,
  type AcceptedIndependentAudit,
  type CommissionedIndependentAudit,
  type IndependentAuditCommission,
  type IndependentAuditCommissionStatus,
  type LinkedIndependentAudit,
  type NotCommissioned,
  type ReportedIndependentAudit,
  type WithdrawnIndependentAudit,
} from './independent-audit-commission.state.js';
export {
  independentAuditCommissionDecider,
  decide as decideIndependentAuditCommission,
} from './independent-audit-commission.decide.js';
