import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  AREA_OF_PRACTICE_KEYS,
  PRACTICE_JUDGEMENTS,
  REFLECTIVE_REVIEW_SETTINGS,
  type AreaOfPractice,
  type PracticeJudgement,
  type ReflectiveReviewSetting,
} from '../../../../../libs/domain/src/index.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { AreaOfPracticeEnum, PracticeJudgementEnum, ReflectiveReviewSettingEnum } from '../practice-observation.enums.js';

/**
 * Inputs of the practice observation's mutations (appendix C, OBS-1..OBS-5). Shape only: who may
 * observe, which dates are allowed and what must be filled in are decided by the decider, whose
 * refusals name the field and the rule. Field names are the decider's, so a refusal's `field`
 * is the input's.
 */

@InputType({ description: 'OBS-4: one row of the appendix C table: an area of practice and the box ticked.' })
export class PracticeAreaJudgementInput {
  @Field(() => AreaOfPracticeEnum)
  @IsIn(AREA_OF_PRACTICE_KEYS)
  area: AreaOfPractice;

  @Field(() => PracticeJudgementEnum)
  @IsIn(PRACTICE_JUDGEMENTS)
  judgement: PracticeJudgement;
}

@InputType({
  description:
    'Appendix C, the form as the observer completes it (OBS-1, OBS-3, OBS-4). The observer is the caller: a team manager, or an advanced practitioner where agreed locally or for an ASYE worker.',
})
export class RecordPracticeObservationInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the observation. Default: derived from the commandId, so a retried record lands on the same observation.' })
  @IsOptional()
  @IsUUID()
  observationId?: string | null;

  @Field(() => ID, { description: 'MANAGER/WORKER: the member of staff observed.' })
  @IsShortText()
  workerId: string;

  @Field(() => String, { nullable: true, description: "MANAGER/WORKER ROLE. Default: the worker's role in the staff directory on the day observed." })
  @IsOptional()
  @IsShortText()
  workerRole?: string | null;

  @Field(() => Boolean, { nullable: true, description: "OBS-3: the worker is newly qualified (ASYE). Default: the staff directory's ASYE flag on the day observed." })
  @IsOptional()
  @IsBoolean()
  workerIsAsye?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'OBS-1: an advanced practitioner observes a qualified worker only where this is agreed locally.' })
  @IsOptional()
  @IsBoolean()
  advancedPractitionerAgreed?: boolean | null;

  @Field({ description: 'ACTIVITY OBSERVED.' })
  @IsLongText()
  activityObserved: string;

  @Field({ description: 'DATE OF OBSERVATION, YYYY-MM-DD; not in the future.' })
  @IsCalendarDate()
  observedOn: string;

  @Field({ description: "A brief description of the activity and the manager's/worker's role within it." })
  @IsLongText()
  description: string;

  @Field({ description: "Which aspects of the worker's presentation/involvement/contributions went well, and why." })
  @IsLongText()
  wentWell: string;

  @Field({ description: "Which aspects of the worker's presentation/involvement/contributions need further development, and why." })
  @IsLongText()
  needsDevelopment: string;

  @Field(() => String, { nullable: true, description: 'Specific comments.' })
  @IsOptional()
  @IsLongText()
  specificComments?: string | null;

  @Field(() => [PracticeAreaJudgementInput], { description: 'OBS-4: all six areas of practice, each once, each on the four-point scale.' })
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => PracticeAreaJudgementInput)
  areas: PracticeAreaJudgementInput[];

  @Field(() => String, { nullable: true, description: 'Any other comments.' })
  @IsOptional()
  @IsLongText()
  otherComments?: string | null;
}

@InputType({ description: 'OBS-4: the observer changes the box ticked for one area while the observation is not completed.' })
export class RejudgePracticeObservationAreaInput {
  @Field(() => ID) @IsUUID() observationId: string;

  @Field(() => AreaOfPracticeEnum)
  @IsIn(AREA_OF_PRACTICE_KEYS)
  area: AreaOfPractice;

  @Field(() => PracticeJudgementEnum)
  @IsIn(PRACTICE_JUDGEMENTS)
  judgement: PracticeJudgement;
}

@InputType({ description: "OBS-4: the manager's/worker's comments, by the worker or entered by the observer on their behalf. Recorded again, they replace the last." })
export class RecordPracticeObservationWorkerCommentsInput {
  @Field(() => ID) @IsUUID() observationId: string;
  @Field() @IsLongText() comments: string;
}

