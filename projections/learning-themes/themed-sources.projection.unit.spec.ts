import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import {
  learningInputStreamId,
  observationLearningReportStreamId,
  supervisionLearningSummaryStreamId,
  themedAuditDayStreamId,
} from '../../libs/domain/src/index.js';
import type { ThemedSourceDocument } from './learning-themes.document.js';
import { allGraded, auditStream, streamOf } from './learning-themes.test-support.js';
import { evolveThemedSourceDocument as evolve, themedSourcesProjection } from './themed-sources.projection.js';

const fold = (history: readonly RecordedEvent[]) => history.reduce<ThemedSourceDocument | null>((doc, event) => evolve(doc, event), null);

const complaint = () =>
  streamOf(learningInputStreamId('li-1'), [
    [
      'LearningInputRecorded',
      {
        learningInputId: 'li-1',
        kind: 'COMPLAINT',
        receivedOn: '2026-02-20',
        teams: [{ teamId: 'team-a', serviceAreaId: 'sa-1' }],
        serviceAreaIds: ['sa-2'],
        themes: ['Communication with families', 'Neglect'],
      },
    ],
    [
      'LearningInputCorrected',
      {
        learningInputId: 'li-1',
        receivedOn: '2026-03-01',
        teams: [{ teamId: 'team-b', serviceAreaId: 'sa-1' }],
        serviceAreaIds: [],
        themes: ['Communication with families'],
      },
    ],
  ]);

