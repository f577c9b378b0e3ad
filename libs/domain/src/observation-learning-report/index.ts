export * from './observation-learning-report.values.js';
export * from './observation-learning-report.events.js';
export * from './observation-learning-report.commands.js';
export * from './observation-learning-report.stream.js';
export * from './observation-learning-report.errors.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveObservationLearningReport,
  initialState as initialObservationLearningReportState,
  type ObservationLearningReport,
  type ObservationLearningReportContent,
} from './observation-learning-report.state.js';
export { observationLearningReportDecider, decide as decideObservationLearningReport } from './observation-learning-report.decide.js';
