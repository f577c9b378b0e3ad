import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import {
  CRS_MONITORING_FORM_EVENT_TYPES,
  CRS_QUALITY_CHECK_EVENT_TYPES,
  MIDWAY_REVIEW_EVENT_TYPES,
  crsMonitoringFormStreamId,
  crsQualityCheckStreamId,
  midwayReviewStreamId,
} from '../../libs/domain/src/index.js';
import * as form from '../../libs/domain/src/crs-monitoring-form/crs-monitoring-form.fixtures.js';
import * as midway from '../../libs/domain/src/midway-review/midway-review.fixtures.js';
import * as checks from '../../libs/domain/src/crs-quality-check/crs-quality-check.fixtures.js';
import { crsQualityChecksProjection, evolveCrsQualityCheckDocument } from './crs-quality-checks.projection.js';
import { evolveMidwayReviewDocument, midwayReviewsProjection } from './midway-reviews.projection.js';
import { evolveMonitoringFormDocument, monitoringFormsProjection } from './monitoring-forms.projection.js';
import { recorded, stream } from './crs-monitoring.test-support.js';

type Evolve<D> = (document: D | null, event: RecordedEvent) => D | null;
const fold = <D>(evolve: Evolve<D>, history: readonly RecordedEvent[], from: D | null = null) =>
  history.reduce<D | null>((doc, event) => evolve(doc, event), from);
const twice = <D>(evolve: Evolve<D>, history: readonly RecordedEvent[]) =>
  history.reduce<D | null>((doc, event) => evolve(evolve(doc, event), event), null);

const FORM_STREAM = crsMonitoringFormStreamId(form.FORM_ID);
const REVIEW_STREAM = midwayReviewStreamId(midway.REVIEW_ID);
const CHECK_STREAM = crsQualityCheckStreamId(checks.CHECK_ID);

describe('CRS monitoring projections', () => {
  it('should be three versioned read models over their own event types, indexed for their queries', () => {
    expect([monitoringFormsProjection, midwayReviewsProjection, crsQualityChecksProjection].map((p) => [p.name, p.version, p.collection.name])).toEqual([
      ['crsMonitoringForms', 1, 'crsMonitoringForms.v1'],
      ['midwayReviews', 1, 'midwayReviews.v1'],
      ['crsQualityChecks', 1, 'crsQualityChecks.v1'],
    ]);
    expect(monitoringFormsProjection.handles).toEqual(CRS_MONITORING_FORM_EVENT_TYPES);
    expect(midwayReviewsProjection.handles).toEqual(MIDWAY_REVIEW_EVENT_TYPES);
    expect(crsQualityChecksProjection.handles).toEqual(CRS_QUALITY_CHECK_EVENT_TYPES);
  });

  it('should key documents by the id of their own stream and ignore other streams', () => {
    const [submitted] = stream([form.events.submitted()], FORM_STREAM);
    expect(monitoringFormsProjection.documentIds(submitted!)).toEqual([form.FORM_ID]);
    expect(monitoringFormsProjection.documentIds({ ...submitted!, streamId: REVIEW_STREAM })).toEqual([]);
    expect(midwayReviewsProjection.documentIds({ ...submitted!, streamId: REVIEW_STREAM })).toEqual([midway.REVIEW_ID]);
    expect(crsQualityChecksProjection.documentIds({ ...submitted!, streamId: CHECK_STREAM })).toEqual([checks.CHECK_ID]);
  });
});

describe('When a monitoring form is submitted and used in supervision', () => {
  const history = () => stream([form.events.submitted(), form.events.usedInSupervision()], FORM_STREAM);

  it('should hold the form field for field, visible to the team manager (CRS-3)', () => {
    expect(fold(evolveMonitoringFormDocument, history())).toEqual({
      id: form.FORM_ID,
      revision: 1,
      meetingType: 'CP_CONFERENCE_REVIEW',
      planKind: 'CP',
      meetingDate: form.MEETING_DATE,
      meetingMonth: '2025-06',
      nextMeetingDate: form.NEXT_MEETING_DATE,
      azeusNumber: form.AZEUS_NUMBER,
      socialWorkerId: form.SOCIAL_WORKER_ID,
      teamManagerId: form.TEAM_MANAGER_ID,
      teamId: form.TEAM_ID,
      chairId: form.CHAIR_ID,
      chairRole: 'CP_CHAIR',
      preparation: { rating: 'GOOD', comments: 'Report shared with the family three days before' },
      assessment: { rating: 'REQUIRES_IMPROVEMENT', comments: "Father's history not analysed" },
      plan: { rating: 'GOOD', comments: 'Outcomes clear; timescales set' },
      concerns: { raised: false, details: null, escalationRoute: null, escalationId: null },
      usedInSupervision: [{ supervisionDate: '2025-06-12', notes: 'Discussed the assessment gap' }],
      submittedAt: form.NOW,
      lastUpdatedAt: form.NOW,
    });
  });

  it('should give the same document when every event is delivered twice (CRS-3)', () => {
    expect(twice(evolveMonitoringFormDocument, history())).toEqual(fold(evolveMonitoringFormDocument, history()));
    const document = fold(evolveMonitoringFormDocument, history());
    for (const event of history()) expect(evolveMonitoringFormDocument(document, event)).toBe(document);
  });

  it('should ignore a later event without the submission, and not throw on a malformed one', () => {
    expect(fold(evolveMonitoringFormDocument, [recorded(form.events.usedInSupervision(), FORM_STREAM, 1)])).toBeNull();
    expect(fold(evolveMonitoringFormDocument, [recorded({ type: 'CrsMonitoringFormSubmitted', data: { meetingType: 'PARTY' } }, FORM_STREAM, 0)])).toBeNull();
    const document = fold(evolveMonitoringFormDocument, stream([form.events.submitted()], FORM_STREAM));
    const after = fold(evolveMonitoringFormDocument, [recorded({ type: 'CrsMonitoringFormUsedInSupervision', data: null }, FORM_STREAM, 1)], document);
    expect(after?.usedInSupervision).toEqual([]);
    expect(after?.revision).toBe(1);
  });
});

