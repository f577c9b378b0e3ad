export * from './remedial-action.values.js';
export * from './remedial-action.events.js';
export * from './remedial-action.commands.js';
export * from './remedial-action.stream.js';
export * from './remedial-action.errors.js';
export * from './remedial-action.clocks.js';
export * from './agreed-actions.js';
export * from './immediate-escalation.events.js';
export * from './immediate-escalation.commands.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveRemedialAction,
  initialState as initialRemedialActionState,
  type AcknowledgedRemedialAction,
  type CompletedRemedialAction,
  type ExistingRemedialAction,
  type NotRaisedRemedialAction,
  type RaisedRemedialAction,
  type RaisedRemedialActionFields,
  type RemedialAction,
  type RemedialActionReopening,
  type RemedialActionStatus,
  type ReopenedRemedialAction,
  type VerifiedRemedialAction,
} from './remedial-action.state.js';
export { ROLES_THAT_MAY_RAISE, remedialActionDecider, decide as decideRemedialAction } from './remedial-action.decide.js';
export {
  evolve as evolveImmediateEscalation,
  initialState as initialImmediateEscalationState,
  type AcknowledgedImmediateEscalation,
  type ImmediateEscalation,
  type ImmediateEscalationStatus,
  type NotRaisedImmediateEscalation,
  type RaisedImmediateEscalation,
  type RaisedImmediateEscalationFields,
} from './immediate-escalation.state.js';
export {
  immediateEscalationDecider,
  raiseImmediateEscalationData,
  decide as decideImmediateEscalation,
} from './immediate-escalation.decide.js';
