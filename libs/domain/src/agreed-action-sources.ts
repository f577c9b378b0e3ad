import type { AgreedActionSource } from './remedial-action/agreed-actions.js';
import { crsEscalationAgreedActions } from './crs-escalation/crs-escalation.agreed-actions.js';
import { meetingObservationAgreedActions } from './meeting-observation/meeting-observation.agreed-actions.js';
import { midwayReviewAgreedActions } from './midway-review/midway-review.agreed-actions.js';
import { practiceObservationAgreedActions } from './practice-observation/practice-observation.agreed-actions.js';
import { supervisionAuditAgreedActions } from './supervision-audit/supervision-audit.agreed-actions.js';
import { themedAuditDayAgreedActions } from './themed-audit-day/themed-audit-day.agreed-actions.js';

/**
 * Every strand whose events agree actions (issue 4, item 7): the service raises a remedial action
 * for each action these sources read from the log, so all actions share one lifecycle and one query.
 * A strand adds its source here.
 */
export const AGREED_ACTION_SOURCES: readonly AgreedActionSource[] = [
  practiceObservationAgreedActions,
  supervisionAuditAgreedActions,
  midwayReviewAgreedActions,
  themedAuditDayAgreedActions,
  meetingObservationAgreedActions,
  crsEscalationAgreedActions,
];
