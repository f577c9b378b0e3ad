import { MemoryReadStore } from '../../libs/read-store/src/memory/memory-read-store.js';
import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import type { Projection } from '../../libs/read-store/src/projection.js';
import type { Document } from '../../libs/read-store/src/read-store.port.js';
import { crsMonitoringFormStreamId, crsQualityCheckStreamId, midwayReviewStreamId } from '../../libs/domain/src/index.js';
import * as form from '../../libs/domain/src/crs-monitoring-form/crs-monitoring-form.fixtures.js';
import * as midway from '../../libs/domain/src/midway-review/midway-review.fixtures.js';
import * as checks from '../../libs/domain/src/crs-quality-check/crs-quality-check.fixtures.js';
import { crsQualityChecksProjection } from './crs-quality-checks.projection.js';
import { midwayReviewsProjection } from './midway-reviews.projection.js';
import { monitoringFormsProjection } from './monitoring-forms.projection.js';
import { crsMonthlySummary, crsTeamManagerDuty, listMonitoringForms, midwayReviewsOwed } from './crs-monitoring.queries.js';
import { recorded } from './crs-monitoring.test-support.js';

const PROJECTIONS = [monitoringFormsProjection, midwayReviewsProjection, crsQualityChecksProjection] as unknown as Projection<Document>[];

/** Folds each event into the read store, as the projection runner would, one event per commit. */
async function project(store: MemoryReadStore, events: readonly RecordedEvent[]): Promise<void> {
  for (const projection of PROJECTIONS) {
    const key = `${projection.name}.v${projection.version}`;
    for (const event of events) {
      if (!projection.handles.includes(event.type)) continue;
      const changes = [];
      for (const id of projection.documentIds(event)) {
        const current = await store.get(projection.collection.name, id);
        changes.push({ collection: projection.collection.name, id, document: projection.evolve(current, event) });
      }
      await store.commit(key, await store.checkpoint(key), event.position, changes);
    }
  }
}

const formSubmitted = (formId: string, overrides: Parameters<typeof form.events.submitted>[0] = {}) =>
  recorded(form.events.submitted({ formId, ...overrides }), crsMonitoringFormStreamId(formId), 0);
const reviewHeld = (reviewId: string, overrides: Parameters<typeof midway.events.held>[0] = {}) =>
  recorded(midway.events.held({ reviewId, ...overrides }), midwayReviewStreamId(reviewId), 0);
const check = (checkId: string, event: { type: string; data: unknown }) => recorded(event, crsQualityCheckStreamId(checkId), 0);

