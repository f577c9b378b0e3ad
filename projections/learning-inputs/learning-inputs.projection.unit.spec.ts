import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { LEARNING_INPUT_EVENT_TYPES } from '../../libs/domain/src/learning-input/index.js';
import {
  ASSESSMENT_TEAM,
  CIC_AREA,
  LATER,
  LEARNING_INPUT_ID,
  NOW,
  SAFEGUARDING_AREA,
  SQA_ID,
  events,
} from '../../libs/domain/src/learning-input/learning-input.fixtures.js';
import type { LearningInputDocument } from './learning-inputs.document.js';
import { evolveLearningInputDocument as evolve, learningInputsProjection } from './learning-inputs.projection.js';
import { recorded, stream } from './learning-inputs.test-support.js';

const fold = (history: readonly RecordedEvent[], from: LearningInputDocument | null = null) =>
  history.reduce<LearningInputDocument | null>((doc, event) => evolve(doc, event), from);

/** Every event type once, in an order the decider could have recorded them. */
const wholeLife = () =>
  stream([
    events.recorded('COMPLAINT'),
    events.corrected({ serviceAreaIds: [CIC_AREA], themes: ['Communication with families', 'Drift and delay'] }),
    events.responded('UPHELD', '2025-06-19'),
    events.withdrawn(),
  ]);

describe('learningInputs projection', () => {
  it('should be learningInputs v1 over learningInputs.v1 indexed by kind, status, month received and recorder', () => {
    expect(learningInputsProjection.name).toBe('learningInputs');
    expect(learningInputsProjection.version).toBe(1);
    expect(learningInputsProjection.collection).toEqual({
      name: 'learningInputs.v1',
      indexes: ['kind', 'status', 'receivedMonth', 'recordedBy'],
    });
    expect(new Set(wholeLife().map((e) => e.type))).toEqual(new Set(LEARNING_INPUT_EVENT_TYPES));
  });

  describe('When an event of a learning input stream arrives', () => {
    it('should touch the document of that input, and nothing for another stream', () => {
      const event = recorded(events.withdrawn(), 1);
      expect(learningInputsProjection.documentIds(event)).toEqual([LEARNING_INPUT_ID]);
      expect(learningInputsProjection.documentIds({ ...event, streamId: 'caseFileAudit-1' })).toEqual([]);
    });
  });

  describe('When an input is recorded', () => {
    it('should hold its kind, date, source, teams with their service areas, and its themes as entered with their keys (REP-2)', () => {
      expect(fold(stream([events.recorded('COMPLAINT')]))).toEqual({
        id: LEARNING_INPUT_ID,
        learningInputId: LEARNING_INPUT_ID,
        kind: 'COMPLAINT',
        status: 'RECORDED',
        receivedOn: '2025-06-02',
        receivedMonth: '2025-06',
        source: { description: 'A parent, by letter', type: null },
        teams: [{ teamId: ASSESSMENT_TEAM, serviceAreaId: SAFEGUARDING_AREA }],
        teamIds: [ASSESSMENT_TEAM],
        serviceAreaIds: [],
        serviceAreasTouched: [SAFEGUARDING_AREA],
        themes: ['Communication with families', 'Timeliness of assessments'],
        themeKeys: ['communication with families', 'timeliness of assessments'],
        summary: 'Mother was not told the outcome of the assessment for six weeks.',
        complaint: { outcome: null, responseDate: null },
        staffSurvey: null,
        recordedBy: SQA_ID,
        recordedByRole: 'SQA_OFFICER',
        recordedAt: NOW,
        withdrawal: null,
        history: [{ change: 'RECORDED', by: SQA_ID, at: NOW, reason: null, revision: 0 }],
        revision: 0,
        lastUpdatedAt: NOW,
      });
    });

    it("should hold a staff survey's year and findings", () => {
      const doc = fold(
        stream([events.recorded('STAFF_SURVEY', { staffSurvey: { year: 2024, findings: [{ theme: 'Workload', text: 'High caseloads' }] }, themes: ['Workload'] })]),
      );
      expect(doc).toMatchObject({ kind: 'STAFF_SURVEY', complaint: null, staffSurvey: { year: 2024, findings: [{ theme: 'Workload', text: 'High caseloads' }] } });
    });
  });

  describe('When the whole life of an input is applied', () => {
    it('should show the corrected content, the response, the withdrawal and every change in its history', () => {
      const doc = fold(wholeLife());
      expect(doc).toMatchObject({
        status: 'WITHDRAWN',
        serviceAreaIds: [CIC_AREA],
        serviceAreasTouched: [CIC_AREA, SAFEGUARDING_AREA],
        themeKeys: ['communication with families', 'drift and delay'],
        complaint: { outcome: 'UPHELD', responseDate: '2025-06-19' },
        withdrawal: { reason: 'Recorded twice', withdrawnBy: SQA_ID, withdrawnAt: LATER },
        revision: 3,
      });
      expect(doc?.history.map((h) => [h.change, h.reason, h.revision])).toEqual([
        ['RECORDED', null, 0],
        ['CORRECTED', 'The team was wrongly named', 1],
        ['COMPLAINT_RESPONSE_RECORDED', null, 2],
        ['WITHDRAWN', 'Recorded twice', 3],
      ]);
    });
  });

  describe('When every event is delivered twice', () => {
    it('should build the same document as delivering each once', () => {
      const once = fold(wholeLife());
      const twice = wholeLife().flatMap((event) => [event, event]);
      expect(fold(twice)).toEqual(once);
    });

    it('should return the same document for an event at or below its revision', () => {
      const history = wholeLife();
      const doc = fold(history);
      expect(evolve(doc, history[1]!)).toBe(doc);
      expect(evolve(doc, history[history.length - 1]!)).toBe(doc);
    });
  });

  describe('When an event arrives before the input is recorded, is malformed, or of an unknown type', () => {
    it('should ignore it without throwing', () => {
      expect(evolve(null, recorded(events.withdrawn(), 0))).toBeNull();
      expect(evolve(null, recorded({ type: 'LearningInputRecorded', data: { learningInputId: 'x', kind: 'RUMOUR' } }, 0))).toBeNull();
      const doc = fold(stream([events.recorded()]));
      expect(evolve(doc, recorded({ type: 'LearningInputSomethingElse', data: {} }, 1))).toBe(doc);
      expect(evolve(doc, recorded({ type: 'LearningInputCorrected', data: { themes: 'not a list', teams: [null, 3] } }, 1))).toMatchObject({
        themes: [],
        teams: [],
        revision: 1,
      });
    });

    it("should ignore a response recorded against an input that is not a complaint", () => {
      const doc = fold([...stream([events.recorded('COMPLIMENT')]), recorded(events.responded(), 1)]);
      expect(doc).toMatchObject({ complaint: null, revision: 1 });
      expect(doc?.history).toHaveLength(1);
    });
  });
});
