import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import type { CrsEscalationDocumentStatus } from '../../../../../projections/crs-escalations/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { CRS_ESCALATION_STATUSES, CrsEscalationStatusEnum } from '../crs-escalation.enums.js';

@ArgsType()
export class CrsEscalationArgs extends ReadOptionsArgs {
  @Field(() => ID) @IsShortText() id: string;
}

@InputType({ description: 'Exactly one of azeusNumber, recipientId and raisedBy; status and overdueOnly narrow it.' })
export class CrsEscalationFilter {
  @Field(() => String, { nullable: true, description: "The child's case." })
  @IsOptional()
  @IsShortText()
  azeusNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'Whoever the current stage is with (TM, Manager, chief officer or director).' })
  @IsOptional()
  @IsShortText()
  recipientId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The IRO or CP chair who raised them.' })
  @IsOptional()
  @IsShortText()
  raisedBy?: string | null;

  @Field(() => CrsEscalationStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(CRS_ESCALATION_STATUSES)
  status?: CrsEscalationDocumentStatus | null;

  @Field(() => Boolean, { nullable: true, description: "Only those open at the query's asOf and past their stage's response day (CRS-1)." })
  @IsOptional()
  @IsBoolean()
  overdueOnly?: boolean | null;
}

@ArgsType()
export class CrsEscalationsArgs extends ReadOptionsArgs {
  @Field(() => CrsEscalationFilter)
  @ValidateNested()
  @Type(() => CrsEscalationFilter)
  filter: CrsEscalationFilter;
}

@ArgsType()
export class OverdueCrsEscalationsArgs extends ReadOptionsArgs {
  @Field(() => ID, { nullable: true, description: 'Only those whose stage, at asOf, was with this person.' })
  @IsOptional()
  @IsShortText()
  recipientId?: string | null;
}
