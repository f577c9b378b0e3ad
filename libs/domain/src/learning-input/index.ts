export * from './learning-input.values.js';
export * from './learning-input.events.js';
export * from './learning-input.commands.js';
export * from './learning-input.stream.js';
export * from './learning-input.errors.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveLearningInput,
  initialState as initialLearningInputState,
  type LearningInput,
  type LearningInputStatus,
  type NotRecordedLearningInput,
  type RecordedLearningInput,
  type WithdrawnLearningInput,
} from './learning-input.state.js';
export { learningInputDecider, decide as decideLearningInput } from './learning-input.decide.js';
