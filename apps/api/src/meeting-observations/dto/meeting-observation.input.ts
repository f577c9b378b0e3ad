import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import {
  GRADES,
  MEETING_AREA_KEYS,
  MEETING_CONFERENCE_STAGES,
  MEETING_TYPE_KEYS,
  type Grade,
  type MeetingArea,
  type MeetingConferenceStage,
  type MeetingType,
} from '../../../../../libs/domain/src/index.js';
import { GradeEnum } from '../../case-file-audits/case-file-audit.enums.js';
import { IsCalendarDate, IsLongText, IsShortText } from '../../case-file-audits/dto/validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';
import { MeetingAreaEnum, MeetingConferenceStageEnum, MeetingTypeEnum } from '../meeting-observation.enums.js';

/**
 * Inputs of the meeting observation's mutations (MTG-1..MTG-4). Shape only: who may do what, and
 * whether a date is in range, is decided by the meeting observation's decider.
 */

@InputType({
  description: 'MTG-1, MTG-2: a Head of Service, the chief officer or the director records that they observed a key meeting. The observer is the caller.',
})
export class StartMeetingObservationInput {
  @Field(() => ID, { nullable: true, description: 'A UUID for the observation. Default: derived from the commandId, so a retried start lands on the same one.' })
  @IsOptional()
  @IsUUID()
  observationId?: string | null;

  @Field(() => MeetingTypeEnum) @IsIn(MEETING_TYPE_KEYS) meetingType: MeetingType;

  @Field(() => MeetingConferenceStageEnum, { nullable: true, description: 'Required for a CP conference (initial or review); not given for any other meeting.' })
  @IsOptional()
  @IsIn(MEETING_CONFERENCE_STAGES)
  conferenceStage?: MeetingConferenceStage | null;

  @Field({ description: 'YYYY-MM-DD the meeting was held; not in the future.' }) @IsCalendarDate() meetingDate: string;

  @Field(() => ID, { description: 'The member of staff who chaired the meeting, with whom the record is discussed (MTG-4); not the observer.' })
  @IsShortText()
  chairId: string;

  @Field(() => String, { nullable: true, description: "The case's Azeus number, where the meeting is about one child." })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'The team whose meeting it was. teamId or serviceAreaId is required.' })
  @IsOptional()
  @IsShortText()
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: "The service area (the Head of Service's service) the meeting was in." })
  @IsOptional()
  @IsShortText()
  serviceAreaId?: string | null;
}

@InputType({ description: 'MTG-3: judge one of the fourteen areas on the four-point grade, with a comment; judged again, it replaces the last until completion.' })
export class JudgeMeetingAreaInput {
  @Field(() => ID) @IsUUID() observationId: string;
  @Field(() => MeetingAreaEnum) @IsIn(MEETING_AREA_KEYS) area: MeetingArea;
  @Field(() => GradeEnum) @IsIn(GRADES) judgement: Grade;
  @Field({ description: 'What was seen in the meeting that supports the judgement.' }) @IsLongText() comment: string;
}

@InputType({ description: 'MTG-3: complete the record; refused until all fourteen areas are judged.' })
export class CompleteMeetingObservationInput {
  @Field(() => ID) @IsUUID() observationId: string;
}

@InputType({ description: 'MTG-4: the observer discussed the completed record with the chair of the meeting.' })
export class RecordMeetingDiscussionWithChairInput {
  @Field(() => ID) @IsUUID() observationId: string;
  @Field({ description: 'YYYY-MM-DD of the discussion: on or after the meeting, not in the future.' }) @IsCalendarDate() heldOn: string;
  @Field({ description: 'What was discussed.' }) @IsLongText() notes: string;
}

@InputType({ description: 'MTG-4: one agreed action; it becomes a remedial action with the CFA-7 lifecycle.' })
export class MeetingAgreedActionInput {
  @Field(() => ID, { nullable: true, description: "Default: derived from the commandId and the action's place in the list." })
  @IsOptional()
  @IsShortText()
  actionId?: string | null;

  @Field({ description: 'What must be done.' }) @IsLongText() description: string;
  @Field(() => ID, { description: 'Who must do it.' }) @IsShortText() ownerId: string;
  @Field(() => ID, { description: 'Who reviews its completion; not the owner.' }) @IsShortText() managerId: string;
  @Field({ description: 'The timescale: YYYY-MM-DD, not before today.' }) @IsCalendarDate() timescale: string;
}

@InputType({ description: 'MTG-4: the shared record of learning and actions agreed with the chair, after the discussion; agreed once.' })
export class AgreeMeetingLearningAndActionsInput {
  @Field(() => ID) @IsUUID() observationId: string;
  @Field({ description: 'The learning agreed with the chair.' }) @IsLongText() learning: string;

  @Field(() => [MeetingAgreedActionInput], { description: 'May be empty where no action is needed.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => MeetingAgreedActionInput)
  actions: MeetingAgreedActionInput[];
}

@InputType({ description: 'MTG-4: a copy of the observation record was sent to the S&QA Team, once the shared record is agreed.' })
export class RecordMeetingObservationCopySentToSqaInput {
  @Field(() => ID) @IsUUID() observationId: string;
}

@ArgsType() export class StartMeetingObservationArgs extends CommandArgsOf(StartMeetingObservationInput) {}
@ArgsType() export class JudgeMeetingAreaArgs extends CommandArgsOf(JudgeMeetingAreaInput) {}
@ArgsType() export class CompleteMeetingObservationArgs extends CommandArgsOf(CompleteMeetingObservationInput) {}
@ArgsType() export class RecordMeetingDiscussionWithChairArgs extends CommandArgsOf(RecordMeetingDiscussionWithChairInput) {}
@ArgsType() export class AgreeMeetingLearningAndActionsArgs extends CommandArgsOf(AgreeMeetingLearningAndActionsInput) {}
@ArgsType() export class RecordMeetingObservationCopySentToSqaArgs extends CommandArgsOf(RecordMeetingObservationCopySentToSqaInput) {}
