// Quarter helpers have generic names, so they are imported from supervision-learning-summary.values.js directly.
export * from './supervision-learning-summary.events.js';
export * from './supervision-learning-summary.commands.js';
export * from './supervision-learning-summary.stream.js';
export * from './supervision-learning-summary.errors.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveSupervisionLearningSummary,
  initialState as initialSupervisionLearningSummaryState,
  type DmtReview as SupervisionLearningSummaryDmtReview,
  type DraftSupervisionLearningSummaryState,
  type NotWrittenSupervisionLearningSummary,
  type ReviewedSupervisionLearningSummary,
  type SubmittedSupervisionLearningSummary,
  type SupervisionLearningSummary,
  type SupervisionLearningSummaryStatus,
} from './supervision-learning-summary.state.js';
export {
  supervisionLearningSummaryDecider,
  decide as decideSupervisionLearningSummary,
} from './supervision-learning-summary.decide.js';
