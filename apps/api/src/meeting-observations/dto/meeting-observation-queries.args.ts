import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { MEETING_OBSERVER_ROLES, MEETING_TYPE_KEYS, type MeetingObserverRole, type MeetingType } from '../../../../../libs/domain/src/index.js';
import {
  MEETING_OBSERVATION_NEXT_STEPS,
  type MeetingObservationDocumentStatus,
  type MeetingObservationNextStep,
} from '../../../../../projections/meeting-observations/index.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import {
  MEETING_OBSERVATION_STATUSES,
  MeetingObservationNextStepEnum,
  MeetingObservationStatusEnum,
  MeetingObserverRoleEnum,
  MeetingTypeEnum,
} from '../meeting-observation.enums.js';

@ArgsType()
export class MeetingObservationArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType({ description: 'Every given field narrows the list; none lists every observation.' })
export class MeetingObservationFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() observerId?: string | null;
  @Field(() => MeetingTypeEnum, { nullable: true }) @IsOptional() @IsIn(MEETING_TYPE_KEYS) meetingType?: MeetingType | null;
  @Field(() => MeetingObservationStatusEnum, { nullable: true }) @IsOptional() @IsIn(MEETING_OBSERVATION_STATUSES) status?: MeetingObservationDocumentStatus | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsShortText() azeusNumber?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() teamId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() serviceAreaId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() chairId?: string | null;

  @Field(() => MeetingObservationNextStepEnum, { nullable: true, description: 'e.g. SEND_COPY_TO_SQA: records whose copy has not gone to S&QA (MTG-4).' })
  @IsOptional()
  @IsIn(MEETING_OBSERVATION_NEXT_STEPS)
  nextStep?: MeetingObservationNextStep | null;

  @Field(() => String, { nullable: true, description: 'Meetings held on or after this date (YYYY-MM-DD).' }) @IsOptional() @IsCalendarDate() from?: string | null;
  @Field(() => String, { nullable: true, description: 'Meetings held on or before this date (YYYY-MM-DD).' }) @IsOptional() @IsCalendarDate() to?: string | null;
}

@ArgsType()
export class MeetingObservationsArgs extends ReadOptionsArgs {
  @Field(() => MeetingObservationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingObservationFilter)
  filter?: MeetingObservationFilter | null;
}

@ArgsType()
export class MeetingObservationDutyArgs extends ReadOptionsArgs {
  @Field({ description: 'A year (2025) or a half-year checkpoint counted from 1 January (2025-H1, 2025-H2).' })
  @Matches(/^\d{4}(-H[12])?$/, { message: '$property must be a year (2025) or a half-year (2025-H1, 2025-H2)' })
  period: string;

  @Field(() => MeetingObserverRoleEnum, { nullable: true }) @IsOptional() @IsIn(MEETING_OBSERVER_ROLES) role?: MeetingObserverRole | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() observerId?: string | null;
}
