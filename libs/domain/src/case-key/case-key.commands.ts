import type { Command } from '../shared/decider.js';

/** Shred the key of a case whose retention has ended: its child text becomes unreadable for good. */
export type ShredCaseKey = Command<
  'ShredCaseKey',
  {
    readonly azeusNumber: string;
    /** Why now, e.g. "retention ended: case closed 2018-03-31, kept 6 years". */
    readonly reason: string;
  }
>;

export type CaseKeyCommand = ShredCaseKey;
