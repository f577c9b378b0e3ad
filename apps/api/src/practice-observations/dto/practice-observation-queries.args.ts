import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import type { PracticeObservationDocumentStatus } from '../../../../../projections/practice-observations/index.js';
import { IsCalendarDate, IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { PRACTICE_OBSERVATION_STATUSES, PracticeObservationStatusEnum } from '../practice-observation.enums.js';

@ArgsType()
export class PracticeObservationArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@InputType({ description: 'Any of worker, observer and status; all given must match. None: every observation.' })
export class PracticeObservationFilter {
  @Field(() => ID, { nullable: true, description: 'The member of staff observed.' })
  @IsOptional()
  @IsShortText()
  workerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The TM or AP who observed.' })
  @IsOptional()
  @IsShortText()
  observerId?: string | null;

  @Field(() => PracticeObservationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PRACTICE_OBSERVATION_STATUSES)
  status?: PracticeObservationDocumentStatus | null;
}

@ArgsType()
export class PracticeObservationsArgs extends ReadOptionsArgs {
  @Field(() => PracticeObservationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => PracticeObservationFilter)
  filter?: PracticeObservationFilter | null;
}

@ArgsType()
export class PracticeObservationsAwaitingSharingArgs extends ReadOptionsArgs {
  @Field(() => ID, { nullable: true, description: 'Only this observer’s.' })
  @IsOptional()
  @IsShortText()
  observerId?: string | null;
}

@ArgsType()
export class PracticeObservationDueArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() workerId: string;

  @Field(() => Boolean, {
    nullable: true,
    description: "OBS-2: the worker needs support to improve performance. Default: the staff directory's flag at asOf.",
  })
  @IsOptional()
  @IsBoolean()
  needsPerformanceSupport?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "OBS-3: the worker is in the ASYE year. Default: the staff directory's flag at asOf." })
  @IsOptional()
  @IsBoolean()
  asye?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'OBS-3: YYYY-MM-DD the worker started the ASYE year. Default: the day the staff directory first shows them in the ASYE year.',
  })
  @IsOptional()
  @IsCalendarDate()
  asyeStartedOn?: string | null;
}

@ArgsType()
export class PracticeObservationDueDatesArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The team whose members in post at asOf are listed.' })
  @IsShortText()
  teamId: string;

  @Field(() => Boolean, { nullable: true, description: 'Only workers overdue at asOf.' })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;
}
