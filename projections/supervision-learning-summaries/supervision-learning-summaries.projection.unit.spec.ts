import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { SUPERVISION_LEARNING_SUMMARY_EVENT_TYPES } from '../../libs/domain/src/supervision-learning-summary/index.js';
import {
  DMT_ID,
  HOS_ID,
  NOW,
  QUARTER,
  REVIEWED_AT,
  SUBMITTED_AT,
  SUMMARY_ID,
  events,
} from '../../libs/domain/src/supervision-learning-summary/supervision-learning-summary.fixtures.js';
import type { SupervisionLearningSummaryDocument } from './supervision-learning-summaries.document.js';
import {
  evolveSupervisionLearningSummaryDocument as evolve,
  supervisionLearningSummariesProjection,
} from './supervision-learning-summaries.projection.js';
import { recorded, stream } from './supervision-learning-summaries.test-support.js';

const fold = (history: readonly RecordedEvent[]) => history.reduce<SupervisionLearningSummaryDocument | null>((doc, event) => evolve(doc, event), null);

const wholeLife = () => stream([events.drafted(), events.drafted({ learning: 'Revised', draftedAt: '2025-07-01T09:00:00.000Z' }), events.submitted(), events.reviewed()]);

describe('supervisionLearningSummaries projection (SUP-6)', () => {
  it('should be supervisionLearningSummaries v1 indexed by Head of Service, quarter and status, handling every summary event', () => {
    expect(supervisionLearningSummariesProjection.name).toBe('supervisionLearningSummaries');
    expect(supervisionLearningSummariesProjection.version).toBe(1);
    expect(supervisionLearningSummariesProjection.collection).toEqual({
      name: 'supervisionLearningSummaries.v1',
      indexes: ['headOfServiceId', 'quarter', 'status'],
    });
    expect(new Set(wholeLife().map((e) => e.type))).toEqual(new Set(SUPERVISION_LEARNING_SUMMARY_EVENT_TYPES));
  });

  describe('When an event of a summary stream arrives', () => {
    it('should touch the document of that Head of Service and quarter, and nothing for another stream', () => {
      const event = recorded(events.submitted(), 1);
      expect(supervisionLearningSummariesProjection.documentIds(event)).toEqual([SUMMARY_ID]);
      expect(supervisionLearningSummariesProjection.documentIds({ ...event, streamId: 'supervisionAudit-1' })).toEqual([]);
    });
  });

  describe('When the summary is drafted and revised', () => {
    it('should hold the latest text as a draft, with when it was first written (SUP-6)', () => {
      const doc = fold(wholeLife().slice(0, 2));
      expect(doc).toEqual({
        id: SUMMARY_ID,
        headOfServiceId: HOS_ID,
        quarter: QUARTER,
        serviceAreaId: 'assess',
        status: 'DRAFT',
        issues: 'Case supervision rarely records the rationale for decisions',
        learning: 'Revised',
        themes: ['Recording of rationale', 'Drift in CIN cases'],
        supervisionAuditIds: ['sa-1', 'sa-2'],
        firstDraftedAt: NOW,
        lastDraftedAt: '2025-07-01T09:00:00.000Z',
        submittedAt: null,
        dmtReview: null,
        revision: 1,
        lastUpdatedAt: NOW,
      });
    });
  });

  describe('When the whole life is applied', () => {
    it('should show it submitted and reviewed by DMT (SUP-6)', () => {
      expect(fold(wholeLife())).toMatchObject({
        status: 'REVIEWED',
        submittedAt: SUBMITTED_AT,
        dmtReview: { reviewedBy: DMT_ID, reviewDate: '2025-07-15', recordedAt: REVIEWED_AT },
        revision: 3,
      });
    });

    it('should not reopen a submitted summary on a draft recorded after it', () => {
      const submitted = fold(stream([events.drafted(), events.submitted()]))!;
      const late = evolve(submitted, recorded(events.drafted({ issues: 'late' }), 2));
      expect(late).toMatchObject({ status: 'SUBMITTED', issues: submitted.issues, revision: 2 });
    });

    it('should ignore a submission or review with no summary before it', () => {
      expect(evolve(null, recorded(events.submitted(), 0))).toBeNull();
      expect(evolve(null, recorded(events.reviewed(), 0))).toBeNull();
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same document as delivering each once', () => {
      const once = fold(wholeLife());
      expect(fold(wholeLife().flatMap((e) => [e, e]))).toEqual(once);
    });

    it('should return the same document for an event at or below its revision', () => {
      const history = wholeLife();
      const doc = fold(history);
      expect(evolve(doc, history[1]!)).toBe(doc);
    });
  });
});
