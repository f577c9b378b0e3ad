export * from './crs-escalation.values.js';
export * from './crs-escalation.events.js';
export * from './crs-escalation.commands.js';
export * from './crs-escalation.stream.js';
export * from './crs-escalation.errors.js';
// The working-day helpers stay inside the folder; the clocks are named for the strand.
export {
  CRS_STAGE_CLOCK_STATES,
  crsEscalationClock,
  crsEscalationStageAt,
  crsStageClock,
  crsStageDueOn,
  isCrsEscalationOverdue,
  type ClockedEscalation,
  type ClockedStage,
  type CrsEscalationResponseDays,
  type CrsStageClock,
  type CrsStageClockState,
} from './crs-escalation.clocks.js';
export * from './crs-escalation.agreed-actions.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveCrsEscalation,
  initialState as initialCrsEscalationState,
  closedAtOf as crsEscalationClosedAt,
  currentStage as currentCrsEscalationStage,
  type CrsEscalation,
  type CrsEscalationStageRecord,
  type CrsEscalationStatus,
  type NotRaisedCrsEscalation,
  type OpenCrsEscalation,
  type ResolvedCrsEscalation,
  type WithdrawnCrsEscalation,
} from './crs-escalation.state.js';
export { crsEscalationDecider, decide as decideCrsEscalation } from './crs-escalation.decide.js';
