import { ArgsType, Field } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { ReadOptionsArgs } from '../../read-your-writes/read-options.args.js';

@ArgsType()
export class MonthlyQaOverviewArgs extends ReadOptionsArgs {
  @Field({ description: 'The month, YYYY-MM (2026-03). asOf defaults to its last instant.' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month as YYYY-MM (2026-03) (REP-1)' })
  month: string;
}

@ArgsType()
export class QuarterlyLeadershipReviewArgs extends ReadOptionsArgs {
  @Field({ description: 'The quarter, YYYY-Qn (2026-Q1). asOf defaults to its last instant.' })
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'quarter must be a quarter as YYYY-Qn (2026-Q1) (CFA-14)' })
  quarter: string;
}
