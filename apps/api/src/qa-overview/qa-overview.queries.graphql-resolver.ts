import { Args, Query, Resolver } from '@nestjs/graphql';
import { MonthlyQaOverviewArgs, QuarterlyLeadershipReviewArgs } from './dto/qa-overview.args.js';
import { MonthlyQaOverview, QuarterlyLeadershipReview } from './models/qa-overview.model.js';
import { QaOverviewReports } from './qa-overview-reports.js';

/** REP-1: the monthly QA overview; CFA-14 and SUP-6: the quarterly leadership review. Also as a PDF at GET /reports/qa-overview/<period>.pdf. */
@Resolver()
export class QaOverviewQueriesResolver {
  constructor(private readonly reports: QaOverviewReports) {}

  @Query(() => MonthlyQaOverview, {
    description:
      'REP-1: for any month, who met their QA duties, what was late at its end, what the audits say about practice (grades against the month before, weakest criteria, moderation, themes) and what is being done about it (actions by source); QA activity counts including the CRS (CRS-4). As at the end of the month unless asOf is given; a past month reads the same whenever it is rebuilt.',
  })
  async monthlyQaOverview(@Args() args: MonthlyQaOverviewArgs): Promise<MonthlyQaOverview> {
    return (await this.reports.monthly(args.month, args.asOf, args.atLeastPosition)) as unknown as MonthlyQaOverview;
  }

  @Query(() => QuarterlyLeadershipReview, {
    description:
      'CFA-14 and SUP-6: the quarter\'s overview with its three months side by side, the case file audit findings DMT and SLT consider, and the Heads of Service\'s summaries of learning from supervision audits with DMT\'s review. As at the end of the quarter unless asOf is given.',
  })
  async quarterlyLeadershipReview(@Args() args: QuarterlyLeadershipReviewArgs): Promise<QuarterlyLeadershipReview> {
    return (await this.reports.quarterly(args.quarter, args.asOf, args.atLeastPosition)) as unknown as QuarterlyLeadershipReview;
  }
}
