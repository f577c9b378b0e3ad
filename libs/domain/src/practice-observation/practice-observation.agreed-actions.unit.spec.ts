import type { PracticeObservationEvent } from './practice-observation.events.js';
import { practiceObservationAgreedActions } from './practice-observation.agreed-actions.js';
import { AGREED_ACTION_SOURCES } from '../agreed-action-sources.js';
import { LINE_MANAGER_ID, NOW, OBSERVATION_ID, OBSERVER_ID, WORKER_ID, events } from './practice-observation.fixtures.js';

const asRecorded = (event: PracticeObservationEvent) => ({ type: event.type, data: event.data as unknown as Record<string, unknown> });

const plan = (actions: readonly Record<string, unknown>[]) => ({
  type: 'PracticeObservationActionPlanAgreed',
  data: { observationId: OBSERVATION_ID, actions, agreedAt: NOW } as Record<string, unknown>,
});

describe('Practice observation agreed actions (OBS-5, issue 4 item 7)', () => {
  describe('When a shared action plan is agreed', () => {
    it('should hand each action to the remedial-action lifecycle with owner, manager, timescale, case and team (OBS-5)', () => {
      const actions = practiceObservationAgreedActions.agreedActions(
        plan([
          { actionId: 'act-1', description: 'Shadow a risk assessment', ownerId: WORKER_ID, dueBy: '2025-09-30', managerId: OBSERVER_ID, azeusNumber: null, teamId: 'team-1' },
          { actionId: 'act-2', description: 'Arrange the shadowing', ownerId: OBSERVER_ID, dueBy: '2025-07-31', managerId: LINE_MANAGER_ID, azeusNumber: 'AZ-100', teamId: 'team-1' },
        ]),
      );
      expect(actions).toEqual([
        {
          sourceKind: 'PRACTICE_OBSERVATION',
          sourceId: OBSERVATION_ID,
          agreedAt: NOW,
          actionId: 'act-1',
          description: 'Shadow a risk assessment',
          ownerId: WORKER_ID,
          managerId: OBSERVER_ID,
          timescale: '2025-09-30',
          azeusNumber: null,
          teamId: 'team-1',
        },
        {
          sourceKind: 'PRACTICE_OBSERVATION',
          sourceId: OBSERVATION_ID,
          agreedAt: NOW,
          actionId: 'act-2',
          description: 'Arrange the shadowing',
          ownerId: OBSERVER_ID,
          managerId: LINE_MANAGER_ID,
          timescale: '2025-07-31',
          azeusNumber: 'AZ-100',
          teamId: 'team-1',
        },
      ]);
    });

    it('should read the plan the decider records (OBS-5)', () => {
      expect(practiceObservationAgreedActions.agreedActions(asRecorded(events.actionPlanAgreed()))).toEqual([
        expect.objectContaining({ actionId: 'act-1', ownerId: WORKER_ID, managerId: OBSERVER_ID, timescale: '2025-09-30' }),
      ]);
    });
  });

  describe('When an action lacks what a remedial action needs', () => {
    it('should leave out an action recorded without its manager (OBS-5)', () => {
      expect(
        practiceObservationAgreedActions.agreedActions(plan([{ actionId: 'act-1', description: 'd', ownerId: WORKER_ID, dueBy: '2025-09-30' }])),
      ).toEqual([]);
    });

    it('should leave out an action whose manager is its owner and never throw on a malformed plan (OBS-5)', () => {
      expect(
        practiceObservationAgreedActions.agreedActions(
          plan([{ actionId: 'act-1', description: 'd', ownerId: WORKER_ID, managerId: WORKER_ID, dueBy: '2025-09-30' }, 'nonsense' as never]),
        ),
      ).toEqual([]);
      expect(practiceObservationAgreedActions.agreedActions({ type: 'PracticeObservationActionPlanAgreed', data: {} })).toEqual([]);
    });
  });

  describe('When the event agrees no actions', () => {
    it('should give none for any other event of the observation (OBS-5)', () => {
      expect(practiceObservationAgreedActions.agreedActions(asRecorded(events.completed()))).toEqual([]);
    });
  });

  describe('When the service collects every source of agreed actions', () => {
    it('should include the practice observation source (OBS-5)', () => {
      expect(AGREED_ACTION_SOURCES).toContain(practiceObservationAgreedActions);
    });
  });
});
