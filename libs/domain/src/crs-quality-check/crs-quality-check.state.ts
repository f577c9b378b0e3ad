import type { CrsQualityCheckEvent } from './crs-quality-check.events.js';
import type { CrsQualityCheckKind } from './crs-quality-check.values.js';

export type NotRecordedCrsQualityCheck = { readonly status: 'NOT_RECORDED' };

/** What the decider needs of a recorded check: who did it, of whose chairing, when, and the feedback. */
export type RecordedCrsQualityCheck = {
  readonly status: 'RECORDED';
  readonly checkId: string;
  readonly kind: CrsQualityCheckKind;
  readonly crsTeamManagerId: string;
  readonly chairId: string;
  /** The day the check was done: the meeting observed, or the audit. */
  readonly checkedOn: string;
  readonly feedbackGivenOn: string | null;
};

export type CrsQualityCheck = NotRecordedCrsQualityCheck | RecordedCrsQualityCheck;
export type CrsQualityCheckStatus = CrsQualityCheck['status'];

export function initialState(): CrsQualityCheck {
  return { status: 'NOT_RECORDED' };
}

/** Folds recorded facts; never throws. The first record of a check stands. */
export function evolve(state: CrsQualityCheck, event: CrsQualityCheckEvent): CrsQualityCheck {
  const base = { status: 'RECORDED', feedbackGivenOn: null } as const;
  switch (event.type) {
    case 'CrsMeetingObserved': {
      if (state.status !== 'NOT_RECORDED') return state;
      const d = event.data;
      return { ...base, checkId: d.checkId, kind: 'MEETING_OBSERVATION', crsTeamManagerId: d.crsTeamManagerId, chairId: d.chairId, checkedOn: d.meetingDate };
    }
    case 'CrsMinutesAudited': {
      if (state.status !== 'NOT_RECORDED') return state;
      const d = event.data;
      return { ...base, checkId: d.checkId, kind: 'MINUTES_AUDIT', crsTeamManagerId: d.crsTeamManagerId, chairId: d.chairId, checkedOn: d.auditedOn };
    }
    case 'CrsPlanAudited': {
      if (state.status !== 'NOT_RECORDED') return state;
      const d = event.data;
      return { ...base, checkId: d.checkId, kind: 'PLAN_AUDIT', crsTeamManagerId: d.crsTeamManagerId, chairId: d.chairId, checkedOn: d.auditedOn };
    }
    case 'CrsFeedbackGivenToChair':
      if (state.status !== 'RECORDED' || state.feedbackGivenOn !== null) return state;
      return { ...state, feedbackGivenOn: event.data.supervisionDate };
    default:
      // A fact this version does not know changes nothing.
      return state;
  }
}
