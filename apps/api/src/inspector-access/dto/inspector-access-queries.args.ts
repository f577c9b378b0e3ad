import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { INSPECTOR_ACCESS_STATES, type InspectorAccessState } from '../../../../../libs/domain/src/index.js';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';
import { InspectorAccessStateEnum } from '../inspector-access.enums.js';

@InputType({ description: 'Every filter given must match; none lists every grant.' })
export class InspectorAccessGrantFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsShortText() inspectorId?: string | null;

  @Field(() => InspectorAccessStateEnum, { nullable: true, description: 'Where the grant stands at asOf (default now).' })
  @IsOptional()
  @IsIn(INSPECTOR_ACCESS_STATES)
  state?: InspectorAccessState | null;
}

@ArgsType()
export class InspectorAccessGrantsArgs extends ReadOptionsArgs {
  @Field(() => InspectorAccessGrantFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InspectorAccessGrantFilter)
  filter?: InspectorAccessGrantFilter | null;
}
