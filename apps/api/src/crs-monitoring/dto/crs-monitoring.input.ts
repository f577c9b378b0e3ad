import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  CONCERN_ESCALATION_ROUTES,
  CRS_MEETING_TYPES,
  CRS_PLAN_KINDS,
  CRS_RATINGS,
  PLAN_PROGRESSIONS,
  type ConcernEscalationRoute,
  type CrsMeetingType,
  type CrsPlanKind,
  type CrsRating,
  type PlanProgression,
} from '../../../../../libs/domain/src/index.js';
import { GradeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { ConcernEscalationRouteEnum, CrsMeetingTypeEnum, CrsPlanKindEnum, PlanProgressionEnum } from '../crs-monitoring.enums.js';

/**
 * Inputs of the Conference and Review Service's mutations (CRS-2, CRS-3). Shape only: who may do
 * what, which dates are in range and what a concern needs are decided by the deciders.
 */

@InputType({ description: 'A judged quality: a rating on the four grades and what was seen.' })
export class CrsRatedJudgementInput {
  @Field(() => GradeEnum) @IsIn(CRS_RATINGS) rating: CrsRating;
  @Field() @IsLongText() comments: string;
}

@InputType({ description: 'Any concerns: where raised, what they are and how the chair escalated them (CRS-1).' })
export class CrsConcernsInput {
  @Field() @IsBoolean() raised: boolean;

  @Field(() => String, { nullable: true, description: 'Required where concerns are raised.' })
  @IsOptional()
  @IsLongText()
  details?: string | null;

  @Field(() => ConcernEscalationRouteEnum, { nullable: true, description: 'Required where concerns are raised: the chair follows the case escalation process.' })
  @IsOptional()
  @IsIn(CONCERN_ESCALATION_ROUTES)
  escalationRoute?: ConcernEscalationRoute | null;

  @Field(() => ID, { nullable: true, description: 'The escalation raised for them (CRS-1), where there is one.' })
  @IsOptional()
  @IsShortText()
  escalationId?: string | null;
}

@InputType({ description: 'CRS-3: the monitoring form the chair completes after a CP conference or LAC review. The chair is the caller.' })
export class SubmitMonitoringFormInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A UUID for the form. Default: derived from the child, the meeting type and the meeting date, so a meeting has one form.',
  })
  @IsOptional()
  @IsUUID()
  formId?: string | null;

  @Field(() => CrsMeetingTypeEnum) @IsIn(CRS_MEETING_TYPES) meetingType: CrsMeetingType;
  @Field({ description: 'YYYY-MM-DD the meeting was held; not in the future.' }) @IsCalendarDate() meetingDate: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the next conference or review, where set: the midway review falls between.' })
  @IsOptional()
  @IsCalendarDate()
  nextMeetingDate?: string | null;

  @Field({ description: "The child's Azeus number." }) @IsShortText() azeusNumber: string;
  @Field(() => ID) @IsShortText() socialWorkerId: string;
  @Field(() => ID, { description: "The social worker's team manager, who may use the form in supervision." }) @IsShortText() teamManagerId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => CrsRatedJudgementInput, { description: 'Preparation for conference/ review.' })
  @ValidateNested()
  @Type(() => CrsRatedJudgementInput)
  preparation: CrsRatedJudgementInput;

  @Field(() => CrsRatedJudgementInput, { description: 'Quality of assessment.' })
  @ValidateNested()
  @Type(() => CrsRatedJudgementInput)
  assessment: CrsRatedJudgementInput;

  @Field(() => CrsRatedJudgementInput, { description: 'Quality of plan.' })
  @ValidateNested()
  @Type(() => CrsRatedJudgementInput)
  plan: CrsRatedJudgementInput;

  @Field(() => CrsConcernsInput)
  @ValidateNested()
  @Type(() => CrsConcernsInput)
  concerns: CrsConcernsInput;
}

@InputType({ description: "CRS-3: the social worker's team manager used the form in a supervision." })
export class RecordMonitoringFormUsedInSupervisionInput {
  @Field(() => ID) @IsShortText() formId: string;
  @Field({ description: 'YYYY-MM-DD; not before the meeting, not in the future.' }) @IsCalendarDate() supervisionDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsLongText()
  notes?: string | null;
}

@InputType()
export class MidwayPlanProgressionInput {
  @Field(() => PlanProgressionEnum) @IsIn(PLAN_PROGRESSIONS) progression: PlanProgression;
  @Field() @IsLongText() comments: string;
}

