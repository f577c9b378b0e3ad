import type { AgreedActionSource } from './remedial-action/agreed-actions.js';

/**
 * Every strand whose events agree actions (issue 4, item 7): the service raises a remedial action
 * for each action these sources read from the log, so all actions share one lifecycle and one query.
 * A strand adds its source here.
 */
export const AGREED_ACTION_SOURCES: readonly AgreedActionSource[] = [];
