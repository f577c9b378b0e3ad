import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { WORKER_INVOLVEMENTS, type WorkerInvolvement } from '../../../../../libs/domain/src/case-file-audit/case-file-audit.values.js';
import { WorkerInvolvementEnum } from '../case-file-audit.enums.js';
import { IsCalendarDate, IsLongText } from './validation.js';
import { CommandArgsOf } from '../../commands/command-options.args.js';

@InputType({
  description:
    'CFA-8: how the worker took part. Before submission any kind (a later record replaces an earlier one); after submission only the outcome of the reflective discussion, held or declined.',
})
export class RecordWorkerInvolvementInput {
  @Field(() => ID) @IsUUID() auditId: string;

  @Field(() => WorkerInvolvementEnum)
  @IsIn(WORKER_INVOLVEMENTS)
  involvement: WorkerInvolvement;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, not after today. Required when the discussion was held or declined.',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the worker declined; only with REFLECTIVE_DISCUSSION_DECLINED.' })
  @IsOptional()
  @IsLongText()
  reason?: string | null;
}

@ArgsType()
export class RecordWorkerInvolvementArgs extends CommandArgsOf(RecordWorkerInvolvementInput) {}