describe('learningThemeSources projection (REP-2)', () => {
  it('should be learningThemeSources v1, indexed by kind of source and month', () => {
    expect(themedSourcesProjection.name).toBe('learningThemeSources');
    expect(themedSourcesProjection.collection).toEqual({ name: 'learningThemeSources.v1', indexes: ['sourceKind', 'month'] });
  });

  describe('When an event of a record that carries themes arrives', () => {
    it.each([
      ['caseFileAudit-a1', 'CASE_FILE_AUDIT:a1'],
      [themedAuditDayStreamId('d1'), 'THEMED_AUDIT_DAY:d1'],
      [supervisionLearningSummaryStreamId('hos-1-2026-Q1'), 'SUPERVISION_LEARNING_SUMMARY:hos-1-2026-Q1'],
      [observationLearningReportStreamId('hos-1', 2025), 'OBSERVATION_LEARNING_REPORT:hos-1-2025'],
      [learningInputStreamId('li-1'), 'LEARNING_INPUT:li-1'],
    ])('should key the document of %s as %s', (streamId, id) => {
      expect(themedSourcesProjection.documentIds(streamOf(streamId, [['X', {}]])[0]!)).toEqual([id]);
    });

    it('should touch nothing for another stream', () => {
      expect(themedSourcesProjection.documentIds(streamOf('remedialAction-1', [['X', {}]])[0]!)).toEqual([]);
    });
  });

  describe('When a case file audit is tagged after submission', () => {
    it('should count its themes from submission, dated that day, with its team (REP-2)', () => {
      const document = fold(
        auditStream({
          auditId: 'a1',
          grades: allGraded('GOOD'),
          overall: 'GOOD',
          submittedAt: '2026-03-10T09:00:00.000Z',
          themes: ['Neglect', ' Management oversight '],
        }),
      );
      expect(document).toMatchObject({
        id: 'CASE_FILE_AUDIT:a1',
        sourceKind: 'CASE_FILE_AUDIT',
        sourceId: 'a1',
        counted: true,
        date: '2026-03-10',
        month: '2026-03',
        teamIds: ['team-a'],
        themes: ['Neglect', 'Management oversight'],
        themeKeys: ['neglect', 'management oversight'],
      });
    });

    it('should remember where in the log it first carried a theme, so two records of the same day are ordered by it (REP-2)', () => {
      const events = auditStream({ auditId: 'a3', grades: allGraded('GOOD'), overall: 'GOOD', submittedAt: '2026-03-10T09:00:00.000Z', themes: ['Neglect'] });
      const document = fold(events);
      const tagged = events.find((e) => e.type === 'CaseFileAuditLearningThemesTagged')!;
      expect(document?.firstThemedPosition).toBe(String(tagged.position));
    });

    it("should carry a thematic audit's theme first, a tag of the same theme counted once (REP-2, CFA-3)", () => {
      const document = fold(
        auditStream({
          auditId: 'a2',
          auditType: 'THEMATIC',
          theme: 'Neglect',
          grades: allGraded('GOOD'),
          overall: 'GOOD',
          submittedAt: '2026-03-10T09:00:00.000Z',
          themes: ['NEGLECT', 'Voice of the child'],
        }),
      );
      expect(document).toMatchObject({ focusTheme: 'Neglect', themes: ['Neglect', 'Voice of the child'], themeKeys: ['neglect', 'voice of the child'] });
    });
  });

  describe('When a learning input is corrected and then withdrawn', () => {
    it('should hold what the input says now, with its teams and service areas (REP-2)', () => {
      expect(fold(complaint())).toMatchObject({
        sourceKind: 'COMPLAINT',
        counted: true,
        date: '2026-03-01',
        teamIds: ['team-b'],
        serviceAreaIds: ['sa-1'],
        themes: ['Communication with families'],
      });
    });

    it('should no longer count a withdrawn input', () => {
      const withdrawn = streamOf(learningInputStreamId('li-1'), [['LearningInputWithdrawn', { learningInputId: 'li-1', reason: 'Duplicate' }]]);
      expect(fold([...complaint(), { ...withdrawn[0]!, revision: 2 }])).toMatchObject({ counted: false });
    });
  });

  describe("When a Head of Service's summary or report is drafted and submitted", () => {
    it('should count the themes of the last draft from submission (SUP-6, OBS-6)', () => {
      const streamId = supervisionLearningSummaryStreamId('hos-1-2026-Q1');
      const history = streamOf(streamId, [
        ['SupervisionLearningSummaryDrafted', { summaryId: 'hos-1-2026-Q1', serviceAreaId: 'sa-1', themes: ['Drift'] }],
        ['SupervisionLearningSummaryDrafted', { summaryId: 'hos-1-2026-Q1', serviceAreaId: 'sa-1', themes: ['Drift and delay', 'Reflective supervision'] }],
      ]);
      expect(fold(history)).toMatchObject({ counted: false, date: null });
      const submitted = streamOf(streamId, [['SupervisionLearningSummarySubmitted', { summaryId: 'hos-1-2026-Q1', submittedAt: '2026-04-05T09:00:00.000Z' }]]);
      expect(fold([...history, { ...submitted[0]!, revision: 2 }])).toMatchObject({
        sourceKind: 'SUPERVISION_LEARNING_SUMMARY',
        counted: true,
        date: '2026-04-05',
        serviceAreaIds: ['sa-1'],
        themes: ['Drift and delay', 'Reflective supervision'],
      });
    });

    it('should count an observation learning report the same way (OBS-6)', () => {
      const history = streamOf(observationLearningReportStreamId('hos-1', 2025), [
        ['ObservationLearningReportDrafted', { reportId: 'hos-1-2025', serviceAreaId: 'sa-1', themes: ['Direct work'] }],
        ['ObservationLearningReportSubmitted', { reportId: 'hos-1-2025', submittedAt: '2026-01-15T09:00:00.000Z' }],
      ]);
      expect(fold(history)).toMatchObject({ sourceKind: 'OBSERVATION_LEARNING_REPORT', counted: true, date: '2026-01-15', themes: ['Direct work'] });
    });
  });

  describe('When a themed audit day is planned and closed', () => {
    it("should count the day's theme on the day it was held, once closed (TAD-1)", () => {
      const history = streamOf(themedAuditDayStreamId('d1'), [
        ['ThemedAuditDayPlanned', { dayId: 'd1', theme: 'Neglect', date: '2026-03-18', teamIds: ['team-a'], serviceAreaIds: [] }],
        ['ThemedAuditDayClosed', { dayId: 'd1', summary: null }],
      ]);
      expect(fold(history.slice(0, 1))).toMatchObject({ counted: false, date: '2026-03-18' });
      expect(fold(history)).toMatchObject({ sourceKind: 'THEMED_AUDIT_DAY', counted: true, date: '2026-03-18', themes: ['Neglect'], teamIds: ['team-a'] });
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same documents as delivered once', () => {
      const audit = auditStream({ auditId: 'a3', grades: allGraded('GOOD'), overall: 'GOOD', submittedAt: '2026-03-10T09:00:00.000Z', themes: ['Neglect'] });
      for (const history of [audit, complaint()]) expect(fold(history.flatMap((e) => [e, e]))).toEqual(fold(history));
    });
  });

  describe('When a learning input of a kind this version does not know is recorded', () => {
    it('should skip it rather than throw', () => {
      const [event] = streamOf(learningInputStreamId('li-9'), [['LearningInputRecorded', { kind: 'SOMETHING_NEW', themes: ['X'] }]]);
      expect(evolve(null, event!)).toBeNull();
    });
  });
});