describe('CRS monitoring queries', () => {
  let store: MemoryReadStore;

  beforeEach(async () => {
    store = new MemoryReadStore();
    for (const projection of PROJECTIONS) await store.defineCollection(projection.collection);
  });
  afterEach(() => store.close());

  describe('When forms are submitted for the social workers of two team managers', () => {
    it("should list a team manager's forms for supervision, newest meeting first (CRS-3)", async () => {
      await project(store, [
        formSubmitted('f-1', { meetingDate: '2025-05-01' }),
        formSubmitted('f-2', { meetingDate: '2025-06-01' }),
        formSubmitted('f-3', { teamManagerId: 'staff-tm-0099' }),
      ]);
      expect((await listMonitoringForms(store, { teamManagerId: form.TEAM_MANAGER_ID })).map((f) => f.id)).toEqual(['f-2', 'f-1']);
      expect((await listMonitoringForms(store, { month: '2025-06', meetingType: 'CP_CONFERENCE_REVIEW' })).map((f) => f.id)).toEqual(['f-3', 'f-2']);
    });
  });

  describe('When a conference set the next one and no midway review is held', () => {
    beforeEach(async () => {
      // 10 June to 9 September: due 25 July, overdue after 1 August.
      await project(store, [formSubmitted('f-1'), formSubmitted('f-lac', { azeusNumber: 'AZ-2', meetingType: 'LAC_REVIEW', nextMeetingDate: null })]);
    });

    it('should be owed at the midpoint and not overdue within the tolerance (CRS-3)', async () => {
      expect(await midwayReviewsOwed(store, { asOf: '2025-08-01T12:00:00.000Z' })).toEqual([
        {
          azeusNumber: form.AZEUS_NUMBER,
          planKind: 'CP',
          monitoringFormId: 'f-1',
          chairId: form.CHAIR_ID,
          socialWorkerId: form.SOCIAL_WORKER_ID,
          teamManagerId: form.TEAM_MANAGER_ID,
          previousMeetingDate: '2025-06-10',
          nextMeetingDate: '2025-09-09',
          dueOn: '2025-07-25',
          overdueAfter: '2025-08-01',
          overdue: false,
        },
      ]);
    });

    it('should be overdue the day after the tolerance, and listed for its chair only (CRS-3)', async () => {
      expect((await midwayReviewsOwed(store, { asOf: '2025-08-02', overdueOnly: true })).map((o) => o.overdue)).toEqual([true]);
      expect(await midwayReviewsOwed(store, { asOf: '2025-08-02', chairId: 'staff-iro-0099' })).toEqual([]);
    });

    it('should not be owed as at a date before the conference (CRS-3)', async () => {
      expect(await midwayReviewsOwed(store, { asOf: '2025-06-09' })).toEqual([]);
    });

    it('should no longer be owed once the review is held, as at a date after it (CRS-3)', async () => {
      await project(store, [reviewHeld('m-1', { heldOn: '2025-08-05' })]);
      expect(await midwayReviewsOwed(store, { asOf: '2025-08-06' })).toEqual([]);
      expect((await midwayReviewsOwed(store, { asOf: '2025-08-04' })).map((o) => o.overdue)).toEqual([true]);
    });

    it('should follow the next conference once its form is in (CRS-3)', async () => {
      await project(store, [formSubmitted('f-2', { meetingDate: '2025-09-09', nextMeetingDate: '2026-03-09' })]);
      expect((await midwayReviewsOwed(store, { asOf: '2025-09-10' })).map((o) => [o.monitoringFormId, o.dueOn])).toEqual([['f-2', '2025-12-08']]);
    });
  });

  describe('When the CRS team manager did some of the month\'s checks', () => {
    it('should give the duty met and missing (CRS-2)', async () => {
      await project(store, [
        check('c-1', checks.events.observed({ checkId: 'c-1' })),
        check('c-2', checks.events.minutesAudited({ checkId: 'c-2' })),
        check('c-3', checks.events.planAudited({ checkId: 'c-3', auditedOn: '2025-07-01' })),
      ]);
      const duty = await crsTeamManagerDuty(store, checks.CRS_TM_ID, '2025-06');
      expect(duty).toMatchObject({ met: ['OBSERVE_CP_CONFERENCE', 'AUDIT_LAC_REVIEW_MINUTES'], allMet: false });
      expect(duty.missing).toEqual(['OBSERVE_LAC_REVIEW', 'AUDIT_CP_CONFERENCE_MINUTES', 'AUDIT_CP_PLAN', 'AUDIT_LAC_PLAN']);
    });
  });

  describe('When a month has forms, midway reviews and checks', () => {
    it('should summarise them for the monthly report (CRS-4)', async () => {
      await project(store, [
        formSubmitted('f-1'),
        formSubmitted('f-2', { meetingType: 'LAC_REVIEW', concerns: { raised: true, details: 'Drift', escalationRoute: 'FORMAL', escalationId: null } }),
        formSubmitted('f-3', { meetingType: 'CP_CONFERENCE_INITIAL', concerns: { raised: true, details: 'Late', escalationRoute: 'INFORMAL', escalationId: null } }),
        formSubmitted('f-old', { meetingDate: '2025-05-30' }),
        recorded(form.events.usedInSupervision(), crsMonitoringFormStreamId('form-0001'), 1),
        reviewHeld('m-1', { heldOn: '2025-06-20', previousMeetingDate: '2025-05-01', nextMeetingDate: '2025-08-01', dueOn: '2025-06-16' }),
        reviewHeld('m-2', { heldOn: '2025-06-25', previousMeetingDate: '2025-05-01', nextMeetingDate: '2025-08-01', dueOn: '2025-06-16', driftOrDelay: { found: false }, agreedActions: [] }),
        check('c-1', checks.events.observed({ checkId: 'c-1' })),
      ]);
      const summary = await crsMonthlySummary(store, '2025-06');
      expect(summary.monitoringForms).toMatchObject({
        total: 3,
        byMeetingType: [
          { meetingType: 'CP_CONFERENCE_INITIAL', count: 1, withConcerns: 1 },
          { meetingType: 'CP_CONFERENCE_REVIEW', count: 1, withConcerns: 0 },
          { meetingType: 'LAC_REVIEW', count: 1, withConcerns: 1 },
        ],
        withConcerns: 2,
        escalatedInformally: 1,
        escalatedFormally: 1,
      });
      expect(summary.monitoringForms.ratings[1]).toEqual({ section: 'assessment', counts: { OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 0 } });
      expect(summary.midwayReviews).toEqual({ held: 2, heldOnTime: 1, withDriftOrDelay: 1, withConcerns: 2, planNotProgressing: 0, actionsAgreed: 1 });
      expect(summary.crsTeamManagerDuties.map((d) => [d.crsTeamManagerId, d.met])).toEqual([[checks.CRS_TM_ID, ['OBSERVE_CP_CONFERENCE']]]);
      expect(summary.crsTeamManagerDutiesMet).toBe(0);
    });

    it('should refuse a month that is not YYYY-MM (CRS-4)', async () => {
      await expect(crsMonthlySummary(store, '2025-6')).rejects.toMatchObject({ field: 'month', rule: 'CRS-4' });
    });
  });
});