describe('When a midway review is held', () => {
  const history = () => stream([midway.events.held()], REVIEW_STREAM);

  it('should hold what it found and agreed, and whether it was held on time (CRS-3)', () => {
    expect(fold(evolveMidwayReviewDocument, history())).toMatchObject({
      id: midway.REVIEW_ID,
      revision: 0,
      planKind: 'CP',
      dueOn: midway.DUE_ON,
      heldOn: midway.HELD_ON,
      heldMonth: '2025-07',
      heldOnTime: true,
      planProgression: { progression: 'PARTLY_PROGRESSING' },
      driftOrDelay: { found: true, details: 'Core group has not met for eight weeks' },
      concerns: { raised: true, escalationRoute: 'INFORMAL', escalationId: null },
      agreedActions: [midway.action],
    });
  });

  it('should count a review held after the midpoint and its tolerance as late (CRS-3)', () => {
    expect(fold(evolveMidwayReviewDocument, stream([midway.events.held({ heldOn: '2025-08-02' })], REVIEW_STREAM))?.heldOnTime).toBe(false);
    expect(fold(evolveMidwayReviewDocument, stream([midway.events.held({ heldOn: '2025-08-01' })], REVIEW_STREAM))?.heldOnTime).toBe(true);
  });

  it('should give the same document when delivered twice (CRS-3)', () => {
    expect(twice(evolveMidwayReviewDocument, history())).toEqual(fold(evolveMidwayReviewDocument, history()));
    const later = recorded({ type: 'MidwayReviewSomethingElse', data: {} }, REVIEW_STREAM, 1);
    const document = fold(evolveMidwayReviewDocument, [...history(), later]);
    expect(document?.revision).toBe(1);
    expect(evolveMidwayReviewDocument(document, history()[0]!)).toBe(document);
  });
});

describe('When the CRS team manager records checks', () => {
  const observation = () => stream([checks.events.observed(), checks.events.feedbackGiven()], CHECK_STREAM);

  it('should hold an observation with its minutes and plan audits, nine judged criteria in order (CRS-2)', () => {
    const document = fold(evolveCrsQualityCheckDocument, observation());
    expect(document).toMatchObject({
      kind: 'MEETING_OBSERVATION',
      crsTeamManagerId: checks.CRS_TM_ID,
      planKind: 'CP',
      meetingType: 'CP_CONFERENCE_REVIEW',
      checkedOn: checks.MEETING_DATE,
      checkedMonth: '2025-06',
      feedbackForChair: checks.feedback.feedbackForChair,
      feedbackGivenToChairOn: '2025-06-12',
    });
    expect(document?.judgements.map((j) => `${j.section}.${j.criterion}`)).toEqual([
      'OBSERVATION.ROBUST_CHAIRING',
      'OBSERVATION.SAFEGUARDING_ISSUES_ADDRESSED',
      'OBSERVATION.PLANS_PROGRESSING',
      'MINUTES.QUALITY_OF_MINUTES',
      'MINUTES.MULTI_AGENCY_INPUT_AND_DECISION_MAKING',
      'MINUTES.CHILD_CENTRED_PLANNING',
      'PLAN.ROBUST',
      'PLAN.SMART',
      'PLAN.CHILD_CENTRED',
    ]);
    expect(document?.judgements.find((j) => j.criterion === 'SMART')).toMatchObject({ rating: 'REQUIRES_IMPROVEMENT', comments: 'Two actions have no timescale' });
  });

  it('should hold a plan audit counted on the day of the audit, with no meeting type (CRS-2)', () => {
    expect(fold(evolveCrsQualityCheckDocument, stream([checks.events.planAudited()], CHECK_STREAM))).toMatchObject({
      kind: 'PLAN_AUDIT',
      meetingType: null,
      meetingDate: checks.MEETING_DATE,
      checkedOn: checks.AUDITED_ON,
      socialWorkerId: 'staff-sw-0042',
    });
    expect(fold(evolveCrsQualityCheckDocument, stream([checks.events.minutesAudited()], CHECK_STREAM))).toMatchObject({ kind: 'MINUTES_AUDIT', planKind: 'LAC' });
  });

  it('should give the same document when every event is delivered twice (CRS-2)', () => {
    expect(twice(evolveCrsQualityCheckDocument, observation())).toEqual(fold(evolveCrsQualityCheckDocument, observation()));
  });
});
