import type {
  AreaOfPractice,
  ObservationAction,
  PracticeJudgement,
  ReflectiveReviewSetting,
} from '../../libs/domain/src/practice-observation/index.js';

/**
 * The read model of one practice observation: every field of the appendix C form (OBS-4), its
 * follow-up (OBS-5), its status and the stream revision of the last event applied. Plain JSON;
 * `type`, not `interface`, so it is a ReadStore `Document`.
 */

export type PracticeObservationDocumentStatus = 'RECORDED' | 'COMPLETED';

/** One row of the appendix C table. */
export type PracticeObservationAreaDocument = {
  readonly area: AreaOfPractice;
  readonly title: string;
  readonly judgement: PracticeJudgement | null;
};

export type PracticeObservationReflectiveReviewDocument = {
  readonly setting: ReflectiveReviewSetting;
  readonly heldOn: string;
  readonly notes: string | null;
};

export type PracticeObservationDocument = {
  readonly id: string;
  readonly revision: number;
  readonly status: PracticeObservationDocumentStatus;
  readonly workerId: string;
  readonly workerRole: string;
  readonly workerIsAsye: boolean;
  readonly observerId: string;
  readonly observerRole: string;
  readonly activityObserved: string;
  readonly observedOn: string;
  readonly description: string;
  readonly wentWell: string;
  readonly needsDevelopment: string;
  readonly specificComments: string | null;
  readonly areas: readonly PracticeObservationAreaDocument[];
  readonly otherComments: string | null;
  readonly workerComments: string | null;
  readonly feedback: string | null;
  readonly sharedWithWorkerAt: string | null;
  readonly reflectiveReview: PracticeObservationReflectiveReviewDocument | null;
  readonly actionPlan: readonly ObservationAction[];
  readonly pdrPriorities: readonly string[];
  readonly completedAt: string | null;
  readonly lineManagerId: string | null;
  readonly sharedWithLineManagerAt: string | null;
  readonly sharedWithSqaAt: string | null;
  readonly recordedAt: string;
  readonly lastUpdatedAt: string;
};
