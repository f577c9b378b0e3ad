import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { DIP_SAMPLE_STATUSES, DipSampleStatusEnum, type DipSampleStatus } from '../dip-sample.enums.js';

@ArgsType()
export class DipSampleArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsUUID() id: string;
}

@ArgsType()
export class DipSamplesByAuditArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The case file audit sampled.' }) @IsUUID() auditId: string;
}

@ArgsType()
export class DipSamplesByAuditorArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The auditor whose audits were sampled.' }) @IsShortText() auditorId: string;

  @Field(() => DipSampleStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(DIP_SAMPLE_STATUSES)
  status?: DipSampleStatus | null;
}

@ArgsType()
export class DipSampleSummaryArgs extends ReadOptionsArgs {
  @Field(() => ID, { description: 'The auditor whose audits were sampled.' }) @IsShortText() auditorId: string;
}
