export * from './conference-and-review.values.js';
export * from './conference-and-review.checks.js';
export * from './crs-monitoring-form.values.js';
export * from './crs-monitoring-form.events.js';
export * from './crs-monitoring-form.commands.js';
export * from './crs-monitoring-form.stream.js';
export * from './crs-monitoring-form.errors.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveCrsMonitoringForm,
  initialState as initialCrsMonitoringFormState,
  type CrsMonitoringForm,
  type CrsMonitoringFormStatus,
  type MonitoringFormSupervisionUse,
  type NotSubmittedMonitoringForm,
  type SubmittedMonitoringForm,
} from './crs-monitoring-form.state.js';
export { crsMonitoringFormDecider, decide as decideCrsMonitoringForm } from './crs-monitoring-form.decide.js';
