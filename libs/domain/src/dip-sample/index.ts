export * from './dip-sample.values.js';
export * from './dip-sample.events.js';
export * from './dip-sample.commands.js';
export * from './dip-sample.errors.js';
export * from './dip-sample.stream.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveDipSample,
  initialState as initialDipSampleState,
  type CompletedDipSample,
  type DipSample,
  type DipSampleStatus,
  type FollowUpAction,
  type InProgressDipSample,
  type NotStartedDipSample,
} from './dip-sample.state.js';
export { dipSampleDecider, decide as decideDipSample } from './dip-sample.decide.js';
