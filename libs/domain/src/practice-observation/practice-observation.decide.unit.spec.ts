import { DeciderSpecification } from '../testing/decider-specification.js';
import type { Role } from '../shared/decider.js';
import type { PracticeObservationCommand } from './practice-observation.commands.js';
import { practiceObservationDecider } from './practice-observation.decide.js';
import {
  AP_ID,
  LINE_MANAGER_ID,
  NOW,
  OBSERVATION_ID,
  OBSERVER_ID,
  WORKER_ID,
  areas,
  events,
  form,
  metadata,
  readyToComplete,
} from './practice-observation.fixtures.js';
import { AREAS_OF_PRACTICE, PRACTICE_JUDGEMENT_DESCRIPTORS } from './practice-observation.values.js';

const spec = DeciderSpecification.for(practiceObservationDecider);

type RecordData = Extract<PracticeObservationCommand, { type: 'RecordPracticeObservation' }>['data'];

const record = (data: Partial<RecordData> = {}, actor: { staffId?: string; role?: Role } = {}) =>
  ({
    type: 'RecordPracticeObservation',
    data: { observationId: OBSERVATION_ID, workerId: WORKER_ID, ...form, areas: { ...areas }, ...data },
    metadata: metadata(actor),
  }) satisfies PracticeObservationCommand;

const by = (staffId = OBSERVER_ID) => metadata({ staffId });

describe('Practice observation form (appendix C)', () => {
  it('should name the six areas of practice word for word (OBS-4)', () => {
    expect(AREAS_OF_PRACTICE.map((area) => area.title)).toEqual([
      'Communication with child/family/professionals',
      'Preparation and professionalism',
      'Ensuring the activity is child focussed',
      'Robust safeguarding and Risk Management',
      'Demonstration of leadership skills',
      'Quality of decision making',
    ]);
  });

  it('should name the four-point scale as on the form (OBS-4)', () => {
    expect(PRACTICE_JUDGEMENT_DESCRIPTORS).toEqual({
      NOT_SEEN: 'Skills not seen at all',
      FEW_SKILLS: 'Few skills seen, but could improve',
      GOOD: 'A good level of skill seen',
      OUTSTANDING: 'Skills demonstrated were outstanding',
    });
  });
});

