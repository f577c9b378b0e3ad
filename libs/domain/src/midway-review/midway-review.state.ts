import type { MidwayReviewEvent, MidwayReviewHeld } from './midway-review.events.js';

export type NotHeldMidwayReview = { readonly status: 'NOT_HELD' };
/** A held review is a settled record. */
export type HeldMidwayReview = MidwayReviewHeld['data'] & { readonly status: 'HELD' };

export type MidwayReview = NotHeldMidwayReview | HeldMidwayReview;
export type MidwayReviewStatus = MidwayReview['status'];

export function initialState(): MidwayReview {
  return { status: 'NOT_HELD' };
}

/** Folds recorded facts; never throws. */
export function evolve(state: MidwayReview, event: MidwayReviewEvent): MidwayReview {
  if (event.type === 'MidwayReviewHeld' && state.status === 'NOT_HELD') return { ...event.data, status: 'HELD' };
  return state;
}