@InputType({ description: 'CRS-3: drift or delay found, and what it is.' })
export class MidwayDriftOrDelayInput {
  @Field() @IsBoolean() found: boolean;

  @Field(() => String, { nullable: true, description: 'Required where drift or delay is found.' })
  @IsOptional()
  @IsLongText()
  details?: string | null;
}

@InputType({ description: 'An action agreed at the midway review; it is raised as a remedial action (CFA-7).' })
export class MidwayAgreedActionInput {
  @Field(() => ID, { nullable: true, description: "Default: derived from the review and the action's place in the list." })
  @IsOptional()
  @IsShortText()
  actionId?: string | null;

  @Field() @IsLongText() description: string;
  @Field(() => ID) @IsShortText() ownerId: string;
  @Field(() => ID, { description: 'Who reviews completion; not the owner.' }) @IsShortText() managerId: string;
  @Field({ description: 'YYYY-MM-DD; not before the day the review is recorded.' }) @IsCalendarDate() timescale: string;
}

@InputType({ description: 'CRS-3: a midway review held by the chair (the caller) with the social worker between two conferences or reviews.' })
export class RecordMidwayReviewInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A UUID for the review. Default: derived from the child, the plan and the previous meeting, so the interval has one review.',
  })
  @IsOptional()
  @IsUUID()
  reviewId?: string | null;

  @Field(() => CrsPlanKindEnum) @IsIn(CRS_PLAN_KINDS) planKind: CrsPlanKind;
  @Field() @IsShortText() azeusNumber: string;
  @Field(() => ID) @IsShortText() socialWorkerId: string;
  @Field(() => ID) @IsShortText() teamManagerId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field({ description: 'YYYY-MM-DD of the last conference or review.' }) @IsCalendarDate() previousMeetingDate: string;
  @Field({ description: 'YYYY-MM-DD of the next conference or review.' }) @IsCalendarDate() nextMeetingDate: string;
  @Field({ description: 'YYYY-MM-DD the review was held: between the two, not in the future.' }) @IsCalendarDate() heldOn: string;

  @Field(() => MidwayPlanProgressionInput)
  @ValidateNested()
  @Type(() => MidwayPlanProgressionInput)
  planProgression: MidwayPlanProgressionInput;

  @Field(() => MidwayDriftOrDelayInput)
  @ValidateNested()
  @Type(() => MidwayDriftOrDelayInput)
  driftOrDelay: MidwayDriftOrDelayInput;

  @Field(() => CrsConcernsInput)
  @ValidateNested()
  @Type(() => CrsConcernsInput)
  concerns: CrsConcernsInput;

  @Field(() => [MidwayAgreedActionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MidwayAgreedActionInput)
  agreedActions?: MidwayAgreedActionInput[] | null;
}

@InputType({ description: 'CRS-2: "to ensure the chairing is robust, all safeguarding issues are addressed and the plans are progressing".' })
export class MeetingObservationJudgementsInput {
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) robustChairing: CrsRatedJudgementInput;
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) safeguardingIssuesAddressed: CrsRatedJudgementInput;
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) plansProgressing: CrsRatedJudgementInput;
}

@InputType({ description: 'CRS-2: "the quality of minutes, evidence of multi-agency input and decision making and child centred planning".' })
export class MinutesAuditJudgementsInput {
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) qualityOfMinutes: CrsRatedJudgementInput;
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) multiAgencyInputAndDecisionMaking: CrsRatedJudgementInput;
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) childCentredPlanning: CrsRatedJudgementInput;
}

@InputType({ description: 'CRS-2: "the plans are robust, SMART and child centred".' })
export class PlanAuditJudgementsInput {
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) robust: CrsRatedJudgementInput;
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) smart: CrsRatedJudgementInput;
  @Field(() => CrsRatedJudgementInput) @ValidateNested() @Type(() => CrsRatedJudgementInput) childCentred: CrsRatedJudgementInput;
}

@InputType({ isAbstract: true })
class CrsFeedbackInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the check. Default: derived from the commandId.' })
  @IsOptional()
  @IsUUID()
  checkId?: string | null;

  @Field({ description: 'Feedback given directly to the chair via supervision.' }) @IsLongText() feedbackForChair: string;

  @Field(() => String, { nullable: true, description: 'Feedback for wider teams, for the Manager of S&QA to share.' })
  @IsOptional()
  @IsLongText()
  feedbackForWiderTeams?: string | null;
}

