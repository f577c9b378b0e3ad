import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, ValidateNested } from 'class-validator';
import type { ObservationLearningReportDocument } from '../../../../../projections/observation-learning-reports/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { OBSERVATION_LEARNING_REPORT_STATUSES, ObservationLearningReportStatusEnum } from '../models/observation-learning-report.model.js';

@ArgsType()
export class ObservationLearningReportArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() headOfServiceId: string;
  @Field(() => Int) @IsInt() year: number;
}

@InputType({ description: 'Any of Head of Service, service area, status and year; all given must match.' })
export class ObservationLearningReportFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() headOfServiceId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() serviceAreaId?: string | null;

  @Field(() => ObservationLearningReportStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(OBSERVATION_LEARNING_REPORT_STATUSES)
  status?: ObservationLearningReportDocument['status'] | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() year?: number | null;
}

@ArgsType()
export class ObservationLearningReportsArgs extends ReadOptionsArgs {
  @Field(() => ObservationLearningReportFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ObservationLearningReportFilter)
  filter?: ObservationLearningReportFilter | null;
}

@ArgsType()
export class HeadsOfServiceWithoutObservationLearningReportArgs extends ReadOptionsArgs {
  @Field(() => Int, { description: 'The calendar year.' }) @IsInt() year: number;
}
