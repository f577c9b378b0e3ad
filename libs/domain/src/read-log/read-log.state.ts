import type { ReadLogEvent } from './read-log.events.js';

/** A read log stream: empty, or one reader's reads of one day. */
export type ReadLogDay =
  | { readonly status: 'EMPTY' }
  | { readonly status: 'RECORDING'; readonly readerId: string; readonly day: string };

export function initialState(): ReadLogDay {
  return { status: 'EMPTY' };
}

/**
 * Folds recorded facts; never throws. Every event of a stream names the same reader and day, so
 * folding the stream's last event alone gives the state (what keeps appending cheap).
 */
export function evolve(state: ReadLogDay, event: ReadLogEvent): ReadLogDay {
  switch (event.type) {
    case 'ChildRecordsRead': {
      if (state.status === 'RECORDING') return state;
      const { readerId, readAt } = event.data;
      if (typeof readerId !== 'string' || typeof readAt !== 'string') return state;
      return { status: 'RECORDING', readerId, day: readAt.slice(0, 10) };
    }
    default:
      return state;
  }
}
