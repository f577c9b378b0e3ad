export * from './practice-observation.values.js';
export * from './practice-observation.events.js';
export * from './practice-observation.commands.js';
export * from './practice-observation.stream.js';
export * from './practice-observation.errors.js';
export * from './practice-observation.due.js';
export * from './practice-observation.agreed-actions.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolvePracticeObservation,
  initialState as initialPracticeObservationState,
  type CompletedPracticeObservation,
  type NotRecordedPracticeObservation,
  type PracticeObservation,
  type PracticeObservationRecord,
  type PracticeObservationStatus,
  type RecordedPracticeObservation,
  type ReflectiveReview,
} from './practice-observation.state.js';
export { practiceObservationDecider, decide as decidePracticeObservation } from './practice-observation.decide.js';
