import type { RecordedEvent } from '../../libs/event-store/src/event-store.port.js';
import { PRACTICE_OBSERVATION_EVENT_TYPES } from '../../libs/domain/src/practice-observation/index.js';
import {
  LINE_MANAGER_ID,
  NOW,
  OBSERVED_ON,
  OBSERVER_ID,
  WORKER_ID,
  events,
} from '../../libs/domain/src/practice-observation/practice-observation.fixtures.js';
import type { PracticeObservationDocument } from './practice-observations.document.js';
import {
  evolvePracticeObservationDocument as evolve,
  practiceObservationsProjection,
} from './practice-observations.projection.js';
import { recorded, stream } from './practice-observations.test-support.js';

const fold = (history: readonly RecordedEvent[], from: PracticeObservationDocument | null = null) =>
  history.reduce<PracticeObservationDocument | null>((doc, event) => evolve(doc, event), from);

/** Every event type once, in an order the decider could have recorded them. */
const wholeLife = () =>
  stream([
    events.recorded(),
    events.rejudged('LEADERSHIP', 'GOOD'),
    events.workerCommentsRecorded(),
    events.feedbackRecorded(),
    events.sharedWithWorker(),
    events.reflectiveReviewHeld(),
    events.actionPlanAgreed(),
    events.linkedToPdr(),
    events.completed(),
    events.sharedWithLineManager(),
    events.sharedWithSqa(),
  ]);

describe('practiceObservations projection', () => {
  it('should be practiceObservations v1 over practiceObservations.v1 indexed by worker, observer and status', () => {
    expect(practiceObservationsProjection.name).toBe('practiceObservations');
    expect(practiceObservationsProjection.version).toBe(1);
    expect(practiceObservationsProjection.collection).toEqual({
      name: 'practiceObservations.v1',
      indexes: ['workerId', 'observerId', 'status'],
    });
    expect(practiceObservationsProjection.handles).toEqual(PRACTICE_OBSERVATION_EVENT_TYPES);
  });

  it('should key documents by the observation id of the stream and ignore other streams', () => {
    const [first] = wholeLife();
    expect(practiceObservationsProjection.documentIds(first!)).toEqual(['obs-0001']);
    expect(practiceObservationsProjection.documentIds({ ...first!, streamId: 'caseFileAudit-obs-0001' })).toEqual([]);
  });
});

describe('When an observation is recorded', () => {
  it('should hold the appendix C form field for field (OBS-4)', () => {
    expect(fold(stream([events.recorded()]))).toEqual({
      id: 'obs-0001',
      revision: 0,
      status: 'RECORDED',
      workerId: WORKER_ID,
      workerRole: 'Social Worker',
      workerIsAsye: false,
      observerId: OBSERVER_ID,
      observerRole: 'TEAM_MANAGER',
      activityObserved: 'Home visit',
      observedOn: OBSERVED_ON,
      description: 'A planned home visit; the worker led the visit and spoke with the child alone',
      wentWell: 'Warm, clear explanation of the plan to the mother',
      needsDevelopment: 'Risk from the new partner was not explored',
      specificComments: 'The child was seen alone',
      areas: [
        { area: 'COMMUNICATION', title: 'Communication with child/family/professionals', judgement: 'GOOD' },
        { area: 'PREPARATION_AND_PROFESSIONALISM', title: 'Preparation and professionalism', judgement: 'OUTSTANDING' },
        { area: 'CHILD_FOCUS', title: 'Ensuring the activity is child focussed', judgement: 'GOOD' },
        { area: 'SAFEGUARDING_AND_RISK', title: 'Robust safeguarding and Risk Management', judgement: 'FEW_SKILLS' },
        { area: 'LEADERSHIP', title: 'Demonstration of leadership skills', judgement: 'NOT_SEEN' },
        { area: 'DECISION_MAKING', title: 'Quality of decision making', judgement: 'GOOD' },
      ],
      otherComments: 'Good use of the three houses tool',
      workerComments: null,
      feedback: null,
      sharedWithWorkerAt: null,
      reflectiveReview: null,
      actionPlan: [],
      pdrPriorities: [],
      completedAt: null,
      lineManagerId: null,
      sharedWithLineManagerAt: null,
      sharedWithSqaAt: null,
      recordedAt: NOW,
      lastUpdatedAt: NOW,
    });
  });

  it('should ignore later events that arrive without the recording', () => {
    expect(fold([recorded(events.sharedWithWorker(), 1)])).toBeNull();
  });
});

describe('When the whole life of an observation is projected', () => {
  it('should hold the follow-up of OBS-5 and the completion', () => {
    expect(fold(wholeLife())).toMatchObject({
      revision: 10,
      status: 'COMPLETED',
      completedAt: NOW,
      workerComments: 'I found the feedback fair',
      feedback: 'Mother said she understood the plan; the school nurse was kept informed',
      sharedWithWorkerAt: NOW,
      reflectiveReview: { setting: 'AFTER_OBSERVATION', heldOn: '2025-06-12', notes: 'Agreed to explore risk' },
      actionPlan: [
        { actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30', managerId: OBSERVER_ID, azeusNumber: null, teamId: null },
      ],
      pdrPriorities: ['Risk analysis'],
      lineManagerId: LINE_MANAGER_ID,
      sharedWithLineManagerAt: NOW,
      sharedWithSqaAt: NOW,
    });
    expect(fold(wholeLife())?.areas.find((row) => row.area === 'LEADERSHIP')?.judgement).toBe('GOOD');
  });
});

describe('When every event is delivered twice', () => {
  it('should give the same document as delivering each once', () => {
    const once = fold(wholeLife());
    const twice = wholeLife().reduce<PracticeObservationDocument | null>((doc, event) => evolve(evolve(doc, event), event), null);
    expect(twice).toEqual(once);
  });

  it('should return the very same document for an event at or below its revision', () => {
    const history = wholeLife();
    const document = fold(history);
    for (const event of history) expect(evolve(document, event)).toBe(document);
  });

  it('should not let a replayed rejudgement undo a later one', () => {
    const first = recorded(events.rejudged('LEADERSHIP', 'GOOD'), 1);
    const second = recorded(events.rejudged('LEADERSHIP', 'OUTSTANDING'), 2);
    const document = fold([recorded(events.recorded(), 0), first, second, first]);
    expect(document?.areas.find((row) => row.area === 'LEADERSHIP')?.judgement).toBe('OUTSTANDING');
  });
});

describe('When a plan was recorded before actions carried their manager, case and team', () => {
  it('should read the actions without a manager and with no case or team (OBS-5)', () => {
    const document = fold(stream([events.recorded()]));
    const old = recorded(
      { type: 'PracticeObservationActionPlanAgreed', data: { actions: [{ actionId: 'a', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30' }], agreedAt: NOW } },
      1,
    );
    expect(fold([old], document)?.actionPlan).toEqual([
      { actionId: 'a', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30', azeusNumber: null, teamId: null },
    ]);
  });
});

describe('When a recorded event is malformed', () => {
  it('should not throw and should keep what it had', () => {
    const document = fold(stream([events.recorded()]));
    const bad = recorded({ type: 'PracticeObservationAreaRejudged', data: { area: 'LEADERSHIP', judgement: 'SUPERB' } }, 1);
    const unknown = recorded({ type: 'PracticeObservationSomethingElse', data: null }, 2);
    const after = fold([bad, unknown], document);
    expect(after?.areas).toEqual(document?.areas);
    expect(after?.revision).toBe(2);
  });
});