@InputType({ description: 'OBS-4: feedback from children/young people, families and professionals. Recorded again, it replaces the last.' })
export class RecordPracticeObservationFeedbackInput {
  @Field(() => ID) @IsUUID() observationId: string;
  @Field() @IsLongText() feedback: string;
}

@InputType({ description: 'The observation a step of OBS-5 applies to: sharing with the worker, completion, sharing with S&QA.' })
export class PracticeObservationIdInput {
  @Field(() => ID) @IsUUID() observationId: string;
}

@InputType({ description: 'OBS-5: the shared reflective review, after the observation or at the next supervision; once the worker has seen it.' })
export class RecordPracticeObservationReflectiveReviewInput {
  @Field(() => ID) @IsUUID() observationId: string;

  @Field(() => ReflectiveReviewSettingEnum)
  @IsIn(REFLECTIVE_REVIEW_SETTINGS)
  setting: ReflectiveReviewSetting;

  @Field({ description: 'YYYY-MM-DD; not before the observation, not in the future.' })
  @IsCalendarDate()
  heldOn: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLongText()
  notes?: string | null;
}

@InputType({ description: 'OBS-5: one action of the shared action plan; it becomes a remedial action with the CFA-7 lifecycle.' })
export class PracticeObservationActionInput {
  @Field(() => ID, { nullable: true, description: "A UUID. Default: derived from the commandId and the action's place in the list." })
  @IsOptional()
  @IsUUID()
  actionId?: string | null;

  @Field({ description: 'What is to be done.' })
  @IsLongText()
  description: string;

  @Field(() => ID, { description: 'Who does it: usually the worker.' })
  @IsShortText()
  ownerId: string;

  @Field({ description: 'The timescale: YYYY-MM-DD.' })
  @IsCalendarDate()
  dueBy: string;

  @Field(() => ID, {
    nullable: true,
    description: "Who reviews its completion; never the owner. Default: the observer, or the observer's line manager when the observer owns it.",
  })
  @IsOptional()
  @IsShortText()
  managerId?: string | null;

  @Field(() => String, { nullable: true, description: "The case's Azeus number, when the action is about one." })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;
}

@InputType({ description: 'OBS-5: the shared action plan, agreed at or after the reflective review. Agreed again, it replaces the last.' })
export class AgreePracticeObservationActionPlanInput {
  @Field(() => ID) @IsUUID() observationId: string;

  @Field(() => [PracticeObservationActionInput])
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PracticeObservationActionInput)
  actions: PracticeObservationActionInput[];
}

@InputType({ description: "OBS-5: the worker's PDR priorities the observation informs and is informed by." })
export class LinkPracticeObservationToPdrInput {
  @Field(() => ID) @IsUUID() observationId: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(50)
  @IsShortText({ each: true })
  priorities: string[];
}

@InputType({ description: 'OBS-5: share the completed observation with the line manager.' })
export class SharePracticeObservationWithLineManagerInput {
  @Field(() => ID) @IsUUID() observationId: string;

  @Field(() => ID, { nullable: true, description: "Default: the observer's line manager in the staff directory." })
  @IsOptional()
  @IsShortText()
  lineManagerId?: string | null;
}

@ArgsType() export class RecordPracticeObservationArgs extends CommandArgsOf(RecordPracticeObservationInput) {}
@ArgsType() export class RejudgePracticeObservationAreaArgs extends CommandArgsOf(RejudgePracticeObservationAreaInput) {}
@ArgsType() export class RecordPracticeObservationWorkerCommentsArgs extends CommandArgsOf(RecordPracticeObservationWorkerCommentsInput) {}
@ArgsType() export class RecordPracticeObservationFeedbackArgs extends CommandArgsOf(RecordPracticeObservationFeedbackInput) {}
@ArgsType() export class PracticeObservationIdArgs extends CommandArgsOf(PracticeObservationIdInput) {}
@ArgsType() export class RecordPracticeObservationReflectiveReviewArgs extends CommandArgsOf(RecordPracticeObservationReflectiveReviewInput) {}
@ArgsType() export class AgreePracticeObservationActionPlanArgs extends CommandArgsOf(AgreePracticeObservationActionPlanInput) {}
@ArgsType() export class LinkPracticeObservationToPdrArgs extends CommandArgsOf(LinkPracticeObservationToPdrInput) {}
@ArgsType() export class SharePracticeObservationWithLineManagerArgs extends CommandArgsOf(SharePracticeObservationWithLineManagerInput) {}
