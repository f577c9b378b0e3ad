import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AreaOfPractice, PracticeJudgement, ReflectiveReviewSetting } from '../../../../../libs/domain/src/index.js';
import type { PracticeObservationDocumentStatus } from '../../../../../projections/practice-observations/index.js';
import { AreaOfPracticeEnum, PracticeJudgementEnum, PracticeObservationStatusEnum, ReflectiveReviewSettingEnum } from '../practice-observation.enums.js';

/**
 * A practice observation (appendix C, OBS-4, OBS-5) as clients read it. Output types are
 * whitelists: a field reaches a client only if it is declared here and copied by the mapper.
 */

@ObjectType({ description: 'OBS-4: one row of the appendix C table.' })
export class PracticeObservationArea {
  @Field(() => AreaOfPracticeEnum) area: AreaOfPractice;
  @Field({ description: 'The area as the form words it.' }) title: string;
  @Field(() => PracticeJudgementEnum, { nullable: true, description: 'Null only for a malformed recorded judgement.' }) judgement: PracticeJudgement | null;
  @Field(() => String, { nullable: true, description: 'The box ticked as the form words it.' }) judgementDescriptor: string | null;
}

@ObjectType({ description: 'OBS-5: the shared reflective review.' })
export class PracticeObservationReflectiveReview {
  @Field(() => ReflectiveReviewSettingEnum) setting: ReflectiveReviewSetting;
  @Field() heldOn: string;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType({ description: 'OBS-5: an action of the shared action plan (a remedial action, CFA-7).' })
export class PracticeObservationAction {
  @Field(() => ID) actionId: string;
  @Field() description: string;
  @Field(() => ID) ownerId: string;
  @Field({ description: 'The timescale, YYYY-MM-DD.' }) dueBy: string;
  @Field(() => ID, { nullable: true, description: 'Who reviews its completion; null for a plan recorded before managers were recorded.' }) managerId: string | null;
  @Field(() => String, { nullable: true }) azeusNumber: string | null;
  @Field(() => ID, { nullable: true }) teamId: string | null;
}

@ObjectType({ description: 'A practice observation: the appendix C form field for field (OBS-4) and its follow-up (OBS-5).' })
export class PracticeObservation {
  @Field(() => ID) id: string;
  @Field(() => PracticeObservationStatusEnum) status: PracticeObservationDocumentStatus;
  @Field(() => ID, { description: 'MANAGER/WORKER.' }) workerId: string;
  @Field({ description: 'MANAGER/WORKER ROLE.' }) workerRole: string;
  @Field({ description: 'OBS-3: newly qualified (ASYE) when observed.' }) workerIsAsye: boolean;
  @Field(() => ID, { description: 'OBSERVER.' }) observerId: string;
  @Field({ description: 'OBSERVER ROLE.' }) observerRole: string;
  @Field({ description: 'ACTIVITY OBSERVED.' }) activityObserved: string;
  @Field({ description: 'DATE OF OBSERVATION.' }) observedOn: string;
  @Field() description: string;
  @Field() wentWell: string;
  @Field() needsDevelopment: string;
  @Field(() => String, { nullable: true }) specificComments: string | null;
  @Field(() => [PracticeObservationArea], { description: 'Always six rows, in the order of the form.' }) areas: PracticeObservationArea[];
  @Field(() => String, { nullable: true }) otherComments: string | null;
  @Field(() => String, { nullable: true, description: "Manager's/worker's comments." }) workerComments: string | null;
  @Field(() => String, { nullable: true, description: 'Feedback from children/young people, families and professionals.' }) feedback: string | null;
  @Field(() => String, { nullable: true }) sharedWithWorkerAt: string | null;
  @Field(() => PracticeObservationReflectiveReview, { nullable: true }) reflectiveReview: PracticeObservationReflectiveReview | null;
  @Field(() => [PracticeObservationAction]) actionPlan: PracticeObservationAction[];
  @Field(() => [String]) pdrPriorities: string[];
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => ID, { nullable: true }) lineManagerId: string | null;
  @Field(() => String, { nullable: true }) sharedWithLineManagerAt: string | null;
  @Field(() => String, { nullable: true }) sharedWithSqaAt: string | null;
  @Field() recordedAt: string;
  @Field(() => Int, { description: 'Stream revision of the last change; pass it as expectedRevision.' }) revision: number;
  @Field() lastUpdatedAt: string;
}

@ObjectType({ description: "OBS-1..OBS-3: when a worker's next practice observation is due, as at asOf." })
export class PracticeObservationDue {
  @Field(() => ID) workerId: string;
  @Field(() => String, { nullable: true, description: 'The worker’s name in the staff directory, if known.' }) name: string | null;
  @Field({ description: 'The day the answer is for.' }) asOf: string;
  @Field({ description: 'OBS-2: needs support to improve performance.' }) needsPerformanceSupport: boolean;
  @Field({ description: 'OBS-3: in the ASYE year.' }) asye: boolean;
  @Field(() => String, { nullable: true, description: 'OBS-3: the start of the ASYE year the schedule counts from.' }) asyeStartedOn: string | null;
  @Field(() => [Int], { description: 'OBS-3: the ASYE schedule in months from its start (configured: ASYE_OBSERVATION_MONTHS).' }) asyeScheduleMonths: number[];
  @Field({ description: 'The rule setting the cadence: OBS-3 for an ASYE worker, OBS-2 for a worker needing support, otherwise OBS-1.' }) rule: string;
  @Field(() => String, { nullable: true }) lastObservedOn: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when never observed and nothing scheduled: due at once.' }) nextDue: string | null;
  @Field() overdue: boolean;
  @Field(() => [ID], { description: 'The worker’s observations up to asOf, newest first.' }) observationIds: string[];
}
