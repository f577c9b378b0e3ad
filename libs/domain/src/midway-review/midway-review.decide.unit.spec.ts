import { DeciderSpecification } from '../testing/decider-specification.js';
import type { Role } from '../shared/decider.js';
import type { MidwayReviewCommand } from './midway-review.commands.js';
import { midwayReviewDecider } from './midway-review.decide.js';
import { CHAIR_ID, REVIEW_ID, SOCIAL_WORKER_ID, TEAM_MANAGER_ID, action, events, metadata, reviewInput } from './midway-review.fixtures.js';

const spec = DeciderSpecification.for(midwayReviewDecider);

type Data = MidwayReviewCommand['data'];

const record = (data: Partial<Record<keyof Data, unknown>> = {}, actor: { staffId?: string; role?: Role } = {}) =>
  ({
    type: 'RecordMidwayReview',
    data: { reviewId: REVIEW_ID, ...reviewInput, ...data } as Data,
    metadata: metadata(actor),
  }) satisfies MidwayReviewCommand;

describe('When no midway review is recorded', () => {
  it('should record the review held between the conferences, with its midpoint due date (CRS-3)', () => {
    spec.given([]).when(record()).then(events.held());
  });

  it('should record a review that found no drift or delay, raised no concerns and agreed nothing (CRS-3)', () => {
    spec
      .given([])
      .when(record({ driftOrDelay: { found: false }, concerns: { raised: false }, agreedActions: [], planProgression: { progression: 'PROGRESSING', comments: 'On track' } }))
      .then(
        events.held({
          driftOrDelay: { found: false },
          concerns: { raised: false },
          agreedActions: [],
          planProgression: { progression: 'PROGRESSING', comments: 'On track' },
        }),
      );
  });

  it('should let an IRO hold a midway review of a LAC plan (CRS-3)', () => {
    spec
      .given([])
      .when(record({ planKind: 'LAC' }, { staffId: 'staff-iro-0005', role: 'IRO' }))
      .thenEvents((produced) => expect(produced[0]?.data).toMatchObject({ planKind: 'LAC', chairId: 'staff-iro-0005', chairRole: 'IRO' }));
  });

  it('should refuse anyone but an independent chair (CRS-3)', () => {
    spec
      .given([])
      .when(record({}, { staffId: SOCIAL_WORKER_ID, role: 'SOCIAL_WORKER' }))
      .thenThrows('MIDWAY_REVIEW.NOT_A_CHAIR', { kind: 'FORBIDDEN', rule: 'CRS-3' });
  });

  it('should refuse a review not held between the previous and the next meeting (CRS-3)', () => {
    spec.given([]).when(record({ heldOn: '2025-06-10' })).thenThrows('MIDWAY_REVIEW.NOT_BETWEEN_MEETINGS', { field: 'heldOn', rule: 'CRS-3' });
    spec
      .given([])
      .when(record({ nextMeetingDate: '2025-07-20' }))
      .thenThrows('MIDWAY_REVIEW.NOT_BETWEEN_MEETINGS', { field: 'heldOn', rule: 'CRS-3' });
  });

  it('should refuse a next meeting that is not after the previous one (CRS-3)', () => {
    spec
      .given([])
      .when(record({ nextMeetingDate: '2025-06-01' }))
      .thenThrows('MIDWAY_REVIEW.MEETINGS_OUT_OF_ORDER', { field: 'nextMeetingDate', rule: 'CRS-3' });
  });

  it('should refuse a review held in the future (CRS-3)', () => {
    spec.given([]).when(record({ heldOn: '2025-07-30' })).thenThrows('MIDWAY_REVIEW.DATE_IN_FUTURE', { field: 'heldOn' });
  });

  it('should refuse drift or delay found without saying what it is (CRS-3)', () => {
    spec
      .given([])
      .when(record({ driftOrDelay: { found: true, details: ' ' } }))
      .thenThrows('MIDWAY_REVIEW.DRIFT_DETAILS_REQUIRED', { field: 'driftOrDelay.details', rule: 'CRS-3' });
    spec.given([]).when(record({ driftOrDelay: null })).thenThrows('MIDWAY_REVIEW.FIELD_REQUIRED', { field: 'driftOrDelay.found' });
  });

  it('should refuse an unknown plan progression, naming the field (CRS-3)', () => {
    spec
      .given([])
      .when(record({ planProgression: { progression: 'STUCK', comments: 'x' } }))
      .thenThrows('MIDWAY_REVIEW.VALUE_UNKNOWN', { field: 'planProgression.progression', rule: 'CRS-3' });
  });

  it('should refuse concerns raised without an informal or formal escalation (CRS-3, CRS-1)', () => {
    spec
      .given([])
      .when(record({ concerns: { raised: true, details: 'Drift' } }))
      .thenThrows('MIDWAY_REVIEW.CONCERNS_INCOMPLETE', { field: 'concerns.escalationRoute', rule: 'CRS-1' });
    spec
      .given([])
      .when(record({ concerns: { raised: true, details: 'Drift', escalationRoute: 'SOMETIME' } }))
      .thenThrows('MIDWAY_REVIEW.VALUE_UNKNOWN', { field: 'concerns.escalationRoute' });
  });

  it('should refuse an action whose manager is its owner (CRS-3, CFA-7)', () => {
    spec
      .given([])
      .when(record({ agreedActions: [{ ...action, managerId: action.ownerId }] }))
      .thenThrows('MIDWAY_REVIEW.ACTION_OWNER_IS_MANAGER', { field: 'agreedActions[0].managerId', rule: 'CFA-7' });
  });

  it('should refuse an action due before the day the review is recorded, or agreed twice (CRS-3, CFA-7)', () => {
    spec
      .given([])
      .when(record({ agreedActions: [{ ...action, timescale: '2025-07-23' }] }))
      .thenThrows('MIDWAY_REVIEW.ACTION_TIMESCALE_PAST', { field: 'agreedActions[0].timescale', rule: 'CFA-7' });
    spec.given([]).when(record({ agreedActions: [action, action] })).thenThrows('MIDWAY_REVIEW.ACTION_DUPLICATED', { field: 'agreedActions' });
    spec
      .given([])
      .when(record({ agreedActions: [{ ...action, description: '' }] }))
      .thenThrows('MIDWAY_REVIEW.FIELD_REQUIRED', { field: 'agreedActions[0].description' });
  });
});

describe('When the midway review is recorded', () => {
  it('should refuse recording it again (CRS-3)', () => {
    spec.given([events.held()]).when(record()).thenThrows('MIDWAY_REVIEW.ALREADY_RECORDED', { kind: 'CONFLICT', rule: 'CRS-3' });
  });

  it('should hold the record as held (CRS-3)', () => {
    const state = [events.held(), events.held({ chairId: 'other' })].reduce(midwayReviewDecider.evolve, midwayReviewDecider.initialState());
    expect(state).toMatchObject({ status: 'HELD', chairId: CHAIR_ID, teamManagerId: TEAM_MANAGER_ID });
  });
});
