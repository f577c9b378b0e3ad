import type { Decider } from '../shared/decider.js';
import { DomainError } from '../shared/domain-error.js';
import { crsInputChecks } from '../crs-monitoring-form/conference-and-review.checks.js';
import { INDEPENDENT_CHAIR_ROLES } from '../crs-monitoring-form/conference-and-review.values.js';
import type { MidwayReviewCommand, RecordMidwayReview } from './midway-review.commands.js';
import { midwayReviewDue } from './midway-review.due.js';
import { MidwayReviewErrorCode as Code } from './midway-review.errors.js';
import type { MidwayReviewEvent } from './midway-review.events.js';
import { evolve, initialState, type MidwayReview } from './midway-review.state.js';
import { PLAN_PROGRESSIONS, type DriftOrDelay, type MidwayReviewAgreedAction } from './midway-review.values.js';

const check = crsInputChecks(Code, 'CRS-3');

export function decide(command: MidwayReviewCommand, state: MidwayReview): MidwayReviewEvent[] {
  // One command: a midway review is recorded once it is held, whole.
  return record(command, state);
}

export const midwayReviewDecider: Decider<MidwayReviewCommand, MidwayReview, MidwayReviewEvent> = { decide, evolve, initialState };

function record(command: RecordMidwayReview, state: MidwayReview): MidwayReviewEvent[] {
  if (state.status !== 'NOT_HELD') {
    throw new DomainError(Code.ALREADY_RECORDED, `Midway review ${state.reviewId} is already recorded`, 'CONFLICT', {
      field: 'reviewId',
      rule: 'CRS-3',
    });
  }
  const { actor, now } = command.metadata;
  if (!INDEPENDENT_CHAIR_ROLES.includes(actor.role)) {
    throw new DomainError(
      Code.NOT_A_CHAIR,
      `A midway review is held by the independent chair (IRO or CP chair) with the social worker, not by a ${actor.role} (CRS-3)`,
      'FORBIDDEN',
      { rule: 'CRS-3' },
    );
  }
  const d = command.data;
  const reviewId = check.required(d.reviewId, 'reviewId');
  const previousMeetingDate = check.isoDate(d.previousMeetingDate, 'previousMeetingDate');
  const nextMeetingDate = check.isoDate(d.nextMeetingDate, 'nextMeetingDate');
  const { dueOn } = midwayReviewDue(previousMeetingDate, nextMeetingDate);
  const heldOn = check.pastDate(d.heldOn, 'heldOn', now);
  // CRS-3: mid-way between conferences and reviews, so after the one and before the other.
  if (heldOn <= previousMeetingDate || heldOn >= nextMeetingDate) {
    throw new DomainError(
      Code.NOT_BETWEEN_MEETINGS,
      `heldOn ${heldOn} must fall between the meetings of ${previousMeetingDate} and ${nextMeetingDate} (CRS-3)`,
      'BAD_USER_INPUT',
      { field: 'heldOn', rule: 'CRS-3' },
    );
  }
  const socialWorkerId = check.required(d.socialWorkerId, 'socialWorkerId');
  return [
    {
      type: 'MidwayReviewHeld',
      data: {
        reviewId,
        planKind: check.planKind(d.planKind),
        azeusNumber: check.required(d.azeusNumber, 'azeusNumber'),
        socialWorkerId,
        teamManagerId: check.required(d.teamManagerId, 'teamManagerId'),
        teamId: check.optionalText(d.teamId),
        chairId: actor.staffId,
        chairRole: actor.role,
        previousMeetingDate,
        nextMeetingDate,
        dueOn,
        heldOn,
        planProgression: {
          progression: check.oneOf(d.planProgression?.progression, PLAN_PROGRESSIONS, 'planProgression.progression'),
          comments: check.required(d.planProgression?.comments, 'planProgression.comments'),
        },
        driftOrDelay: driftOrDelay(d.driftOrDelay),
        concerns: check.concerns(d.concerns),
        agreedActions: agreedActions(d.agreedActions, now.slice(0, 10)),
        recordedAt: now,
      },
    },
  ];
}

/** CRS-3: "ensure there is no drift or delay": where there is, say what it is. */
function driftOrDelay(value: RecordMidwayReview['data']['driftOrDelay'] | null | undefined): DriftOrDelay {
  if (typeof value !== 'object' || value === null || typeof value.found !== 'boolean') {
    throw new DomainError(Code.FIELD_REQUIRED, 'driftOrDelay.found is required: say whether drift or delay is found (CRS-3)', 'BAD_USER_INPUT', {
      field: 'driftOrDelay.found',
      rule: 'CRS-3',
    });
  }
  if (!value.found) return { found: false };
  const details = check.optionalText(value.details);
  if (details === null) {
    throw new DomainError(Code.DRIFT_DETAILS_REQUIRED, 'driftOrDelay.details is required where drift or delay is found (CRS-3)', 'BAD_USER_INPUT', {
      field: 'driftOrDelay.details',
      rule: 'CRS-3',
    });
  }
  return { found: true, details };
}

/**
 * Actions agreed at the review; each becomes a remedial action with the CFA-7 lifecycle, raised on
 * the day the review is recorded, so no timescale falls before that day.
 */
function agreedActions(value: RecordMidwayReview['data']['agreedActions'], recordedOn: string): MidwayReviewAgreedAction[] {
  const given = Array.isArray(value) ? value : [];
  const actions = given.map((input, i): MidwayReviewAgreedAction => {
    const field = `agreedActions[${i}]`;
    const ownerId = check.required(input?.ownerId, `${field}.ownerId`);
    const managerId = check.required(input?.managerId, `${field}.managerId`);
    if (managerId === ownerId) {
      throw new DomainError(Code.ACTION_OWNER_IS_MANAGER, `${field}.managerId must be someone other than the action's owner (CFA-7)`, 'BAD_USER_INPUT', {
        field: `${field}.managerId`,
        rule: 'CFA-7',
      });
    }
    const timescale = check.isoDate(input?.timescale, `${field}.timescale`);
    if (timescale < recordedOn) {
      throw new DomainError(
        Code.ACTION_TIMESCALE_PAST,
        `${field}.timescale ${timescale} is before the day the review is recorded, ${recordedOn} (CFA-7)`,
        'BAD_USER_INPUT',
        { field: `${field}.timescale`, rule: 'CFA-7' },
      );
    }
    return {
      actionId: check.required(input?.actionId, `${field}.actionId`),
      description: check.required(input?.description, `${field}.description`),
      ownerId,
      managerId,
      timescale,
    };
  });
  const ids = actions.map((a) => a.actionId);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate !== undefined) {
    throw new DomainError(Code.ACTION_DUPLICATED, `Action ${duplicate} is agreed twice`, 'BAD_USER_INPUT', { field: 'agreedActions', rule: 'CFA-7' });
  }
  return actions;
}
