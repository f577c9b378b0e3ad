import type { CommandMetadata, Role } from '../shared/decider.js';
import type { PracticeObservationEvent } from './practice-observation.events.js';
import type { AreaJudgements } from './practice-observation.values.js';

/** Shared test data for practice observation tests (decider and read model). */

export const OBSERVATION_ID = 'obs-0001';
export const WORKER_ID = 'staff-sw-0042';
export const OBSERVER_ID = 'staff-tm-0007';
export const AP_ID = 'staff-ap-0011';
export const LINE_MANAGER_ID = 'staff-hos-0002';
export const OBSERVED_ON = '2025-06-10';
export const NOW = '2025-06-12T14:00:00.000Z';

let commandCounter = 0;

export function metadata(overrides: { staffId?: string; role?: Role; now?: string } = {}): CommandMetadata {
  commandCounter += 1;
  const commandId = `00000000-0000-4000-9000-${String(commandCounter).padStart(12, '0')}`;
  return {
    actor: { staffId: overrides.staffId ?? OBSERVER_ID, role: overrides.role ?? 'TEAM_MANAGER' },
    now: overrides.now ?? NOW,
    commandId,
    correlationId: commandId,
    causationId: commandId,
  };
}

export const areas: AreaJudgements = {
  COMMUNICATION: 'GOOD',
  PREPARATION_AND_PROFESSIONALISM: 'OUTSTANDING',
  CHILD_FOCUS: 'GOOD',
  SAFEGUARDING_AND_RISK: 'FEW_SKILLS',
  LEADERSHIP: 'NOT_SEEN',
  DECISION_MAKING: 'GOOD',
};

export const form = {
  workerRole: 'Social Worker',
  activityObserved: 'Home visit',
  observedOn: OBSERVED_ON,
  description: 'A planned home visit; the worker led the visit and spoke with the child alone',
  wentWell: 'Warm, clear explanation of the plan to the mother',
  needsDevelopment: 'Risk from the new partner was not explored',
  specificComments: 'The child was seen alone',
  otherComments: 'Good use of the three houses tool',
};

type Data<T extends PracticeObservationEvent['type']> = Extract<PracticeObservationEvent, { type: T }>['data'];

export const events = {
  recorded: (overrides: Partial<Data<'PracticeObservationRecorded'>> = {}): PracticeObservationEvent => ({
    type: 'PracticeObservationRecorded',
    data: {
      observationId: OBSERVATION_ID,
      workerId: WORKER_ID,
      workerIsAsye: false,
      observerId: OBSERVER_ID,
      observerRole: 'TEAM_MANAGER',
      ...form,
      areas,
      recordedAt: NOW,
      ...overrides,
    },
  }),
  rejudged: (area: Data<'PracticeObservationAreaRejudged'>['area'], judgement: Data<'PracticeObservationAreaRejudged'>['judgement']): PracticeObservationEvent => ({
    type: 'PracticeObservationAreaRejudged',
    data: { observationId: OBSERVATION_ID, area, judgement, rejudgedAt: NOW },
  }),
  workerCommentsRecorded: (comments = 'I found the feedback fair', recordedBy = WORKER_ID): PracticeObservationEvent => ({
    type: 'PracticeObservationWorkerCommentsRecorded',
    data: { observationId: OBSERVATION_ID, comments, recordedBy, recordedAt: NOW },
  }),
  feedbackRecorded: (feedback = 'Mother said she understood the plan; the school nurse was kept informed'): PracticeObservationEvent => ({
    type: 'PracticeObservationFeedbackRecorded',
    data: { observationId: OBSERVATION_ID, feedback, recordedAt: NOW },
  }),
  sharedWithWorker: (sharedAt = NOW): PracticeObservationEvent => ({
    type: 'PracticeObservationSharedWithWorker',
    data: { observationId: OBSERVATION_ID, sharedAt },
  }),
  reflectiveReviewHeld: (heldOn = '2025-06-12'): PracticeObservationEvent => ({
    type: 'PracticeObservationReflectiveReviewHeld',
    data: { observationId: OBSERVATION_ID, setting: 'AFTER_OBSERVATION', heldOn, notes: 'Agreed to explore risk', recordedAt: NOW },
  }),
  actionPlanAgreed: (): PracticeObservationEvent => ({
    type: 'PracticeObservationActionPlanAgreed',
    data: {
      observationId: OBSERVATION_ID,
      actions: [
        {
          actionId: 'act-1',
          description: 'Shadow a risk assessment',
          ownerId: WORKER_ID,
          dueBy: '2025-09-30',
          managerId: OBSERVER_ID,
          azeusNumber: null,
          teamId: null,
        },
      ],
      agreedAt: NOW,
    },
  }),
  linkedToPdr: (priorities = ['Risk analysis']): PracticeObservationEvent => ({
    type: 'PracticeObservationLinkedToPdr',
    data: { observationId: OBSERVATION_ID, priorities, linkedAt: NOW },
  }),
  completed: (completedAt = NOW): PracticeObservationEvent => ({
    type: 'PracticeObservationCompleted',
    data: { observationId: OBSERVATION_ID, completedAt },
  }),
  sharedWithLineManager: (lineManagerId = LINE_MANAGER_ID): PracticeObservationEvent => ({
    type: 'PracticeObservationSharedWithLineManager',
    data: { observationId: OBSERVATION_ID, lineManagerId, sharedAt: NOW },
  }),
  sharedWithSqa: (): PracticeObservationEvent => ({
    type: 'PracticeObservationSharedWithSqa',
    data: { observationId: OBSERVATION_ID, sharedAt: NOW },
  }),
};

/** Recorded, shared, reviewed and linked: ready to complete (OBS-5). */
export const readyToComplete = (): PracticeObservationEvent[] => [
  events.recorded(),
  events.sharedWithWorker(),
  events.reflectiveReviewHeld(),
  events.linkedToPdr(),
];
