import type { CommandMetadata, Role } from '../shared/decider.js';
import type { MidwayReviewEvent } from './midway-review.events.js';

/** Shared test data for midway review tests (decider, agreed actions, read model, slice). */

export const REVIEW_ID = 'midway-0001';
export const CHAIR_ID = 'staff-cpchair-0003';
export const SOCIAL_WORKER_ID = 'staff-sw-0042';
export const TEAM_MANAGER_ID = 'staff-tm-0007';
export const TEAM_ID = 'team-north-1';
export const AZEUS_NUMBER = 'AZ-100234';
export const PREVIOUS_MEETING_DATE = '2025-06-10';
export const NEXT_MEETING_DATE = '2025-09-09';
/** The midpoint of the two meetings above. */
export const DUE_ON = '2025-07-25';
export const HELD_ON = '2025-07-24';
export const NOW = '2025-07-24T15:00:00.000Z';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9400-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? CHAIR_ID, role: overrides.role ?? 'CP_CHAIR' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const action = {
  actionId: 'midway-0001-action-1',
  description: 'Convene the core group this month; it has not met since the conference',
  ownerId: SOCIAL_WORKER_ID,
  managerId: TEAM_MANAGER_ID,
  timescale: '2025-08-07',
};

/** The review as the chair records it: the input of RecordMidwayReview after its id. */
export const reviewInput = {
  planKind: 'CP',
  azeusNumber: AZEUS_NUMBER,
  socialWorkerId: SOCIAL_WORKER_ID,
  teamManagerId: TEAM_MANAGER_ID,
  teamId: TEAM_ID,
  previousMeetingDate: PREVIOUS_MEETING_DATE,
  nextMeetingDate: NEXT_MEETING_DATE,
  heldOn: HELD_ON,
  planProgression: { progression: 'PARTLY_PROGRESSING', comments: 'Parenting work started; core group lapsed' },
  driftOrDelay: { found: true, details: 'Core group has not met for eight weeks' },
  concerns: { raised: true, details: 'Drift in the core group', escalationRoute: 'INFORMAL' },
  agreedActions: [action],
};

type Data = Extract<MidwayReviewEvent, { type: 'MidwayReviewHeld' }>['data'];

export const events = {
  held: (overrides: Partial<Data> = {}): MidwayReviewEvent => ({
    type: 'MidwayReviewHeld',
    data: {
      reviewId: REVIEW_ID,
      planKind: 'CP',
      azeusNumber: AZEUS_NUMBER,
      socialWorkerId: SOCIAL_WORKER_ID,
      teamManagerId: TEAM_MANAGER_ID,
      teamId: TEAM_ID,
      chairId: CHAIR_ID,
      chairRole: 'CP_CHAIR',
      previousMeetingDate: PREVIOUS_MEETING_DATE,
      nextMeetingDate: NEXT_MEETING_DATE,
      dueOn: DUE_ON,
      heldOn: HELD_ON,
      planProgression: { progression: 'PARTLY_PROGRESSING', comments: 'Parenting work started; core group lapsed' },
      driftOrDelay: { found: true, details: 'Core group has not met for eight weeks' },
      concerns: { raised: true, details: 'Drift in the core group', escalationRoute: 'INFORMAL', escalationId: null },
      agreedActions: [action],
      recordedAt: NOW,
      ...overrides,
    },
  }),
};