describe('When no observation is recorded', () => {
  it('should record the form field for field with the team manager as observer (OBS-1, OBS-4)', () => {
    spec.given([]).when(record()).then(events.recorded());
  });

  it('should let an advanced practitioner observe where agreed locally (OBS-1)', () => {
    spec
      .given([])
      .when(record({ advancedPractitionerAgreed: true }, { staffId: AP_ID, role: 'ADVANCED_PRACTITIONER' }))
      .then(events.recorded({ observerId: AP_ID, observerRole: 'ADVANCED_PRACTITIONER' }));
  });

  it('should refuse an advanced practitioner where it is not agreed (OBS-1)', () => {
    spec
      .given([])
      .when(record({}, { staffId: AP_ID, role: 'ADVANCED_PRACTITIONER' }))
      .thenThrows('PRACTICE_OBSERVATION.ADVANCED_PRACTITIONER_NOT_AGREED', { kind: 'FORBIDDEN', rule: 'OBS-1' });
  });

  it('should let an advanced practitioner observe an ASYE worker without a local agreement (OBS-3)', () => {
    spec
      .given([])
      .when(record({ workerIsAsye: true }, { staffId: AP_ID, role: 'ADVANCED_PRACTITIONER' }))
      .then(events.recorded({ observerId: AP_ID, observerRole: 'ADVANCED_PRACTITIONER', workerIsAsye: true }));
  });

  it.each<Role>(['SOCIAL_WORKER', 'HEAD_OF_SERVICE', 'SQA_OFFICER', 'IRO'])(
    'should refuse a %s as observer naming OBS-1',
    (role) => {
      spec.given([]).when(record({}, { staffId: 'staff-x', role })).thenThrows('PRACTICE_OBSERVATION.NOT_AN_OBSERVER', {
        kind: 'FORBIDDEN',
        rule: 'OBS-1',
      });
    },
  );

  it('should refuse a social worker observing an ASYE worker naming OBS-3', () => {
    spec
      .given([])
      .when(record({ workerIsAsye: true }, { staffId: 'staff-x', role: 'SOCIAL_WORKER' }))
      .thenThrows('PRACTICE_OBSERVATION.NOT_AN_OBSERVER', { kind: 'FORBIDDEN', rule: 'OBS-3' });
  });

  it('should refuse an observer observing their own practice (OBS-1)', () => {
    spec.given([]).when(record({ workerId: OBSERVER_ID })).thenThrows('PRACTICE_OBSERVATION.OWN_PRACTICE', { field: 'workerId' });
  });

  it('should refuse a form with an area of practice not judged (OBS-4)', () => {
    const { LEADERSHIP: _leadership, ...fiveAreas } = areas;
    spec.given([]).when(record({ areas: fiveAreas })).thenThrows('PRACTICE_OBSERVATION.AREA_NOT_JUDGED', {
      field: 'areas.LEADERSHIP',
      rule: 'OBS-4',
    });
  });

  it('should refuse a judgement off the four-point scale (OBS-4)', () => {
    spec
      .given([])
      .when(record({ areas: { ...areas, DECISION_MAKING: 'REQUIRES_IMPROVEMENT' } }))
      .thenThrows('PRACTICE_OBSERVATION.JUDGEMENT_UNKNOWN', { field: 'areas.DECISION_MAKING', rule: 'OBS-4' });
  });

  it('should refuse an area of practice not on the form (OBS-4)', () => {
    spec
      .given([])
      .when(record({ areas: { ...areas, TIMEKEEPING: 'GOOD' } }))
      .thenThrows('PRACTICE_OBSERVATION.AREA_UNKNOWN', { field: 'areas.TIMEKEEPING' });
  });

  it.each(['activityObserved', 'description', 'wentWell', 'needsDevelopment', 'workerRole'] as const)(
    'should refuse the form without %s (OBS-4)',
    (field) => {
      spec.given([]).when(record({ [field]: '  ' })).thenThrows('PRACTICE_OBSERVATION.FIELD_REQUIRED', { field });
    },
  );

  it('should refuse an observation dated in the future', () => {
    spec.given([]).when(record({ observedOn: '2025-06-13' })).thenThrows('PRACTICE_OBSERVATION.DATE_IN_FUTURE', { field: 'observedOn' });
  });

  it('should refuse an impossible date', () => {
    spec.given([]).when(record({ observedOn: '2025-02-30' })).thenThrows('PRACTICE_OBSERVATION.INVALID_DATE', { field: 'observedOn' });
  });

  it('should refuse anything else as not found', () => {
    spec
      .given([])
      .when({ type: 'ShareObservationWithWorker', data: { observationId: OBSERVATION_ID }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.NOT_FOUND', { kind: 'NOT_FOUND' });
  });
});

describe('When the observation is recorded', () => {
  it('should refuse recording it again', () => {
    spec.given([events.recorded()]).when(record()).thenThrows('PRACTICE_OBSERVATION.ALREADY_RECORDED', { kind: 'CONFLICT' });
  });

  it('should let the observer change an area judgement (OBS-4)', () => {
    spec
      .given([events.recorded()])
      .when({ type: 'RejudgeAreaOfPractice', data: { observationId: OBSERVATION_ID, area: 'LEADERSHIP', judgement: 'GOOD' }, metadata: by() })
      .then(events.rejudged('LEADERSHIP', 'GOOD'));
  });

  it('should change nothing when the judgement is the same', () => {
    spec
      .given([events.recorded()])
      .when({ type: 'RejudgeAreaOfPractice', data: { observationId: OBSERVATION_ID, area: 'COMMUNICATION', judgement: 'GOOD' }, metadata: by() })
      .thenNothingHappens();
  });

  it('should refuse anyone but the observer changing a judgement', () => {
    spec
      .given([events.recorded()])
      .when({ type: 'RejudgeAreaOfPractice', data: { observationId: OBSERVATION_ID, area: 'LEADERSHIP', judgement: 'GOOD' }, metadata: by(WORKER_ID) })
      .thenThrows('PRACTICE_OBSERVATION.NOT_THE_OBSERVER', { kind: 'FORBIDDEN' });
  });

  it("should record the worker's own comments (OBS-4)", () => {
    spec
      .given([events.recorded()])
      .when({ type: 'RecordObservationWorkerComments', data: { observationId: OBSERVATION_ID, comments: 'I found the feedback fair' }, metadata: by(WORKER_ID) })
      .then(events.workerCommentsRecorded());
  });

  it("should refuse a third person recording the worker's comments", () => {
    spec
      .given([events.recorded()])
      .when({ type: 'RecordObservationWorkerComments', data: { observationId: OBSERVATION_ID, comments: 'x' }, metadata: by('staff-other') })
      .thenThrows('PRACTICE_OBSERVATION.NOT_THE_WORKER_OR_OBSERVER', { kind: 'FORBIDDEN' });
  });

  it('should record feedback from children, families and professionals (OBS-4)', () => {
    spec
      .given([events.recorded()])
      .when({
        type: 'RecordObservationFeedback',
        data: { observationId: OBSERVATION_ID, feedback: 'Mother said she understood the plan; the school nurse was kept informed' },
        metadata: by(),
      })
      .then(events.feedbackRecorded());
  });

  it('should share it with the worker once (OBS-5)', () => {
    const share = { type: 'ShareObservationWithWorker', data: { observationId: OBSERVATION_ID }, metadata: by() } as const;
    spec.given([events.recorded()]).when(share).then(events.sharedWithWorker());
    spec.given([events.recorded(), events.sharedWithWorker()]).when(share).thenNothingHappens();
  });

  it('should refuse a reflective review before the worker has seen the observation (OBS-5)', () => {
    spec
      .given([events.recorded()])
      .when({ type: 'RecordReflectiveReview', data: { observationId: OBSERVATION_ID, setting: 'AFTER_OBSERVATION', heldOn: '2025-06-12' }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.NOT_SHARED_WITH_WORKER', { rule: 'OBS-5' });
  });

  it('should refuse completing it before it is shared, reviewed and linked to the PDR (OBS-5)', () => {
    const complete = { type: 'CompletePracticeObservation', data: { observationId: OBSERVATION_ID }, metadata: by() } as const;
    spec.given([events.recorded()]).when(complete).thenThrows('PRACTICE_OBSERVATION.NOT_SHARED_WITH_WORKER', { rule: 'OBS-5' });
    spec
      .given([events.recorded(), events.sharedWithWorker()])
      .when(complete)
      .thenThrows('PRACTICE_OBSERVATION.NO_REFLECTIVE_REVIEW', { rule: 'OBS-5' });
    spec
      .given([events.recorded(), events.sharedWithWorker(), events.reflectiveReviewHeld()])
      .when(complete)
      .thenThrows('PRACTICE_OBSERVATION.PDR_PRIORITIES_REQUIRED', { rule: 'OBS-5' });
  });

  it('should refuse sharing with the line manager before it is completed (OBS-5)', () => {
    spec
      .given(readyToComplete())
      .when({ type: 'ShareObservationWithLineManager', data: { observationId: OBSERVATION_ID, lineManagerId: LINE_MANAGER_ID }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.NOT_COMPLETED', { rule: 'OBS-5' });
  });
});

describe('When the observation has been shared with the worker', () => {
  const shared = () => [events.recorded(), events.sharedWithWorker()];

  it('should record the reflective review after the observation (OBS-5)', () => {
    spec
      .given(shared())
      .when({
        type: 'RecordReflectiveReview',
        data: { observationId: OBSERVATION_ID, setting: 'AFTER_OBSERVATION', heldOn: '2025-06-12', notes: 'Agreed to explore risk' },
        metadata: by(),
      })
      .then(events.reflectiveReviewHeld());
  });

  it('should record the reflective review at the next supervision (OBS-5)', () => {
    spec
      .given(shared())
      .when({ type: 'RecordReflectiveReview', data: { observationId: OBSERVATION_ID, setting: 'NEXT_SUPERVISION', heldOn: '2025-06-11' }, metadata: by() })
      .thenEvents((produced) => expect(produced[0]?.data).toMatchObject({ setting: 'NEXT_SUPERVISION', heldOn: '2025-06-11', notes: null }));
  });

  it('should refuse a review dated before the observation (OBS-5)', () => {
    spec
      .given(shared())
      .when({ type: 'RecordReflectiveReview', data: { observationId: OBSERVATION_ID, setting: 'NEXT_SUPERVISION', heldOn: '2025-06-01' }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.DATE_BEFORE_OBSERVATION', { field: 'heldOn', rule: 'OBS-5' });
  });

  it('should refuse a review held anywhere else (OBS-5)', () => {
    spec
      .given(shared())
      .when({ type: 'RecordReflectiveReview', data: { observationId: OBSERVATION_ID, setting: 'AT_TEAM_MEETING', heldOn: '2025-06-12' }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.REFLECTIVE_REVIEW_SETTING_UNKNOWN', { field: 'setting', rule: 'OBS-5' });
  });

  it('should refuse an action plan before the reflective review (OBS-5)', () => {
    spec
      .given(shared())
      .when({
        type: 'AgreeObservationActionPlan',
        data: { observationId: OBSERVATION_ID, actions: [{ actionId: 'a', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30' }] },
        metadata: by(),
      })
      .thenThrows('PRACTICE_OBSERVATION.NO_REFLECTIVE_REVIEW', { rule: 'OBS-5' });
  });
});

describe('When the reflective review is held', () => {
  const reviewed = () => [events.recorded(), events.sharedWithWorker(), events.reflectiveReviewHeld()];

  it('should agree a shared action plan with owner and timescale (OBS-5)', () => {
    spec
      .given(reviewed())
      .when({
        type: 'AgreeObservationActionPlan',
        data: { observationId: OBSERVATION_ID, actions: [{ actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30' }] },
        metadata: by(),
      })
      .then(events.actionPlanAgreed());
  });

  it('should refuse an action without its timescale (OBS-5)', () => {
    spec
      .given(reviewed())
      .when({
        type: 'AgreeObservationActionPlan',
        data: { observationId: OBSERVATION_ID, actions: [{ actionId: 'act-1', description: 'd', ownerId: WORKER_ID, dueBy: 'soon' }] },
        metadata: by(),
      })
      .thenThrows('PRACTICE_OBSERVATION.INVALID_DATE', { field: 'actions[0].dueBy' });
  });

  const agree = (actions: readonly Record<string, unknown>[], facts: { observerLineManagerId?: string | null; workerTeamId?: string | null } = {}) =>
    ({
      type: 'AgreeObservationActionPlan',
      data: { observationId: OBSERVATION_ID, actions: actions as never, ...facts },
      metadata: by(),
    }) satisfies PracticeObservationCommand;

  it("should make the observer the manager of the worker's action and the line manager of the observer's own, with case and team (OBS-5)", () => {
    spec
      .given(reviewed())
      .when(
        agree(
          [
            { actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30', azeusNumber: ' AZ-100 ' },
            { actionId: 'act-2', description: 'Arrange the shadowing', ownerId: OBSERVER_ID, dueBy: '2025-07-31' },
          ],
          { observerLineManagerId: LINE_MANAGER_ID, workerTeamId: 'team-1' },
        ),
      )
      .thenEvents((produced) => {
        expect(produced).toEqual([
          {
            type: 'PracticeObservationActionPlanAgreed',
            data: {
              observationId: OBSERVATION_ID,
              agreedAt: NOW,
              actions: [
                { actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30', managerId: OBSERVER_ID, azeusNumber: 'AZ-100', teamId: 'team-1' },
                { actionId: 'act-2', description: 'Arrange the shadowing', ownerId: OBSERVER_ID, dueBy: '2025-07-31', managerId: LINE_MANAGER_ID, azeusNumber: null, teamId: 'team-1' },
              ],
            },
          },
        ]);
      });
  });

  it('should take the manager named for an action (OBS-5)', () => {
    spec
      .given(reviewed())
      .when(agree([{ actionId: 'act-1', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30', managerId: AP_ID }]))
      .thenEvents((produced) => {
        expect(produced[0]?.type === 'PracticeObservationActionPlanAgreed' && produced[0].data.actions[0]?.managerId).toBe(AP_ID);
      });
  });

  it("should refuse an observer's own action when their line manager is not known, naming the field (OBS-5)", () => {
    spec
      .given(reviewed())
      .when(agree([{ actionId: 'act-1', description: 'd', ownerId: OBSERVER_ID, dueBy: '2025-09-30' }]))
      .thenThrows('PRACTICE_OBSERVATION.ACTION_MANAGER_UNKNOWN', { kind: 'BAD_USER_INPUT', field: 'actions[0].managerId', rule: 'OBS-5' });
  });

  it("should refuse an action whose manager is its owner (OBS-5)", () => {
    spec
      .given(reviewed())
      .when(agree([{ actionId: 'act-1', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30', managerId: WORKER_ID }]))
      .thenThrows('PRACTICE_OBSERVATION.ACTION_MANAGER_IS_OWNER', { field: 'actions[0].managerId', rule: 'OBS-5' });
  });

  it('should refuse the same action id twice in a plan (OBS-5)', () => {
    const action = { actionId: 'act-1', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30' };
    spec
      .given(reviewed())
      .when(agree([action, action]))
      .thenThrows('PRACTICE_OBSERVATION.ACTION_ID_DUPLICATE', { field: 'actions[1].actionId', rule: 'OBS-5' });
  });

  it('should change nothing when the same plan is agreed again (OBS-5)', () => {
    spec
      .given([...reviewed(), events.actionPlanAgreed()])
      .when(agree([{ actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30' }]))
      .thenNothingHappens();
  });

  it('should refuse an empty action plan (OBS-5)', () => {
    spec
      .given(reviewed())
      .when({ type: 'AgreeObservationActionPlan', data: { observationId: OBSERVATION_ID, actions: [] }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.ACTION_PLAN_EMPTY', { field: 'actions', rule: 'OBS-5' });
  });

  it("should link it to the worker's PDR priorities (OBS-5)", () => {
    spec
      .given(reviewed())
      .when({ type: 'LinkObservationToPdr', data: { observationId: OBSERVATION_ID, priorities: [' Risk analysis ', ''] }, metadata: by() })
      .then(events.linkedToPdr(['Risk analysis']));
  });

  it('should refuse a PDR link with no priority (OBS-5)', () => {
    spec
      .given(reviewed())
      .when({ type: 'LinkObservationToPdr', data: { observationId: OBSERVATION_ID, priorities: ['  '] }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.PDR_PRIORITIES_REQUIRED', { field: 'priorities', rule: 'OBS-5' });
  });

  it('should complete once linked to the PDR (OBS-5)', () => {
    spec
      .given(readyToComplete())
      .when({ type: 'CompletePracticeObservation', data: { observationId: OBSERVATION_ID }, metadata: by() })
      .then(events.completed());
  });
});

describe('When the observation is completed', () => {
  const done = () => [...readyToComplete(), events.completed()];

  it('should refuse changing a judgement (OBS-4)', () => {
    spec
      .given(done())
      .when({ type: 'RejudgeAreaOfPractice', data: { observationId: OBSERVATION_ID, area: 'LEADERSHIP', judgement: 'GOOD' }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.COMPLETED', { kind: 'CONFLICT', rule: 'OBS-4' });
  });

  it('should refuse changing the feedback or worker comments (OBS-4)', () => {
    spec
      .given(done())
      .when({ type: 'RecordObservationFeedback', data: { observationId: OBSERVATION_ID, feedback: 'changed' }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.COMPLETED', { rule: 'OBS-4' });
    spec
      .given(done())
      .when({ type: 'RecordObservationWorkerComments', data: { observationId: OBSERVATION_ID, comments: 'changed' }, metadata: by(WORKER_ID) })
      .thenThrows('PRACTICE_OBSERVATION.COMPLETED', { rule: 'OBS-4' });
  });

  it('should refuse completing it twice', () => {
    spec
      .given(done())
      .when({ type: 'CompletePracticeObservation', data: { observationId: OBSERVATION_ID }, metadata: by() })
      .thenThrows('PRACTICE_OBSERVATION.COMPLETED', { kind: 'CONFLICT' });
  });

  it('should share it with the line manager (OBS-5)', () => {
    spec
      .given(done())
      .when({ type: 'ShareObservationWithLineManager', data: { observationId: OBSERVATION_ID, lineManagerId: LINE_MANAGER_ID }, metadata: by() })
      .then(events.sharedWithLineManager());
  });

  it('should share it with S&QA once (OBS-5)', () => {
    const share = { type: 'ShareObservationWithSqa', data: { observationId: OBSERVATION_ID }, metadata: by() } as const;
    spec.given(done()).when(share).then(events.sharedWithSqa());
    spec.given([...done(), events.sharedWithSqa()]).when(share).thenNothingHappens();
  });

  it('should refuse anyone but the observer sharing it', () => {
    spec
      .given(done())
      .when({ type: 'ShareObservationWithSqa', data: { observationId: OBSERVATION_ID }, metadata: by(WORKER_ID) })
      .thenThrows('PRACTICE_OBSERVATION.NOT_THE_OBSERVER', { kind: 'FORBIDDEN' });
  });
});

describe('When folding the whole life of an observation', () => {
  it('should hold every field of the form and its follow-up', () => {
    const state = [
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
    ].reduce(practiceObservationDecider.evolve, practiceObservationDecider.initialState());
    expect(state).toMatchObject({
      status: 'COMPLETED',
      completedAt: NOW,
      areas: { ...areas, LEADERSHIP: 'GOOD' },
      workerComments: 'I found the feedback fair',
      reflectiveReview: { setting: 'AFTER_OBSERVATION', heldOn: '2025-06-12' },
      actionPlan: [{ actionId: 'act-1', ownerId: WORKER_ID, dueBy: '2025-09-30' }],
      pdrPriorities: ['Risk analysis'],
      lineManagerId: LINE_MANAGER_ID,
      sharedWithSqaAt: NOW,
    });
  });
});
