import type { DipSampleEvent } from './dip-sample.events.js';
import type { AuditQualityJudgement, FollowThroughJudgement } from './dip-sample.values.js';

export type FollowUpAction = { readonly actionId: string; readonly description: string; readonly raisedAt: string };

export type NotStartedDipSample = { readonly status: 'NOT_STARTED' };

export type InProgressDipSample = {
  readonly status: 'IN_PROGRESS';
  readonly dipSampleId: string;
  readonly auditId: string;
  readonly azeusNumber: string;
  readonly sampledAuditorId: string;
  readonly sampledBy: string;
  readonly startedAt: string;
  readonly quality: { readonly judgement: AuditQualityJudgement; readonly findings: string } | null;
  readonly followThrough: { readonly followedThrough: FollowThroughJudgement; readonly notes: string | null } | null;
  readonly followUpActions: readonly FollowUpAction[];
};

export type CompletedDipSample = Omit<InProgressDipSample, 'status' | 'quality' | 'followThrough'> & {
  readonly status: 'COMPLETED';
  readonly quality: { readonly judgement: AuditQualityJudgement; readonly findings: string };
  readonly followThrough: { readonly followedThrough: FollowThroughJudgement; readonly notes: string | null };
  readonly completedAt: string;
};

export type DipSample = NotStartedDipSample | InProgressDipSample | CompletedDipSample;

export type DipSampleStatus = DipSample['status'];

export function initialState(): DipSample {
  return { status: 'NOT_STARTED' };
}

/** Folds a recorded fact. Never throws; a fact that does not fit the state leaves it as it is. */
export function evolve(state: DipSample, event: DipSampleEvent): DipSample {
  switch (event.type) {
    case 'DipSampleStarted': {
      if (state.status !== 'NOT_STARTED') return state;
      const d = event.data;
      return {
        status: 'IN_PROGRESS',
        dipSampleId: d.dipSampleId,
        auditId: d.auditId,
        azeusNumber: d.azeusNumber,
        sampledAuditorId: d.sampledAuditorId,
        sampledBy: d.sampledBy,
        startedAt: d.startedAt,
        quality: null,
        followThrough: null,
        followUpActions: [],
      };
    }
    case 'DipSampleAuditQualityJudged':
      if (state.status !== 'IN_PROGRESS') return state;
      return { ...state, quality: { judgement: event.data.judgement, findings: event.data.findings } };
    case 'DipSampleFollowThroughJudged':
      if (state.status !== 'IN_PROGRESS') return state;
      return { ...state, followThrough: { followedThrough: event.data.followedThrough, notes: event.data.notes ?? null } };
    case 'DipSampleFollowUpActionRaised': {
      if (state.status === 'NOT_STARTED') return state;
      const { actionId, description, raisedAt } = event.data;
      if (state.followUpActions.some((a) => a.actionId === actionId)) return state;
      return { ...state, followUpActions: [...state.followUpActions, { actionId, description, raisedAt }] };
    }
    case 'DipSampleCompleted': {
      if (state.status !== 'IN_PROGRESS' || state.quality === null || state.followThrough === null) return state;
      return { ...state, status: 'COMPLETED', quality: state.quality, followThrough: state.followThrough, completedAt: event.data.completedAt };
    }
    default:
      return state;
  }
}
