export * from './midway-review.values.js';
export * from './midway-review.events.js';
export * from './midway-review.commands.js';
export * from './midway-review.stream.js';
export * from './midway-review.errors.js';
export * from './midway-review.due.js';
export * from './midway-review.agreed-actions.js';
// The bare decider functions keep short names inside the folder; outside it they are named for the aggregate.
export {
  evolve as evolveMidwayReview,
  initialState as initialMidwayReviewState,
  type HeldMidwayReview,
  type MidwayReview,
  type MidwayReviewStatus,
  type NotHeldMidwayReview,
} from './midway-review.state.js';
export { midwayReviewDecider, decide as decideMidwayReview } from './midway-review.decide.js';
