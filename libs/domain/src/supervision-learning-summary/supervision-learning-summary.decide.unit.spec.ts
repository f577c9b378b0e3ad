import { DeciderSpecification } from '../testing/decider-specification.js';
import { supervisionLearningSummaryDecider } from './supervision-learning-summary.decide.js';
import { SupervisionLearningSummaryErrorCode as Code } from './supervision-learning-summary.errors.js';
import { DMT_ID, HOS_ID, NOW, QUARTER, SUMMARY_ID, commands, events, hos } from './supervision-learning-summary.fixtures.js';
import { evolve, initialState } from './supervision-learning-summary.state.js';
import { supervisionLearningSummaryFromStreamId, supervisionLearningSummaryStreamId } from './supervision-learning-summary.stream.js';
import { isQuarter, quarterEnd, quarterOf, quarterStart } from './supervision-learning-summary.values.js';

const spec = DeciderSpecification.for(supervisionLearningSummaryDecider);

describe('Supervision learning summary (SUP-6)', () => {
  describe('Quarters', () => {
    it('should know the first and last day of a quarter, and the quarter of a date', () => {
      expect([quarterStart('2025-Q1'), quarterEnd('2025-Q1')]).toEqual(['2025-01-01', '2025-03-31']);
      expect([quarterStart('2024-Q4'), quarterEnd('2024-Q4')]).toEqual(['2024-10-01', '2024-12-31']);
      expect(quarterEnd('2025-Q2')).toBe('2025-06-30');
      expect(quarterOf('2025-07-01')).toBe('2025-Q3');
      expect([isQuarter('2025-Q4'), isQuarter('2025-Q5'), isQuarter('2025Q1')]).toEqual([true, false, false]);
    });

    it('should name one stream per Head of Service per quarter (SUP-6)', () => {
      const streamId = supervisionLearningSummaryStreamId(SUMMARY_ID);
      expect(streamId).toBe('supervisionLearningSummary-hos-1-2025-Q2');
      expect(supervisionLearningSummaryFromStreamId(streamId)).toEqual({ summaryId: SUMMARY_ID, headOfServiceId: HOS_ID, quarter: QUARTER });
      expect(supervisionLearningSummaryFromStreamId('supervisionAudit-1')).toBeNull();
    });
  });

  describe('When no summary is written', () => {
    it('should record the Head of Service summary of issues, learning and themes for a quarter that has begun (SUP-6)', () => {
      spec.given([]).when(commands.draft()).then(events.drafted());
    });

    it('should accept a summary on the first day of the quarter, and refuse one for a quarter not begun (SUP-6)', () => {
      spec.given([]).when(commands.draft({ quarter: '2025-Q3' }, hos, '2025-07-01T08:00:00.000Z')).thenEvents((e) => expect(e).toHaveLength(1));
      spec
        .given([])
        .when(commands.draft({ quarter: '2025-Q3' }))
        .thenThrows(Code.QUARTER_NOT_BEGUN, { kind: 'BAD_USER_INPUT', field: 'quarter', rule: 'SUP-6' });
    });

    it('should refuse a quarter not written YYYY-Qn (SUP-6)', () => {
      spec.given([]).when(commands.draft({ quarter: '2025-Q5' })).thenThrows(Code.QUARTER_INVALID, { field: 'quarter', rule: 'SUP-6' });
    });

    it('should refuse a summary without issues or without learning (SUP-6)', () => {
      spec.given([]).when(commands.draft({ issues: '  ' })).thenThrows(Code.FIELD_REQUIRED, { field: 'issues', rule: 'SUP-6' });
      spec.given([]).when(commands.draft({ learning: null })).thenThrows(Code.FIELD_REQUIRED, { field: 'learning', rule: 'SUP-6' });
    });

    it('should refuse more than twenty themes (SUP-6)', () => {
      const themes = Array.from({ length: 21 }, (_, i) => `theme ${i}`);
      spec.given([]).when(commands.draft({ themes })).thenThrows(Code.TOO_MANY, { field: 'themes', rule: 'SUP-6' });
    });

    it('should refuse anyone but a Head of Service, and a Head of Service writing for another (SUP-6)', () => {
      spec
        .given([])
        .when(commands.draft({}, { staffId: 'tm-1', role: 'TEAM_MANAGER' }))
        .thenThrows(Code.NOT_A_HEAD_OF_SERVICE, { kind: 'FORBIDDEN', rule: 'SUP-6' });
      spec
        .given([])
        .when(commands.draft({ headOfServiceId: 'hos-2' }))
        .thenThrows(Code.NOT_THE_HEAD_OF_SERVICE, { kind: 'FORBIDDEN', field: 'headOfServiceId', rule: 'SUP-6' });
    });

    it('should refuse submitting or reviewing for a quarter not written YYYY-Qn (SUP-6)', () => {
      const submit = commands.submit();
      spec
        .given([])
        .when({ ...submit, data: { ...submit.data, quarter: '2025-3' } } as typeof submit)
        .thenThrows(Code.QUARTER_INVALID, { field: 'quarter', rule: 'SUP-6' });
      spec.given([]).when(commands.review({ quarter: 'Q3' })).thenThrows(Code.QUARTER_INVALID, { field: 'quarter', rule: 'SUP-6' });
    });

    it('should refuse submitting or reviewing a summary not written', () => {
      spec.given([]).when(commands.submit()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
      spec.given([]).when(commands.review()).thenThrows(Code.NOT_FOUND, { kind: 'NOT_FOUND' });
    });
  });

  describe('When the summary is a draft', () => {
    it('should let the Head of Service revise it: still one summary for the quarter (SUP-6)', () => {
      spec
        .given([events.drafted()])
        .when(commands.draft({ learning: 'Revised learning', themes: [] }))
        .then(events.drafted({ learning: 'Revised learning', themes: [] }));
    });

    it('should submit it (SUP-6)', () => {
      spec.given([events.drafted()]).when(commands.submit()).then(events.submitted());
    });

    it('should refuse a DMT review before it is submitted (SUP-6)', () => {
      spec.given([events.drafted()]).when(commands.review()).thenThrows(Code.NOT_SUBMITTED, { kind: 'CONFLICT', rule: 'SUP-6' });
    });
  });

  describe('When the summary is submitted', () => {
    const submitted = [events.drafted(), events.submitted()];

    it('should refuse a second summary or a change for the quarter (SUP-6)', () => {
      spec.given(submitted).when(commands.draft()).thenThrows(Code.ALREADY_SUBMITTED, { kind: 'CONFLICT', field: 'quarter', rule: 'SUP-6' });
      spec.given(submitted).when(commands.submit()).thenThrows(Code.ALREADY_SUBMITTED, { rule: 'SUP-6' });
    });

    it('should record DMT review with its comments (SUP-6)', () => {
      spec.given(submitted).when(commands.review()).then(events.reviewed());
    });

    it('should refuse a review by anyone but a DMT member (SUP-6)', () => {
      spec.given(submitted).when(commands.review({}, hos)).thenThrows(Code.NOT_A_DMT_MEMBER, { kind: 'FORBIDDEN', rule: 'SUP-6' });
    });

    it('should refuse a review dated before the submission or after today, or without comments (SUP-6)', () => {
      spec.given(submitted).when(commands.review({ reviewDate: '2025-07-01' })).thenThrows(Code.REVIEW_BEFORE_SUBMISSION, { field: 'reviewDate', rule: 'SUP-6' });
      spec.given(submitted).when(commands.review({ reviewDate: '2025-07-16' })).thenThrows(Code.REVIEW_IN_FUTURE, { field: 'reviewDate', rule: 'SUP-6' });
      spec.given(submitted).when(commands.review({ reviewDate: '2025-07-32' })).thenThrows(Code.INVALID_DATE, { field: 'reviewDate' });
      spec.given(submitted).when(commands.review({ comments: '' })).thenThrows(Code.FIELD_REQUIRED, { field: 'comments', rule: 'SUP-6' });
    });
  });

  describe('When DMT has reviewed it', () => {
    it('should refuse a second review (SUP-6)', () => {
      spec
        .given([events.drafted(), events.submitted(), events.reviewed()])
        .when(commands.review({}, { staffId: 'dmt-2', role: 'DMT_MEMBER' }))
        .thenThrows(Code.ALREADY_REVIEWED, { kind: 'CONFLICT', rule: 'SUP-6' });
    });

    it('should fold to REVIEWED with the review (SUP-6)', () => {
      const state = [events.drafted(), events.submitted(), events.reviewed()].reduce(evolve, initialState());
      expect(state).toMatchObject({ status: 'REVIEWED', dmtReview: { reviewedBy: DMT_ID, reviewDate: '2025-07-15' } });
      expect(state.status === 'REVIEWED' && state.themes).toEqual(['Recording of rationale', 'Drift in CIN cases']);
    });

    it('should ignore a draft recorded after submission when folding', () => {
      const submitted = [events.drafted(), events.submitted()].reduce(evolve, initialState());
      expect(evolve(submitted, events.drafted({ issues: 'late' }))).toBe(submitted);
    });
  });

  it('should use the command time as the time of the draft', () => {
    spec.given([]).when(commands.draft()).thenEvents(([e]) => expect(e?.data).toMatchObject({ draftedAt: NOW }));
  });
});