@InputType({ description: 'CRS-2: the CRS team manager (the caller) observed a CP conference or LAC review and audited its minutes and plan.' })
export class RecordCrsMeetingObservationInput extends CrsFeedbackInput {
  @Field(() => CrsMeetingTypeEnum) @IsIn(CRS_MEETING_TYPES) meetingType: CrsMeetingType;
  @Field({ description: 'YYYY-MM-DD of the meeting observed: the month it counts in.' }) @IsCalendarDate() meetingDate: string;
  @Field() @IsShortText() azeusNumber: string;
  @Field(() => ID, { description: 'The chair observed.' }) @IsShortText() chairId: string;

  @Field(() => MeetingObservationJudgementsInput)
  @ValidateNested()
  @Type(() => MeetingObservationJudgementsInput)
  observation: MeetingObservationJudgementsInput;

  @Field(() => MinutesAuditJudgementsInput)
  @ValidateNested()
  @Type(() => MinutesAuditJudgementsInput)
  minutesAudit: MinutesAuditJudgementsInput;

  @Field(() => PlanAuditJudgementsInput)
  @ValidateNested()
  @Type(() => PlanAuditJudgementsInput)
  planAudit: PlanAuditJudgementsInput;
}

@InputType({ description: 'CRS-2: the CRS team manager (the caller) audited a set of minutes of a CP conference or LAC review.' })
export class RecordCrsMinutesAuditInput extends CrsFeedbackInput {
  @Field(() => CrsMeetingTypeEnum) @IsIn(CRS_MEETING_TYPES) meetingType: CrsMeetingType;
  @Field() @IsCalendarDate() meetingDate: string;
  @Field() @IsShortText() azeusNumber: string;
  @Field(() => ID) @IsShortText() chairId: string;
  @Field({ description: 'YYYY-MM-DD of the audit: the month it counts in.' }) @IsCalendarDate() auditedOn: string;

  @Field(() => MinutesAuditJudgementsInput)
  @ValidateNested()
  @Type(() => MinutesAuditJudgementsInput)
  judgements: MinutesAuditJudgementsInput;
}

@InputType({ description: 'CRS-2: the CRS team manager (the caller) audited a CP plan or LAC plan.' })
export class RecordCrsPlanAuditInput extends CrsFeedbackInput {
  @Field(() => CrsPlanKindEnum) @IsIn(CRS_PLAN_KINDS) planKind: CrsPlanKind;
  @Field() @IsShortText() azeusNumber: string;
  @Field({ description: 'YYYY-MM-DD of the conference or review that made the plan.' }) @IsCalendarDate() planDate: string;
  @Field(() => ID, { description: 'The chair of that meeting.' }) @IsShortText() chairId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsShortText()
  socialWorkerId?: string | null;

  @Field({ description: 'YYYY-MM-DD of the audit: the month it counts in.' }) @IsCalendarDate() auditedOn: string;

  @Field(() => PlanAuditJudgementsInput)
  @ValidateNested()
  @Type(() => PlanAuditJudgementsInput)
  judgements: PlanAuditJudgementsInput;
}

@InputType({ description: 'Appendix D: the feedback of a check given to the chair in supervision.' })
export class RecordCrsFeedbackGivenToChairInput {
  @Field(() => ID) @IsShortText() checkId: string;
  @Field() @IsCalendarDate() supervisionDate: string;
}

@ArgsType() export class SubmitMonitoringFormArgs extends CommandArgsOf(SubmitMonitoringFormInput) {}
@ArgsType() export class RecordMonitoringFormUsedInSupervisionArgs extends CommandArgsOf(RecordMonitoringFormUsedInSupervisionInput) {}
@ArgsType() export class RecordMidwayReviewArgs extends CommandArgsOf(RecordMidwayReviewInput) {}
@ArgsType() export class RecordCrsMeetingObservationArgs extends CommandArgsOf(RecordCrsMeetingObservationInput) {}
@ArgsType() export class RecordCrsMinutesAuditArgs extends CommandArgsOf(RecordCrsMinutesAuditInput) {}
@ArgsType() export class RecordCrsPlanAuditArgs extends CommandArgsOf(RecordCrsPlanAuditInput) {}
@ArgsType() export class RecordCrsFeedbackGivenToChairArgs extends CommandArgsOf(RecordCrsFeedbackGivenToChairInput) {}
