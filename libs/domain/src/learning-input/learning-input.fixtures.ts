import type { Actor, CommandMetadata } from '../shared/decider.js';
import type { LearningInputCommand, LearningInputContentInput, LearningInputFacts } from './learning-input.commands.js';
import type { LearningInputEvent, LearningInputRecorded } from './learning-input.events.js';
import type { LearningInputContent, LearningInputKind } from './learning-input.values.js';

/** Test data for learning inputs: an S&QA officer recording a complaint about the assessment team. */

export const LEARNING_INPUT_ID = 'li-1';
export const SQA_ID = 'sqa-1';
export const HOS_ID = 'hos-1';
export const OTHER_HOS_ID = 'hos-2';
export const NOW = '2025-06-12T14:00:00.000Z';
export const LATER = '2025-06-20T09:00:00.000Z';

export const ASSESSMENT_TEAM = 'team-assessment';
export const FOSTERING_TEAM = 'team-fostering';
export const SAFEGUARDING_AREA = 'area-safeguarding';
export const CIC_AREA = 'area-children-in-care';

export const sqa: Actor = { staffId: SQA_ID, role: 'SQA_OFFICER' };
export const hos: Actor = { staffId: HOS_ID, role: 'HEAD_OF_SERVICE' };
export const otherHos: Actor = { staffId: OTHER_HOS_ID, role: 'HEAD_OF_SERVICE' };
export const tm: Actor = { staffId: 'tm-1', role: 'TEAM_MANAGER' };

export function metadata(actor: Actor = sqa, now: string = NOW): CommandMetadata {
  return { actor, now, commandId: 'cmd-1', correlationId: 'cmd-1', causationId: 'cmd-1' };
}

/** The assessment team is in the safeguarding service area, the fostering team in children in care. */
export function facts(actorServiceAreaId: string | null = null): LearningInputFacts {
  return {
    teams: [
      { teamId: ASSESSMENT_TEAM, serviceAreaId: SAFEGUARDING_AREA },
      { teamId: FOSTERING_TEAM, serviceAreaId: CIC_AREA },
    ],
    registeredServiceAreaIds: [SAFEGUARDING_AREA, CIC_AREA],
    actorServiceAreaIds: actorServiceAreaId === null ? [] : [actorServiceAreaId],
  };
}

export const complaintInput: LearningInputContentInput = {
  receivedOn: '2025-06-02',
  source: { description: 'A parent, by letter' },
  teamIds: [ASSESSMENT_TEAM],
  serviceAreaIds: [],
  themes: ['  Communication with families ', 'Timeliness of assessments'],
  summary: 'Mother was not told the outcome of the assessment for six weeks.',
  complaint: null,
  staffSurvey: null,
};

export const complaintContent: LearningInputContent = {
  receivedOn: '2025-06-02',
  source: { description: 'A parent, by letter', type: null },
  teams: [{ teamId: ASSESSMENT_TEAM, serviceAreaId: SAFEGUARDING_AREA }],
  serviceAreaIds: [],
  themes: ['Communication with families', 'Timeliness of assessments'],
  summary: 'Mother was not told the outcome of the assessment for six weeks.',
  complaint: { outcome: null, responseDate: null },
  staffSurvey: null,
};

export const commands = {
  record(
    kind: string = 'COMPLAINT',
    overrides: Partial<LearningInputContentInput> = {},
    actor: Actor = sqa,
    actorServiceAreaId: string | null = null,
  ): LearningInputCommand {
    return {
      type: 'RecordLearningInput',
      data: { learningInputId: LEARNING_INPUT_ID, kind, ...complaintInput, ...overrides, facts: facts(actorServiceAreaId) },
      metadata: metadata(actor),
    };
  },
  correct(
    overrides: Partial<LearningInputContentInput> = {},
    actor: Actor = sqa,
    reason = 'The team was wrongly named',
    actorServiceAreaId: string | null = null,
  ): LearningInputCommand {
    return {
      type: 'CorrectLearningInput',
      data: { learningInputId: LEARNING_INPUT_ID, ...complaintInput, ...overrides, reason, facts: facts(actorServiceAreaId) },
      metadata: metadata(actor, LATER),
    };
  },
  respond(outcome: string = 'PARTLY_UPHELD', responseDate: string = '2025-06-19', actor: Actor = sqa): LearningInputCommand {
    return {
      type: 'RecordComplaintResponse',
      data: { learningInputId: LEARNING_INPUT_ID, outcome, responseDate },
      metadata: metadata(actor, LATER),
    };
  },
  withdraw(reason = 'Recorded twice', actor: Actor = sqa): LearningInputCommand {
    return { type: 'WithdrawLearningInput', data: { learningInputId: LEARNING_INPUT_ID, reason }, metadata: metadata(actor, LATER) };
  },
};

export const events = {
  recorded(
    kind: LearningInputKind = 'COMPLAINT',
    content: Partial<LearningInputContent> = {},
    by: Actor = sqa,
    recordedAt: string = NOW,
  ): LearningInputRecorded {
    return {
      type: 'LearningInputRecorded',
      data: {
        learningInputId: LEARNING_INPUT_ID,
        kind,
        ...complaintContent,
        ...(kind === 'COMPLAINT' ? {} : { complaint: null }),
        ...content,
        recordedBy: by.staffId,
        recordedByRole: by.role,
        recordedAt,
      },
    };
  },
  corrected(content: Partial<LearningInputContent> = {}, reason = 'The team was wrongly named', by: Actor = sqa): LearningInputEvent {
    return {
      type: 'LearningInputCorrected',
      data: { learningInputId: LEARNING_INPUT_ID, ...complaintContent, ...content, reason, correctedBy: by.staffId, correctedAt: LATER },
    };
  },
  responded(outcome: 'UPHELD' | 'PARTLY_UPHELD' | 'NOT_UPHELD' = 'PARTLY_UPHELD', responseDate = '2025-06-19'): LearningInputEvent {
    return {
      type: 'ComplaintResponseRecorded',
      data: { learningInputId: LEARNING_INPUT_ID, outcome, responseDate, recordedBy: SQA_ID, recordedAt: LATER },
    };
  },
  withdrawn(reason = 'Recorded twice', by: Actor = sqa): LearningInputEvent {
    return { type: 'LearningInputWithdrawn', data: { learningInputId: LEARNING_INPUT_ID, reason, withdrawnBy: by.staffId, withdrawnAt: LATER } };
  },
};
