import type { Role } from '../shared/decider.js';
import type { LearningInputEvent } from './learning-input.events.js';
import type { LearningInputContent, LearningInputKind } from './learning-input.values.js';

type RecordedFields = {
  readonly learningInputId: string;
  readonly kind: LearningInputKind;
  readonly content: LearningInputContent;
  readonly recordedBy: string;
  readonly recordedByRole: Role;
};

export type NotRecordedLearningInput = { readonly status: 'NOT_RECORDED' };
export type RecordedLearningInput = RecordedFields & { readonly status: 'RECORDED' };
export type WithdrawnLearningInput = RecordedFields & { readonly status: 'WITHDRAWN'; readonly withdrawnAt: string };

export type LearningInput = NotRecordedLearningInput | RecordedLearningInput | WithdrawnLearningInput;
export type LearningInputStatus = LearningInput['status'];

export function initialState(): LearningInput {
  return { status: 'NOT_RECORDED' };
}

/** Folds recorded facts; never throws. A fact that does not fit the state leaves it as it was. */
export function evolve(state: LearningInput, event: LearningInputEvent): LearningInput {
  switch (event.type) {
    case 'LearningInputRecorded': {
      if (state.status !== 'NOT_RECORDED') return state;
      const { learningInputId, kind, recordedBy, recordedByRole } = event.data;
      return { status: 'RECORDED', learningInputId, kind, recordedBy, recordedByRole, content: contentOf(event.data) };
    }
    case 'LearningInputCorrected': {
      if (state.status !== 'RECORDED') return state;
      return { ...state, content: contentOf(event.data) };
    }
    case 'ComplaintResponseRecorded':
      if (state.status !== 'RECORDED' || state.kind !== 'COMPLAINT') return state;
      return {
        ...state,
        content: { ...state.content, complaint: { outcome: event.data.outcome, responseDate: event.data.responseDate } },
      };
    case 'LearningInputWithdrawn':
      if (state.status !== 'RECORDED') return state;
      return { ...state, status: 'WITHDRAWN', withdrawnAt: event.data.withdrawnAt };
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}

/** The content fields of an event's data, and nothing else. */
function contentOf(c: LearningInputContent): LearningInputContent {
  return {
    receivedOn: c.receivedOn,
    source: c.source,
    teams: c.teams,
    serviceAreaIds: c.serviceAreaIds,
    themes: c.themes,
    summary: c.summary,
    complaint: c.complaint,
    staffSurvey: c.staffSurvey,
  };
}
