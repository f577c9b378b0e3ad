import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsShortText } from '../../case-file-audits/dto/validation.js';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';

@ArgsType()
export class WorkListArgs extends ReadOptionsArgs {
  @Field(() => ID, { nullable: true, description: 'Whose work list. Default: the caller.' })
  @IsOptional()
  @IsShortText()
  staffId?: string | null;
}
