export * from './annual-sample.values.js';
export * from './annual-sample.events.js';
export * from './annual-sample.commands.js';
export * from './annual-sample.stream.js';
export * from './annual-sample.errors.js';
export * from './annual-sample.verify.js';
export {
  canonicalFrame,
  canonicalFrameText,
  drawAnnualSample,
  frameFingerprint,
  type AnnualSampleDrawInput,
} from './annual-sample.draw.js';
export {
  allocateAnnualSample,
  excludedAuditorIds,
  type AnnualSampleAllocationInput,
} from './annual-sample.allocation.js';
export { seededRandom, shuffled, type SeededRandom, type SeedPart } from './seeded-random.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveAnnualSample,
  initialState as initialAnnualSampleState,
  type AllocatedAnnualSample,
  type AnnualSample,
  type AnnualSampleStatus,
  type DrawnAnnualSample,
  type NotDrawnAnnualSample,
} from './annual-sample.state.js';
export { annualSampleDecider, decide as decideAnnualSample } from './annual-sample.decide.js';
